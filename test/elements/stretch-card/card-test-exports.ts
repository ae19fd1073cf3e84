// What the card tests need from the library, in one place.
export { STRETCH_IDS, stretches } from '../../../src/index.js';
export { buildPlan } from '../../../src/timer/plan.js';
export type { StretchCard, StretchCompleteEvent, StretchTimer, TimerPhaseEvent } from '../../../src/index.js';
export { holdSeconds as holdSecondsForTest } from '../../../src/content/dose.js';
