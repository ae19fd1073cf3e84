import { html, nothing, svg, type TemplateResult } from 'lit';
import type { StretchId } from '../content/types.js';
import { VIEW_W, floor } from './figure.js';
import { headRolls } from './head-rolls.js';
import { kneelingBackExtension } from './kneeling-back-extension.js';
import { kneeToChest } from './knee-to-chest.js';
import { birdDog } from './bird-dog.js';
import { illustrationSide } from './caption.js';
import type { Illustration, PictureSide, Pose } from './types.js';

/*
 * One inline SVG per catalog stretch, each with a start and an end pose, drawn by us in one style
 * (figure.ts). One-sided stretches are drawn for the right side and mirrored for the left.
 */
const illustrations: Record<StretchId, Illustration> = {
  'head-rolls': headRolls,
  'kneeling-back-extension': kneelingBackExtension,
  'knee-to-chest': kneeToChest,
  'bird-dog': birdDog,
};

export interface IllustrationOptions {
  /**
   * Loop gently between the two poses (a CSS cross-fade, no timers), resting on `pose`. Still
   * when `prefers-reduced-motion: reduce` is set. Default false.
   */
  animate?: boolean;
}

/** Alt text naming the position and, for one-sided stretches, the side. */
export function illustrationAlt(id: StretchId, pose: Pose, side: PictureSide | undefined): string {
  return illustrations[id].alt(pose, illustrationSide(id, side) ?? 'right');
}

/**
 * The picture of one catalog stretch in one pose: an `<svg role="img">` labelled with
 * `illustrationAlt`. Add `illustrationStyles` to the element's styles.
 */
export function renderStretchIllustration(
  id: StretchId,
  pose: Pose,
  side: PictureSide | undefined,
  options: IllustrationOptions = {}
): TemplateResult {
  const illustration = illustrations[id];
  const drawn = illustrationSide(id, side);
  const other: Pose = pose === 'start' ? 'end' : 'start';
  const animate = Boolean(options.animate);
  return html`<svg
    part="illustration"
    class="backcare-illustration${animate ? ' animate' : ''}"
    viewBox="0 0 160 120"
    role="img"
    aria-label=${illustrationAlt(id, pose, side)}
    focusable="false"
    data-stretch=${id}
    data-pose=${pose}
    data-side=${drawn ?? 'none'}
  >
    <g class="scene" transform=${drawn === 'left' ? `matrix(-1 0 0 1 ${VIEW_W} 0)` : nothing}>
      ${floor()}
      <g class="pose main" data-pose=${pose}>${illustration[pose]()}</g>
      ${animate ? svg`<g class="pose alt" data-pose=${other}>${illustration[other]()}</g>` : nothing}
    </g>
  </svg>`;
}
