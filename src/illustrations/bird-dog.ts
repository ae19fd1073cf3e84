import { svg } from 'lit';
import { msg } from '../localization/lit-localize.js';
import { BODY, FLOOR, arrow, at, head, leg, line, type Pt } from './figure.js';
import type { Illustration } from './types.js';

// On hands and knees, seen from the right side: head to the right, the right (near) leg in front.
// Knees under the hips, hands under the shoulders, back level, neck in line with the back.
const KNEE_Y = FLOOR - 4;
const hip: Pt = [80, KNEE_Y - BODY.thigh];
const WRIST_Y = FLOOR - 5;
// Straight arms: the shoulder is an arm's length above the wrist (less a little for the hand).
const shoulderY = WRIST_Y - BODY.upperArm - BODY.forearm + 2;
const shoulder: Pt = [hip[0] + Math.sqrt(BODY.torso ** 2 - (hip[1] - shoulderY) ** 2), shoulderY];
const hand: Pt = [shoulder[0], WRIST_Y];
const torsoDeg = (Math.atan2(shoulder[1] - hip[1], shoulder[0] - hip[0]) * 180) / Math.PI;
const headAt = at(shoulder, torsoDeg + 4, BODY.neck);
/** Knee down under the hip, shin and foot along the floor. */
const kneeling = leg(hip, 90, 180, 176);
/** The right leg stretched straight back at hip height, toes toward the floor. */
const lifted = leg(hip, 180, 180, 100);

function body(nearLeg: ReturnType<typeof leg>) {
  const arm = [shoulder, hand, [hand[0] + 6, FLOOR - 3] as Pt];
  return svg`${line('l b', ...kneeling.points)}${line('l b', ...arm)}
    ${line('t', hip, shoulder)}${head(headAt, torsoDeg + 4)}
    ${line('l a', ...nearLeg.points)}${line('l', ...arm)}`;
}

export const birdDog: Illustration = {
  start: () =>
    svg`${body(kneeling)}${arrow([kneeling.ankle[0] + 4, kneeling.ankle[1] - 10], [lifted.knee[0] - 4, kneeling.ankle[1] - 8], [lifted.ankle[0] + 8, lifted.ankle[1] + 6])}`,
  end: () => body(lifted),
  alt: (pose, side) =>
    pose === 'start'
      ? side === 'right'
        ? msg('On your hands and knees with a straight back, ready to lift your right leg', { id: 'illustration.bird-dog.start.right' })
        : msg('On your hands and knees with a straight back, ready to lift your left leg', { id: 'illustration.bird-dog.start.left' })
      : side === 'right'
        ? msg('On your hands and knees, right leg stretched straight out behind you', { id: 'illustration.bird-dog.end.right' })
        : msg('On your hands and knees, left leg stretched straight out behind you', { id: 'illustration.bird-dog.end.left' }),
};
