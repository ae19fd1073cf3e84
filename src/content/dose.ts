import type { Warner } from '../internal/warn.js';
import type { Dose, NumberRange, Sides } from './types.js';

/** What the elements accept; outside these a value is treated as a mistake. */
export const DOSE_LIMITS = {
  hold: { min: 1, max: 600 },
  reps: { min: 1, max: 50 },
  rest: { min: 0, max: 600 },
  getReady: { min: 0, max: 60 },
} as const;

const RANGE = /^\s*(\d+(?:\.\d+)?)\s*(?:[-–—]|to)\s*(\d+(?:\.\d+)?)\s*$/;

function inLimits(range: NumberRange, limits: { min: number; max: number }): boolean {
  return range.min >= limits.min && range.max <= limits.max && range.min <= range.max;
}

function describeRange(range: NumberRange): string {
  return range.min === range.max ? String(range.min) : `${range.min}-${range.max}`;
}

/**
 * Reads a whole number or a range ("15-30", "15–30", "15 to 30") from an attribute or property.
 * Returns `fallback` with one warning naming the attribute when the value is unusable.
 */
export function parseRange(
  value: unknown,
  attribute: string,
  fallback: NumberRange,
  limits: { min: number; max: number },
  warner: Warner
): NumberRange {
  if (value == null || value === '') return fallback;
  let range: NumberRange | undefined;
  if (typeof value === 'number') {
    range = { min: value, max: value };
  } else if (typeof value === 'object' && value !== null && 'min' in value && 'max' in value) {
    range = { min: Number((value as NumberRange).min), max: Number((value as NumberRange).max) };
  } else if (typeof value === 'string') {
    const match = RANGE.exec(value);
    const single = value.trim() === '' ? NaN : Number(value);
    if (match) range = { min: Number(match[1]), max: Number(match[2]) };
    else if (Number.isFinite(single)) range = { min: single, max: single };
  }
  if (
    range &&
    Number.isInteger(range.min) &&
    Number.isInteger(range.max) &&
    inLimits(range, limits)
  ) {
    return range;
  }
  warner.warn(
    `${attribute}="${String(value)}" is not a whole number from ${limits.min} to ${limits.max} (or a range like 15-30); using ${describeRange(fallback)}.`
  );
  return fallback;
}

/** A single whole number within limits, or `fallback` with one warning. */
export function parseWhole(
  value: unknown,
  attribute: string,
  fallback: number,
  limits: { min: number; max: number },
  warner: Warner
): number {
  if (value == null || value === '') return fallback;
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (Number.isInteger(number) && number >= limits.min && number <= limits.max) return number;
  warner.warn(
    `${attribute}="${String(value)}" is not a whole number from ${limits.min} to ${limits.max}; using ${fallback}.`
  );
  return fallback;
}

export function parseSides(value: unknown, fallback: Sides, warner: Warner): Sides {
  if (value == null || value === '') return fallback;
  if (value === 'each' || value === 'none') return value;
  warner.warn(`sides="${String(value)}" is not "each" or "none"; using "${fallback}".`);
  return fallback;
}

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

/** Reads `sound`/`voice`/`vibrate` style switches: absent → default; "", "on", "true" → on; "off", "false" → off. */
export function parseSwitch(value: unknown, attribute: string, fallback: boolean, warner: Warner): boolean {
  if (value == null) return fallback;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (text === '' || text === 'on' || text === 'true') return true;
  if (text === 'off' || text === 'false') return false;
  warner.warn(`${attribute}="${String(value)}" is not "on" or "off"; using "${fallback ? 'on' : 'off'}".`);
  return fallback;
}
