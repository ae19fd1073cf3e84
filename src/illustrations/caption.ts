import { msg } from '../localization/lit-localize.js';
import type { StretchId } from '../content/types.js';
import type { PictureSide, Pose } from './types.js';

/** Catalog stretches drawn for one side (and mirrored for the other); the rest are symmetric. */
const ONE_SIDED: ReadonlySet<StretchId> = new Set<StretchId>(['head-rolls', 'knee-to-chest', 'bird-dog']);

/** The side a picture is drawn for: the side given for one-sided stretches (right when none), else none. */
export function illustrationSide(id: StretchId, side: PictureSide | undefined): PictureSide | undefined {
  return ONE_SIDED.has(id) ? (side ?? 'right') : undefined;
}

/** A short caption: "Right side · Start position", or "Start position" for two-sided stretches. */
export function illustrationCaption(id: StretchId, pose: Pose, side: PictureSide | undefined): string {
  const drawn = illustrationSide(id, side);
  const position =
    pose === 'start'
      ? msg('Start position', { id: 'illustration.caption.start' })
      : msg('End position', { id: 'illustration.caption.end' });
  if (!drawn) return position;
  const sideName =
    drawn === 'right'
      ? msg('Right side', { id: 'illustration.caption.right' })
      : msg('Left side', { id: 'illustration.caption.left' });
  return `${sideName} · ${position}`;
}
