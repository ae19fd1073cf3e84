// `backcare-elements/prerender` (issue 16), against the build (`npm run test:prerender` builds
// first): every element pre-renders to declarative shadow DOM in every language, other markup
// passes through unchanged, and in Chromium the CDN script and the npm define modules (Lit's
// development build, which reports hydration mismatches) hydrate it in place: the same nodes,
// live event bindings, no error or warning. The CLI prints the same HTML.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { ROOT, STAFF_ONLY_TAGS, elementTags } from '../../scripts/build-shared.mjs';
import { launchChrome, openPage, runCardTimer, serve } from '../../scripts/browser-check.mjs';

// What a patient's page shows; the staff-only program builder is not pre-rendered.
const TAGS = elementTags().filter((tag) => !STAFF_ONLY_TAGS.includes(tag));
const LANGS = ['en', 'es', 'zh-Hans', 'vi', 'tl', 'ar', 'fr', 'de', 'pl'];
const MARKUP = [
  '<back-pain-causes contact-href="/contact" contact-label="Book an assessment"></back-pain-causes>',
  '<stretch-card stretch="knee-to-chest"><a slot="cta" href="/book">Book</a></stretch-card>',
  '<stretch-timer hold="20" reps="2" label="Hold"></stretch-timer>',
  '<stretch-routine stretches="head-rolls knee-to-chest"></stretch-routine>',
  '<back-pain-guide contact-href="/contact"></back-pain-guide>',
].join('\n<p class="between">Text between &amp; around</p>\n');

/** "More than 80%" in a language, from its XLIFF file. */
function moreThan80(lang) {
  if (lang === 'en') return 'More than 80%';
  const xliff = readFileSync(join(ROOT, `xliff/${lang}.xlf`), 'utf8');
  return /<source>More than 80%<\/source>\s*<target[^>]*>([^<]+)<\/target>/.exec(xliff)[1];
}

let prerender;
before(async () => {
  for (const file of ['dist/prerender/index.js', 'dist/cdn/backcare-elements.js']) {
    assert.ok(existsSync(join(ROOT, file)), `${file} is missing: run npm run build first (npm run test:prerender does)`);
  }
  ({ prerender } = await import(pathToFileURL(join(ROOT, 'dist/prerender/index.js')).href));
});

describe('prerender() in Node', () => {
  it('renders each of our elements to a declarative shadow root and passes everything else through', async () => {
    const out = await prerender(MARKUP);
    for (const tag of TAGS) assert.match(out, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
    assert.equal(out.split('<p class="between">Text between &amp; around</p>').length, 5, 'the markup between the elements is kept');
    assert.match(out, /<a slot="cta" href="\/book">Book<\/a><\/stretch-card>/, "the element's own children are kept");
    assert.ok(out.includes('More than 80%'));
  });

  it('renders in every language, with lang and dir on the shadow root', async () => {
    for (const lang of LANGS) {
      const out = await prerender('<back-pain-causes></back-pain-causes>', { lang });
      assert.ok(out.includes(moreThan80(lang)), `${lang}: "${moreThan80(lang)}"`);
      assert.match(out, new RegExp(`<back-pain-causes lang="${lang}">`), `${lang}: lang on the host`);
      assert.match(out, new RegExp(`shadowrootmode="open"><style>[\\s\\S]*?</style><!--lit-part [^>]*--><[a-z]+ lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`), `${lang}: lang/dir on the root`);
    }
  });

  it('takes the language from the markup: the element, an ancestor, <html lang>', async () => {
    const page = await prerender('<!doctype html><html lang="de"><head></head><body><div lang="fr"><back-pain-causes></back-pain-causes></div><back-pain-causes lang="pl"></back-pain-causes><back-pain-causes></back-pain-causes></body></html>');
    const [fr, pl, de] = page.split('</back-pain-causes>');
    assert.ok(fr.includes(moreThan80('fr')) && pl.includes(moreThan80('pl')) && de.includes(moreThan80('de')));
    assert.match(page, /^<!doctype html><html lang="de"><head><\/head><body><div lang="fr"><back-pain-causes>/, 'the page around is kept');
  });

  it('keeps markup without our tags byte for byte, and warns once on a non-string', async () => {
    const plain = '<!-- x --><div class="a">b <span>c</span></div><custom-thing x=1></custom-thing>';
    assert.equal(await prerender(plain), plain);
    const warn = console.warn;
    const warnings = [];
    console.warn = (...args) => warnings.push(args.join(' '));
    try {
      assert.equal(await prerender(undefined), '');
    } finally {
      console.warn = warn;
    }
    assert.equal(warnings.length, 1);
  });

  it('has a command line: npx backcare-elements prerender', () => {
    const bin = join(ROOT, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin['backcare-elements']);
    const out = execFileSync(process.execPath, [bin, 'prerender', '--lang=es', '<stretch-card stretch="bird-dog"></stretch-card>'], { encoding: 'utf8' });
    assert.match(out, /<stretch-card stretch="bird-dog" lang="es"><template shadowroot/);
    const piped = execFileSync(process.execPath, [bin, 'prerender'], { input: '<p>x</p>', encoding: 'utf8' });
    assert.equal(piped.trim(), '<p>x</p>');
  });
});

describe('hydration in Chromium', () => {
  let browser;
  let server;
  const pages = {};

  before(async () => {
    // The npm define modules as an app bundles them, with Lit's development build (it reports mismatches).
    const client = await esbuild.build({
      stdin: { contents: TAGS.map((tag) => `import './dist/elements/${tag}/define.js';`).join('\n') + "\nimport { setupLocalization } from './dist/index.js';\nsetupLocalization();", resolveDir: ROOT, loader: 'js' },
      bundle: true,
      format: 'esm',
      splitting: true,
      outdir: '/npm',
      target: 'es2022',
      conditions: ['development'],
      ignoreAnnotations: true,
      write: false,
      logLevel: 'warning',
    });
    const files = {};
    for (const file of client.outputFiles) files[file.path] = file.contents;
    // Records every node of every shadow root before the script runs, to check hydration keeps them.
    const mark = `<script>window.__ssr = [...document.querySelectorAll('body > *')].filter((el) => el.shadowRoot).map((el) => [el, [...el.shadowRoot.querySelectorAll('*')].filter((n) => n.localName !== 'style')]);
      window.__rejections = []; addEventListener('unhandledrejection', (e) => __rejections.push(String(e.reason)));</script>`;
    for (const lang of LANGS) {
      const body = await prerender(MARKUP.replace(/\n<p[^\n]*\n/g, '\n'));
      const page = (script) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title></head><body>\n${body}\n${mark}${script}</body></html>`;
      files[`/cdn-${lang}.html`] = page('<script type="module" src="/dist/cdn/backcare-elements.js"></script>');
      files[`/npm-${lang}.html`] = page('<script type="module" src="/npm/stdin.js"></script>');
      pages[lang] = body;
    }
    server = await serve({ files, dirs: { '/dist/': join(ROOT, 'dist') } });
    browser = await launchChrome();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const build of ['cdn', 'npm']) {
    for (const lang of LANGS) {
      it(`${build}, ${lang}: hydrates every element in place, live, without a warning`, async () => {
        const { page, log } = await openPage(browser, `${server.url}/${build}-${lang}.html`);
        try {
          const state = await page.evaluate(async (tags) => {
            const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('not defined within 15 s')), 15000));
            await Promise.race([timeout, Promise.all(tags.map((tag) => customElements.whenDefined(tag)))]);
            const settle = async (root) => {
              for (const el of root.querySelectorAll('*')) {
                if (el.updateComplete) await el.updateComplete;
                if (el.shadowRoot) await settle(el.shadowRoot);
              }
            };
            await settle(document);
            await new Promise((r) => setTimeout(r, 300));
            await settle(document);
            const deferred = [];
            const walk = (root) => {
              for (const el of root.querySelectorAll('[defer-hydration]')) deferred.push(el.localName);
              for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
            };
            walk(document);
            const causes = document.querySelector('back-pain-causes');
            causes.shadowRoot.querySelector('[part~="expand-all"]').click();
            await causes.updateComplete;
            return {
              kept: window.__ssr.map(([el, nodes]) => ({ tag: el.localName, nodes: nodes.length, lost: nodes.filter((n) => !n.isConnected).length, now: el.shadowRoot.querySelectorAll('*').length })),
              deferred,
              opened: [...causes.shadowRoot.querySelectorAll('details')].every((d) => d.open),
              rootLang: causes.shadowRoot.firstElementChild.getAttribute('lang'),
              rejections: window.__rejections,
            };
          }, TAGS);
          const run = await runCardTimer(page, 'stretch-card');
          assert.deepEqual(log.problems(), [], 'errors');
          assert.deepEqual(log.warnings(), [], 'warnings (Lit reports hydration mismatches as warnings in development)');
          assert.deepEqual(state.rejections, []);
          assert.deepEqual(state.deferred, [], 'an element is still waiting to hydrate');
          for (const element of state.kept) {
            assert.equal(element.lost, 0, `<${element.tag}>: ${element.lost} of ${element.nodes} server nodes were replaced`);
            assert.equal(element.now, element.nodes, `<${element.tag}>: ${element.now} nodes after hydration, ${element.nodes} before`);
          }
          assert.equal(state.kept.length, TAGS.length);
          assert.ok(state.opened, "the causes' Expand all button works after hydration");
          assert.equal(state.rootLang, lang);
          assert.equal(run.status, 'done', "the card's timer runs");
        } finally {
          await page.close();
        }
      });
    }
  }
});

describe('demo/index.html with JavaScript off', () => {
  it('shows the causes, each stretch card with its steps and the urgent-care signs, and no dead buttons', async () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/demo-pages.mjs'), '--check'], { stdio: 'pipe' });
    const server = await serve({ dirs: { '/': ROOT } });
    const browser = await launchChrome();
    try {
      const { page, log } = await openPage(browser, `${server.url}/demo/index.html`, { before: (p) => p.setJavaScriptEnabled(false) });
      const shown = await page.evaluate(() => {
        const deep = (root, out = []) => {
          for (const el of root.querySelectorAll('*')) {
            out.push(el);
            if (el.shadowRoot) deep(el.shadowRoot, out);
          }
          return out;
        };
        const all = deep(document);
        const text = (host) => {
          let out = '';
          const walk = (node) => {
            for (const child of (node.shadowRoot ?? node).childNodes) {
              if (child.nodeType === 3) out += child.data;
              else if (child.nodeType === 1 && child.localName !== 'style') walk(child);
            }
          };
          walk(host);
          return out.replace(/\s+/g, ' ');
        };
        const visible = (el) => {
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
        };
        return {
          defined: all.filter((el) => el.localName.includes('-') && customElements.get(el.localName)).length,
          causes: text(document.querySelector('back-pain-causes')),
          cards: [...document.querySelectorAll('stretch-card')].map((card) => ({
            stretch: card.getAttribute('stretch'),
            steps: [...card.shadowRoot.querySelectorAll('ol.steps li')].filter(visible).length,
          })),
          controls: all.filter((el) => ['button', 'input', 'select', 'textarea'].includes(el.localName) && visible(el)).map((el) => el.outerHTML.slice(0, 80)),
        };
      });
      await page.close();
      assert.deepEqual(log.problems(), []);
      assert.equal(shown.defined, 0, 'JavaScript is off: nothing is defined');
      for (const sentence of ['What causes back pain?', 'More than 80% of people have back pain', 'Sciatica', 'Get help now', 'Numbness around your genitals or buttocks', 'Weakness or numbness in both legs']) {
        assert.ok(shown.causes.includes(sentence), `the causes show "${sentence}"`);
      }
      assert.deepEqual(shown.cards.map((c) => c.stretch), ['knee-to-chest', 'bird-dog']);
      for (const card of shown.cards) assert.ok(card.steps >= 3, `${card.stretch}: ${card.steps} steps shown`);
      assert.deepEqual(shown.controls, [], 'buttons that need the script are not shown');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('a pre-rendered page under a strict Content-Security-Policy', () => {
  it('shows the text, and once hydrated the elements are styled by adopted stylesheets and work', async () => {
    const body = await prerender('<back-pain-causes contact-href="/book" contact-label="Book a visit"></back-pain-causes>');
    const csp = "default-src 'self'; style-src 'self'";
    const server = await serve({
      files: {
        '/csp.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title></head><body>${body}<script type="module" src="/dist/cdn/backcare-elements.js"></script></body></html>`,
      },
      dirs: { '/dist/': join(ROOT, 'dist') },
      headers: { '/csp.html': { 'content-security-policy': csp } },
    });
    const browser = await launchChrome();
    try {
      const { page, log } = await openPage(browser, `${server.url}/csp.html`);
      const state = await page.evaluate(async () => {
        await customElements.whenDefined('back-pain-causes');
        const el = document.querySelector('back-pain-causes');
        await el.updateComplete;
        el.shadowRoot.querySelector('[part~="expand-all"]').click();
        await el.updateComplete;
        return {
          text: el.shadowRoot.textContent.includes('What causes back pain?'),
          styles: el.shadowRoot.querySelectorAll('style').length,
          linkBackground: getComputedStyle(el.shadowRoot.querySelector('[part="cta-link"]')).backgroundColor,
          open: el.shadowRoot.querySelectorAll('details[open]').length,
        };
      });
      await page.close();
      // The only complaints are the blocked inline <style> elements of the pre-rendered markup.
      const other = log.problems().filter((text) => !/^console.error: Applying inline style violates the following Content Security Policy directive 'style-src 'self''/.test(text));
      assert.deepEqual(other, []);
      assert.ok(state.text);
      assert.equal(state.styles, 0, 'the blocked server styles are removed');
      assert.equal(state.linkBackground, 'rgb(11, 107, 107)', 'styled by adopted stylesheets');
      assert.equal(state.open, 3, '"Open all" works');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('hydration in Firefox ESR', () => {
  const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

  for (const lang of ['en', 'ar', 'zh-Hans']) {
    it(`cdn, ${lang}: every element hydrates in place and works`, async (t) => {
      if (!existsSync(FIREFOX)) return t.skip(`no Firefox at ${FIREFOX} (set FIREFOX_PATH)`);
      const body = await prerender(MARKUP.replace(/\n<p[^\n]*\n/g, '\n'));
      const mark = `<script>window.__ssr = [...document.querySelectorAll('body > *')].filter((el) => el.shadowRoot).map((el) => [el, [...el.shadowRoot.querySelectorAll('*')].filter((n) => n.localName !== 'style')]);</script>`;
      const server = await serve({
        files: { '/p.html': `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>ff</title></head><body>${body}${mark}<script type="module" src="/dist/cdn/backcare-elements.js"></script></body></html>` },
        dirs: { '/dist/': join(ROOT, 'dist') },
      });
      const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
      try {
        const page = await browser.newPage();
        const messages = [];
        page.on('console', (message) => ['error', 'warn', 'warning'].includes(message.type()) && messages.push(`${message.type()}: ${message.text()}`));
        page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
        await page.goto(`${server.url}/p.html`);
        const state = await page.evaluate(async (tags) => {
          await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
          await new Promise((resolve) => setTimeout(resolve, 1500));
          const causes = document.querySelector('back-pain-causes');
          causes.shadowRoot.querySelector('[part~="expand-all"]').click();
          await causes.updateComplete;
          return {
            kept: window.__ssr.map(([el, nodes]) => ({ tag: el.localName, lost: nodes.filter((n) => !n.isConnected).length, before: nodes.length, after: el.shadowRoot.querySelectorAll('*').length })),
            open: causes.shadowRoot.querySelectorAll('details[open]').length,
            lang: causes.shadowRoot.firstElementChild.getAttribute('lang'),
          };
        }, TAGS);
        assert.deepEqual(messages, []);
        assert.equal(state.kept.length, TAGS.length, 'every element arrived with a declarative shadow root');
        for (const element of state.kept) {
          assert.equal(element.lost, 0, `<${element.tag}> replaced server nodes`);
          assert.equal(element.after, element.before, `<${element.tag}>: ${element.after} nodes after, ${element.before} before`);
        }
        assert.equal(state.open, 3);
        assert.equal(state.lang, lang);
      } finally {
        await browser.close();
        await server.close();
      }
    });
  }
});

describe('hydration in WebKit (MiniBrowser; needs a display: xvfb-run -a npm run test:prerender)', () => {
  const DRIVER = '/usr/bin/WebKitWebDriver';
  const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  let driver;
  let port;

  before(async () => {
    if (!process.env.DISPLAY || !existsSync(DRIVER) || !existsSync(MINIBROWSER)) return;
    port = await new Promise((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address();
        probe.close(() => resolve(free));
      });
    });
    driver = spawn(DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('WebKitWebDriver did not start');
  });

  after(() => driver?.kill('SIGKILL'));

  for (const lang of ['en', 'ar', 'es']) {
    it(`cdn, ${lang}: every element hydrates in place and works`, async (t) => {
      if (!driver) return t.skip('no DISPLAY, WebKitWebDriver or MiniBrowser: run under xvfb-run -a');
      const { remote } = await import('webdriverio');
      const body = await prerender(MARKUP.replace(/\n<p[^\n]*\n/g, '\n'));
      const mark = `<script>window.__log = []; for (const level of ['error', 'warn']) { const original = console[level]; console[level] = (...args) => { __log.push(level + ': ' + args.join(' ')); original.apply(console, args); }; }
        addEventListener('error', (e) => __log.push('error: ' + e.message)); addEventListener('unhandledrejection', (e) => __log.push('rejection: ' + e.reason));
        window.__ssr = [...document.querySelectorAll('body > *')].filter((el) => el.shadowRoot).map((el) => [el, [...el.shadowRoot.querySelectorAll('*')].filter((n) => n.localName !== 'style')]);</script>`;
      const server = await serve({
        files: { '/p.html': `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>wk</title></head><body>${body}${mark}<script type="module" src="/dist/cdn/backcare-elements.js"></script></body></html>` },
        dirs: { '/dist/': join(ROOT, 'dist') },
      });
      const browser = await remote({
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true, 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } },
      });
      try {
        await browser.url(`${server.url}/p.html`);
        const state = await browser.executeAsync((tags, done) => {
          Promise.all(tags.map((tag) => customElements.whenDefined(tag)))
            .then(() => new Promise((resolve) => setTimeout(resolve, 1500)))
            .then(async () => {
              const causes = document.querySelector('back-pain-causes');
              causes.shadowRoot.querySelector('[part~="expand-all"]').click();
              await causes.updateComplete;
              done({
                kept: window.__ssr.map(([el, nodes]) => ({ tag: el.localName, lost: nodes.filter((n) => !n.isConnected).length, before: nodes.length, after: el.shadowRoot.querySelectorAll('*').length })),
                open: causes.shadowRoot.querySelectorAll('details[open]').length,
                lang: causes.shadowRoot.firstElementChild.getAttribute('lang'),
                log: window.__log,
              });
            });
        }, TAGS);
        assert.deepEqual(state.log, []);
        assert.equal(state.kept.length, TAGS.length, 'every element arrived with a declarative shadow root');
        for (const element of state.kept) {
          assert.equal(element.lost, 0, `<${element.tag}> replaced server nodes`);
          assert.equal(element.after, element.before, `<${element.tag}>: ${element.after} nodes after, ${element.before} before`);
        }
        assert.equal(state.open, 3);
        assert.equal(state.lang, lang);
      } finally {
        await browser.deleteSession();
        await server.close();
      }
    });
  }
});
