import { currentShown } from './context.js';

/**
 * The BCP 47 tag for Intl formatting and speech voices right now: the language of the backcare
 * element that is updating (or that runs `inLocale`), else the page language. It is an Intl tag,
 * not a catalog code: `es-MX` for a Mexican Spanish page, `zh-CN` for Simplified Chinese, `fil`
 * for Tagalog (the code Intl and speech voices know it by).
 */
export function activeLocale(): string {
  return currentShown().intlTag;
}
