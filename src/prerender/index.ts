/**
 * `backcare-elements/prerender` (Node only): turns the markup a clinic pastes (our tags with their
 * attributes, several in one string, or a whole page) into HTML with declarative shadow roots,
 * which browsers paint before, and without, JavaScript. Everything that is not one of our tags
 * passes through byte for byte. The CDN script and the npm define modules then hydrate the
 * elements in place (see BackcareElement): no DOM is re-created.
 *
 * ```js
 * import { prerender } from 'backcare-elements/prerender';
 * const html = await prerender('<back-pain-causes contact-href="/contact"></back-pain-causes>', { lang: 'es' });
 * ```
 *
 * Rendering uses @lit-labs/ssr (Lit's server renderer) and parse5 (the HTML parser it uses) to find
 * our tags in the markup; both are dependencies of this entry point only.
 */
import '../elements/define-all.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { preloadLocale, setupLocalization, withLocale } from '../localization/runtime.js';
import { resolveLocaleTag } from '../localization/locales.js';
import { currentShown, installRuntime } from '../localization/context.js';
import { shownFromResolved } from '../localization/language-of.js';
import { localeDirection } from '../localization/source-locale.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PrerenderOptions {
  /**
   * The language to render in (a BCP 47 tag; `es`, `zh-CN`, `ar`, …). Default: the nearest `lang`
   * in the markup (an element's own, an ancestor's, `<html lang>`), else English. When given, it
   * is written as `lang` on each of our elements that has none, so the browser shows the same
   * language after hydration whatever the page's `<html lang>`.
   */
  lang?: string;
}

/**
 * Added to every pre-rendered shadow root: controls that need the script (a timer's Start, the
 * causes' "Open all", the routine's buttons) are invisible until the element hydrates, which
 * removes this style with the server's others; `visibility` keeps their space, so nothing moves
 * when they appear. Native controls that work without script (`<details>`, links) stay visible.
 * The host also drops the space backcare-elements.css reserves for elements not yet defined:
 * a pre-rendered element already has its content.
 */
export const BEFORE_SCRIPT_CSS = ':host{min-block-size:auto!important}button,input,select,textarea,[role=button]{visibility:hidden}';

/** Our elements' tags. */
export const PRERENDERED_TAGS: readonly string[] = ['back-pain-causes', 'back-pain-guide', 'stretch-card', 'stretch-routine', 'stretch-timer'];
const TAGS = new Set(PRERENDERED_TAGS);

let setUp = false;

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Our elements in the tree, outermost first, in document order, with the language each inherits. */
function findElements(node: Node, lang: string | undefined, found: Array<{ element: Element; inherited?: string }>): void {
  if (!('childNodes' in node)) return;
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    const own = child.attrs.find((attr) => attr.name === 'lang')?.value.trim() || undefined;
    if (TAGS.has(child.tagName)) found.push({ element: child, inherited: lang });
    else findElements(child, own ?? lang, found);
  }
}

/**
 * Adds `lang` (and `dir`) to the top elements of the declarative shadow root in `rendered`, as the
 * element does when it updates in the browser, so a right-to-left language is right to left
 * before the script runs.
 */
function markLanguage(rendered: string, lang: string, dir: string | undefined): string {
  const fragment = parseFragment(rendered, { sourceCodeLocationInfo: true });
  const host = fragment.childNodes.find((node): node is Element => 'tagName' in node && TAGS.has(node.tagName));
  const template = host?.childNodes.find((node): node is DefaultTreeAdapterMap['template'] => 'tagName' in node && node.tagName === 'template');
  if (!template) return rendered;
  const inserts = template.content.childNodes
    .filter((node): node is Element => 'tagName' in node && node.tagName !== 'style' && node.tagName !== 'slot')
    .map((node) => node.sourceCodeLocation!.startTag!.startOffset + 1 + node.tagName.length)
    .sort((a, b) => b - a);
  let out = rendered;
  for (const at of inserts) out = `${out.slice(0, at)} lang="${escapeAttr(lang)}"${dir ? ` dir="${dir}"` : ''}${out.slice(at)}`;
  return out;
}

function renderElement(element: Element, markup: string, tag: string, lang: string, addLang: boolean): string {
  const location = element.sourceCodeLocation!;
  const attrs = [...element.attrs];
  if (addLang && !attrs.some((attr) => attr.name === 'lang')) attrs.push({ name: 'lang', value: lang });
  const attrHtml = attrs.map(({ name, value }) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`)).join('');
  const childrenStart = location.startTag?.endOffset ?? location.endOffset;
  const children = markup.slice(childrenStart, location.endTag?.startOffset ?? location.endOffset);
  const name = unsafeStatic(tag);
  const { locale } = resolveLocaleTag(lang);
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- lit/static-html.js: unsafeStatic tag names are allowed
  let rendered = withLocale(lang, () => collectResultSync(render(html`<${name}${unsafeStatic(attrHtml)}></${name}>`)));
  // Lit's part markers around our one-element wrapper template: the browser hydrates the element, not the wrapper.
  rendered = rendered.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
  // The host's start tag as the page wrote it, without the renderer's extra spaces.
  rendered = rendered.replace(/^(<[a-z-]+)\s+([^>]*?)\s*>/, (_, open: string, attributes: string) => `${open}${attributes ? ` ${attributes}` : ''}>`);
  const own = element.attrs.find((attr) => attr.name === 'dir')?.value.trim().toLowerCase();
  rendered = markLanguage(rendered, locale, own === 'ltr' || own === 'rtl' ? own : localeDirection(locale));
  rendered = rendered.replaceAll('shadowrootmode="open">', `shadowrootmode="open"><style>${BEFORE_SCRIPT_CSS}</style>`);
  // The element's own children (a cta slot, a JSON script) stay its light DOM, as written.
  const close = `</${tag}>`;
  return rendered.endsWith(close) ? `${rendered.slice(0, -close.length)}${children}${close}` : rendered;
}

/**
 * Pre-renders every backcare element in `markup` (a fragment or a whole page) to declarative
 * shadow DOM; everything else is kept as written. Resolves to the new markup.
 */
export async function prerender(markup: string, options: PrerenderOptions = {}): Promise<string> {
  if (typeof markup !== 'string') {
    console.warn(`[backcare-elements] prerender() takes a string of HTML; got ${typeof markup}. Returning an empty string.`);
    return '';
  }
  if (!setUp) {
    setupLocalization({ followHtmlLang: false });
    // On the server every element shows the language being rendered (withLocale below): there is
    // no page, no ancestor and nothing loading.
    const english = shownFromResolved(resolveLocaleTag('en'));
    installRuntime({ elementLocale: () => ({ shown: currentShown() }), page: () => english });
    setUp = true;
  }
  const isDocument = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype|<html[\s>])/i.test(markup);
  const tree = isDocument ? parse(markup, { sourceCodeLocationInfo: true }) : parseFragment(markup, { sourceCodeLocationInfo: true });
  const found: Array<{ element: Element; inherited?: string }> = [];
  findElements(tree, undefined, found);
  const jobs = found.map(({ element, inherited }) => {
    const own = element.attrs.find((attr) => attr.name === 'lang')?.value.trim() || undefined;
    return { element, lang: own ?? options.lang ?? inherited ?? 'en', addLang: own === undefined && options.lang !== undefined };
  });
  await Promise.all([...new Set(jobs.map((job) => job.lang))].map((lang) => preloadLocale(lang)));
  let out = '';
  let position = 0;
  for (const { element, lang, addLang } of jobs) {
    const location = element.sourceCodeLocation;
    if (!location) continue;
    out += markup.slice(position, location.startOffset);
    out += renderElement(element, markup, element.tagName, lang, addLang);
    position = location.endOffset;
  }
  return out + markup.slice(position);
}
