import { LOCALE_STATUS_EVENT, type LocaleModule, type LocaleStatusEventDetail } from './lit-localize.js';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { warnOncePerPage } from '../internal/warn.js';
import { localeLoaders } from './loaders.js';
import { htmlLang, nearestLang, shownFromResolved } from './language-of.js';
import {
  currentShown,
  installRuntime,
  refreshElements,
  runInLocale,
  type ElementLocale,
  type ShownLocale,
} from './context.js';
import {
  ALL_LOCALES,
  SOURCE_LOCALE,
  TARGET_LOCALES,
  isTargetLocale,
  resolveLocaleTag,
  type ResolvedLocale,
  type TargetLocale,
} from './locales.js';

/*
 * How a language is chosen, per element, with @lit/localize.
 *
 * @lit/localize keeps one `msg()` implementation per page. Its runtime mode
 * (`configureLocalization`) has one active locale for the whole page, which cannot give two
 * elements two languages. Its reentrant mode (`configureReentrantLocalization`, public API) asks a
 * `getLocale()` callback on every `msg()` call instead. We install that callback (only when asked:
 * `setupLocalization`, which the CDN entry calls) and answer it from a small stack:
 *
 * - While a backcare element updates (willUpdate → render → updated), the stack holds that
 *   element's locale, so every string it renders, and every number, plural and duration formatted
 *   through ./format.ts, is in its language: its own `lang`, else the nearest ancestor's `lang`
 *   (crossing shadow roots), else the page language.
 * - Outside an element's update (a timer callback composing a live announcement, a click
 *   handler, host code), `msg()` answers in the page language: `<html lang>` for the CDN build,
 *   or what the host app last passed to `setLocale`. Elements wrap such code in `inLocale()` to
 *   speak their own language.
 *
 * Translations load per language, lazily, from a static map (./loaders.ts), once per page, shared
 * by every element. English is the source and never loads. Until a language has loaded, an
 * element that wants it holds its update (at most LOAD_WAIT_MS), then shows English and re-renders
 * when the translations arrive; a language that fails to load stays English with one warning.
 */

type HostLoader = (locale: string) => Promise<LocaleModule>;

export interface LocalizationOptions {
  /**
   * The host app's own source locale, when it localizes its own components with @lit/localize.
   * Default `en`.
   */
  sourceLocale?: string;
  /** The host app's own target locales (the codes it passes to `setLocale`). */
  targetLocales?: readonly string[];
  /** Loads the host app's own templates for one of its target locales. */
  loadLocale?: HostLoader;
  /**
   * Take the page language from `<html lang>`, now and whenever it changes. Default: true when no
   * `targetLocales`/`loadLocale` are given (the page language is the document's), false when the
   * host app brings its own locales (it calls `setLocale`).
   */
  followHtmlLang?: boolean;
  /**
   * Where backcare's own translations come from. Default: the lazily loaded modules built from
   * xliff/ (one chunk per language). A clinic with its own reviewed translations can serve them here.
   */
  loadBackcareLocale?: (locale: TargetLocale) => Promise<LocaleModule>;
}

export interface LocalizationHandle {
  /** The page language tag last set (or taken from `<html lang>`). */
  getLocale(): string;
  /**
   * Sets the page language: any BCP 47 tag. Backcare elements show the nearest language they have
   * (`es-MX` → es; unknown → English, with one warning); the host's own messages use `tag` when it
   * is one of the host's `targetLocales` (or its `sourceLocale`). Resolves when both are ready;
   * rejects only when the host's own `loadLocale` fails.
   */
  setLocale(tag: string): Promise<void>;
}

export { LOAD_WAIT_MS } from './context.js';

/** The reentrant `getLocale()` key for "the page language": the host's and our templates, merged. */
const PAGE_KEY = 'x-backcare-page';

const ENGLISH: ResolvedLocale = { locale: SOURCE_LOCALE, intlTag: SOURCE_LOCALE };

interface Installed {
  hostSource: string;
  hostTargets: ReadonlySet<string>;
  hostLoad?: HostLoader;
  loadOwn: (locale: TargetLocale) => Promise<LocaleModule>;
  followHtmlLang: boolean;
  handle: LocalizationHandle;
}

let installed: Installed | undefined;

const ownModules = new Map<TargetLocale, LocaleModule>();
const ownLoading = new Map<TargetLocale, Promise<void>>();
const ownFailed = new Set<TargetLocale>();

let pageTag: string = SOURCE_LOCALE;
let pageRequested: ResolvedLocale = ENGLISH;
let pageShown: ResolvedLocale = ENGLISH;
/** The page language as a stack entry (compared by identity in `currentKey`). */
let pageShownLocale: ShownLocale = shownFromResolved(ENGLISH);
let hostTemplates: LocaleModule['templates'] | undefined;
let pageModule: LocaleModule | undefined;
let pageRequestId = 0;

/* --- msg() hooks ------------------------------------------------------------------------------ */

/** Inside an element's update: its language; outside: the page (host's templates merged with ours). */
function currentKey(): string {
  const shown = currentShown();
  return shown === pageShownLocale ? PAGE_KEY : shown.locale;
}

function loadLocaleSync(key: string): LocaleModule | undefined {
  if (key === PAGE_KEY) return pageModule;
  return isTargetLocale(key) ? ownModules.get(key) : undefined;
}

function rebuildPageModule(): void {
  const own = pageShown.locale === SOURCE_LOCALE ? undefined : ownModules.get(pageShown.locale as TargetLocale)?.templates;
  // The host's own ids win for its own components; ours fill the rest.
  pageModule = own || hostTemplates ? { templates: { ...own, ...hostTemplates } } : undefined;
}

/* --- public: which locale is active ---------------------------------------------------------- */

/** The language `msg()` answers in right now (an element's while it updates, else the page's). */
export function currentLocale(): string {
  return currentShown().locale;
}

/**
 * Runs `fn` in a language (any tag; resolved by family). Its translations must have loaded
 * (`preloadLocale`), else the text is English. For tests and for host code that composes our
 * messages outside an element.
 */
export function withLocale<T>(tag: string, fn: () => T): T {
  const resolved = resolveLocaleTag(tag);
  return runInLocale(shownFromResolved(resolved), fn);
}

/** Loads a language's translations (no-op for English); resolves once loaded or failed. */
export function preloadLocale(tag: string): Promise<void> {
  const { locale } = resolveLocaleTag(tag);
  return locale === SOURCE_LOCALE ? Promise.resolve() : loadOwn(locale);
}

/**
 * Our templates for a language, for a host app that keeps its own `configureLocalization` and
 * merges them into its `loadLocale` result (see README "Languages"). Undefined for English.
 */
export async function loadBackcareTemplates(tag: string): Promise<LocaleModule['templates'] | undefined> {
  const { locale } = resolveLocaleTag(tag);
  if (locale === SOURCE_LOCALE) return undefined;
  return (await localeLoaders[locale]()).templates;
}

/* --- loading our translations ------------------------------------------------------------------ */

function loadOwn(locale: TargetLocale): Promise<void> {
  let loading = ownLoading.get(locale);
  if (!loading) {
    const loader = installed?.loadOwn ?? ((l: TargetLocale) => localeLoaders[l]());
    loading = Promise.resolve()
      .then(() => loader(locale))
      .then((module) => {
        if (!module || typeof module.templates !== 'object' || module.templates === null) {
          throw new Error('the module has no templates');
        }
        ownModules.set(locale, module);
      })
      .catch((error: unknown) => {
        ownFailed.add(locale);
        warnOncePerPage(
          `locale-load:${locale}`,
          `Could not load the "${locale}" translations (${error instanceof Error ? error.message : String(error)}); showing English.`
        );
      })
      .then(() => refreshElements());
    ownLoading.set(locale, loading);
  }
  return loading;
}

/* --- per element ------------------------------------------------------------------------------ */

function warnAboutLang(tag: string, resolved: ResolvedLocale): void {
  if (!resolved.problem) return;
  const known = ALL_LOCALES.join(', ');
  warnOncePerPage(
    `lang:${tag}`,
    resolved.problem === 'malformed'
      ? `lang="${tag}" is not a valid language tag; showing English.`
      : `lang="${tag}" is not a language backcare-elements has (${known}); showing English.`
  );
}

/** The language an element asks for (before loading is taken into account). */
function requestedFor(element: HTMLElement): ResolvedLocale {
  const tag = nearestLang(element);
  if (tag === undefined) return pageRequested;
  const resolved = resolveLocaleTag(tag);
  warnAboutLang(tag, resolved);
  return resolved;
}

/** What an element shows now, starting the load of the language it asks for if needed. */
function elementLocale(element: HTMLElement): ElementLocale {
  const requested = requestedFor(element);
  if (requested.locale === SOURCE_LOCALE) return { shown: shownFromResolved(requested) };
  const locale = requested.locale;
  if (ownModules.has(locale)) return { shown: shownFromResolved(requested) };
  if (ownFailed.has(locale)) return { shown: shownFromResolved(ENGLISH) };
  return { shown: shownFromResolved(ENGLISH), pending: loadOwn(locale) };
}

/* --- the page language --------------------------------------------------------------------- */

function dispatchStatus(detail: LocaleStatusEventDetail): void {
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));
}

async function setPageLocale(tag: string): Promise<void> {
  const setup = installed;
  if (!setup) throw new Error('setupLocalization() has not been called');
  const id = ++pageRequestId;
  const resolved = resolveLocaleTag(tag);
  warnAboutLang(tag, resolved);
  pageTag = tag;
  pageRequested = resolved;
  dispatchStatus({ status: 'loading', loadingLocale: tag });
  // Elements without a lang of their own ask for the new language now (and start loading it).
  refreshElements();
  const hostCode = tag === setup.hostSource || setup.hostTargets.has(tag) ? tag : undefined;
  const hostLoad =
    setup.hostLoad && hostCode !== undefined && hostCode !== setup.hostSource ? setup.hostLoad(hostCode) : undefined;
  const ownLoad = resolved.locale === SOURCE_LOCALE ? undefined : loadOwn(resolved.locale);
  let hostModule: LocaleModule | undefined;
  try {
    [, hostModule] = await Promise.all([ownLoad, hostLoad]);
  } catch (error) {
    if (id === pageRequestId) dispatchStatus({ status: 'error', errorLocale: tag, errorMessage: String(error) });
    throw error;
  }
  if (id !== pageRequestId) return;
  hostTemplates = hostModule?.templates;
  pageShown = resolved.locale === SOURCE_LOCALE || ownModules.has(resolved.locale) ? resolved : ENGLISH;
  pageShownLocale = shownFromResolved(pageShown);
  rebuildPageModule();
  dispatchStatus({ status: 'ready', readyLocale: tag });
  refreshElements();
}

/**
 * Sets up localization for backcare elements: each element shows its language (its `lang`, the
 * nearest ancestor's, else the page's), loading each language once, lazily. Call it once per page,
 * instead of @lit/localize's `configureLocalization`: it installs the page's one `msg()`
 * implementation, and serves the host app's own messages too when given its `sourceLocale`,
 * `targetLocales` and `loadLocale` (same meaning as in `configureLocalization`). Importing the
 * package never calls it; the CDN build does, following `<html lang>`.
 *
 * When @lit/localize was already configured on the page, this warns once and changes nothing:
 * backcare elements then follow that configuration (merge `loadBackcareTemplates()` into its
 * `loadLocale`).
 */
export function setupLocalization(options: LocalizationOptions = {}): LocalizationHandle {
  return install(options, () =>
    configureReentrantLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales: [...TARGET_LOCALES, PAGE_KEY],
      getLocale: currentKey,
      loadLocaleSync,
    })
  );
}

function install(options: LocalizationOptions, installMsg: () => void): LocalizationHandle {
  if (installed) {
    warnOncePerPage('setup-twice', 'setupLocalization() was called more than once; the first call’s settings stay.');
    return installed.handle;
  }
  const handle: LocalizationHandle = {
    getLocale: () => pageTag,
    setLocale: (tag: string) => setPageLocale(tag),
  };
  try {
    installMsg();
  } catch {
    warnOncePerPage(
      'setup-conflict',
      '@lit/localize is already configured on this page, so setupLocalization() changes nothing. Backcare elements follow that configuration; merge loadBackcareTemplates(locale) into its loadLocale to translate them (README, "Languages").'
    );
    return {
      getLocale: () => currentShown().lang,
      setLocale: () => Promise.reject(new Error('@lit/localize was configured elsewhere on this page; call its setLocale.')),
    };
  }
  const bringsOwn = options.targetLocales !== undefined || options.loadLocale !== undefined;
  installed = {
    hostSource: options.sourceLocale ?? SOURCE_LOCALE,
    hostTargets: new Set(options.targetLocales ?? []),
    hostLoad: options.loadLocale,
    loadOwn: options.loadBackcareLocale ?? ((locale) => localeLoaders[locale]()),
    followHtmlLang: options.followHtmlLang ?? !bringsOwn,
    handle,
  };
  installRuntime({ elementLocale, page: () => pageShownLocale });
  if (typeof document !== 'undefined' && typeof window !== 'undefined') {
    if (installed.followHtmlLang) void setPageLocale(htmlLang()).catch(() => undefined);
    if (typeof MutationObserver !== 'undefined') {
      const follow = installed.followHtmlLang;
      new MutationObserver((records) => {
        if (follow && records.some((record) => record.target === document.documentElement)) {
          void setPageLocale(htmlLang()).catch(() => undefined);
        } else {
          refreshElements();
        }
      }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }
  refreshElements();
  return handle;
}
