import { BackcareEvent } from '../../internal/events.js';

export interface RoutineStartDetail {
  /** The stretch ids of this routine, in order. */
  stretches: string[];
  /** `true` when continuing from a saved resume point. */
  resumed: boolean;
}
export interface RoutineStepDetail {
  /** 0-based position of the stretch in the routine. */
  index: number;
  stretch: string;
}
export interface RoutinePauseDetail {
  index: number;
  stretch: string;
}
export interface RoutineCompleteDetail {
  /** Stretches finished (not skipped), in order. */
  done: string[];
  skipped: string[];
  /** Milliseconds spent running, pauses excluded. */
  durationMs: number;
  /** Pain before and after on 0–10, when the pain check is on and the patient answered. */
  painBefore?: number;
  painAfter?: number;
}
/** When a pain score was given: before the session, during it ("It hurts"), or after it. */
export type PainMoment = 'before' | 'during' | 'after';
export interface PainScore {
  moment: PainMoment;
  /** 0–10. */
  score: number;
  /** During: the 0-based stretch on show when the patient pressed "It hurts". */
  step?: number;
}
export interface PainReportDetail {
  /** Every score given in this session, in order, each with its moment. */
  scores: PainScore[];
  /** The before score (also in `scores`), kept for compatibility. */
  before?: number;
  /** The after score (also in `scores`), kept for compatibility. */
  after?: number;
  /** True when the after score, or a score during the session, calls for stopping and contacting the clinic. */
  worse: boolean;
}

/** The routine started (or continued from a saved point). */
export class RoutineStartEvent extends BackcareEvent<RoutineStartDetail> {
  constructor(detail: RoutineStartDetail) {
    super('routine-start', detail);
  }
}
/** A stretch of the routine began. */
export class RoutineStepEvent extends BackcareEvent<RoutineStepDetail> {
  constructor(detail: RoutineStepDetail) {
    super('routine-step', detail);
  }
}
/** The patient paused the routine. */
export class RoutinePauseEvent extends BackcareEvent<RoutinePauseDetail> {
  constructor(detail: RoutinePauseDetail) {
    super('routine-pause', detail);
  }
}
/** The routine ended (after the pain check, when there is one). */
export class RoutineCompleteEvent extends BackcareEvent<RoutineCompleteDetail> {
  constructor(detail: RoutineCompleteDetail) {
    super('routine-complete', detail);
  }
}
/** The patient gave their pain scores: after the routine, or when a score during it stopped it. */
export class PainReportEvent extends BackcareEvent<PainReportDetail> {
  constructor(detail: PainReportDetail) {
    super('pain-report', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'routine-start': RoutineStartEvent;
    'routine-step': RoutineStepEvent;
    'routine-pause': RoutinePauseEvent;
    'routine-complete': RoutineCompleteEvent;
    'pain-report': PainReportEvent;
  }
}
