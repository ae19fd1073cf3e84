import type { SVGTemplateResult } from 'lit';

export type Pose = 'start' | 'end';
export type PictureSide = 'right' | 'left';

/** One stretch's picture: two poses drawn for the right side (or for both, when not one-sided). */
export interface Illustration {
  /** Drawn for one side (mirrored for the left); false for symmetric stretches. */
  oneSided: boolean;
  start(): SVGTemplateResult;
  end(): SVGTemplateResult;
  /** Alt text naming the position and, for one-sided stretches, the side. */
  alt(pose: Pose, side: PictureSide): string;
}
