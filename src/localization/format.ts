import { msg, str } from './lit-localize.js';
import { activeLocale as getLocale } from './active-locale.js';
import type { NumberRange } from '../content/types.js';

/**
 * Numbers, plurals, lists and durations through Intl, in the language of the element being
 * rendered (see ./runtime.ts). Plural words have one message id per CLDR plural category
 * (zero, one, two, few, many, other), picked with Intl.PluralRules of that language, so each
 * translation can give every form its language needs: Polish 1 sekunda / 2 sekundy / 5 sekund,
 * Arabic ثانية / ثانيتان / ثوانٍ / ثانية. The "two" category (Arabic's dual, exactly 2; a range
 * such as 1–2 is "other") has no number placeholder: the dual word means "two" by itself, and
 * "2 ثانيتين" would say the number twice. English uses only "one" and "other"; its other
 * categories carry the plural text so that the catalog is complete. Which numbers fall in which
 * category: Polish one 1, few 2–4 and 22–24…, many 0 and 5–21…; Arabic zero 0, one 1, two 2,
 * few 3–10, many 11–99, other 100–102…; French one 0–1. (No `desc` on these msg() calls: a desc
 * ships in the bundle; the XLIFF header note explains the categories to translators.)
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

/** The CLDR plural category of a count or a range in the current language. */
export function pluralCategory(range: NumberRange | number): Intl.LDMLPluralRule {
  const { min, max } = typeof range === 'number' ? { min: range, max: range } : range;
  const rules = new Intl.PluralRules(getLocale()) as Intl.PluralRules & {
    selectRange?: (start: number, end: number) => Intl.LDMLPluralRule;
  };
  if (min !== max && rules.selectRange) return rules.selectRange(min, max);
  return rules.select(max);
}

/** "1 second", "5 seconds", "15–30 seconds". */
export function formatSeconds(range: NumberRange): string {
  const count = formatRange(range);
  switch (pluralCategory(range)) {
    case 'zero':
      return msg(str`${count} seconds`, { id: 'unit.seconds.zero' });
    case 'one':
      return msg(str`${count} second`, { id: 'unit.seconds.one' });
    case 'two':
      // Exactly two (only Arabic has this category among our languages): the dual form says
      // "two" by itself (ثانيتان), so this message carries no number.
      return msg('2 seconds', { id: 'unit.seconds.two' });
    case 'few':
      return msg(str`${count} seconds`, { id: 'unit.seconds.few' });
    case 'many':
      return msg(str`${count} seconds`, { id: 'unit.seconds.many' });
    default:
      return msg(str`${count} seconds`, { id: 'unit.seconds.other' });
  }
}

/** "once", "3 times", "2–3 times". */
export function formatTimes(range: NumberRange): string {
  if (range.min === 1 && range.max === 1) return msg('once', { id: 'unit.times.once' });
  const count = formatRange(range);
  switch (pluralCategory(range)) {
    case 'zero':
      return msg(str`${count} times`, { id: 'unit.times.zero' });
    case 'one':
      return msg(str`${count} time`, { id: 'unit.times.one' });
    case 'two':
      // Exactly two (only Arabic has this category among our languages): the dual form says
      // "two" by itself (ثانيتان), so this message carries no number.
      return msg('2 times', { id: 'unit.times.two' });
    case 'few':
      return msg(str`${count} times`, { id: 'unit.times.few' });
    case 'many':
      return msg(str`${count} times`, { id: 'unit.times.many' });
    default:
      return msg(str`${count} times`, { id: 'unit.times.other' });
  }
}

/** "1 day", "3 days" (for a streak: "You have stretched 3 days in a row"). */
export function formatDays(value: number): string {
  const count = formatNumber(value);
  switch (pluralCategory(value)) {
    case 'zero':
      return msg(str`${count} days`, { id: 'unit.days.zero' });
    case 'one':
      return msg(str`${count} day`, { id: 'unit.days.one' });
    case 'two':
      // Exactly two (only Arabic has this category among our languages): the dual form says
      // "two" by itself (ثانيتان), so this message carries no number.
      return msg('2 days', { id: 'unit.days.two' });
    case 'few':
      return msg(str`${count} days`, { id: 'unit.days.few' });
    case 'many':
      return msg(str`${count} days`, { id: 'unit.days.many' });
    default:
      return msg(str`${count} days`, { id: 'unit.days.other' });
  }
}

/** "Head rolls, Bird dog and Knee to chest", joined the language's way (Intl.ListFormat). */
export function formatList(items: readonly string[]): string {
  const ListFormat = (Intl as unknown as { ListFormat?: new (l: string, o: object) => { format(i: readonly string[]): string } })
    .ListFormat;
  return ListFormat ? new ListFormat(getLocale(), { style: 'long', type: 'conjunction' }).format(items) : items.join(', ');
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
