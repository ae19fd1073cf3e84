import type { Dose } from './types.js';

/** What the elements accept; outside these a value is treated as a mistake. */
export const DOSE_LIMITS = {
  hold: { min: 1, max: 600 },
  reps: { min: 1, max: 50 },
  rest: { min: 0, max: 600 },
  getReady: { min: 0, max: 60 },
} as const;

/** The seconds a timer counts for a hold: the target if set and inside the range, else the upper bound. */
export function holdSeconds(dose: Pick<Dose, 'hold' | 'holdTarget'>): number {
  const target = dose.holdTarget;
  return target !== undefined && target >= dose.hold.min && target <= dose.hold.max ? target : dose.hold.max;
}

/**
 * The repetitions a timer runs: the lower bound of a range, so a patient starts gently and adds
 * more over the days (trusted sources: build up gradually).
 */
export function repsToRun(dose: Pick<Dose, 'reps'>): number {
  return dose.reps.min;
}
