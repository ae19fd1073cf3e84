import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from './lit-localize.js';

/*
 * The small part of localization every element carries: which language is active right now (a
 * stack: the element being updated, else the page), and the registry of connected elements. The
 * language resolution and loading live in ./runtime.ts and plug in here when `setupLocalization`
 * runs, so an app that never sets localization up does not ship them.
 */

/** What an element shows, and what `msg()` and ./format.ts use while it updates. */
export interface ShownLocale {
  /** The language of the text: `en`, `es`, `zh-Hans`, `vi`, `tl`, `ar`, `fr`, `de` or `pl`. */
  locale: string;
  /** The tag for Intl and speech voices (`es-MX`, `zh-CN`, `fil`). */
  intlTag: string;
  /** The value for the `lang` attribute of the element's root. */
  lang: string;
  /** `ltr` or `rtl` from the language; undefined: inherit from the page. */
  dir?: 'ltr' | 'rtl';
}

export interface ElementLocale {
  shown: ShownLocale;
  /** Set while the wanted language is loading: settles (never rejects) when it has loaded or failed. */
  pending?: Promise<void>;
}

/** What ./runtime.ts provides once set up. */
export interface LocaleRuntime {
  elementLocale(element: HTMLElement): ElementLocale;
  /** The page language (what `msg()` answers in outside an element's update). */
  page(): ShownLocale;
}

/** How long an element's update waits for its translations before showing English for now. */
export const LOAD_WAIT_MS = 2000;

let runtime: LocaleRuntime | undefined;
const stack: ShownLocale[] = [];

/** Every connected backcare element, to re-check when a language or a `lang` changes. */
const connected = new Set<HTMLElement>();
/** Every backcare element ever connected (their shadow roots' top elements carry the lang we set). */
export const backcareHosts = new WeakSet<Node>();
/** What each element last rendered in, so only elements whose language changed re-render. */
const lastShown = new WeakMap<HTMLElement, string>();

/* --- the page language when the host app configured @lit/localize itself --------------------- */

let hostActiveTag: string | undefined;
if (typeof window !== 'undefined') {
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    const detail = (event as CustomEvent<LocaleStatusEventDetail>).detail;
    if (detail.status === 'ready' && !runtime) {
      hostActiveTag = detail.readyLocale;
      // The host app switched @lit/localize's page locale: elements re-render in it.
      refreshElements();
    }
  });
}

/** The host's own @lit/localize locale (no backcare runtime): lang as given, RTL only for Arabic. */
function unmanaged(): ShownLocale {
  const tag = hostActiveTag ?? 'en';
  return { locale: tag, intlTag: tag, lang: tag, dir: /^ar(-|$)/i.test(tag) ? 'rtl' : undefined };
}

export function installRuntime(value: LocaleRuntime): void {
  runtime = value;
  hostActiveTag = undefined;
}

/** Whether `setupLocalization` (or the CDN entry) set localization up on this page. */
export function isLocalizationSetUp(): boolean {
  return runtime !== undefined;
}

/** The language active right now: the updating element's, else the page's. */
export function currentShown(): ShownLocale {
  return stack[stack.length - 1] ?? runtime?.page() ?? unmanaged();
}

/** Runs `fn` with `shown` as the language of msg() and Intl formatting. */
export function runInLocale<T>(shown: ShownLocale, fn: () => T): T {
  stack.push(shown);
  try {
    return fn();
  } finally {
    stack.pop();
  }
}

/** What an element shows now (starting the load of the language it asks for, if needed). */
export function elementLocale(element: HTMLElement): ElementLocale {
  return runtime ? runtime.elementLocale(element) : { shown: unmanaged() };
}

const shownKey = (shown: ShownLocale) => `${shown.lang}|${shown.dir ?? ''}|${shown.intlTag}`;

/** Remembers what an element rendered in, so a later change of language re-renders it. */
export function noteRendered(element: HTMLElement, shown: ShownLocale): void {
  lastShown.set(element, shownKey(shown));
}

export function connectElement(element: HTMLElement): void {
  connected.add(element);
  backcareHosts.add(element);
}

export function disconnectElement(element: HTMLElement): void {
  connected.delete(element);
}

/** Re-checks every connected element; those whose language changed re-render. */
export function refreshElements(): void {
  for (const element of connected) {
    const before = lastShown.get(element);
    if (before === undefined) continue; // not rendered yet: its first update resolves the language
    if (shownKey(elementLocale(element).shown) !== before) {
      (element as HTMLElement & { requestUpdate(): void }).requestUpdate();
    }
  }
}
