import type { SVGTemplateResult } from 'lit';

export type Pose = 'start' | 'end';
export type PictureSide = 'right' | 'left';

/** One stretch's picture: two poses, drawn for the right side when the stretch is one-sided (caption.ts). */
export interface Illustration {
  start(): SVGTemplateResult;
  end(): SVGTemplateResult;
  /** Alt text naming the position and, for one-sided stretches, the side. */
  alt(pose: Pose, side: PictureSide): string;
}
