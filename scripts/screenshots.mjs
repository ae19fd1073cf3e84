// @ts-check
// Headless Chromium screenshots of the demo page and Storybook stories at phone and desktop width,
// into .screenshots/. Run `npm run build` and `npm run build-storybook` first.
//   node scripts/screenshots.mjs            all shots
//   node scripts/screenshots.mjs demo       only names containing "demo"
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS, MISSING_CHROME_MESSAGE } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(MISSING_CHROME_MESSAGE);
  process.exit(1);
}

const WIDTHS = { phone: 390, desktop: 1280 };
const story = (id, globals = '') => `/storybook-static/iframe.html?id=${id}&viewMode=story${globals ? `&globals=${globals}` : ''}`;

/** Clicks Start on the first timer inside `selector` (searching shadow roots) and waits. */
const startFirstTimer = (selector, waitMs) => async (page) => {
  await page.evaluate((sel) => {
    const host = document.querySelector(sel);
    const timer = host.localName === 'stretch-timer' ? host : host.shadowRoot.querySelector('stretch-timer');
    timer.shadowRoot.querySelector('[part="start-button"]').click();
  }, selector);
  await new Promise((resolve) => setTimeout(resolve, waitMs));
};

const SHOTS = [
  { name: 'demo', url: '/demo/', fullPage: true },
  { name: 'demo-timer-running', url: '/demo/', action: startFirstTimer('stretch-card', 4500), clip: 'stretch-card' },
  { name: 'demo-guide', url: '/demo/guide.html', fullPage: true },
  { name: 'guide-dark', url: story('elements-back-pain-guide--dark'), fullPage: true },
  { name: 'causes-dark', url: story('elements-back-pain-causes--dark'), fullPage: true },
  { name: 'causes-rtl', url: story('elements-back-pain-causes--right-to-left'), fullPage: true },
  { name: 'card-head-rolls', url: story('elements-stretch-card--head-rolls'), fullPage: true },
  { name: 'card-dark', url: story('elements-stretch-card--dark'), fullPage: true },
  { name: 'card-rtl', url: story('elements-stretch-card--right-to-left'), fullPage: true },
  { name: 'card-custom', url: story('elements-stretch-card--custom-stretch'), fullPage: true },
  { name: 'card-compact', url: story('elements-stretch-card--compact'), fullPage: true },
  { name: 'timer-hold', url: story('elements-stretch-timer--hold-right-side'), fullPage: true },
  { name: 'timer-switch', url: story('elements-stretch-timer--switch-sides'), fullPage: true },
  { name: 'timer-done', url: story('elements-stretch-timer--done'), fullPage: true },
  { name: 'routine-safety', url: story('elements-stretch-routine--safety-check'), fullPage: true },
  { name: 'routine-stop', url: story('elements-stretch-routine--stop-advice'), fullPage: true },
  { name: 'routine-start', url: story('elements-stretch-routine--start-screen'), fullPage: true },
  { name: 'routine-hold', url: story('elements-stretch-routine--hold'), fullPage: true },
  { name: 'routine-rest', url: story('elements-stretch-routine--rest-between-stretches'), fullPage: true },
  { name: 'routine-pain', url: story('elements-stretch-routine--pain-check'), fullPage: true },
  { name: 'routine-pain-advice', url: story('elements-stretch-routine--pain-advice'), fullPage: true },
  { name: 'routine-summary', url: story('elements-stretch-routine--summary'), fullPage: true },
  { name: 'routine-resume', url: story('elements-stretch-routine--resume-prompt'), fullPage: true },
  { name: 'routine-dark', url: story('elements-stretch-routine--dark'), fullPage: true },
  { name: 'routine-rtl', url: story('elements-stretch-routine--right-to-left'), fullPage: true },
  { name: 'timer-dark', url: story('elements-stretch-timer--dark'), fullPage: true },
];

const filter = process.argv[2];
mkdirSync('.screenshots', { recursive: true });
const server = await serveStatic('.');
const browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS, '--hide-scrollbars'] });
try {
  for (const shot of SHOTS.filter((s) => !filter || s.name.includes(filter))) {
    for (const [size, width] of Object.entries(WIDTHS)) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(/** @type {Error} */ (error).message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await page.goto(server.url + shot.url, { waitUntil: 'networkidle0' });
      await page.evaluate(() => document.fonts.ready);
      await new Promise((resolve) => setTimeout(resolve, 400));
      if (shot.action) await shot.action(page);
      const file = `.screenshots/${shot.name}-${size}.png`;
      if (shot.clip) {
        const element = await page.$(shot.clip);
        await element.screenshot({ path: file });
      } else {
        await page.screenshot({ path: file, fullPage: Boolean(shot.fullPage) });
      }
      console.log(`${file}${errors.length ? `  console errors: ${errors.join(' | ')}` : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
