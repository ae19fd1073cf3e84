import type { ScreenContext } from './routine-screens.js';
import type { RoutineMemoryController } from './routine-memory-controller.js';
import type { RoutinePainController } from './routine-pain.js';
import type { RoutineSession } from './routine-session.js';

/**
 * The guards' view of the element (see ScreenContext): storage is read only when a guard asks,
 * and "now" is the moment the guard runs (so a fake date in a test is honoured).
 */
export function screenContext(painCheck: boolean, memory: RoutineMemoryController, session: RoutineSession, pain: RoutinePainController): ScreenContext {
  return {
    painCheck,
    get hasResumePoint() {
      return memory.resumeStep(session.routineKey, session.steps.length) !== undefined;
    },
    get safetyFresh() {
      return memory.safetyFresh(new Date());
    },
    painWorse: pain.worse,
    painSevere: pain.severe,
    painNowStop: pain.nowStop,
  };
}
