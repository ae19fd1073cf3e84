import type { BackcareLocale } from './locales.js';

/*
 * The two facts about languages that every page needs, English or not. Kept apart from
 * ./locales.ts (the language-tag resolution), which only the localization runtime uses, so the
 * CDN file of an English page does not carry it.
 */

/** The language the source strings are written in. It ships in the main bundle and never loads. */
export const SOURCE_LOCALE = 'en';

/** Languages written right to left. */
const RTL_LOCALES: ReadonlySet<BackcareLocale> = new Set<BackcareLocale>(['ar']);

export function localeDirection(locale: BackcareLocale): 'ltr' | 'rtl' {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
}
