/** One template per routine screen (each takes plain data and callbacks; none holds state). */
export { stepTitle, type RoutineNotice } from './parts.js';
export { renderResumeScreen } from './resume-screen.js';
export { renderSafetyScreen } from './safety-screen.js';
export { renderStopAdviceScreen } from './stop-advice-screen.js';
export { renderStartScreen } from './start-screen.js';
export { renderPainCheckScreen } from './pain-check-screen.js';
export { renderSessionScreen } from './session-screen.js';
export { renderSummaryScreen } from './summary-screen.js';
export { renderSeverePainScreen } from './severe-pain-screen.js';
export { renderPainEaseScreen } from './pain-ease-screen.js';
