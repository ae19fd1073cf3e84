import { svg } from 'lit';
import { msg } from '../localization/lit-localize.js';
import { BODY, arrow, head, joint, leg, line, type Pt } from './figure.js';
import type { Illustration } from './types.js';

// Lying on the back, seen from the right side: head to the left, the right (near) leg in front.
// Head and the other foot stay on the floor; both hands hold the shin just below the knee.
const SPINE_Y = 104;
const hip: Pt = [90, SPINE_Y];
const shoulder: Pt = [hip[0] - BODY.torso, SPINE_Y];
const headAt: Pt = [shoulder[0] - BODY.neck, SPINE_Y - 1];
/** Knees bent, feet flat on the floor (hook lying); the far (left) leg a little apart, so both show. */
const bent = leg(hip, -52, 63, 0);
const farBent = leg(hip, -44, 58, 0);
/** The right knee pulled toward the chest. */
const pulled = leg(hip, -125, 42, -5);

/** The figure with its near leg and near hand placed; the far leg stays bent, foot on the floor. */
function body(nearLeg: ReturnType<typeof leg>, hands: Pt) {
  const elbow = joint(shoulder, hands, BODY.upperArm, BODY.forearm, 1);
  return svg`${line('l b', ...farBent.points)}
    ${line('t', hip, shoulder)}${head(headAt, 180)}
    ${line('l a', ...nearLeg.points)}
    ${line('l', shoulder, elbow, hands)}`;
}

export const kneeToChest: Illustration = {
  start: () =>
    svg`${body(bent, [hip[0] + 1, SPINE_Y + 1])}${arrow(
      [bent.knee[0] - 3, bent.knee[1] - 9],
      [bent.knee[0] - 16, bent.knee[1] - 20],
      [pulled.knee[0] - 1, pulled.knee[1] - 9]
    )}`,
  end: () => body(pulled, onShin(pulled.knee, pulled.ankle)),
  alt: (pose, side) =>
    pose === 'start'
      ? side === 'right'
        ? msg('Lying on your back, knees bent and feet flat, ready to lift your right knee', { id: 'illustration.knee-to-chest.start.right' })
        : msg('Lying on your back, knees bent and feet flat, ready to lift your left knee', { id: 'illustration.knee-to-chest.start.left' })
      : side === 'right'
        ? msg('Lying on your back, right knee pulled toward your chest', { id: 'illustration.knee-to-chest.end.right' })
        : msg('Lying on your back, left knee pulled toward your chest', { id: 'illustration.knee-to-chest.end.left' }),
};

/** A point on the shin just below the knee, where the hands hold it. */
function onShin(knee: Pt, ankle: Pt): Pt {
  return [knee[0] + (ankle[0] - knee[0]) * 0.2, knee[1] + (ankle[1] - knee[1]) * 0.2];
}
