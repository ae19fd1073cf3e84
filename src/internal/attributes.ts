import type { Warner } from './warn.js';

export type Theme = 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** `heading-level`: 2–6; anything else warns and falls back to 2. */
export function parseHeadingLevel(value: unknown, warner: Warner): HeadingLevel {
  if (value == null || value === '') return 2;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level as HeadingLevel;
  warner.warn(`heading-level="${String(value)}" is not 2–6; using 2.`);
  return 2;
}

/** The level for a sub-heading, one below the given level and never past h6. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/** `theme`: light, dark or auto; absent means "follow the host page's color-scheme". */
export function parseTheme(value: unknown, warner: Warner): Theme | undefined {
  if (value == null || value === '') return undefined;
  const theme = String(value).trim().toLowerCase();
  if ((THEMES as readonly string[]).includes(theme)) return theme as Theme;
  warner.warn(`theme="${String(value)}" is not one of ${THEMES.join(', ')}; using the page's colours.`);
  return undefined;
}

/* --- dose and switch attributes (shared by the timer, the card and the routine) ------------- */

/** A whole-number range such as a hold of 15–30 seconds. */
export interface Range {
  min: number;
  max: number;
}
/** `sides`: `each` (left and right) or `none`. */
export type AttributeSides = 'each' | 'none';

const RANGE = /^\s*(\d+(?:\.\d+)?)\s*(?:[-–—]|to)\s*(\d+(?:\.\d+)?)\s*$/;

function inLimits(range: Range, limits: { min: number; max: number }): boolean {
  return range.min >= limits.min && range.max <= limits.max && range.min <= range.max;
}

export function describeRange(range: Range): string {
  return range.min === range.max ? String(range.min) : `${range.min}-${range.max}`;
}

/**
 * Reads a whole number or a range ("15-30", "15–30", "15 to 30") from an attribute or property.
 * Returns `fallback` with one warning naming the attribute when the value is unusable.
 */
export function parseRange(
  value: unknown,
  attribute: string,
  fallback: Range,
  limits: { min: number; max: number },
  warner: Warner
): Range {
  if (value == null || value === '') return fallback;
  let range: Range | undefined;
  if (typeof value === 'number') {
    range = { min: value, max: value };
  } else if (typeof value === 'object' && value !== null && 'min' in value && 'max' in value) {
    range = { min: Number((value as Range).min), max: Number((value as Range).max) };
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

export function parseSides(value: unknown, fallback: AttributeSides, warner: Warner): AttributeSides {
  if (value == null || value === '') return fallback;
  if (value === 'each' || value === 'none') return value;
  warner.warn(`sides="${String(value)}" is not "each" or "none"; using "${fallback}".`);
  return fallback;
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

/** `emergency-number`: 2–6 digits (911, 999, 112, 000 …); anything else warns and is ignored. */
export function parseEmergencyNumber(value: string | null | undefined, warner: Warner): string | undefined {
  if (value == null) return undefined;
  const digits = value.trim();
  if (/^[0-9]{2,6}$/.test(digits)) return digits;
  warner.warn(`emergency-number="${value}" is not 2–6 digits; naming no number.`);
  return undefined;
}
