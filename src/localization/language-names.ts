import type { BackcareLocale } from './locales.js';

/** Each language's own name, so a reader finds it whatever language the page shows. */
export const LANGUAGE_NAMES: Readonly<Record<BackcareLocale, string>> = {
  en: 'English',
  es: 'Español',
  'zh-Hans': '中文（简体）',
  vi: 'Tiếng Việt',
  tl: 'Tagalog',
  ar: 'العربية',
  fr: 'Français',
  de: 'Deutsch',
  pl: 'Polski',
};
