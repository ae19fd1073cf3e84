import type { Phase } from './plan.js';

/** Back within this many ms of a phase's start goes to the previous phase; later, it restarts this one. */
export const BACK_RESTARTS_AFTER_MS = 2000;

export type ClockStatus = 'idle' | 'running' | 'paused' | 'done';

/**
 * A deadline clock over a phase plan. It never counts ticks: it keeps the current phase's
 * deadline and derives everything from `deadline − now`, so a blocked main thread, a throttled
 * tab or a sleeping phone cannot make it drift. `now` is passed in (milliseconds, monotonic), so
 * it is pure and testable without a browser clock.
 */
export class PhaseClock {
  #index = 0;
  /** Deadline of the current phase while running. */
  #deadline = 0;
  /** Remaining milliseconds of the current phase while paused or idle. */
  #pausedRemaining: number;
  #statusValue: ClockStatus = 'idle';
  /** Milliseconds spent running (pauses excluded), up to now or completion. */
  #activeMs = 0;
  #runningSince = 0;

  constructor(readonly plan: readonly Phase[]) {
    if (plan.length === 0 || plan[plan.length - 1].kind !== 'done') {
      throw new Error('A plan must end with a done phase');
    }
    this.#pausedRemaining = this.#durationMs(0);
  }

  get status(): ClockStatus {
    return this.#statusValue;
  }

  get phaseIndex(): number {
    return this.#index;
  }

  get phase(): Phase {
    return this.plan[this.#index];
  }

  /** Milliseconds left in the current phase. */
  remaining(now: number): number {
    if (this.#statusValue === 'running') return Math.max(0, this.#deadline - now);
    return this.#statusValue === 'done' ? 0 : this.#pausedRemaining;
  }

  /** Milliseconds spent running so far (pauses excluded). */
  elapsedActive(now: number): number {
    return this.#activeMs + (this.#statusValue === 'running' ? now - this.#runningSince : 0);
  }

  /** When the current phase ends (only meaningful while running). */
  get phaseDeadline(): number {
    return this.#deadline;
  }

  /** Starts from idle, or resumes from paused. Returns phases entered (a zero-length plan ends at once). */
  start(now: number): Phase[] {
    if (this.#statusValue === 'running' || this.#statusValue === 'done') return [];
    this.#statusValue = 'running';
    this.#runningSince = now;
    this.#deadline = now + this.#pausedRemaining;
    return this.sync(now);
  }

  pause(now: number): void {
    if (this.#statusValue !== 'running') return;
    this.#pausedRemaining = Math.max(0, this.#deadline - now);
    this.#activeMs += now - this.#runningSince;
    this.#statusValue = 'paused';
  }

  /**
   * Brings the clock up to `now`: every phase whose deadline has passed is left, and each phase
   * entered on the way is returned once, in order (the last may be `done`). Deadlines chain from
   * the previous deadline, not from `now`, so late syncs never stretch the plan.
   */
  sync(now: number): Phase[] {
    const entered: Phase[] = [];
    if (this.#statusValue !== 'running') return entered;
    while (now >= this.#deadline) {
      const phaseEnd = this.#deadline;
      this.#index += 1;
      const phase = this.plan[this.#index];
      entered.push(phase);
      if (phase.kind === 'done') {
        this.#finish(phaseEnd);
        break;
      }
      this.#deadline = phaseEnd + this.#durationMs(this.#index);
    }
    return entered;
  }

  /** Ends the current phase now and enters the next. */
  next(now: number): Phase[] {
    if (this.#statusValue === 'done') return [];
    return this.#jumpTo(this.#index + 1, now);
  }

  /** Restarts the current phase, or goes to the previous one when the current has barely begun. */
  back(now: number): Phase[] {
    if (this.#statusValue === 'done') return this.#jumpTo(this.plan.length - 2, now);
    const elapsedInPhase = this.#durationMs(this.#index) - this.remaining(now);
    if (this.#index === 0 || elapsedInPhase > BACK_RESTARTS_AFTER_MS) {
      this.#restartPhase(now);
      return [];
    }
    return this.#jumpTo(this.#index - 1, now);
  }

  reset(): void {
    this.#index = 0;
    this.#statusValue = 'idle';
    this.#activeMs = 0;
    this.#pausedRemaining = this.#durationMs(0);
  }

  /** Goes to the start of the phase at `index` (paused stays paused, running keeps running). */
  goTo(index: number, now: number): Phase[] {
    if (index === this.#index && this.#statusValue !== 'done') {
      this.#restartPhase(now);
      return [];
    }
    return this.#jumpTo(index, now);
  }

  #jumpTo(index: number, now: number): Phase[] {
    const wasRunning = this.#statusValue === 'running';
    if (wasRunning) this.#activeMs += now - this.#runningSince;
    this.#index = Math.min(index, this.plan.length - 1);
    const phase = this.plan[this.#index];
    if (phase.kind === 'done') {
      this.#statusValue = 'running';
      this.#runningSince = now;
      this.#finish(now);
      return [phase];
    }
    if (this.#statusValue === 'done' || this.#statusValue === 'idle') this.#statusValue = 'paused';
    this.#restartPhase(now);
    if (wasRunning) this.#runningSince = now;
    return [phase];
  }

  #restartPhase(now: number): void {
    this.#pausedRemaining = this.#durationMs(this.#index);
    this.#deadline = now + this.#pausedRemaining;
  }

  #finish(at: number): void {
    this.#activeMs += at - this.#runningSince;
    this.#statusValue = 'done';
    this.#pausedRemaining = 0;
  }

  #durationMs(index: number): number {
    return this.plan[index].duration * 1000;
  }
}
