import { msg, str } from '../localization/lit-localize.js';
import type { Warner } from '../internal/warn.js';
import { safeUrl } from '../internal/url.js';
import { formatSeconds, formatTimes } from '../localization/format.js';
import { DOSE_LIMITS } from './dose.js';
import { parseRange, parseSides, parseWhole } from '../internal/attributes.js';
import { isStretchId, stretches } from './stretches.js';
import { parseStretchJson, validateCustomStretch } from './custom-stretch.js';
import { STRETCH_IDS, type Dose, type Sides, type StretchId } from './types.js';

/** Everything a card, routine or guide shows of one stretch, in the active locale. */
export interface StretchView {
  id: string;
  name: string;
  summary?: string;
  steps: string[];
  feelIt?: string;
  cautions: string[];
  progression?: string;
  videoUrl?: string;
  /** A custom stretch's own picture (a safe URL) and its alt text. Catalog stretches have illustrations. */
  image?: string;
  imageAlt?: string;
  dose: Dose;
  /** True for a built-in catalog stretch. */
  fromCatalog: boolean;
}

/** Per-element overrides, as attribute strings. */
export interface DoseOverrides {
  hold?: unknown;
  reps?: unknown;
  sides?: unknown;
  rest?: unknown;
  videoUrl?: string | null;
}

/**
 * A catalog stretch with its own dose, as an item of `<stretch-routine>`'s `stretches` list:
 * `{ id: 'knee-to-chest', hold: 20, reps: 2 }`. Same meanings and units as `<stretch-card>`'s
 * attributes; what is left out keeps the catalog's dose.
 */
export interface CatalogStretchRef {
  id: StretchId;
  hold?: number | string;
  reps?: number | string;
  sides?: Sides;
  rest?: number | string;
}

/** True for `{ id: <catalog id>, …dose }` without a name or steps (those make a custom stretch). */
export function isCatalogStretchRef(value: unknown): value is CatalogStretchRef {
  const data = value as Record<string, unknown> | null;
  return typeof data === 'object' && !!data && isStretchId(data.id as string) && data.name == null && data.steps == null;
}

/**
 * Resolves what a stretch element was given (a catalog id, a catalog id with its own dose, a
 * custom object, or JSON text) into a view. Returns undefined, after one warning, when nothing
 * showable was given.
 */
export function resolveStretch(
  given: { stretch?: unknown; json?: string },
  overrides: DoseOverrides,
  warner: Warner
): StretchView | undefined {
  const ref = given.stretch;
  if (isCatalogStretchRef(ref)) {
    const { id, ...dose } = ref;
    return resolveStretch({ stretch: id }, { ...overrides, ...dose }, warner);
  }
  const base = resolveBase(given, warner);
  if (!base) return undefined;
  return applyOverrides(base, overrides, warner);
}

function resolveBase(given: { stretch?: unknown; json?: string }, warner: Warner): StretchView | undefined {
  const { stretch, json } = given;
  if (stretch != null && typeof stretch !== 'string') return customView(stretch, warner);
  if (json != null) {
    const parsed = parseStretchJson(json, warner);
    return parsed === undefined ? undefined : customView(parsed, warner);
  }
  if (stretch == null || (typeof stretch === 'string' && stretch.trim() === '')) {
    warner.warn(`no stretch given; set stretch to one of ${STRETCH_IDS.join(', ')}, or give a custom stretch.`);
    return undefined;
  }
  const id = String(stretch).trim();
  if (!isStretchId(id)) {
    warner.warn(`stretch="${String(stretch)}" is not a known stretch; use one of ${STRETCH_IDS.join(', ')}.`);
    return undefined;
  }
  const entry = stretches[id];
  return {
    id,
    name: entry.name(),
    summary: entry.summary(),
    steps: entry.steps.map((step) => step()),
    feelIt: entry.feelIt(),
    cautions: entry.cautions.map((caution) => caution()),
    progression: entry.progression?.(),
    dose: entry.dose,
    fromCatalog: true,
  };
}

function customView(input: unknown, warner: Warner): StretchView | undefined {
  const custom = validateCustomStretch(input, warner);
  return custom && { ...custom, fromCatalog: false };
}

function applyOverrides(view: StretchView, overrides: DoseOverrides, warner: Warner): StretchView {
  const dose = view.dose;
  const hold = parseRange(overrides.hold, 'hold', dose.hold, DOSE_LIMITS.hold, warner);
  const holdChanged = hold.min !== dose.hold.min || hold.max !== dose.hold.max;
  let videoUrl = view.videoUrl;
  if (overrides.videoUrl != null) {
    const safe = safeUrl(overrides.videoUrl);
    if (safe) videoUrl = safe;
    else warner.warn(`video-url="${overrides.videoUrl}" is not an allowed URL (use https: or http:); the video link is left out.`);
  }
  return {
    ...view,
    videoUrl,
    dose: {
      ...dose,
      hold,
      holdTarget: holdChanged ? undefined : dose.holdTarget,
      reps: parseRange(overrides.reps, 'reps', dose.reps, DOSE_LIMITS.reps, warner),
      sides: parseSides(overrides.sides, dose.sides, warner),
      rest: parseWhole(overrides.rest, 'rest', dose.rest, DOSE_LIMITS.rest, warner),
    },
  };
}

/** "Hold 15–30 seconds, each side, 2–3 times." */
export function doseSentence(dose: Dose): string {
  const seconds = formatSeconds(dose.hold);
  const times = formatTimes(dose.reps);
  return dose.sides === 'each'
    ? msg(str`Hold ${seconds}, each side, ${times}.`, { id: 'dose.sentence.each-side' })
    : msg(str`Hold ${seconds}, ${times}.`, { id: 'dose.sentence' });
}
