/*
 * The routine's screens and how it moves between them, as data: the current screen and an event
 * in, the next screen out. Pure (no DOM, no element), so every screen and guard is unit-tested on
 * its own (test/elements/stretch-routine/routine-screens.test.ts), and the element changes screen
 * in exactly one method that asks `nextScreen`.
 *
 * Adding a screen: add its name to `ROUTINE_SCREENS`, the events that lead to and from it to
 * `RoutineScreenEvent`, and a row to `TRANSITIONS`; guards read `ScreenContext`. For example the
 * "severe pain today" screen is the `pain-before` row for `pain-scored` guarded by `painSevere`;
 * the "It hurts" pause is the `session` row for `hurts`.
 */

/** Every screen, in the order a patient meets them. */
export const ROUTINE_SCREENS = [
  'resume',
  'safety',
  'stop-advice',
  'start',
  'pain-before',
  'severe-pain',
  'session',
  'pain-now',
  'pain-ease',
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
  /** Severe pain today: "I understand, continue gently" (the second, explicit choice). */
  | 'continue-anyway'
  /** Severe pain today: "Not today". */
  | 'not-today'
  /** Session: "It hurts" (the timer is paused at once). */
  | 'hurts'
  /** After a mild score during the session: "Go on gently" (the timer resumes). */
  | 'go-on'
  /** After a mild score during the session: "Skip this stretch" (then the timer resumes). */
  | 'skip-stretch'
  /** After a mild score during the session: "Stop for today". */
  | 'end-session'
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
  /** The score before the session is severe (see painIsSevere). */
  painSevere: boolean;
  /** The latest score during the session calls for stopping (see painIsWorse). */
  painNowStop: boolean;
  /** The last safety confirmation is from today and under 12 hours old (see safetyIsFresh). */
  safetyFresh: boolean;
}

type Transition = RoutineScreen | ((context: ScreenContext) => RoutineScreen);

/** For each screen, the events it answers and where they lead. Any other event leaves the screen as it is. */
export const TRANSITIONS: Readonly<Record<RoutineScreen, Partial<Record<RoutineScreenEvent, Transition>>>> = {
  resume: {
    'resume-continue': 'session',
    'resume-restart': 'safety',
  },
  safety: {
    // A resume point skips the safety check only while the last confirmation is fresh.
    'memory-restored': (context) => (context.hasResumePoint && context.safetyFresh ? 'resume' : 'safety'),
    'safety-clear': (context) => (context.hasResumePoint ? 'resume' : 'start'),
    'safety-signs': 'stop-advice',
  },
  'stop-advice': {
    'back-to-safety': 'safety',
  },
  start: {
    start: (context) => (context.painCheck ? 'pain-before' : 'session'),
  },
  'pain-before': {
    'pain-scored': (context) => (context.painSevere ? 'severe-pain' : 'session'),
  },
  'severe-pain': {
    'continue-anyway': 'session',
    'not-today': 'start',
  },
  session: {
    'session-done': (context) => (context.painCheck ? 'pain-after' : 'summary'),
    'plan-changed': 'start',
    hurts: 'pain-now',
  },
  'pain-now': {
    'pain-scored': (context) => (context.painNowStop ? 'pain-advice' : 'pain-ease'),
    'plan-changed': 'start',
  },
  'pain-ease': {
    'go-on': 'session',
    'skip-stretch': 'session',
    'end-session': 'summary',
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

/** Screens shown while a session is paused for pain: going back to the session resumes it. */
const PAUSED_FOR_PAIN: readonly RoutineScreen[] = ['pain-now', 'pain-ease'];

/** Whether arriving on `screen` starts a new (or saved) session: the element then starts the timer. */
export const startsSession = (from: RoutineScreen, to: RoutineScreen): boolean =>
  to === 'session' && from !== 'session' && !PAUSED_FOR_PAIN.includes(from);

/** Whether arriving on `screen` resumes a session paused by "It hurts" (the timer goes on). */
export const resumesSession = (from: RoutineScreen, to: RoutineScreen): boolean =>
  to === 'session' && PAUSED_FOR_PAIN.includes(from);

/** Whether arriving on `screen` ends a session: the element then records it and fires `routine-complete`. */
export const endsSession = (from: RoutineScreen, to: RoutineScreen): boolean =>
  (from === 'session' || from === 'pain-after' || PAUSED_FOR_PAIN.includes(from)) && (to === 'summary' || to === 'pain-advice');
