/**
 * The Embed Builder (a story-only element, never shipped): a form to pick elements, stretches,
 * doses, language, theme and contact link; the live result; and the copy-paste snippet that makes
 * exactly that result on a blank HTML page. The live result is the snippet's own markup and CSS,
 * so the two cannot drift apart. `npm run test:stories` pastes the snippets of the builder stories
 * into a blank page with the built CDN file and checks the configured elements render.
 */
import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { cdn } from 'virtual:backcare-storybook-data';
import { STRETCH_IDS, type StretchId } from '../../src/index.js';
import { ALL_LOCALES } from '../../src/localization/index.js';
import { CLINIC_THEMES, themeById, tokenCss } from './themes.js';
import { LANGUAGE_NAMES } from '../../src/localization/language-names.js';

export type EmbedPart = 'causes' | 'cards' | 'routine' | 'guide';
export interface EmbedConfig {
  parts: EmbedPart[];
  stretches: StretchId[];
  /** Seconds, or a range like `15-30`; empty keeps each stretch's default. */
  hold: string;
  reps: string;
  rest: string;
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  /** '' for the built-in look, else one of CLINIC_THEMES. */
  palette: string;
  contactHref: string;
  contactLabel: string;
  /** `prerendered`: the command that pre-renders the markup (declarative shadow DOM), and the script tags. */
  output: 'cdn' | 'npm' | 'prerendered';
}

export const DEFAULT_EMBED: EmbedConfig = {
  parts: ['causes', 'cards'],
  stretches: ['knee-to-chest', 'bird-dog'],
  hold: '',
  reps: '',
  rest: '',
  lang: 'en',
  theme: 'light',
  palette: '',
  contactHref: '/contact',
  contactLabel: 'Book an assessment',
  output: 'cdn',
};

const PART_LABELS: Record<EmbedPart, string> = {
  causes: '<back-pain-causes> — the causes of back pain',
  cards: '<stretch-card> — one card per stretch, each with its timer',
  routine: '<stretch-routine> — a guided session through the stretches',
  guide: '<back-pain-guide> — the whole article in one element',
};
const PART_TAGS: Record<EmbedPart, string> = {
  causes: 'back-pain-causes',
  cards: 'stretch-card',
  routine: 'stretch-routine',
  guide: 'back-pain-guide',
};
const STRETCH_LABELS: Record<StretchId, string> = {
  'head-rolls': 'Head rolls',
  'kneeling-back-extension': 'Kneeling back and hip extension',
  'knee-to-chest': 'Knee to chest',
  'bird-dog': 'Bird dog',
};

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `name="value"` pairs for the non-empty values, in order. */
const attrs = (pairs: Array<[string, string | boolean | undefined]>) =>
  pairs
    .filter(([, value]) => value !== undefined && value !== '' && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttr(String(value))}"`))
    .join('');

/** The elements' markup for a configuration (the part of the snippet that goes where they show). */
export function embedMarkup(config: EmbedConfig): string {
  const common = (): Array<[string, string | undefined]> => [
    ['lang', config.lang === 'en' ? undefined : config.lang],
    ['theme', config.theme],
  ];
  const contact = (): Array<[string, string]> => [
    ['contact-href', config.contactHref.trim()],
    ['contact-label', config.contactHref.trim() ? config.contactLabel.trim() : ''],
  ];
  const stretches = config.stretches.join(' ');
  const out: string[] = [];
  for (const part of config.parts) {
    if (part === 'causes') out.push(`<back-pain-causes${attrs([...contact(), ...common()])}></back-pain-causes>`);
    if (part === 'cards')
      for (const id of config.stretches)
        out.push(
          `<stretch-card${attrs([['stretch', id], ['hold', config.hold.trim()], ['reps', config.reps.trim()], ['rest', config.rest.trim()], ...common()])}></stretch-card>`
        );
    if (part === 'routine')
      out.push(`<stretch-routine${attrs([['stretches', stretches], ['rest', config.rest.trim()], ...contact(), ...common()])}></stretch-routine>`);
    if (part === 'guide') out.push(`<back-pain-guide${attrs([['stretches', stretches], ...contact(), ...common()])}></back-pain-guide>`);
  }
  return out.join('\n');
}

/** The theme's CSS for the chosen elements, `scope` prefixed to each selector ('' on a real page). */
export function embedCss(config: EmbedConfig, scope = ''): string {
  const theme = themeById(config.palette);
  if (!theme) return '';
  const tags = [...new Set(config.parts.map((part) => PART_TAGS[part]))];
  if (tags.length === 0) return '';
  return `${tags.map((tag) => `${scope}${tag}`).join(',\n')} {\n${tokenCss(theme, '  ')}\n}`;
}

/** The whole snippet to paste into a page's <body> (CDN) or the app's code (npm). */
export function embedSnippet(config: EmbedConfig): string {
  const markup = embedMarkup(config);
  const style = embedCss(config);
  const styleBlock = style ? `<style>\n${style}\n</style>\n` : '';
  if (config.output === 'prerendered') {
    const integrity = cdn.integrity ? `\n        integrity="${cdn.integrity}" crossorigin="anonymous"` : '';
    const map = importMap(config);
    const lang = config.lang !== 'en' ? ` --lang=${config.lang}` : '';
    const quoted = markup.replace(/'/g, `'\\''`);
    return [
      `<!-- 1. Pre-render the markup once (Node 20 or later); the command prints HTML with the elements'`,
      `     content in declarative shadow roots, which browsers show before and without JavaScript:`,
      `     npx ${cdn.name}@${cdn.version} prerender${lang} '${quoted}'`,
      `     2. Paste the printed HTML where the elements should appear, and these tags once in the page`,
      `     (a Content-Security-Policy must allow the inline <style> in the pre-rendered HTML: README, "Pre-rendered HTML"): -->`,
      `${map ? `${map}\n` : ''}<script type="module" src="${cdn.url}"${integrity}></script>`,
      ...(styleBlock ? [styleBlock.trimEnd()] : []),
    ].join('\n');
  }
  if (config.output === 'npm') {
    return [
      `// npm install ${cdn.name}@${cdn.version}`,
      `// In your app's entry module: define the elements, and follow <html lang> for the language.`,
      `import '${cdn.name}/define';`,
      `import { setupLocalization } from '${cdn.name}';`,
      `setupLocalization({ followHtmlLang: true });`,
      ``,
      `<!-- In your page or template: -->`,
      `${styleBlock}${markup}`,
    ].join('\n');
  }
  const integrity = cdn.integrity ? `\n        integrity="${cdn.integrity}" crossorigin="anonymous"` : '';
  const cssIntegrity = cdn.css.integrity ? `\n      integrity="${cdn.css.integrity}" crossorigin="anonymous"` : '';
  const map = importMap(config);
  // The stylesheet keeps each element's space until the script has run, so the page does not jump.
  const link = `<link rel="stylesheet" href="${cdn.css.url}"${cssIntegrity}>\n`;
  return `${map ? `${map}\n` : ''}${link}<script type="module" src="${cdn.url}"${integrity}></script>\n${styleBlock}${markup}`;
}

/**
 * The import map that extends SRI to the chunks the CDN file will load for this configuration: the
 * stretch drawings when it shows cards or a routine, the card's, the routine's and the guide's code when it shows them, and the localization runtime and the language
 * when it is not English. Empty when none are needed (or before `npm run build`).
 */
export function importMap(config: EmbedConfig): string {
  if (!cdn.integrity) return '';
  const pictures = config.parts.some((part) => part !== 'causes');
  // The card, the routine and the guide (which holds cards and a routine) are chunks the script
  // loads on first use.
  const lazyTags: Record<string, string[]> = {
    guide: ['back-pain-guide', 'stretch-routine', 'stretch-card'],
    routine: ['stretch-routine'],
    cards: ['stretch-card'],
  };
  const elements = new Set(config.parts.flatMap((part) => lazyTags[part] ?? []));
  const chunks = cdn.chunks.filter(
    (chunk) =>
      (chunk.kind === 'drawings' && pictures) ||
      (chunk.kind === 'element' && elements.has(chunk.element ?? '')) ||
      (chunk.kind === 'shared' && elements.size > 0) ||
      (config.lang !== 'en' && (chunk.kind === 'runtime' || chunk.locale === config.lang))
  );
  if (chunks.length === 0) return '';
  const integrity = Object.fromEntries(chunks.map((chunk) => [chunk.url, chunk.integrity]));
  return `<script type="importmap">\n${JSON.stringify({ integrity }, null, 2)}\n</script>`;
}

export class EmbedBuilder extends LitElement {
  static override properties: PropertyDeclarations = { config: { attribute: false }, copied: { state: true } };
  declare config: EmbedConfig;
  declare copied: boolean;

  constructor() {
    super();
    this.config = { ...DEFAULT_EMBED };
    this.copied = false;
  }

  /* Light DOM: the live result is the snippet's markup as a page would have it. */
  protected override createRenderRoot() {
    return this;
  }

  private set<K extends keyof EmbedConfig>(key: K, value: EmbedConfig[K]) {
    this.config = { ...this.config, [key]: value };
    this.copied = false;
  }

  private toggle<T extends string>(list: T[], item: T, on: boolean, order: readonly T[]): T[] {
    const next = new Set(list);
    if (on) next.add(item);
    else next.delete(item);
    return order.filter((value) => next.has(value));
  }

  private async copy() {
    try {
      await navigator.clipboard.writeText(embedSnippet(this.config));
      this.copied = true;
    } catch {
      (this.querySelector('[data-snippet]') as HTMLTextAreaElement | null)?.select();
    }
  }

  protected override render() {
    const c = this.config;
    const text = (key: 'hold' | 'reps' | 'rest' | 'contactHref' | 'contactLabel', label: string, hint: string) => html`<label
      >${label} <small>${hint}</small>
      <input type="text" .value=${c[key]} data-field=${key} @input=${(e: Event) => this.set(key, (e.target as HTMLInputElement).value)}
    /></label>`;
    const palette = themeById(c.palette);
    return html`
      <style>
        .builder { display: grid; gap: 1.5em; grid-template-columns: minmax(min(100%, 20em), 24em) minmax(0, 1fr); align-items: start; color: #1d2426; }
        @media (max-width: 48em) { .builder { grid-template-columns: minmax(0, 1fr); } }
        .builder form { display: grid; gap: 1em; }
        .builder fieldset { border: 1px solid #869796; border-radius: 0.5em; padding: 0.5em 0.75em 0.75em; margin: 0; display: grid; gap: 0.4em; }
        .builder legend { font-weight: 700; padding-inline: 0.25em; }
        .builder label { display: grid; gap: 0.15em; }
        .builder label:has(> input[type='checkbox']), .builder label:has(> input[type='radio']) { display: flex; gap: 0.5em; align-items: center; }
        .builder input[type='text'], .builder select { font: inherit; padding: 0.35em 0.5em; border: 1px solid #6b7b7a; border-radius: 0.35em; min-block-size: 2.5em; }
        .builder input[type='checkbox'], .builder input[type='radio'] { inline-size: 1.25em; block-size: 1.25em; }
        .builder small { color: #4b5759; }
        .builder h2 { font-size: 1.1em; margin: 0 0 0.5em; }
        .builder textarea { inline-size: 100%; min-block-size: 14em; font: 0.85em/1.4 ui-monospace, Menlo, Consolas, monospace; padding: 0.5em; border: 1px solid #6b7b7a; border-radius: 0.35em; white-space: pre; }
        .builder button { font: inherit; font-weight: 600; padding: 0.5em 1em; min-block-size: 2.75em; border-radius: 0.5em; border: 0; background: #0b6b6b; color: #fff; cursor: pointer; }
        .embed-preview { display: grid; gap: 1.5em; padding: 1em; border: 1px dashed #869796; border-radius: 0.5em; }
        .builder textarea { min-block-size: 10em; }
      </style>
      <div class="builder">
        <form @submit=${(e: Event) => e.preventDefault()} aria-label="Embed options">
          <fieldset>
            <legend>Elements</legend>
            ${(Object.keys(PART_LABELS) as EmbedPart[]).map(
              (part) => html`<label
                ><input
                  type="checkbox"
                  name="part"
                  value=${part}
                  .checked=${c.parts.includes(part)}
                  @change=${(e: Event) => this.set('parts', this.toggle(c.parts, part, (e.target as HTMLInputElement).checked, Object.keys(PART_LABELS) as EmbedPart[]))}
                />${PART_LABELS[part]}</label
              >`
            )}
          </fieldset>
          <fieldset>
            <legend>Stretches</legend>
            ${STRETCH_IDS.map(
              (id) => html`<label
                ><input
                  type="checkbox"
                  name="stretch"
                  value=${id}
                  .checked=${c.stretches.includes(id)}
                  @change=${(e: Event) => this.set('stretches', this.toggle(c.stretches, id, (e.target as HTMLInputElement).checked, STRETCH_IDS))}
                />${STRETCH_LABELS[id]} <small>(${id})</small></label
              >`
            )}
          </fieldset>
          <p class="program-pointer" data-program-pointer>
            <small>The same doses for every patient. To give one patient a program of their own (stretches, order, doses and a
              note, in a link and a QR code), see
              <a href="?path=/docs/docs-prescribe-a-program--docs" target="_top">Prescribe a program</a>.</small>
          </p>
          <fieldset>
            <legend>Doses (empty: each stretch's default)</legend>
            ${text('hold', 'Hold', 'seconds, or a range like 15-30 (cards)')} ${text('reps', 'Repetitions', 'per side (cards)')}
            ${text('rest', 'Rest', 'seconds between holds or stretches')}
          </fieldset>
          <fieldset>
            <legend>Language and look</legend>
            <label
              >Language
              <select data-field="lang" @change=${(e: Event) => this.set('lang', (e.target as HTMLSelectElement).value)}>
                ${ALL_LOCALES.map((code) => html`<option value=${code} ?selected=${code === c.lang}>${LANGUAGE_NAMES[code] ?? code} (${code})</option>`)}
              </select></label
            >
            <label
              ><span>Light or dark (<code>theme</code>)</span>
              <select data-field="theme" @change=${(e: Event) => this.set('theme', (e.target as HTMLSelectElement).value as EmbedConfig['theme'])}>
                ${(['light', 'dark', 'auto'] as const).map((t) => html`<option value=${t} ?selected=${t === c.theme}>${t}</option>`)}
              </select></label
            >
            <label
              >Clinic colours
              <select data-field="palette" @change=${(e: Event) => this.set('palette', (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${c.palette === ''}>Built-in teal</option>
                ${CLINIC_THEMES.map((t) => html`<option value=${t.id} ?selected=${t.id === c.palette}>${t.name}</option>`)}
              </select></label
            >
          </fieldset>
          <fieldset>
            <legend>Contact link</legend>
            ${text('contactHref', 'Address', 'https:, http:, mailto:, tel: or a relative path')} ${text('contactLabel', 'Link text', '')}
          </fieldset>
          <fieldset>
            <legend>Snippet</legend>
            ${(['cdn', 'prerendered', 'npm'] as const).map(
              (o) => html`<label
                ><input type="radio" name="output" value=${o} .checked=${c.output === o} @change=${() => this.set('output', o)} />${o === 'cdn'
                  ? 'Script tag (CDN, with SRI)'
                  : o === 'prerendered'
                    ? 'Pre-rendered HTML (shows before JavaScript)'
                    : 'npm import'}</label
              >`
            )}
          </fieldset>
        </form>
        <div>
          <h2 id="snippet-heading">Copy and paste</h2>
          <p>
            ${c.output === 'cdn'
              ? html`Paste this into your page's HTML where the elements should appear (the script tags may also go in the <code>&lt;head&gt;</code>).
                  ${importMap(c) ? html`The import map lets the browser check the files the script loads later (pictures, the language) as it checks the script; keep it before the script.` : nothing}`
              : c.output === 'prerendered'
                ? html`Run the command in the snippet to get the pre-rendered HTML, then paste it and the script tag into your page: the elements show at once, without a layout shift, and read without JavaScript.`
                : html`Install the package, import it once in your app, and use the markup in your templates.`}
            ${c.output === 'cdn' && !cdn.integrity
              ? html`<strong>No SRI hash yet: run <code>npm run build</code>, then restart Storybook.</strong>`
              : nothing}
          </p>
          <textarea readonly aria-labelledby="snippet-heading" data-snippet data-output=${c.output} .value=${embedSnippet(c)}></textarea>
          <p><button type="button" @click=${() => this.copy()}>${this.copied ? 'Copied' : 'Copy the snippet'}</button></p>
          <h2>Live result</h2>
          <div class="embed-preview" style=${palette ? `background: ${palette.page}` : nothing} data-preview>
            ${unsafeHTML(`${embedCss(c) ? `<style>${embedCss(c, '.embed-preview ')}</style>` : ''}${embedMarkup(c)}`)}
          </div>
        </div>
      </div>
    `;
  }
}
if (!customElements.get('backcare-embed-builder')) customElements.define('backcare-embed-builder', EmbedBuilder);
