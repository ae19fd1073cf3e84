/**
 * backcare-elements: element classes, event types and the content catalog. Importing this module
 * registers nothing; import `backcare-elements/define` (or one element's define module) for that.
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
export { BackcareElement } from './internal/backcare-element.js';
export { BackcareEvent } from './internal/events.js';
export { defineElement } from './internal/define.js';
export { safeUrl } from './internal/url.js';
export { VERSION } from './internal/version.js';
export type { Theme, HeadingLevel } from './internal/attributes.js';
export * from './content/index.js';
export * from './illustrations/index.js';
export {
  setupLocalization,
  loadBackcareTemplates,
  resolveLocaleTag,
  usualEmergencyNumber,
  TARGET_LOCALES,
  type LocalizationOptions,
  type LocalizationHandle,
  type BackcareLocale,
} from './localization/index.js';
export { doseSentence, resolveStretch, type StretchView } from './content/stretch-view.js';
export type { CustomStretchInput } from './content/custom-stretch.js';
export { buildPlan, planSeconds, type Phase, type PhaseKind, type Side, type TimerDose } from './timer/plan.js';
export { PhaseClock, type ClockStatus } from './timer/clock.js';
export { TimerController, type TimerSignal } from './timer/timer-controller.js';
export { buildRoutinePlan } from './timer/routine-plan.js';
export { programLink, readProgram, PROGRAM_CODE_VERSION } from './program/program-code.js';
export { PROGRAM_LIMITS, type Program, type ProgramStretch } from './program/types.js';
export { isCatalogStretchRef, type CatalogStretchRef } from './content/stretch-view.js';
export {
  readProgramFromLocation,
  programStretches,
  type ProgramFromLink,
  type ProgramNotice,
} from './elements/stretch-routine/program-from-link.js';
