/**
 * backcare-elements: what clinics and their tools use — the element classes, their event classes
 * and types, the content catalog and its types, and localization set-up. Importing this module
 * registers nothing; import `backcare-elements/define` (or one element's define module) for that.
 *
 * Implementation modules (the base element, the timer engine, the routine's plan, the picture
 * renderers, attribute parsers) are not exported, so they can change without a breaking release.
 */
export * from './elements/back-pain-causes/back-pain-causes.js';
export * from './elements/stretch-timer/stretch-timer.js';
export * from './elements/stretch-card/stretch-card.js';
export * from './elements/stretch-routine/stretch-routine.js';
export * from './elements/back-pain-guide/back-pain-guide.js';
// Types only: the program builder is for clinic staff and loads only through its own define
// module, `backcare-elements/elements/stretch-program-builder/define`.
export type {
  StretchProgramBuilder,
  ProgramChangeEvent,
  ProgramChangeDetail,
  ProgramCopyEvent,
  ProgramCopyDetail,
} from './elements/stretch-program-builder/stretch-program-builder.js';
export { BackcareEvent } from './internal/events.js';
export { VERSION } from './internal/version.js';
export type { Theme, HeadingLevel } from './internal/attributes.js';
export * from './content/index.js';
export {
  setupLocalization,
  loadBackcareTemplates,
  type LocalizationOptions,
  type LocalizationHandle,
  type BackcareLocale,
} from './localization/index.js';
// Types of public properties and getters (`stretches`, `stretchViews`, `phase`, `plan`, `status`).
export type { StretchView } from './content/stretch-view.js';
export type { CustomStretchInput } from './content/custom-stretch.js';
export type { Phase, PhaseKind, Side, TimerDose } from './timer/plan.js';
export type { ClockStatus } from './timer/clock.js';
export type { Pose, PictureSide } from './illustrations/types.js';
// A clinician's program in a link (Node and browsers): for the clinic's own tools.
export { programLink, readProgram, PROGRAM_CODE_VERSION } from './program/program-code.js';
export { PROGRAM_LIMITS, type Program, type ProgramStretch } from './program/types.js';
export type { CatalogStretchRef } from './content/stretch-view.js';
