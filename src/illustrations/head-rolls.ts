import { svg } from 'lit';
import { msg } from '../localization/lit-localize.js';
import { BODY, FLOOR, arrow, at, head, line, xy, type Pt } from './figure.js';
import type { Illustration } from './types.js';

// Sitting tall on a stool, seen from the front with a face, so the viewer can tell which way the
// person faces: the patient's right ear tips toward the picture's left. (A back view was tried
// first; in a blind test it was read as a front view and both sides were named wrong.) Shoulders
// stay level and down; only the head tips, ear toward the shoulder.
const CX = 80;
const hipY = FLOOR - 4 - BODY.shin - 6;
const neckBase: Pt = [CX, hipY - BODY.torso];
const shoulderY = neckBase[1] + 2;
const shoulders: Pt[] = [[CX - 15, shoulderY], [CX + 15, shoulderY]];

function seated() {
  const parts = [-1, 1].map((s) => {
    const hipJoint: Pt = [CX + 6 * s, hipY];
    const knee: Pt = [CX + 14 * s, hipY + 5];
    const ankle: Pt = [CX + 14 * s, FLOOR - 4];
    const shoulder = shoulders[s < 0 ? 0 : 1];
    const elbow = at(shoulder, 90 - 14 * s, BODY.upperArm);
    const hand: Pt = [knee[0] - 2 * s, hipY + 2];
    return svg`${line('fl', [CX + 20 * s, hipY + 8], [CX + 24 * s, FLOOR])}${line('l', hipJoint, knee, ankle, [ankle[0] + 5 * s, FLOOR - 3])}
      ${line('l', shoulder, elbow, hand)}`;
  });
  return svg`${line('fl', [CX - 22, hipY + 8], [CX + 22, hipY + 8])}${line('t', [CX, hipY], neckBase)}${line('l', ...shoulders)}${parts}`;
}

/**
 * The head from the front, with eyes and a mouth, tipped `tilt` degrees (negative: toward the
 * picture's left, which is the patient's right).
 */
function tippedHead(tilt: number) {
  const crown = -90 + tilt;
  const center = at(neckBase, crown, BODY.neck);
  const a = BODY.headR;
  const across = crown + 90;
  const eyeLine = at(center, crown, a * 0.12);
  const eyes = [-1, 1].map((s) => at(eyeLine, across, s * a * 0.38));
  const mouthMid = at(center, crown, -a * 0.42);
  const [m1, m2] = [at(mouthMid, across, -a * 0.3), at(mouthMid, across, a * 0.3)];
  const mouthDip = at(mouthMid, crown, -a * 0.18);
  return svg`${line('l', neckBase, at(neckBase, crown, 6))}${head(center, crown, 'a')}
    ${eyes.map(([x, y]) => svg`<circle class="face-eye" cx=${Math.round(x * 10) / 10} cy=${Math.round(y * 10) / 10} r="1.3"></circle>`)}
    <path class="face-mouth" d=${`M${xy(m1)}Q${xy(mouthDip)} ${xy(m2)}`}></path>`;
}

export const headRolls: Illustration = {
  start: () => svg`${seated()}${tippedHead(0)}${arrow([CX + 4, neckBase[1] - 23], [CX - 12, neckBase[1] - 26], [CX - 17, neckBase[1] - 11])}`,
  end: () => svg`${seated()}${tippedHead(-42)}`,
  alt: (pose, side) =>
    pose === 'start'
      ? side === 'right'
        ? msg('Sitting tall with your head upright, ready to tip your right ear toward your right shoulder', { id: 'illustration.head-rolls.start.right' })
        : msg('Sitting tall with your head upright, ready to tip your left ear toward your left shoulder', { id: 'illustration.head-rolls.start.left' })
      : side === 'right'
        ? msg('Sitting tall, right ear tipped toward your right shoulder', { id: 'illustration.head-rolls.end.right' })
        : msg('Sitting tall, left ear tipped toward your left shoulder', { id: 'illustration.head-rolls.end.left' }),
};
