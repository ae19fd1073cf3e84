/**
 * The languages backcare-elements ships, and how any BCP 47 language tag maps onto one of them.
 * Pure functions, no side effects: safe to import from anywhere (the npm entry included).
 */

import { SOURCE_LOCALE } from './source-locale.js';

export { SOURCE_LOCALE, localeDirection } from './source-locale.js';

/**
 * The translated languages, each a lazily loaded module. US clinics most often need Spanish, then
 * Chinese, Vietnamese, Tagalog and Arabic; UK and EU clinics add French, German and Polish.
 * Keep in step with `targetLocales` in lit-localize.json (a test checks).
 */
export const TARGET_LOCALES = ['es', 'zh-Hans', 'vi', 'tl', 'ar', 'fr', 'de', 'pl'] as const;

export type TargetLocale = (typeof TARGET_LOCALES)[number];
export type BackcareLocale = typeof SOURCE_LOCALE | TargetLocale;

export const ALL_LOCALES: readonly BackcareLocale[] = [SOURCE_LOCALE, ...TARGET_LOCALES];

export function isTargetLocale(value: string): value is TargetLocale {
  return (TARGET_LOCALES as readonly string[]).includes(value);
}

/** The tag Intl and speech use for a locale when the page gave no region. */
const DEFAULT_INTL_TAG: Record<BackcareLocale, string> = {
  en: 'en',
  es: 'es',
  // A region picks Simplified script in Intl and a Mandarin voice in speech synthesis.
  'zh-Hans': 'zh-CN',
  vi: 'vi',
  // Intl and speech voices know Tagalog by its standard form, Filipino (fil).
  tl: 'fil',
  ar: 'ar',
  fr: 'fr',
  de: 'de',
  pl: 'pl',
};

export interface ResolvedLocale {
  /** The language shown: one of ALL_LOCALES. */
  locale: BackcareLocale;
  /**
   * The tag for Intl (numbers, plurals, lists, durations) and speech voices: the page's own tag
   * when it names the same language (`es-MX`, `en-GB`, `ar-EG`), else a default for the locale.
   */
  intlTag: string;
  /** Set when the tag fell back to English: it was not a language tag, or not a language we have. */
  problem?: 'malformed' | 'unsupported';
}

const cache = new Map<string, ResolvedLocale>();

/**
 * Maps a language tag onto the language we show, by language family: `es-MX` → es,
 * `zh`, `zh-CN`, `zh-SG`, `zh-Hans-*` → zh-Hans (Traditional Chinese, `zh-TW`/`zh-HK`/`zh-Hant`,
 * also gets Simplified until a zh-Hant translation exists), `fil`/`tl-PH` → tl, `pt` → en
 * (`unsupported`), `123` → en (`malformed`). Underscores (`es_MX`) are read as hyphens.
 */
export function resolveLocaleTag(tag: string): ResolvedLocale {
  const key = tag.trim();
  let resolved = cache.get(key);
  if (!resolved) {
    resolved = resolveUncached(key);
    if (cache.size > 200) cache.clear();
    cache.set(key, resolved);
  }
  return resolved;
}

function resolveUncached(tag: string): ResolvedLocale {
  let canonical: string;
  let parsed: Intl.Locale;
  try {
    canonical = Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? '';
    parsed = new Intl.Locale(canonical);
  } catch {
    return { locale: SOURCE_LOCALE, intlTag: SOURCE_LOCALE, problem: 'malformed' };
  }
  if (!canonical) return { locale: SOURCE_LOCALE, intlTag: SOURCE_LOCALE, problem: 'malformed' };
  const language = parsed.language;
  const region = parsed.region;
  switch (language) {
    case 'en':
    case 'es':
    case 'vi':
    case 'ar':
    case 'fr':
    case 'de':
    case 'pl':
      return { locale: language, intlTag: canonical };
    case 'tl':
    case 'fil':
      return { locale: 'tl', intlTag: region ? `fil-${region}` : DEFAULT_INTL_TAG.tl };
    case 'zh': {
      // Keep a region only where Simplified is the usual script, so Intl output and the voice
      // match the Simplified text (zh-TW would format in Traditional characters).
      const simplified = region && safeMaximize(new Intl.Locale(`zh-${region}`))?.script === 'Hans';
      return { locale: 'zh-Hans', intlTag: simplified ? `zh-${region}` : DEFAULT_INTL_TAG['zh-Hans'] };
    }
    default:
      return { locale: SOURCE_LOCALE, intlTag: SOURCE_LOCALE, problem: 'unsupported' };
  }
}

function safeMaximize(locale: Intl.Locale): Intl.Locale | undefined {
  try {
    return locale.maximize();
  } catch {
    return undefined;
  }
}

/** The Intl/speech tag for a locale shown without a page tag of the same language. */
export function defaultIntlTag(locale: BackcareLocale): string {
  return DEFAULT_INTL_TAG[locale];
}

/*
 * The usual emergency number by region (CONTENT.md: 911, 999, 112), for a page tag that names a
 * region (`en-GB` → 999, `es-MX` → 911, `de-AT` → 112). Without a region, or for a region not
 * listed, there is no single answer and the safety text names the usual numbers for the language's
 * readers instead. A clinic's `emergency-number` attribute always wins.
 */
const EMERGENCY_911 = ['US', 'CA', 'MX', 'PR', 'PH', 'AR', 'PA', 'CR', 'SV', 'UY', 'PY', 'DO', 'JO'];
const EMERGENCY_999 = ['GB', 'IE', 'HK', 'MY', 'MO'];
const EMERGENCY_112 = [
  'AT', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IS', 'IT',
  'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
];

/** The usual emergency number for the region in a language tag, or undefined when it names none. */
export function usualEmergencyNumber(tag: string): string | undefined {
  let region: string | undefined;
  try {
    region = new Intl.Locale(tag.replace(/_/g, '-')).region;
  } catch {
    return undefined;
  }
  if (!region) return undefined;
  if (EMERGENCY_911.includes(region)) return '911';
  if (EMERGENCY_999.includes(region)) return '999';
  if (EMERGENCY_112.includes(region)) return '112';
  return undefined;
}
