/*
 * The routine's screens and how it moves between them, as data: the current screen and an event
 * in, the next screen out. Pure (no DOM, no element), so every screen and guard is unit-tested on
 * its own (test/elements/stretch-routine/routine-screens.test.ts), and the element changes screen
 * in exactly one method that asks `nextScreen`.
 *
 * Adding a screen: add its name to `ROUTINE_SCREENS`, the events that lead to and from it to
 * `RoutineScreenEvent`, and a row to `TRANSITIONS`; guards read `ScreenContext`. For example a
 * "severe pain today" screen after the before-pain score is a `pain-before` row for
 * `pain-scored` guarded by a new context flag; an "It hurts" pause is a `session` row for a new
 * `hurts` event; a "From your clinic" start variant is a `safety` row guarded by the program.
 */

/** Every screen, in the order a patient meets them. */
export const ROUTINE_SCREENS = [
  'resume',
  'safety',
  'stop-advice',
  'start',
  'pain-before',
  'session',
  'pain-after',
  'pain-advice',
  'summary',
] as const;

export type RoutineScreen = (typeof ROUTINE_SCREENS)[number];

/** What happened: a patient's choice, the session's progress, or the element's input changing. */
export type RoutineScreenEvent =
  /** On-device memory was read (first render, or `remember` turned on). */
  | 'memory-restored'
  /** Resume prompt: continue from the saved stretch. */
  | 'resume-continue'
  /** Resume prompt: start from the beginning. */
  | 'resume-restart'
  /** Safety check: none of the signs apply. */
  | 'safety-clear'
  /** Safety check: one of the signs applies. */
  | 'safety-signs'
  /** Stop advice: back to the safety check. */
  | 'back-to-safety'
  /** Start screen: "Start the routine". */
  | 'start'
  /** Pain check: a score was given (or skipped) and the patient went on. */
  | 'pain-scored'
  /** The last phase of the session ended. */
  | 'session-done'
  /** Pain advice: "See my summary". */
  | 'see-summary'
  /** Summary: "Do it again". */
  | 'again'
  /** The stretches (and so the plan) changed under a running session. */
  | 'plan-changed';

/** What the guards read; the element fills it from its attributes and state. */
export interface ScreenContext {
  /** `pain-check` is on. */
  painCheck: boolean;
  /** `remember` is on and a resume point for this routine is saved. */
  hasResumePoint: boolean;
  /** The pain after the session is worse than before (see painIsWorse). */
  painWorse: boolean;
}

type Transition = RoutineScreen | ((context: ScreenContext) => RoutineScreen);

/** For each screen, the events it answers and where they lead. Any other event leaves the screen as it is. */
export const TRANSITIONS: Readonly<Record<RoutineScreen, Partial<Record<RoutineScreenEvent, Transition>>>> = {
  resume: {
    'resume-continue': 'session',
    'resume-restart': 'safety',
  },
  safety: {
    'memory-restored': (context) => (context.hasResumePoint ? 'resume' : 'safety'),
    'safety-clear': 'start',
    'safety-signs': 'stop-advice',
  },
  'stop-advice': {
    'back-to-safety': 'safety',
  },
  start: {
    start: (context) => (context.painCheck ? 'pain-before' : 'session'),
  },
  'pain-before': {
    'pain-scored': 'session',
  },
  session: {
    'session-done': (context) => (context.painCheck ? 'pain-after' : 'summary'),
    'plan-changed': 'start',
  },
  'pain-after': {
    'pain-scored': (context) => (context.painWorse ? 'pain-advice' : 'summary'),
  },
  'pain-advice': {
    'see-summary': 'summary',
  },
  summary: {
    again: 'start',
  },
};

/** The screen after `event` on `screen`; the same screen when that screen does not answer the event. */
export function nextScreen(screen: RoutineScreen, event: RoutineScreenEvent, context: ScreenContext): RoutineScreen {
  const transition = TRANSITIONS[screen][event];
  if (transition === undefined) return screen;
  return typeof transition === 'function' ? transition(context) : transition;
}

/** Whether arriving on `screen` starts (or resumes) a session: the element then starts the timer. */
export const startsSession = (from: RoutineScreen, to: RoutineScreen): boolean => to === 'session' && from !== 'session';

/** Whether arriving on `screen` ends a session: the element then records it and fires `routine-complete`. */
export const endsSession = (from: RoutineScreen, to: RoutineScreen): boolean =>
  (from === 'session' || from === 'pain-after') && (to === 'summary' || to === 'pain-advice');
