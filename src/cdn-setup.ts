/**
 * What both CDN builds (the one-file `backcare-elements.js` and the autoloader) set up besides the
 * elements: each element shows its `lang` (or the nearest ancestor's), else `<html lang>`, and
 * follows changes. The npm entry points never do this on import (a host app may configure
 * @lit/localize itself); they export `setupLocalization` instead.
 *
 * An English page loads no localization code. Until an element or `<html lang>` asks for another
 * language, the stand-in below answers "English" (keeping the page's own English tag, such as
 * `en-GB`, for Intl formatting). The first other tag loads the localization runtime
 * (./localization/runtime.ts, a chunk of 2.5 KB gzipped), which takes over for good and loads
 * that language's translations. An element waits for both as it waits for translations (at most
 * LOAD_WAIT_MS), so a Spanish page does not flash English first.
 */
import { warnOncePerPage } from './internal/warn.js';
import { installRuntime, refreshElements, type LocaleRuntime, type ShownLocale } from './localization/context.js';
import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from './localization/lit-localize.js';
import { htmlLang, nearestLang, shownFromResolved } from './localization/language-of.js';
import { SOURCE_LOCALE } from './localization/source-locale.js';

type Runtime = typeof import('./localization/runtime.js');

const ENGLISH = shownFromResolved({ locale: SOURCE_LOCALE, intlTag: SOURCE_LOCALE });

let runtime: Runtime | undefined;
let runtimeLoad: Promise<void> | undefined;
let runtimeFailed = false;
let observer: MutationObserver | undefined;

/**
 * English as `tag` gives it (`en-GB` keeps its region for Intl), or undefined when the tag needs
 * the runtime: another language, or an unknown or malformed tag (the runtime shows English with
 * one warning). The English case of `resolveLocaleTag`, without the rest of it.
 */
function englishFor(tag: string): ShownLocale | undefined {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
  return canonical && /^en(-|$)/.test(canonical) ? shownFromResolved({ locale: SOURCE_LOCALE, intlTag: canonical }) : undefined;
}

/** Loads and sets up the runtime once; settles (never rejects) when it has taken over or failed. */
function loadRuntime(): Promise<void> {
  runtimeLoad ??= import('./localization/runtime.js').then(
    (module) => {
      runtime = module;
      observer?.disconnect();
      module.setupLocalization({ followHtmlLang: true });
    },
    (error: unknown) => {
      runtimeFailed = true;
      warnOncePerPage(
        'runtime-load',
        `Could not load the localization code (${error instanceof Error ? error.message : String(error)}); showing English.`
      );
      refreshElements();
    }
  );
  return runtimeLoad;
}

/** The status events the runtime sends for a page language, for a change to English before it loads. */
function announceEnglish(tag: string): void {
  const send = (detail: LocaleStatusEventDetail) => window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));
  send({ status: 'loading', loadingLocale: tag });
  void Promise.resolve().then(() => send({ status: 'ready', readyLocale: tag }));
}

const page = (): ShownLocale => englishFor(htmlLang()) ?? ENGLISH;

const standIn: LocaleRuntime = {
  elementLocale(element) {
    const tag = nearestLang(element) ?? htmlLang();
    const english = englishFor(tag);
    if (english) return { shown: english };
    if (runtimeFailed) return { shown: page() };
    return { shown: ENGLISH, pending: loadRuntime().then(() => runtime?.preloadLocale(tag)) };
  },
  page,
};

if (typeof document !== 'undefined') {
  installRuntime(standIn);
  if (!englishFor(htmlLang())) void loadRuntime();
  if (typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver((records) => {
      if (records.some((record) => record.target === document.documentElement)) {
        const tag = htmlLang();
        if (englishFor(tag)) announceEnglish(tag);
        else void loadRuntime();
      }
      // Elements whose language changed ask the stand-in again, which loads the runtime if needed.
      refreshElements();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}
