import { BackcareEvent } from '../../internal/events.js';
import type { PhaseKind, Side } from '../../timer/plan.js';

export interface TimerStartDetail {
  /** `true` when resuming after a pause. */
  resumed: boolean;
}
export interface TimerPauseDetail {
  phase: PhaseKind;
}
export interface TimerPhaseDetail {
  phase: PhaseKind;
  side: Side | undefined;
  rep: number;
  /** Position in the phase plan. */
  index: number;
  /** `true` when the phase began while the page was hidden and is reported on its return. */
  late: boolean;
}
export interface TimerCompleteDetail {
  /** Milliseconds the plan takes without pauses or skips. */
  plannedMs: number;
  /** Milliseconds actually spent running (pauses excluded, skips shorten it). */
  actualMs: number;
}

/** The timer started or resumed. */
export class TimerStartEvent extends BackcareEvent<TimerStartDetail> {
  constructor(detail: TimerStartDetail) {
    super('timer-start', detail);
  }
}
/** The timer was paused. */
export class TimerPauseEvent extends BackcareEvent<TimerPauseDetail> {
  constructor(detail: TimerPauseDetail) {
    super('timer-pause', detail);
  }
}
/** A phase began: get-ready, hold, switch-sides, rest or done. */
export class TimerPhaseEvent extends BackcareEvent<TimerPhaseDetail> {
  constructor(detail: TimerPhaseDetail) {
    super('timer-phase', detail);
  }
}
/** The timer was reset to its start (by the Reset button or `reset()`). */
export class TimerResetEvent extends BackcareEvent<Record<string, never>> {
  constructor() {
    super('timer-reset', {});
  }
}
/** The last phase ended. */
export class TimerCompleteEvent extends BackcareEvent<TimerCompleteDetail> {
  constructor(detail: TimerCompleteDetail) {
    super('timer-complete', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timer-start': TimerStartEvent;
    'timer-pause': TimerPauseEvent;
    'timer-phase': TimerPhaseEvent;
    'timer-complete': TimerCompleteEvent;
    'timer-reset': TimerResetEvent;
  }
}
