import { svg } from 'lit';
import { msg } from '../localization/lit-localize.js';
import { BODY, FLOOR, arrow, at, head, line, type Pt } from './figure.js';
import type { Illustration } from './types.js';

// Kneeling, seen from the side: head to the right, shins and feet along the floor behind, arms
// crossed over the chest. The knees stay put; the hips hinge back toward the heels while the back
// stays straight, so hip, shoulder and head stay on one line (a neutral spine). The back, the part
// that moves, is in the accent colour. Symmetric: no side, never mirrored.
const knee: Pt = [78, FLOOR - 4];
const ankle = at(knee, 180, BODY.shin);
const toe = at(ankle, 176, BODY.foot);

/** `thighDeg`: the thigh from the knee up to the hip; `trunkDeg`: the back from the hip up. */
function body(thighDeg: number, trunkDeg: number) {
  const hip = at(knee, thighDeg, BODY.thigh);
  const shoulder = at(hip, trunkDeg, BODY.torso);
  const headAt = at(shoulder, trunkDeg + 4, BODY.neck);
  // Arms crossed: seen from the side, the folded arm lies flat against the chest, elbow down by
  // the ribs and forearm back up across the chest toward the other shoulder.
  const elbow = at(shoulder, trunkDeg + 166, BODY.upperArm);
  const hand = at(elbow, trunkDeg - 8, BODY.forearm * 0.85);
  const shins = [hip, knee, ankle, toe];
  return {
    hip,
    shoulder,
    art: svg`${line('l', ...shins)}
      ${line('t a', hip, shoulder)}${head(headAt, trunkDeg + 4)}${line('l', shoulder, elbow, hand)}`,
  };
}

export const kneelingBackExtension: Illustration = {
  start: () => {
    const { art, hip, shoulder } = body(-90, -90);
    return svg`${art}${arrow([hip[0] - 7, hip[1] - 3], [hip[0] - 20, hip[1] - 1], [hip[0] - 17, hip[1] + 13])}${arrow(
      [shoulder[0] + 4, shoulder[1] - 26],
      [shoulder[0] + 22, shoulder[1] - 24],
      [shoulder[0] + 24, shoulder[1] - 6]
    )}`;
  },
  end: () => body(-128, -40).art,
  alt: (pose) =>
    pose === 'start'
      ? msg('Kneeling tall with your arms crossed over your chest', { id: 'illustration.kneeling-back-extension.start' })
      : msg('Kneeling, bottom pushed back toward your heels and chest leaning forward, back straight', {
          id: 'illustration.kneeling-back-extension.end',
        }),
};
