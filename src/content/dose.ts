import type { Warner } from '../internal/warn.js';
import { describeRange } from '../internal/attributes.js';
import type { Dose, NumberRange } from './types.js';

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


/**
 * Above these a dose is unusual even where the hard limits (DOSE_LIMITS) accept it: no trusted
 * source for home back stretches gives a single hold over 2 minutes, more than 30 repetitions or a
 * rest over 5 minutes. The element still uses the value (a clinic may mean it); it warns once.
 */
export const DOSE_WARN_ABOVE = { hold: 120, reps: 30, rest: 300 } as const;

/** Dose fields that get the unusual-value check, with their attribute names. */
export type CheckedDoseField = keyof typeof DOSE_WARN_ABOVE;

/**
 * The warning for one clinic-set dose value, or undefined when it is usual: more than twice the
 * upper end of the catalog's range for that stretch (`catalog`, when there is one), or above
 * DOSE_WARN_ABOVE. The text names the attribute, the value and the range.
 * The routine can call this for its own per-stretch doses.
 */
export function unusualDoseMessage(
  field: CheckedDoseField,
  attribute: string,
  value: NumberRange | number,
  catalog?: NumberRange | number
): string | undefined {
  const given = typeof value === 'number' ? { min: value, max: value } : value;
  const usual = typeof catalog === 'number' ? { min: catalog, max: catalog } : catalog;
  const unit = field === 'reps' ? '' : ' s';
  const ceiling = DOSE_WARN_ABOVE[field];
  // Twice the catalog's upper end; a catalog rest of 0 gives no relative check, only the ceiling.
  const overCatalog = usual !== undefined && usual.max > 0 && given.max > usual.max * 2;
  const overCeiling = given.max > ceiling;
  if (!overCatalog && !overCeiling) return undefined;
  const why = `${overCatalog ? 'more than twice the catalog' : ''}${overCatalog && overCeiling ? ' and ' : ''}${overCeiling ? `above the usual maximum of ${ceiling}${unit}` : ''}`;
  const range = usual ? `the catalog's range is ${describeRange(usual)}${unit}` : 'no catalog range';
  return `${attribute}="${describeRange(given)}" is ${why} (${range}); it is used as given, check that it is meant.`;
}

/**
 * Warns once (through the element's Warner) for each clinic-set dose value that is unusual, and
 * returns the messages. `given` holds the raw attribute values: only those the clinic set are
 * checked; `resolved` is the dose in use; `catalog` is the catalog's dose for that stretch.
 */
export function warnUnusualDose(
  resolved: Pick<Dose, 'hold' | 'reps' | 'rest'>,
  catalog: Pick<Dose, 'hold' | 'reps' | 'rest'> | undefined,
  given: Partial<Record<CheckedDoseField, unknown>>,
  warner: Warner
): string[] {
  const messages: string[] = [];
  for (const field of Object.keys(DOSE_WARN_ABOVE) as CheckedDoseField[]) {
    if (given[field] == null || given[field] === '') continue;
    const message = unusualDoseMessage(field, field, resolved[field], catalog?.[field]);
    if (message) {
      warner.warn(message);
      messages.push(message);
    }
  }
  return messages;
}
