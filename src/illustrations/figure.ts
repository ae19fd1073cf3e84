import { svg, type SVGTemplateResult } from 'lit';

/*
 * One figure for every picture: the same segment lengths, stroke widths, head and floor line, so
 * the four stretches look like one set. Poses are joint angles and anchor points; the lengths
 * below are the only place the figure's proportions live.
 *
 * Coordinates are the 160 × 120 viewBox, y pointing down; angles in degrees, 0 = right,
 * 90 = down, -90 = up. Side views are drawn from the patient's right side, so the near limbs are
 * the right ones; the left side is the same drawing mirrored (see index.ts).
 */

export type Pt = readonly [number, number];

export const VIEW_W = 160;
export const VIEW_H = 120;
/** Top of the floor. Every figure rests on it. */
export const FLOOR = 110;

/** Segment lengths: roughly adult proportions, about 7.5 heads tall. */
export const BODY = {
  headR: 8.5,
  /** Shoulder line to the centre of the head. */
  neck: 12.5,
  /** Hip joint to shoulder joint. */
  torso: 39,
  upperArm: 19.5,
  /** Elbow to the heel of the hand. */
  forearm: 19.5,
  thigh: 33,
  shin: 31,
  foot: 9,
} as const;

const RAD = Math.PI / 180;

/** The point `len` away from `p` at `deg`. */
export function at(p: Pt, deg: number, len: number): Pt {
  return [p[0] + len * Math.cos(deg * RAD), p[1] + len * Math.sin(deg * RAD)];
}

/**
 * The middle joint (elbow, knee) of a two-segment limb from `a` to `b`. `bend` picks which way it
 * bends: 1 = clockwise of the line a→b on screen, -1 = anticlockwise.
 */
export function joint(a: Pt, b: Pt, l1: number, l2: number, bend: 1 | -1): Pt {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const dist = Math.min(Math.hypot(dx, dy), l1 + l2 - 0.01);
  const cos = (l1 * l1 + dist * dist - l2 * l2) / (2 * l1 * dist);
  const angle = Math.atan2(dy, dx) + bend * Math.acos(Math.max(-1, Math.min(1, cos)));
  return [a[0] + l1 * Math.cos(angle), a[1] + l1 * Math.sin(angle)];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** A point as path data: "x y", to one decimal. */
export const xy = ([x, y]: Pt): string => `${r1(x)} ${r1(y)}`;

/** Path data through the points. */
export function pathData(...points: Pt[]): string {
  return 'M' + points.map(xy).join('L');
}

/**
 * Classes (styled in styles.ts): `l` a limb line, `t` the torso, `h` the head, `a` the part that
 * moves (accent colour), `b` a limb on the far side of the body (lighter), `fl` floor and props,
 * `ar` and `ah` a movement arrow and its head; `face-eye` and `face-mouth` the head-rolls face.
 */
export function line(cls: string, ...points: Pt[]): SVGTemplateResult {
  return svg`<path class=${cls} d=${pathData(...points)}></path>`;
}

/** The head: a slightly long oval whose long axis points along `deg` (from the neck to the crown). */
export function head(center: Pt, deg: number, cls = ''): SVGTemplateResult {
  const [x, y] = center.map(r1);
  return svg`<ellipse class=${'h ' + cls} cx=${x} cy=${y} rx=${BODY.headR} ry=${BODY.headR * 0.86} transform=${`rotate(${r1(deg)} ${x} ${y})`}></ellipse>`;
}

/** The floor line, the same in every picture. */
export const floor = (): SVGTemplateResult => line('fl', [6, FLOOR + 1], [VIEW_W - 6, FLOOR + 1]);

/**
 * A movement arrow: a quadratic curve from `from` toward `to` bending through `via`, with a
 * filled head at `to` along the curve's end direction.
 */
export function arrow(from: Pt, via: Pt, to: Pt): SVGTemplateResult {
  const angle = Math.atan2(to[1] - via[1], to[0] - via[0]) / RAD;
  const tip = at(to, angle, 3);
  const wingA = at(to, angle + 120, 4);
  const wingB = at(to, angle - 120, 4);
  return svg`<path class="ar" d=${`M${xy(from)}Q${xy(via)} ${xy(to)}`}></path
    ><path class="ah" d=${pathData(tip, wingA, wingB) + 'Z'}></path>`;
}

/** A side-view leg from the hip: thigh and shin angles, and the foot's angle. */
export function leg(hip: Pt, thighDeg: number, shinDeg: number, footDeg: number) {
  const knee = at(hip, thighDeg, BODY.thigh);
  const ankle = at(knee, shinDeg, BODY.shin);
  const toe = at(ankle, footDeg, BODY.foot);
  return { knee, ankle, toe, points: [hip, knee, ankle, toe] as Pt[] };
}
