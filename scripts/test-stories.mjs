// @ts-check
// The story test's own part (`npm run test:stories` runs it after `vitest run`, which plays every
// story and runs the a11y addon's axe check on it, and `npm run build-storybook`; CI runs it after
// `npm run build`). Serves the production build storybook-static/ on 127.0.0.1 and visits every
// entry of its index.json in headless Chromium, one fresh page each:
// - stories (`iframe.html?id=…&viewMode=story`): waits until Storybook has rendered the story (and
//   run its play function), fails on a render or play error in the production build;
// - docs pages (`viewMode=docs`): waits until the page and every story on it has rendered, then runs
//   axe-core (WCAG 2.0–2.2 A and AA rules) on the docs content;
// and fails on any console error, uncaught page error, or failed request (a 4xx/5xx or refused
// request, favicon included: Storybook is given an icon, so there is none to miss).
// Then the Embed Builder: for each builder story with the script-tag snippet, pastes the snippet
// into a blank HTML page served with dist/cdn/ (the jsDelivr URLs, in the script tag and the import
// map, pointed at the local copy of the same files, so the browser checks the SRI hashes), and
// checks that exactly the configured elements render with the configured language, theme, colours
// and text the builder showed, and that every chunk the page loaded was in the import map.
//   node scripts/test-stories.mjs [--only <substring>] [--screenshots]
// --screenshots also saves phone (390 px) and desktop (1280 px) screenshots of the Getting started
// page, the Embed Builder and the three clinic themes into .screenshots/.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './build-shared.mjs';
import { launchChrome, serve } from './browser-check.mjs';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const screenshots = args.includes('--screenshots');
const STATIC = join(ROOT, 'storybook-static');
const CDN_FILE = join(ROOT, 'dist/cdn/backcare-elements.js');

if (!existsSync(join(STATIC, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run npm run build-storybook first (npm run test:stories does).');
  process.exit(1);
}
if (!existsSync(CDN_FILE)) {
  console.error('dist/cdn/backcare-elements.js is missing: run npm run build first (the Embed Builder check pastes its snippet with it).');
  process.exit(1);
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Lit's development-build notice: a console.warn, and not ours to fix. */
const LIT_DEV_NOTICE = /^Lit is in dev mode|lit\.dev\/msg\/dev-mode/;

const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => !only || entry.id.includes(only));

const pasted = new Map(); // '/paste/<n>.html' → HTML
const server = await serve({ dirs: { '/': STATIC, '/dist/': join(ROOT, 'dist') }, files: new Proxy({}, { get: (_t, key) => pasted.get(key) }) });
const browser = await launchChrome();

/** A fresh page that records every console error, page error and failed request. */
async function open(url, { width = 1280, height = 900 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const log = { errors: [], warnings: [] };
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') log.errors.push(`console.error: ${text}`);
    else if (message.type() === 'warn' && !LIT_DEV_NOTICE.test(text)) log.warnings.push(text);
  });
  page.on('pageerror', (error) => log.errors.push(`page error: ${/** @type {Error} */ (error).message}`));
  page.on('requestfailed', (request) => log.errors.push(`failed request: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.errors.push(`failed request: ${response.status()} ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront(); // hidden pages (rightly) get no running timers
  return { page, log };
}

/** Waits until Storybook has finished the story (render, play, afterEach) or the docs page. */
async function settle(page, viewMode) {
  if (viewMode === 'story') {
    const handle = await page.waitForFunction(
      () => {
        const render = window.__STORYBOOK_PREVIEW__?.currentRender;
        const phase = render?.phase;
        if (phase === 'finished' || phase === 'completed') return { phase };
        if (phase === 'errored' || phase === 'aborted' || document.body.classList.contains('sb-show-errordisplay'))
          return { phase: phase ?? 'errored', error: document.querySelector('#error-message')?.textContent?.trim() || document.querySelector('#error-stack')?.textContent?.trim().slice(0, 500) };
        return false;
      },
      { timeout: 30000, polling: 50 }
    );
    return handle.jsonValue();
  }
  // Docs: wait for the content, then until every inline story has finished and nothing changes.
  await page.waitForSelector('#storybook-docs .sbdocs-content', { timeout: 30000 });
  const handle = await page.waitForFunction(
    () => {
      if (document.body.classList.contains('sb-show-errordisplay')) return { phase: 'errored', error: document.querySelector('#error-message')?.textContent?.trim() };
      const size = document.querySelector('#storybook-docs')?.innerHTML.length ?? 0;
      const now = performance.now();
      const state = (window.__docsSettle ??= { size, since: now });
      if (state.size !== size) Object.assign(state, { size, since: now });
      return now - state.since > 750 ? { phase: 'finished' } : false;
    },
    { timeout: 30000, polling: 100 }
  );
  return handle.jsonValue();
}

/**
 * Runs axe on a docs page's `selector`. Storybook's own blocks are left out: its args table
 * controls fail axe (the grey "False/True" of its switches at 2.75:1, its 16 px colour picker
 * button), its table of contents has 19 px links, and its story frames are scroll containers
 * without focus. Those are Storybook's UI, not the library's; every story those pages embed is
 * checked on its own by `vitest run` (the a11y addon).
 */
async function axe(page, selector) {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(
    async (sel, tags) => {
      const toc = document.querySelector('.toc-list')?.parentElement;
      const context = { include: [sel], exclude: ['.docblock-argstable', ...(toc ? [toc] : [])] };
      const rules = { 'scrollable-region-focusable': { enabled: false } };
      const result = await window.axe.run(context, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
      return result.violations.map(
        (v) => `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes[0]?.failureSummary ? ` — ${v.nodes[0].failureSummary.replace(/\s+/g, ' ').slice(0, 240)}` : ''}`
      );
    },
    selector,
    AXE_TAGS
  );
}

/** Text of every backcare element in `root` (open shadow roots, in document order). */
function renderedElements() {
  const tags = ['back-pain-causes', 'stretch-card', 'stretch-routine', 'back-pain-guide', 'stretch-timer'];
  return [...document.querySelectorAll(tags.join(','))]
    .filter((el) => !el.parentElement?.closest(tags.join(',')))
    .map((el) => ({
      tag: el.localName,
      defined: Boolean(customElements.get(el.localName)),
      attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      lang: el.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') ?? null,
      dir: el.shadowRoot?.querySelector('[dir]')?.getAttribute('dir') ?? null,
      accent: getComputedStyle(el).getPropertyValue('--backcare-color-accent').trim(),
      // Whitespace left out: the CDN build minifies the templates' whitespace, Storybook's does not.
      text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ''),
    }));
}

let failed = 0;
let visited = 0;
let warned = 0;
const started = performance.now();
const builderSnippets = [];

for (const entry of entries) {
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const { page, log } = await open(`${server.url}/iframe.html?id=${entry.id}&viewMode=${viewMode}`);
  const problems = [];
  try {
    const state = await settle(page, viewMode);
    if (state.phase !== 'finished' && state.phase !== 'completed') problems.push(`story ${state.phase}: ${state.error ?? ''}`);
    // Stories: axe runs in `vitest run` (the a11y addon); docs pages are ours to check.
    if (viewMode === 'docs') problems.push(...(await axe(page, '#storybook-docs')));
    if (viewMode === 'story' && entry.id.startsWith('embed-builder--')) {
      const snippet = await page.evaluate(() => {
        const builder = /** @type {any} */ (document.querySelector('backcare-embed-builder'));
        const area = /** @type {HTMLTextAreaElement | null} */ (document.querySelector('[data-snippet]'));
        return { config: builder?.config, snippet: area?.value, preview: null };
      });
      if (snippet.config?.output === 'cdn') {
        snippet.preview = await page.evaluate(`(${renderedElements.toString()})()`);
        builderSnippets.push({ id: entry.id, ...snippet });
      }
    }
  } catch (error) {
    problems.push(`did not finish: ${error.message.split('\n')[0]}`);
  }
  problems.push(...log.errors);
  warned += log.warnings.length;
  visited += 1;
  if (problems.length) failed += 1;
  console.log(`${problems.length ? 'FAIL' : 'PASS'}  ${viewMode.padEnd(5)} ${entry.id}${log.warnings.length ? ` (${log.warnings.length} warning(s), expected for bad-input stories)` : ''}${problems.length ? `\n      ${problems.join('\n      ')}` : ''}`);
  await page.close();
}

// The Embed Builder's snippets, pasted into a blank page.
let pastes = 0;
for (const [n, { id, config, snippet, preview }] of builderSnippets.entries()) {
  const problems = [];
  const cdnUrl = /src="(https:\/\/cdn\.jsdelivr\.net\/npm\/[^"]+\/dist\/cdn\/backcare-elements\.js)"/.exec(snippet)?.[1];
  if (!cdnUrl) problems.push('the snippet has no jsDelivr script tag');
  if (!/integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/.test(snippet)) problems.push('the snippet has no SRI integrity attribute');
  const path = `/paste/${n}.html`;
  // The jsDelivr folder becomes this server's root, in the script tag and in the import map alike,
  // so the browser checks every file against the snippet's hashes.
  const base = cdnUrl?.replace(/dist\/cdn\/backcare-elements\.js$/, '') ?? '';
  const local = base ? snippet.replaceAll(base, '/') : snippet;
  const mapped = new Set(Object.keys(JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(local)?.[1] ?? '{}').integrity ?? {}));
  pasted.set(path, `<!doctype html>\n<html>\n<head><meta charset="utf-8"><title>Blank page</title><link rel="icon" href="data:,"></head>\n<body>\n${local}\n</body>\n</html>\n`);
  const { page, log } = await open(`${server.url}${path}`);
  try {
    const expectedTags = config.parts.flatMap((part) =>
      part === 'cards' ? config.stretches.map(() => 'stretch-card') : [{ causes: 'back-pain-causes', routine: 'stretch-routine', guide: 'back-pain-guide' }[part]]
    );
    // Wait until the pasted elements show what the builder's live result showed (languages load lazily).
    let got = [];
    const until = performance.now() + 15000;
    for (;;) {
      got = /** @type {any[]} */ (await page.evaluate(`(${renderedElements.toString()})()`));
      const same = got.length === preview.length && got.every((el, i) => el.text === preview[i].text && el.text.length > 20);
      if (same || performance.now() > until) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const tags = got.map((el) => el.tag);
    // Every chunk the CDN file loaded on demand was in the snippet's import map (checked by SRI).
    const chunks = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((p) => p.startsWith('/dist/cdn/chunks/')));
    const unchecked = chunks.filter((chunk) => !mapped.has(chunk));
    if (unchecked.length) problems.push(`loaded chunks the snippet's import map does not cover: ${unchecked.join(', ')}`);
    if (tags.join(' ') !== expectedTags.join(' ')) problems.push(`rendered <${tags.join('>, <')}>, expected <${expectedTags.join('>, <')}>`);
    got.forEach((el, i) => {
      const label = `<${el.tag}> #${i + 1}`;
      if (!el.defined) problems.push(`${label} is not defined (did the script load? does its SRI hash match dist/cdn? run npm run build-storybook after npm run build)`);
      if (el.text.length <= 20) problems.push(`${label} rendered nothing`);
      if (el.lang !== (config.lang === 'en' ? 'en' : config.lang)) problems.push(`${label} shows lang ${el.lang}, expected ${config.lang}`);
      if (el.attrs.theme !== config.theme) problems.push(`${label} theme=${el.attrs.theme}, expected ${config.theme}`);
      if (preview[i] && el.accent !== preview[i].accent) problems.push(`${label} accent ${el.accent || '(default)'}, the builder showed ${preview[i].accent || '(default)'}`);
      if (preview[i] && el.text !== preview[i].text) problems.push(`${label} text differs from the builder's live result:\n        pasted:  ${el.text.slice(0, 160)}\n        builder: ${preview[i].text.slice(0, 160)}`);
      if (el.tag === 'stretch-card' && el.attrs.stretch !== config.stretches[tags.slice(0, i).filter((t) => t === 'stretch-card').length])
        problems.push(`${label} is ${el.attrs.stretch}, expected the stretches in order ${config.stretches.join(', ')}`);
    });
    problems.push(...(await axe(page, 'body')));
    console.log(`${problems.length || log.errors.length ? 'FAIL' : 'PASS'}  paste ${id}: a blank page with the snippet shows ${tags.map((t) => `<${t}>`).join(', ')} in ${config.lang}, theme ${config.theme}${config.palette ? `, ${config.palette} colours` : ''}`);
  } catch (error) {
    problems.push(`did not finish: ${error.message.split('\n')[0]}`);
  }
  problems.push(...log.errors);
  if (problems.length) {
    failed += 1;
    console.log(`      ${problems.join('\n      ')}`);
  }
  pastes += 1;
  await page.close();
}
if (!only && pastes < 2) {
  failed += 1;
  console.log(`FAIL  paste: expected at least two Embed Builder stories with a script-tag snippet, found ${pastes}`);
}

if (screenshots) {
  const dir = join(ROOT, '.screenshots');
  mkdirSync(dir, { recursive: true });
  const shots = [
    ['getting-started', 'docs-getting-started--docs', 'docs'],
    ['embed-builder', 'embed-builder--builder', 'story'],
    ['theme-calm-blue', 'themes--calm-blue-clinic', 'story'],
    ['theme-sports-physio', 'themes--warm-sports-physio', 'story'],
    ['theme-high-contrast', 'themes--high-contrast-accessible', 'story'],
  ];
  for (const [name, id, viewMode] of shots) {
    for (const width of [390, 1280]) {
      const { page } = await open(`${server.url}/iframe.html?id=${id}&viewMode=${viewMode}`, { width, height: 900 });
      try {
        await settle(page, viewMode);
        await page.screenshot({ path: join(dir, `storybook-${name}-${width}.png`), fullPage: true });
        console.log(`saved .screenshots/storybook-${name}-${width}.png`);
      } catch (error) {
        console.log(`could not screenshot ${id} at ${width}px: ${error.message.split('\n')[0]}`);
      } finally {
        await page.close();
      }
    }
  }
}

await browser.close();
await server.close();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const stories = entries.filter((e) => e.type !== 'docs').length;
console.log(
  `\n${failed ? 'FAILED' : 'PASSED'}: visited ${visited} entries (${stories} stories, ${visited - stories} docs pages), ` +
    `pasted ${pastes} Embed Builder snippets, ${failed} failing, ${warned} console warnings (bad-input stories), ${seconds} s.`
);
process.exit(failed ? 1 : 0);
