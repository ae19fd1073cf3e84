// @ts-check
// Helpers for the Node-side browser checks (SSR hydration, package examples): a static server on
// 127.0.0.1 that serves in-memory files and folders, and headless Chromium pages that record every
// console message, page error and failed request.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, MISSING_CHROME_MESSAGE, findChrome } from './find-chrome.mjs';
import { CONTENT_TYPES } from './static-server.mjs';

const TYPES = CONTENT_TYPES;

/**
 * Serves `files` ({ '/path': string | Buffer }) and `dirs` ({ '/prefix/': folder }) on a free port,
 * with `headers` ({ '/path': { name: value } }) added to a file's response. Resolves to `{ url, close }`.
 */
export function serve({ files = {}, dirs = {}, headers = {} } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path === '/favicon.ico' && !files[path]) return response.writeHead(204).end();
    try {
      let body = files[path];
      let type = TYPES[extname(path)] ?? (path.endsWith('/') ? TYPES['.html'] : 'application/octet-stream');
      if (body === undefined) {
        const prefix = Object.keys(dirs)
          .filter((p) => path.startsWith(p))
          .sort((a, b) => b.length - a.length)[0];
        if (prefix === undefined) throw new Error('not found');
        const base = resolve(dirs[prefix]);
        let file = normalize(join(base, path.slice(prefix.length)));
        if (!file.startsWith(base)) throw new Error('outside root');
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        body = await readFile(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      }
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers[path] });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      done({ url: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(closed)) });
    });
  });
}

export async function launchChrome() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(MISSING_CHROME_MESSAGE);
  return puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS, protocolTimeout: 60000 });
}

/** Messages Lit prints in development builds; not problems of ours. */
const LIT_DEV_NOTICE = /^Lit is in dev mode|Multiple versions of Lit loaded|lit\.dev\/msg\/dev-mode/;

/**
 * Opens `url` in a new page and records `{ type, text }` console messages (Lit's dev-mode notice
 * left out), uncaught page errors and failed requests. `before(page)` runs before navigation.
 */
/** @param {import('puppeteer-core').Browser} browser @param {string} url @param {{ before?: (page: import('puppeteer-core').Page) => Promise<void> }} [options] */
export async function openPage(browser, url, { before } = {}) {
  const page = await browser.newPage();
  const log = { messages: [], errors: [], failedRequests: [] };
  page.on('console', (message) => {
    const text = message.text();
    if (!LIT_DEV_NOTICE.test(text)) log.messages.push({ type: message.type(), text });
  });
  page.on('pageerror', (error) => log.errors.push(/** @type {Error} */ (error).message));
  page.on('requestfailed', (request) => log.failedRequests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) log.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  if (before) await before(page);
  await page.goto(url, { waitUntil: 'load' });
  // Only the front page is visible; hidden pages (rightly) get no running timers.
  await page.bringToFront();
  log.problems = () => [
    ...log.errors.map((text) => `page error: ${text}`),
    ...log.messages.filter((m) => m.type === 'error').map((m) => `console.error: ${m.text}`),
    ...log.failedRequests.map((text) => `failed request: ${text}`),
  ];
  log.warnings = () => log.messages.filter((m) => m.type === 'warn' || m.type === 'warning').map((m) => m.text);
  return { page, log };
}

/**
 * In the page: waits for a `<stretch-card>` matching `selector` to render, gives it a one-second
 * dose, clicks its timer's Start and resolves with the `stretch-complete` detail (or rejects after
 * `timeoutMs`). Searches open shadow roots, so the card may sit inside another element.
 */
export async function runCardTimer(page, selector = 'stretch-card', timeoutMs = 20000) {
  return page.evaluate(
    async (sel, timeout) => {
      const deepFind = (root, s) => {
        const found = root.querySelector(s);
        if (found) return found;
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) {
            const inner = deepFind(el.shadowRoot, s);
            if (inner) return inner;
          }
        }
        return null;
      };
      const until = async (check, what) => {
        const end = performance.now() + timeout;
        for (;;) {
          const value = check();
          if (value) return value;
          if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      const card = await until(() => deepFind(document, sel), sel);
      await customElements.whenDefined('stretch-card');
      for (const [name, value] of Object.entries({ hold: '1', reps: '1', sides: 'none', rest: '0', 'get-ready': '0', sound: 'off', vibrate: 'off' })) {
        card.setAttribute(name, value);
      }
      await card.updateComplete;
      const timer = await until(() => card.shadowRoot?.querySelector('stretch-timer'), 'the card timer');
      await timer.updateComplete;
      const name = card.shadowRoot.querySelector('[part~="name"]')?.textContent?.trim();
      const done = new Promise((resolveDone, rejectDone) => {
        card.addEventListener('stretch-complete', (event) => resolveDone(event.detail), { once: true });
        setTimeout(() => rejectDone(new Error('no stretch-complete within the timeout')), timeout);
      });
      const start = await until(() => timer.shadowRoot?.querySelector('[part~="start-button"]'), 'the Start button');
      start.click();
      await until(() => timer.status === 'running' || timer.status === 'done', 'the timer to start');
      const detail = await done;
      return { name, detail, status: timer.status };
    },
    selector,
    timeoutMs
  );
}
