import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageLocalStorage, safeStorage, type StorageLike } from '../../internal/safe-storage.js';
import type { Warner } from '../../internal/warn.js';
import { RoutineMemory, resumeIsExpired, safetyIsFresh } from './routine-memory.js';

/** What the memory controller reads from its host. */
export interface RoutineMemoryHost extends ReactiveControllerHost {
  /** The `remember` attribute: off means nothing is read or written. */
  readonly remember: boolean;
  /** Where to keep progress; undefined: the page's localStorage. */
  readonly storage: StorageLike | undefined;
}

/**
 * `remember` for the routine: owns the on-device storage, the day streak and the resume point.
 * Every call is a no-op when `remember` is off (nothing is read or stored), and storage failures
 * never throw (see safe-storage.ts). The streak is the host's rendered state: changing it requests
 * an update.
 */
export class RoutineMemoryController implements ReactiveController {
  readonly #host: RoutineMemoryHost;
  readonly #memory: RoutineMemory;
  #streak = 0;
  #expired = false;

  constructor(host: RoutineMemoryHost, warner: Warner) {
    this.#host = host;
    this.#memory = new RoutineMemory(
      safeStorage(() => host.storage ?? pageLocalStorage()),
      warner
    );
    host.addController(this);
  }

  hostConnected(): void {}

  /** Days in a row with a finished routine, as it stands today (0 when `remember` is off). */
  get streak(): number {
    return this.#host.remember ? this.#streak : 0;
  }

  /**
   * Reads the streak (as of `today`) and drops a resume point over 24 hours old (then `expired`
   * is true until `clearExpired`); call on first render and when `remember` turns on.
   */
  restore(today: Date): void {
    if (!this.#host.remember) return;
    const resume = this.#memory.load().resume;
    if (resume && resumeIsExpired(resume.savedAt, today)) {
      this.#memory.clearResume();
      this.#expired = true;
    }
    this.#setStreak(this.#memory.currentStreak(today));
  }

  /** A resume point was dropped as too old (the safety screen says so in one line). */
  get expired(): boolean {
    return this.#host.remember && this.#expired;
  }

  clearExpired(): void {
    this.#expired = false;
  }

  /** The saved stretch to continue `routine` from (clamped to `total`), or undefined (also when over 24 hours old). */
  resumeStep(routine: string, total: number, now = new Date()): number | undefined {
    if (!this.#host.remember || total === 0) return undefined;
    const point = this.#memory.resumePoint(routine);
    return point && !resumeIsExpired(point.savedAt, now) ? Math.min(point.step, total - 1) : undefined;
  }

  /** The patient confirmed the safety check (stored only with `remember`). */
  recordSafety(now: Date): void {
    if (this.#host.remember) this.#memory.recordSafety(now);
  }

  /** The last stored safety confirmation is from today and under 12 hours old (false without `remember`). */
  safetyFresh(now: Date): boolean {
    return this.#host.remember && safetyIsFresh(this.#memory.safetyAt(), now);
  }

  /** A stretch of `routine` began: it is where a later visit resumes. */
  recordStep(routine: string, step: number, now: Date): void {
    if (this.#host.remember) this.#memory.recordStep(routine, step, now);
  }

  /** A routine was finished: the streak goes on (and the resume point is dropped). */
  recordFinish(now: Date): void {
    if (this.#host.remember) this.#setStreak(this.#memory.recordFinish(now));
  }

  /** "Start from the beginning" on the resume prompt. */
  clearResume(): void {
    if (this.#host.remember) this.#memory.clearResume();
  }

  /** "Forget my progress": everything stored is removed. */
  forget(): void {
    this.#memory.forget();
    this.#setStreak(0);
  }

  #setStreak(value: number): void {
    if (value === this.#streak) return;
    this.#streak = value;
    this.#host.requestUpdate();
  }
}
