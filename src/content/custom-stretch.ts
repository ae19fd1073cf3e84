import type { Warner } from '../internal/warn.js';
import { safeUrl } from '../internal/url.js';
import { DOSE_LIMITS } from './dose.js';
import { parseRange, parseSides, parseWhole } from '../internal/attributes.js';
import type { Dose, NumberRange, Sides } from './types.js';

/** A clinic's own stretch, given as a `stretch` property object or a JSON `<script>` child. */
export interface CustomStretchInput {
  /** A stable id for events; default "custom". */
  id?: string;
  name: string;
  /** One action per step. */
  steps: string[];
  summary?: string;
  feelIt?: string;
  /** Seconds or a range: `20`, `"15-30"` or `{ min: 15, max: 30 }`. Default 30. */
  hold?: number | string | NumberRange;
  /** Seconds to count inside a hold range. */
  holdTarget?: number;
  /** Rounds or a range. Default 1. */
  reps?: number | string | NumberRange;
  sides?: Sides;
  /** Seconds between rounds. Default 10. */
  rest?: number;
  cautions?: string[];
  videoUrl?: string;
  /** A picture of the stretch: an `https:`, `http:` or relative URL. Without one, a placeholder shows. */
  image?: string;
  /** Alt text for `image`: the position and, for one-sided stretches, the side. Default: the name. */
  imageAlt?: string;
}

/** A custom stretch after validation: every field usable as is. */
export interface ValidCustomStretch {
  id: string;
  name: string;
  steps: string[];
  summary?: string;
  feelIt?: string;
  dose: Dose;
  cautions: string[];
  videoUrl?: string;
  image?: string;
  imageAlt?: string;
}

export const CUSTOM_DEFAULT_DOSE = {
  hold: { min: 30, max: 30 },
  reps: { min: 1, max: 1 },
  sides: 'none' as Sides,
  rest: 10,
};

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function optionalText(value: unknown, field: string, warner: Warner): string | undefined {
  if (value == null) return undefined;
  if (isText(value)) return value.trim();
  warner.warn(`stretch.${field} should be text; it is left out.`);
  return undefined;
}

/**
 * Checks a custom stretch. Returns undefined (after one warning) when it cannot be shown at all:
 * not an object, no name, or no steps. Wrong optional fields fall back with a warning each.
 */
export function validateCustomStretch(input: unknown, warner: Warner): ValidCustomStretch | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    warner.warn(`stretch must be a catalog id or an object with a name and steps; got ${JSON.stringify(input)}.`);
    return undefined;
  }
  const data = input as Record<string, unknown>;
  if (!isText(data.name)) {
    warner.warn('stretch.name is missing or not text; the stretch cannot be shown.');
    return undefined;
  }
  if (!Array.isArray(data.steps) || data.steps.length === 0 || !data.steps.every(isText)) {
    warner.warn(`stretch.steps must be a list of text steps (stretch "${data.name}"); the stretch cannot be shown.`);
    return undefined;
  }
  const hold = parseRange(data.hold, 'stretch.hold', CUSTOM_DEFAULT_DOSE.hold, DOSE_LIMITS.hold, warner);
  const holdTarget =
    data.holdTarget == null ? undefined : parseWhole(data.holdTarget, 'stretch.holdTarget', hold.max, hold, warner);
  const cautions = Array.isArray(data.cautions) ? data.cautions.filter(isText) : [];
  if (data.cautions != null && (!Array.isArray(data.cautions) || cautions.length !== data.cautions.length)) {
    warner.warn('stretch.cautions should be a list of text; items that are not text are left out.');
  }
  let videoUrl: string | undefined;
  if (data.videoUrl != null) {
    videoUrl = safeUrl(String(data.videoUrl));
    if (!videoUrl) warner.warn(`stretch.videoUrl="${String(data.videoUrl)}" is not an allowed URL; the video link is left out.`);
  }
  let image: string | undefined;
  if (data.image != null) {
    // Only web addresses make sense for a picture: mailto: and tel: pass safeUrl but not here.
    const safe = safeUrl(String(data.image));
    image = safe && !/^\s*(mailto|tel):/i.test(safe) ? safe : undefined;
    if (!image) warner.warn(`stretch.image="${String(data.image)}" is not an allowed picture URL (use https:, http: or a relative URL); a placeholder is shown instead.`);
  }
  return {
    id: isText(data.id) ? data.id.trim() : 'custom',
    name: data.name.trim(),
    steps: (data.steps as string[]).map((step) => step.trim()),
    summary: optionalText(data.summary, 'summary', warner),
    feelIt: optionalText(data.feelIt, 'feelIt', warner),
    cautions,
    videoUrl,
    image,
    imageAlt: image ? optionalText(data.imageAlt, 'imageAlt', warner) : undefined,
    dose: {
      hold,
      holdTarget,
      reps: parseRange(data.reps, 'stretch.reps', CUSTOM_DEFAULT_DOSE.reps, DOSE_LIMITS.reps, warner),
      sides: parseSides(data.sides, CUSTOM_DEFAULT_DOSE.sides, warner),
      rest: parseWhole(data.rest, 'stretch.rest', CUSTOM_DEFAULT_DOSE.rest, DOSE_LIMITS.rest, warner),
      source: { hold: 'default', reps: 'default', rest: 'default' },
    },
  };
}

/** Parses the text of a `<script type="application/json">` child; undefined (with a warning) when broken. */
export function parseStretchJson(text: string, warner: Warner): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    warner.warn(`the <script type="application/json"> child is not valid JSON (${(error as Error).message}); the stretch cannot be shown.`);
    return undefined;
  }
}
