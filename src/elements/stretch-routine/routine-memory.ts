import type { SafeStorage } from '../../internal/safe-storage.js';
import type { Warner } from '../../internal/warn.js';

export const MEMORY_KEY = 'backcare-elements:routine';
export const MEMORY_VERSION = 1;

export interface ResumePoint {
  /** Which routine (its stretch ids, in order). */
  routine: string;
  /** The stretch to continue from. */
  step: number;
  savedAt: string;
}

export interface RoutineMemoryData {
  v: typeof MEMORY_VERSION;
  /** Local date (YYYY-MM-DD) of the last finished routine. */
  lastFinished?: string;
  /** Days in a row with a finished routine. */
  streak: number;
  resume?: ResumePoint;
  /** When the patient last confirmed the safety check (ISO time). */
  safetyAt?: string;
}

/** A resume point older than this is dropped (with a one-line notice). */
export const RESUME_EXPIRES_MS = 24 * 60 * 60 * 1000;
/** The safety check comes back when its last confirmation is older than this, or from another day. */
export const SAFETY_FRESH_MS = 12 * 60 * 60 * 1000;

/** Whether a safety confirmation at `at` (ISO) still holds at `now`: same calendar day and under 12 hours. */
export function safetyIsFresh(at: string | undefined, now: Date): boolean {
  const time = at === undefined ? NaN : Date.parse(at);
  if (!Number.isFinite(time)) return false;
  const age = now.getTime() - time;
  return age >= 0 && age <= SAFETY_FRESH_MS && localDate(new Date(time)) === localDate(now);
}

/** Whether a resume point saved at `savedAt` (ISO) has expired at `now` (over 24 hours, or unreadable). */
export function resumeIsExpired(savedAt: string | undefined, now: Date): boolean {
  const time = savedAt === undefined ? NaN : Date.parse(savedAt);
  return !Number.isFinite(time) || now.getTime() - time > RESUME_EXPIRES_MS;
}

const EMPTY: RoutineMemoryData = { v: MEMORY_VERSION, streak: 0 };

export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function dayBefore(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return localDate(new Date(year, month - 1, date - 1));
}

function isValid(data: unknown): data is RoutineMemoryData {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  if (d.v !== MEMORY_VERSION || typeof d.streak !== 'number' || !Number.isInteger(d.streak) || d.streak < 0) return false;
  if (d.lastFinished !== undefined && (typeof d.lastFinished !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d.lastFinished))) {
    return false;
  }
  if (d.safetyAt !== undefined && typeof d.safetyAt !== 'string') return false;
  if (d.resume !== undefined) {
    const r = d.resume as Record<string, unknown>;
    if (typeof r !== 'object' || r === null || typeof r.routine !== 'string' || !Number.isInteger(r.step) || (r.step as number) < 0) {
      return false;
    }
  }
  return true;
}

/**
 * What `remember` keeps on the device, under one namespaced, versioned key: the last finished
 * date, a day streak and a resume point. Foreign or corrupt data is discarded with one warning.
 */
export class RoutineMemory {
  readonly #storage: SafeStorage;
  readonly #warner: Warner;

  constructor(storage: SafeStorage, warner: Warner) {
    this.#storage = storage;
    this.#warner = warner;
  }

  load(): RoutineMemoryData {
    const raw = this.#storage.get(MEMORY_KEY);
    if (raw === undefined) return { ...EMPTY };
    try {
      const data: unknown = JSON.parse(raw);
      if (isValid(data)) return data;
    } catch {
      // Falls through to the warning below.
    }
    this.#warner.warn(`the saved progress under "${MEMORY_KEY}" is not in a format this version reads; it was discarded.`);
    this.#storage.remove(MEMORY_KEY);
    return { ...EMPTY };
  }

  /** The streak as it stands today (a streak whose last day is before yesterday has lapsed). */
  currentStreak(today: Date): number {
    const data = this.load();
    const day = localDate(today);
    return data.lastFinished === day || data.lastFinished === dayBefore(day) ? data.streak : 0;
  }

  recordStep(routine: string, step: number, now: Date): void {
    this.#save({ ...this.load(), resume: { routine, step, savedAt: now.toISOString() } });
  }

  resumePoint(routine: string): ResumePoint | undefined {
    const resume = this.load().resume;
    return resume && resume.routine === routine ? resume : undefined;
  }

  clearResume(): void {
    const { resume: _dropped, ...rest } = this.load();
    this.#save(rest);
  }

  /** Records a finished routine and returns the new streak. */
  recordFinish(now: Date): number {
    const data = this.load();
    const day = localDate(now);
    let streak = data.streak;
    if (data.lastFinished === day) streak = Math.max(1, streak);
    else if (data.lastFinished === dayBefore(day)) streak += 1;
    else streak = 1;
    this.#save({ v: MEMORY_VERSION, lastFinished: day, streak, ...(data.safetyAt ? { safetyAt: data.safetyAt } : {}) });
    return streak;
  }

  /** The patient confirmed the safety check at `now`. */
  recordSafety(now: Date): void {
    this.#save({ ...this.load(), safetyAt: now.toISOString() });
  }

  /** When the safety check was last confirmed (ISO), if stored. */
  safetyAt(): string | undefined {
    return this.load().safetyAt;
  }

  forget(): void {
    this.#storage.remove(MEMORY_KEY);
  }

  #save(data: RoutineMemoryData): void {
    this.#storage.set(MEMORY_KEY, JSON.stringify(data));
  }
}
