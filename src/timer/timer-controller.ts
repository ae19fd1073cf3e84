import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PhaseClock, type ClockStatus } from './clock.js';
import { planSeconds, type Phase } from './plan.js';
import { ScreenWakeLock } from './cues/wake-lock.js';

/** Holds of this many seconds or more get a "10 seconds left" mark. */
export const TEN_SECONDS_MARK_MIN_HOLD = 20;
const MARK_SECONDS = 10;

export type TimerSignal =
  | { type: 'start'; phase: Phase; resumed: boolean }
  | { type: 'pause'; phase: Phase }
  /** A phase was entered; `late` when it was entered on a re-sync after the page was hidden. */
  | { type: 'phase'; phase: Phase; index: number; late: boolean }
  /** "10 seconds left" in a long hold. */
  | { type: 'mark'; phase: Phase; secondsLeft: number }
  | { type: 'complete'; plannedMs: number; actualMs: number };

/**
 * Drives a phase plan for any Lit host. Deadline-based (see PhaseClock); while running and
 * visible it wakes once per displayed second (a timeout to the next second boundary, then a
 * frame for rendering) and never while paused or hidden. On `visibilitychange` and `pageshow`
 * it re-syncs and reports each missed phase once, in order.
 */
export class TimerController implements ReactiveController {
  #clock: PhaseClock;
  #timeoutId: ReturnType<typeof setTimeout> | undefined;
  #frameId: number | undefined;
  #markedPhaseIndex = -1;
  #connected = false;
  readonly wakeLock = new ScreenWakeLock();
  readonly #host: ReactiveControllerHost;
  readonly #onSignal: (signal: TimerSignal) => void;

  constructor(host: ReactiveControllerHost, onSignal: (signal: TimerSignal) => void, plan: readonly Phase[]) {
    this.#host = host;
    this.#onSignal = onSignal;
    this.#clock = new PhaseClock(plan);
    host.addController(this);
  }

  // --- state -------------------------------------------------------------------------------

  get plan(): readonly Phase[] {
    return this.#clock.plan;
  }
  get status(): ClockStatus {
    return this.#clock.status;
  }
  get phase(): Phase {
    return this.#clock.phase;
  }
  get phaseIndex(): number {
    return this.#clock.phaseIndex;
  }
  get remainingMs(): number {
    return this.#clock.remaining(now());
  }
  /** Whole seconds left, rounded up, as a countdown shows them. */
  get remainingSeconds(): number {
    return Math.ceil(this.remainingMs / 1000 - 1e-6);
  }
  /** 0 at the start of the phase, 1 at its end. */
  get phaseProgress(): number {
    const total = this.phase.duration * 1000;
    return total === 0 ? 1 : 1 - this.remainingMs / total;
  }
  get plannedMs(): number {
    return planSeconds(this.plan) * 1000;
  }
  /** Whether a timeout or frame callback is pending (for leak tests). */
  get hasPendingWork(): boolean {
    return this.#timeoutId !== undefined || this.#frameId !== undefined;
  }

  /** Replaces the plan; the timer returns to idle. No-op when the plan is the same. */
  setPlan(plan: readonly Phase[]): void {
    if (JSON.stringify(plan) === JSON.stringify(this.plan)) return;
    this.#stopWork();
    this.wakeLock.release();
    this.#clock = new PhaseClock(plan);
    this.#markedPhaseIndex = -1;
    this.#host.requestUpdate();
  }

  // --- commands ----------------------------------------------------------------------------

  start(): void {
    const status = this.#clock.status;
    if (status === 'running') return;
    if (status === 'done') this.#clock.reset();
    const resumed = status === 'paused';
    const at = now();
    const entered = this.#clock.start(at);
    this.#onSignal({ type: 'start', phase: this.#clock.phase, resumed });
    if (!resumed) this.#emitPhase(this.#clock.phase, this.#clock.phaseIndex, false);
    this.#emitEntered(entered, false, at);
    this.#afterChange();
  }

  pause(): void {
    if (this.#clock.status !== 'running') return;
    this.#clock.pause(now());
    this.#onSignal({ type: 'pause', phase: this.#clock.phase });
    this.#afterChange();
  }

  toggle(): void {
    if (this.#clock.status === 'running') this.pause();
    else this.start();
  }

  next(): void {
    const at = now();
    this.#emitEntered(this.#clock.next(at), false, at);
    this.#afterChange();
  }

  back(): void {
    const at = now();
    this.#emitEntered(this.#clock.back(at), false, at);
    this.#markedPhaseIndex = -1;
    this.#afterChange();
  }

  /** Jumps to the start of the phase at `index` in the plan. */
  goTo(index: number): void {
    const at = now();
    this.#emitEntered(this.#clock.goTo(index, at), false, at);
    this.#markedPhaseIndex = -1;
    this.#afterChange();
  }

  reset(): void {
    this.#clock.reset();
    this.#markedPhaseIndex = -1;
    this.#afterChange();
  }

  // --- lifecycle ---------------------------------------------------------------------------

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    window.addEventListener('pageshow', this.#onVisibilityChange);
    this.#schedule();
  }

  /** Everything stops and is released; a running timer is paused so its place is kept. */
  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    window.removeEventListener('pageshow', this.#onVisibilityChange);
    if (this.#clock.status === 'running') this.#clock.pause(now());
    this.#stopWork();
    this.wakeLock.release();
  }

  // --- internals ---------------------------------------------------------------------------

  readonly #onVisibilityChange = (): void => {
    if (document.visibilityState !== 'visible') {
      this.#stopWork();
      return;
    }
    this.#tick(true);
    if (this.#clock.status === 'running') this.wakeLock.reacquire();
  };

  #afterChange(): void {
    if (this.#clock.status === 'running') {
      this.wakeLock.request();
      this.#schedule();
    } else {
      this.wakeLock.release();
      this.#stopWork();
    }
    this.#host.requestUpdate();
  }

  readonly #onTimeout = (): void => {
    this.#timeoutId = undefined;
    this.#tick(false);
  };

  #tick(late: boolean): void {
    const at = now();
    const entered = this.#clock.sync(at);
    this.#emitEntered(entered, late, at);
    this.#checkMark(at);
    if (this.#clock.status === 'running') {
      this.#schedule();
      this.#requestFrame();
    } else {
      // Finished (or not running at all): render once more, then nothing stays scheduled.
      this.wakeLock.release();
      this.#stopWork();
      this.#host.requestUpdate();
    }
  }

  #emitEntered(entered: readonly Phase[], late: boolean, at: number): void {
    const firstIndex = this.#clock.phaseIndex - entered.length + 1;
    entered.forEach((phase, offset) => {
      this.#emitPhase(phase, firstIndex + offset, late);
      if (phase.kind === 'done') {
        this.#onSignal({ type: 'complete', plannedMs: this.plannedMs, actualMs: this.#clock.elapsedActive(at) });
      }
    });
  }

  #emitPhase(phase: Phase, index: number, late: boolean): void {
    this.#onSignal({ type: 'phase', phase, index, late });
  }

  #checkMark(at: number): void {
    const phase = this.#clock.phase;
    if (
      this.#clock.status !== 'running' ||
      phase.kind !== 'hold' ||
      phase.duration < TEN_SECONDS_MARK_MIN_HOLD ||
      this.#markedPhaseIndex === this.#clock.phaseIndex
    ) {
      return;
    }
    if (this.#clock.remaining(at) <= MARK_SECONDS * 1000) {
      this.#markedPhaseIndex = this.#clock.phaseIndex;
      this.#onSignal({ type: 'mark', phase, secondsLeft: MARK_SECONDS });
    }
  }

  /** Arms one timeout for the next moment the display changes (a whole second or a phase end). */
  #schedule(): void {
    if (this.#timeoutId !== undefined) {
      clearTimeout(this.#timeoutId);
      this.#timeoutId = undefined;
    }
    if (!this.#connected || this.#clock.status !== 'running' || document.visibilityState !== 'visible') return;
    const remaining = this.#clock.remaining(now());
    const toNextSecond = remaining % 1000 || 1000;
    // Browsers truncate fractional delays, which would wake us just before the boundary.
    this.#timeoutId = setTimeout(this.#onTimeout, Math.ceil(Math.min(toNextSecond, remaining)));
  }

  #requestFrame(): void {
    if (this.#frameId !== undefined || !this.#connected || document.visibilityState !== 'visible') return;
    this.#frameId = requestAnimationFrame(() => {
      this.#frameId = undefined;
      this.#host.requestUpdate();
    });
  }

  #stopWork(): void {
    if (this.#timeoutId !== undefined) clearTimeout(this.#timeoutId);
    if (this.#frameId !== undefined) cancelAnimationFrame(this.#frameId);
    this.#timeoutId = undefined;
    this.#frameId = undefined;
  }
}

function now(): number {
  return performance.now();
}
