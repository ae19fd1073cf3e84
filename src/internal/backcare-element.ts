import { LitElement, ReactiveElement, adoptStyles, type PropertyDeclarations, type PropertyValues } from 'lit';
import { parseHeadingLevel, parseTheme, type HeadingLevel, type Theme } from './attributes.js';
import { Warner, warnOncePerPage } from './warn.js';
import {
  LOAD_WAIT_MS,
  connectElement,
  disconnectElement,
  elementLocale,
  isLocalizationSetUp,
  noteRendered,
  refreshElements,
  runInLocale,
  type ShownLocale,
} from '../localization/context.js';

/**
 * An element's language, for code that makes text outside an update (controllers, timer
 * callbacks): hand it `element.language`, and run every such text through `inLocale`.
 */
export interface ElementLanguage {
  /** Runs `fn` in the element's language: `msg()` and the format helpers answer in it. */
  inLocale<T>(fn: () => T): T;
  /** The element's Intl and speech tag (`es-MX`, `zh-CN`, `fil`). */
  tag(): string;
}

let hydration: typeof import('./hydrate.js') | undefined;
let hydrationLoad: Promise<unknown> | undefined;
/** Loads Lit's hydration once, then waits until `root` can hydrate; never rejects. */
const loadHydration = (root: ShadowRoot) =>
  (hydrationLoad ??= import('./hydrate.js').then(
    (module) => (hydration = module),
    () => warnOncePerPage('hydrate', 'The hydration code did not load.')
  )).then(() => hydration?.ready(root));

/**
 * What every backcare element shares: the `theme` and `heading-level` attributes, a per-element
 * warner for bad input, and its language.
 *
 * Language: each update (willUpdate, render, updated) runs in the element's own language — its
 * `lang`, else the nearest ancestor's, else the page's — once localization is set up
 * (`setupLocalization`, or the CDN build). The top elements of the shadow root get `lang` and
 * `dir` of the language shown. Code that composes text outside an update (timer callbacks, click
 * handlers) runs it through `inLocale()` to use the element's language too.
 *
 * Pre-rendered markup (`backcare-elements/prerender`: a declarative shadow root) is hydrated in
 * place: the element keeps the server's DOM, adopts its own styles (so a strict CSP that blocks
 * the inline `<style>` still styles it once the script runs) and binds its parts to that DOM. A
 * nested element waits for its host while it has `defer-hydration`, as in Lit's hydrate support.
 *
 * Properties are declared with `static properties` and `declare` fields instead of decorators, so
 * the same source runs unchanged through esbuild, Vite (Storybook) and the test runner.
 *
 * @attr lang - The element's language (a BCP 47 tag such as `es` or `zh-CN`). Default: the nearest ancestor's `lang`, else the page's.
 * @attr dir - `ltr` or `rtl`: overrides the direction of the language shown.
 * @attr defer-hydration - Set by the server renderer on an element pre-rendered inside another: it waits for its host to hydrate first. Not for hand-written markup.
 *
 * @cssprop [--backcare-color-accent=light-dark(#0b6b6b, #6fd6cb)] - Accent: links, buttons, markers, the timer ring.
 * @cssprop [--backcare-color-on-accent=light-dark(#ffffff, #06201e)] - Text on the accent colour.
 * @cssprop [--backcare-color-text=light-dark(#1d2426, #e8eeee)] - Body text.
 * @cssprop [--backcare-color-muted=light-dark(#4b5759, #b4c0c1)] - Secondary text.
 * @cssprop [--backcare-color-surface=light-dark(#ffffff, #172022)] - Card background.
 * @cssprop [--backcare-color-surface-alt=accent mixed 9% into the surface] - Tinted tiles and picture areas.
 * @cssprop [--backcare-color-border=light-dark(#c9d6d5, #3b4d50)] - Decorative borders.
 * @cssprop [--backcare-color-border-strong=light-dark(#869796, #62777a)] - Outlines of controls (3:1 contrast).
 * @cssprop [--backcare-color-urgent=light-dark(#a4161a, #ff8a80)] - Urgent-care warnings and stop advice.
 * @cssprop [--backcare-color-urgent-surface=light-dark(#fdecea, #3a1c1c)] - Their background.
 * @cssprop [--backcare-color-caution=light-dark(#8a5300, #ffc46b)] - The "Take care" box's edge.
 * @cssprop [--backcare-color-caution-surface=light-dark(#fff5e0, #33280f)] - The "Take care" box's background.
 * @cssprop [--backcare-color-focus=light-dark(#1a56db, #9ec5ff)] - Focus ring.
 * @cssprop [--backcare-radius=0.75em] - Corner radius.
 * @cssprop [--backcare-space=1em] - Base spacing.
 * @cssprop [--backcare-font-size=medium] - Base font size; everything scales from it in `em`.
 * @cssprop [--backcare-line-height=1.5] - Line height of the text (the page's own line-height does not reach inside; nor do its letter-spacing, word-spacing, text-align, text-transform, text-indent or white-space).
 */
export class BackcareElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
  };

  /** `lang` is the element's own language; `dir` on the element overrides the language's direction. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir', 'defer-hydration'];
  }

  /** Colour scheme: `light`, `dark` or `auto` (follow the device). Absent: follow the host page. */
  declare theme: Theme | string | undefined;
  /** Level (2–6) of the element's top heading; sub-headings go one level deeper. Default 2. */
  declare headingLevel: number | string | undefined;

  protected readonly warner = new Warner(this.localName);

  #shownLocale: ShownLocale | undefined;
  /** Set when the render root is a pre-rendered (declarative) shadow root not hydrated yet. */
  #hydrating = false;

  /** The language this element shows (`en`, `es`, `zh-Hans`, `vi`, `tl`, `ar`, `fr`, `de`, `pl`). */
  get currentLocale(): string {
    return (this.#shownLocale ?? elementLocale(this).shown).locale;
  }

  /** `rtl` when the element shows a right-to-left language (or sits in an RTL page without localization). */
  protected get direction(): 'ltr' | 'rtl' {
    const root = this.renderRoot instanceof ShadowRoot ? this.renderRoot.firstElementChild : null;
    return getComputedStyle(root ?? this).direction === 'rtl' ? 'rtl' : 'ltr';
  }

  /** The tag for Intl formatting and speech voices in this element's language (`es-MX`, `zh-CN`, `fil`). */
  protected get localeTag(): string {
    return (this.#shownLocale ?? elementLocale(this).shown).intlTag;
  }

  /**
   * Runs `fn` in this element's language: `msg()` and the ./format.ts helpers answer in it. Use it
   * for text made outside an update, such as a live announcement composed in a timer callback.
   */
  protected inLocale<T>(fn: () => T): T {
    return runInLocale(this.#shownLocale ?? elementLocale(this).shown, fn);
  }

  /**
   * This element's language for controllers that make text outside an update (the cue announcer,
   * the routine's notices): they take text as functions and call them through `inLocale`.
   */
  protected readonly language: ElementLanguage = {
    inLocale: (fn) => this.inLocale(fn),
    tag: () => this.localeTag,
  };

  /** The validated heading level; bad values warn once and fall back to 2. */
  protected get resolvedHeadingLevel(): HeadingLevel {
    return parseHeadingLevel(this.headingLevel, this.warner);
  }

  override connectedCallback(): void {
    if (this.hasAttribute('defer-hydration')) return;
    connectElement(this);
    super.connectedCallback();
  }

  /** A pre-rendered shadow root is kept (and hydrated on the first update); else Lit's own. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (!root) return super.createRenderRoot();
    // Not through super: Lit's own hydrate support, if the app loads it, would take over there.
    this.#hydrating = true;
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    // The server's copy of the same styles (an inline <style>, which a strict CSP may block).
    root.querySelectorAll('style').forEach((style) => style.remove());
    return root;
  }

  protected override update(changed: PropertyValues): void {
    if (!this.#hydrating) return super.update(changed);
    this.#hydrating = false;
    const value = this.render();
    ReactiveElement.prototype['update'].call(this, changed);
    // If the hydration code could not load (one warning), the server's content stays, static.
    hydration?.hydrate(value, this.renderRoot, this.renderOptions);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    disconnectElement(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'defer-hydration') {
      // The host element has hydrated and set this element's properties: now hydrate.
      if (value === null && this.isConnected) this.connectedCallback();
      return;
    }
    super.attributeChangedCallback(name, old, value);
    if ((name === 'lang' || name === 'dir') && old !== value && this.hasUpdated) {
      // Nested backcare elements (in this one's shadow root) follow this lang too.
      if (name === 'lang' && isLocalizationSetUp()) refreshElements();
      this.requestUpdate();
    }
  }

  /**
   * Holds an update while the element's language is loading (at most LOAD_WAIT_MS), so a Spanish
   * page does not flash English first. A language that fails or is slow shows English.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const { pending } = elementLocale(this);
    if (!pending && !this.#hydrating) return super.scheduleUpdate();
    let timer: ReturnType<typeof setTimeout> | undefined;
    return Promise.all([
      // A pre-rendered shadow root: Lit's hydration (and what the first render needs) first.
      this.#hydrating && loadHydration(this.renderRoot as ShadowRoot),
      pending && Promise.race([pending, new Promise((resolve) => (timer = setTimeout(resolve, LOAD_WAIT_MS)))]),
    ]).then(() => {
      clearTimeout(timer);
      super.scheduleUpdate();
    });
  }

  /** Every update runs in the element's language. */
  protected override performUpdate(): void {
    const { shown } = elementLocale(this);
    this.#shownLocale = shown;
    noteRendered(this, shown);
    runInLocale(shown, () => super.performUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('theme')) parseTheme(this.theme, this.warner);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#applyLangAndDir();
  }

  /** Sets `lang` and `dir` on the top elements of the shadow root from the language shown. */
  #applyLangAndDir(): void {
    const shown = this.#shownLocale;
    if (!shown || !(this.renderRoot instanceof ShadowRoot)) return;
    const own = this.getAttribute('dir')?.trim().toLowerCase();
    const dir = own === 'ltr' || own === 'rtl' ? own : shown.dir;
    for (const child of this.renderRoot.children) {
      if (child.localName === 'style' || child.localName === 'slot') continue;
      if (child.getAttribute('lang') !== shown.lang) child.setAttribute('lang', shown.lang);
      if (dir) {
        if (child.getAttribute('dir') !== dir) child.setAttribute('dir', dir);
      } else if (child.hasAttribute('dir')) {
        child.removeAttribute('dir');
      }
    }
  }
}
