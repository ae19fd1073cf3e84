// Server rendering (part of `npm test`): every element in src/elements/*/ renders with
// @lit-labs/ssr in plain Node (no window, document or storage there) without touching timers or
// storage and without a warning; the declarative shadow DOM shows the content before any script
// runs; and the page hydrates in Chromium without a mismatch, after which the card's timer runs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT, elementTags } from '../../scripts/build-shared.mjs';
import { launchChrome, openPage, runCardTimer, serve } from '../../scripts/browser-check.mjs';

const TAGS = elementTags();
const CACHE = join(ROOT, 'node_modules/.cache/backcare-ssr');

/**
 * What each element is rendered with. Every tag is rendered bare and with all its boolean
 * attributes; these add realistic attribute sets for the elements we know.
 */
const EXTRA_ATTRIBUTES = {
  'back-pain-causes': [{ 'contact-href': '/contact', 'contact-label': 'Book a visit', 'emergency-number': '999', expanded: '' }],
  'stretch-card': [{ stretch: 'knee-to-chest' }, { stretch: 'bird-dog', compact: '', 'video-url': 'https://example.com/v' }],
  'stretch-timer': [{ hold: '15-30', reps: '2', sides: 'each', label: 'Knee to chest' }],
  'stretch-routine': [{ stretches: 'head-rolls, knee-to-chest', 'pain-check': '' }],
  'back-pain-guide': [{ 'contact-href': '/contact' }],
};

const escapeAttr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const attributesHtml = (attributes) =>
  Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`))
    .join('');

/** Bundles every define module for Node, lit left external so it shares @lit-labs/ssr's copy. */
async function buildServerBundle() {
  mkdirSync(CACHE, { recursive: true });
  const outfile = join(CACHE, 'elements.mjs');
  await esbuild.build({
    stdin: {
      contents: TAGS.map((tag) => `import './src/elements/${tag}/define.ts';`).join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    packages: 'external',
    // package.json "sideEffects" names the published define modules, not these sources.
    ignoreAnnotations: true,
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** Records every timer, storage, window or document access while `fn` runs. */
async function withServerTraps(fn) {
  const touched = [];
  const saved = {};
  const where = () => new Error().stack.split('\n').slice(3, 5).join(' / ').trim();
  for (const name of ['setTimeout', 'setInterval', 'setImmediate']) {
    saved[name] = globalThis[name];
    globalThis[name] = (...args) => {
      touched.push(`${name} at ${where()}`);
      return saved[name](...args);
    };
  }
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        touched.push(`${name} at ${where()}`);
        throw new DOMException('storage is not available on the server', 'SecurityError');
      },
    });
  }
  const consoleCalls = [];
  for (const level of ['warn', 'error']) {
    saved[level] = console[level];
    console[level] = (...args) => consoleCalls.push(`console.${level}: ${args.join(' ')}`);
  }
  try {
    return { result: await fn(), touched, consoleCalls };
  } finally {
    for (const name of ['setTimeout', 'setInterval', 'setImmediate']) globalThis[name] = saved[name];
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) delete globalThis[name];
    console.warn = saved.warn;
    console.error = saved.error;
  }
}

describe('server rendering with @lit-labs/ssr', () => {
  /** tag → [{ attributes, html }] */
  const rendered = new Map();
  let serverBundle;

  before(async () => {
    assert.equal(typeof globalThis.window, 'undefined', 'the test must run without a window');
    assert.equal(typeof globalThis.document, 'undefined', 'the test must run without a document');
    serverBundle = await buildServerBundle();
  });

  it('imports every define module in Node without touching timers, storage or the console', async () => {
    const { touched, consoleCalls } = await withServerTraps(() => import(serverBundle));
    assert.deepEqual(touched, [], 'module evaluation touched timers or storage');
    assert.deepEqual(consoleCalls, []);
  });

  it(`renders every element (${TAGS.join(', ')}) to declarative shadow DOM`, async () => {
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html, unsafeStatic } = await import('lit/static-html.js');
    const manifest = JSON.parse((await import('node:fs')).readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
    const booleans = (tag) =>
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .find((d) => d.tagName === tag)
        ?.attributes?.filter((a) => a.type?.text === 'boolean')
        .map((a) => a.name) ?? [];

    for (const tag of TAGS) {
      const configs = [
        { attributes: {}, bare: true },
        { attributes: Object.fromEntries(booleans(tag).map((name) => [name, ''])), bare: true },
        ...(EXTRA_ATTRIBUTES[tag] ?? []).map((attributes) => ({ attributes, bare: false })),
      ];
      for (const { attributes, bare } of configs) {
        const markup = `<${tag}${attributesHtml(attributes)}>`;
        const { result, touched, consoleCalls } = await withServerTraps(async () => {
          const name = unsafeStatic(tag);
          return collectResult(render(html`<${name} ${unsafeStatic(attributesHtml(attributes))}></${name}>`));
        });
        assert.deepEqual(touched, [], `${markup} touched timers or storage while rendering`);
        // A bare tag may warn about a missing required attribute (by design); nothing else may log.
        const unexpected = consoleCalls.filter((call) => !(bare && call.startsWith(`console.warn: [backcare-elements] <${tag}>`)));
        assert.deepEqual(unexpected, [], `${markup} logged while rendering`);
        assert.match(result, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), `${markup}: no declarative shadow root`);
        assert.ok(result.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim().length > 20, `${markup}: renders no text`);
        if (!rendered.has(tag)) rendered.set(tag, []);
        rendered.get(tag).push({ attributes, bare, html: result });
      }
    }
  });

  describe('in Chromium', () => {
    let browser;
    let server;
    let ssrBody;

    before(async () => {
      // One of each element, with its first realistic attribute set (the knee-to-chest card's timer is run).
      ssrBody = [...rendered.entries()]
        .map(([tag, renders]) => `<section data-tag="${tag}">${(renders.find((r) => !r.bare) ?? renders[0]).html}</section>`)
        .join('\n');
      const client = await esbuild.build({
        stdin: {
          // Hydration support must load before lit; Lit's development build reports mismatches.
          contents: [
            "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';",
            ...TAGS.map((tag) => `import './src/elements/${tag}/define.ts';`),
          ].join('\n'),
          resolveDir: ROOT,
          loader: 'ts',
        },
        bundle: true,
        format: 'esm',
        target: 'es2022',
        conditions: ['development'],
        ignoreAnnotations: true,
        write: false,
        logLevel: 'warning',
      });
      const page = (script) =>
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title></head><body>\n${ssrBody}\n${script}</body></html>`;
      // Before the client script: keep references to server-rendered nodes, to check hydration reuses them
      // (not the server's <style>: the element adopts its own styles and removes it).
      const mark = `<script>window.__ssrNodes = [...document.querySelectorAll('section > *')].map((el) => [el, el.shadowRoot && [...el.shadowRoot.children].find((child) => child.localName !== 'style')]);</script>`;
      server = await serve({
        files: {
          '/no-js.html': page(''),
          '/hydrate.html': page(`${mark}<script type="module" src="/client.js"></script>`),
          '/client.js': client.outputFiles[0].contents,
        },
      });
      browser = await launchChrome();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows the content before JavaScript (declarative shadow DOM)', async () => {
      const { page, log } = await openPage(browser, `${server.url}/no-js.html`, { before: (p) => p.setJavaScriptEnabled(false) });
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('section > *')].map((el) => ({
          tag: el.localName,
          defined: el.matches(':defined') && Boolean(customElements.get(el.localName)),
          text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
          height: el.getBoundingClientRect().height,
        }))
      );
      await page.close();
      assert.deepEqual(log.problems(), []);
      assert.deepEqual(shown.map((s) => s.tag).sort(), [...TAGS].sort());
      for (const element of shown) {
        assert.equal(element.defined, false, `<${element.tag}> must not be defined in this check`);
        assert.ok(element.text > 20, `<${element.tag}> shows no text before JavaScript`);
        assert.ok(element.height > 20, `<${element.tag}> has no height before JavaScript`);
      }
    });

    it('hydrates without a mismatch or warning, reusing the server DOM, and the card timer runs', async () => {
      const { page, log } = await openPage(browser, `${server.url}/hydrate.html`);
      await page.evaluate(async (tags) => {
        const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('elements were not defined within 10 s')), 10000));
        await Promise.race([timeout, Promise.all(tags.map((tag) => customElements.whenDefined(tag)))]);
        await Promise.all([...document.querySelectorAll('section > *')].map((el) => el.updateComplete));
      }, TAGS);
      const reused = await page.evaluate(() =>
        window.__ssrNodes.map(([el, first]) => ({ tag: el.localName, hydrated: !el.hasAttribute('defer-hydration'), kept: !first || first.isConnected && first.getRootNode() === el.shadowRoot }))
      );
      const run = await runCardTimer(page, 'stretch-card');
      await page.close();
      assert.deepEqual(log.problems(), [], 'errors during hydration');
      assert.deepEqual(log.warnings(), [], 'warnings during hydration');
      for (const element of reused) assert.ok(element.kept, `<${element.tag}> re-rendered instead of hydrating`);
      assert.equal(run.status, 'done');
      assert.ok(run.detail.actualMs > 0);
    });
  });
});
