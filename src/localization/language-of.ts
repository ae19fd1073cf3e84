import { backcareHosts, type ShownLocale } from './context.js';
import { SOURCE_LOCALE, localeDirection } from './source-locale.js';
import type { ResolvedLocale } from './locales.js';

/*
 * Where an element's language comes from, shared by the localization runtime (./runtime.ts) and
 * the CDN's stand-in for it (../cdn-setup.ts), which must agree on it.
 */

/**
 * The nearest `lang` attribute from `element` upward, crossing shadow roots, up to (not
 * including) `<html>`, which is the page language. The top elements of a backcare element's
 * shadow root carry the lang *we* set, so they are skipped: a nested element (the timer in a
 * card) follows what its host asked for, not what the host shows while loading.
 */
export function nearestLang(element: Element): string | undefined {
  const html = element.ownerDocument?.documentElement;
  let node: Node | null = element;
  while (node) {
    if (node === html) return undefined;
    if (node.nodeType === 1) {
      const el = node as Element;
      const parent = el.parentNode;
      const ownRoot = parent instanceof ShadowRoot && backcareHosts.has(parent.host);
      if (!ownRoot) {
        const value = el.getAttribute('lang');
        if (value !== null && value.trim() !== '') return value;
      }
    }
    node = node.parentNode ?? (typeof ShadowRoot !== 'undefined' && node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** The page language: `<html lang>`, else English. */
export function htmlLang(): string {
  const value = document.documentElement.getAttribute('lang');
  return value && value.trim() ? value.trim() : SOURCE_LOCALE;
}

/** How a resolved language is shown: its text, Intl tag, `lang` and direction. */
export function shownFromResolved(resolved: ResolvedLocale): ShownLocale {
  return { locale: resolved.locale, intlTag: resolved.intlTag, lang: resolved.locale, dir: localeDirection(resolved.locale) };
}
