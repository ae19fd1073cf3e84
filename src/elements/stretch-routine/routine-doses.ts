import type { Warner } from '../../internal/warn.js';
import { unusualDoseMessage, warnUnusualDose } from '../../content/dose.js';
import { isCatalogStretchRef, type StretchView } from '../../content/stretch-view.js';
import { stretches } from '../../content/stretches.js';

/**
 * The routine's unusual-dose warnings (see DOSE_WARN_ABOVE in content/dose.ts): the `rest`
 * between stretches, and each stretch given as an object (a catalog id with its own dose, or a
 * custom stretch) whose hold, reps or rest is beyond twice the catalog's range or above the usual
 * maximum. Each message is printed once per element (the Warner keeps the ones it printed), so a
 * re-resolve (a new language) does not repeat it. Returns the messages.
 */
export function warnRoutineDoses(
  items: readonly unknown[],
  steps: readonly StretchView[],
  rest: { given: unknown; seconds: number },
  warner: Warner
): string[] {
  const messages: string[] = [];
  if (rest.given != null && rest.given !== '') {
    const message = unusualDoseMessage('rest', 'rest', rest.seconds);
    if (message) {
      warner.warn(message);
      messages.push(message);
    }
  }
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const fields = item as { id?: unknown; hold?: unknown; reps?: unknown; rest?: unknown };
    const view = steps.find((step) => step.id === (isCatalogStretchRef(item) ? item.id : (fields.id ?? 'custom')));
    if (!view) continue;
    const catalog = isCatalogStretchRef(item) ? stretches[item.id].dose : undefined;
    const given = { hold: fields.hold, reps: fields.reps, rest: fields.rest };
    // Each message names the stretch it is about (the attribute names alone would be ambiguous).
    const prefixed = { warn: (message: string) => warner.warn(`${view.id}: ${message}`) } as unknown as Warner;
    messages.push(...warnUnusualDose(view.dose, catalog, given, prefixed).map((message) => `${view.id}: ${message}`));
  }
  return messages;
}
