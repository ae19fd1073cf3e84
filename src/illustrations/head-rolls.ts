import { svg } from 'lit';
import { msg } from '@lit/localize';
import { BODY, FLOOR, arrow, at, head, line, xy, type Pt } from './figure.js';
import type { Illustration } from './types.js';

// Sitting tall on a stool, seen from behind, so the picture's right is the patient's right and
// copying it needs no mirroring (patients facing a front view copy it as a mirror and tip the
// wrong way). Shoulders stay level and down; only the head tips, ear toward the shoulder.
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

/** The head, seen from behind (hair over the back of it), tipped `tilt` degrees toward the patient's right. */
function tippedHead(tilt: number) {
  const crown = -90 + tilt;
  const center = at(neckBase, crown, BODY.neck);
  const a = BODY.headR;
  const b = a * 0.86;
  // A point on the head's outline, `t` degrees from the crown.
  const rim = (t: number): Pt => {
    const u = at(center, crown, a * Math.cos((t * Math.PI) / 180));
    return at(u, crown + 90, b * Math.sin((t * Math.PI) / 180));
  };
  const [from, to] = [rim(-118), rim(118)];
  const hairline = at(center, crown, -a * 0.2);
  const hair = `M${xy(from)}A${a} ${b} ${crown} 1 1 ${xy(to)}Q${xy(hairline)} ${xy(from)}Z`;
  return svg`${line('l', neckBase, at(neckBase, crown, 6))}${head(center, crown, 'a')}<path class="hair" d=${hair}></path>`;
}

export const headRolls: Illustration = {
  oneSided: true,
  start: () => svg`${seated()}${tippedHead(0)}${arrow([CX - 4, neckBase[1] - 23], [CX + 12, neckBase[1] - 26], [CX + 17, neckBase[1] - 11])}`,
  end: () => svg`${seated()}${tippedHead(42)}`,
  alt: (pose, side) =>
    pose === 'start'
      ? side === 'right'
        ? msg('Sitting tall with your head upright, ready to tip your right ear toward your right shoulder', { id: 'illustration.head-rolls.start.right' })
        : msg('Sitting tall with your head upright, ready to tip your left ear toward your left shoulder', { id: 'illustration.head-rolls.start.left' })
      : side === 'right'
        ? msg('Sitting tall, right ear tipped toward your right shoulder', { id: 'illustration.head-rolls.end.right' })
        : msg('Sitting tall, left ear tipped toward your left shoulder', { id: 'illustration.head-rolls.end.left' }),
};
