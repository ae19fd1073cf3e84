/**
 * backcare-elements: element classes, event types and the content catalog. Importing this module
 * registers nothing; import `backcare-elements/define` (or one element's define module) for that.
 */
export { BackPainCauses, CauseToggleEvent, type CauseToggleDetail } from './elements/back-pain-causes/back-pain-causes.js';
export { BackcareElement } from './internal/backcare-element.js';
export { BackcareEvent } from './internal/events.js';
export { defineElement } from './internal/define.js';
export { safeUrl } from './internal/url.js';
export { VERSION } from './internal/version.js';
export type { Theme, HeadingLevel } from './internal/attributes.js';
export * from './content/index.js';
