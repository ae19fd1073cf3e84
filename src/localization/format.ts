import { msg, str } from '@lit/localize';
import { activeLocale as getLocale } from './active-locale.js';
import type { NumberRange } from '../content/types.js';

/**
 * Number, plural and range formatting through Intl in the active locale. Each plural category
 * has its own message id so a translation can give every form its language needs.
 */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(getLocale()).format(value);
}

/** "5", or "15–30" with the locale's digits. */
export function formatRange(range: NumberRange): string {
  if (range.min === range.max) return formatNumber(range.min);
  const format = new Intl.NumberFormat(getLocale()) as Intl.NumberFormat & {
    formatRange?: (start: number, end: number) => string;
  };
  return format.formatRange ? format.formatRange(range.min, range.max) : `${formatNumber(range.min)}–${formatNumber(range.max)}`;
}

function pluralCategory(range: NumberRange): Intl.LDMLPluralRule {
  const rules = new Intl.PluralRules(getLocale()) as Intl.PluralRules & {
    selectRange?: (start: number, end: number) => Intl.LDMLPluralRule;
  };
  if (range.min !== range.max && rules.selectRange) return rules.selectRange(range.min, range.max);
  return rules.select(range.max);
}

/** "1 second", "5 seconds", "15–30 seconds". */
export function formatSeconds(range: NumberRange): string {
  const count = formatRange(range);
  return pluralCategory(range) === 'one'
    ? msg(str`${count} second`, { id: 'unit.seconds.one' })
    : msg(str`${count} seconds`, { id: 'unit.seconds.other' });
}

/** "once", "3 times", "2–3 times". */
export function formatTimes(range: NumberRange): string {
  const count = formatRange(range);
  if (range.min === 1 && range.max === 1) return msg('once', { id: 'unit.times.once' });
  return pluralCategory(range) === 'one'
    ? msg(str`${count} time`, { id: 'unit.times.one' })
    : msg(str`${count} times`, { id: 'unit.times.other' });
}

/** "2:05" for a countdown longer than a minute, "45" below it. */
export function formatClock(totalSeconds: number): string {
  if (totalSeconds < 60) return formatNumber(totalSeconds);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${formatNumber(minutes)}:${new Intl.NumberFormat(getLocale(), { minimumIntegerDigits: 2 }).format(seconds)}`;
}

/** "6 minutes, 20 seconds" (Intl.DurationFormat where available, else Intl unit formatting). */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const parts = { minutes: Math.floor(seconds / 60), seconds: seconds % 60 };
  const locale = getLocale();
  const DurationFormat = (Intl as unknown as { DurationFormat?: new (l: string, o: object) => { format(d: object): string } })
    .DurationFormat;
  if (DurationFormat && seconds > 0) {
    return new DurationFormat(locale, { style: 'long' }).format(
      parts.minutes ? (parts.seconds ? parts : { minutes: parts.minutes }) : { seconds: parts.seconds }
    );
  }
  const unit = (value: number, name: 'minute' | 'second') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  if (!parts.minutes) return unit(parts.seconds, 'second');
  if (!parts.seconds) return unit(parts.minutes, 'minute');
  return `${unit(parts.minutes, 'minute')} ${unit(parts.seconds, 'second')}`;
}

/** "about 6 minutes": whole minutes, never less than one. */
export function formatAboutMinutes(totalSeconds: number): string {
  const minutes = Math.max(1, Math.round(totalSeconds / 60));
  const value = new Intl.NumberFormat(getLocale(), { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
  return msg(str`about ${value}`, { id: 'unit.about' });
}
