/*
 * The stretch pictures' public API: one inline SVG per catalog stretch, each with a start and an
 * end pose, drawn by us in one style (figure.ts), with captions and alt text.
 */
export { illustrationStyles } from './styles.js';
export type { Pose, PictureSide } from './types.js';
export { pictureForTimer, type TimerPicture } from './phase.js';
export { illustrationSide, illustrationCaption } from './caption.js';
export { illustrationAlt, renderStretchIllustration, type IllustrationOptions } from './drawings.js';
