// @ts-check
// `npm run bench:timer`: times a 60 s hold of <stretch-timer> against a naive tick-counting
// countdown in headless Chromium while the main thread is blocked, then measures the element's
// script time per running second on an unblocked page. Exits 1 on any FAIL. See bench/README.md.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, MISSING_CHROME_MESSAGE, findChrome } from './find-chrome.mjs';

const seed = Number(process.argv.find((arg) => arg.startsWith('--seed='))?.slice(7) ?? 1);
const SCRIPT_WINDOW_S = 10;
const bench = (file) => fileURLToPath(new URL(`../bench/${file}`, import.meta.url));

// The bundle is kept in memory and served from there: nothing is written to disk.
const { outputFiles } = await esbuild.build({
  entryPoints: [bench('timer-bench.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  // Keeps the src/ define import even if package.json's "sideEffects" lists only dist/ files.
  ignoreAnnotations: true,
  logLevel: 'warning',
});
const files = {
  '/': { type: 'text/html', body: await readFile(bench('timer-bench.html')) },
  '/timer-bench.js': { type: 'text/javascript', body: outputFiles[0].contents },
};
const server = http.createServer((req, res) => {
  const file = files[req.url];
  res.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain', 'cache-control': 'no-store' });
  res.end(file?.body ?? 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

const executablePath = findChrome();
if (!executablePath) {
  console.error(MISSING_CHROME_MESSAGE);
  process.exit(1);
}
const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true, protocolTimeout: 300_000 });

async function openPage() {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', /** @type {Error} */ (error).message));
  page.on('console', (msg) => ['error', 'warn'].includes(msg.type()) && console.error(`page ${msg.type()}:`, msg.text()));
  page.on('request', (req) => !req.url().startsWith(origin) && console.error('unexpected request:', req.url()));
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.timerBench !== undefined);
  await page.bringToFront();
  return page;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const fmt = (ms) => `${ms >= 0 ? '+' : ''}${ms.toFixed(1)} ms`;
let failed = false;
function check(ok, text) {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
  if (!ok) failed = true;
}

try {
  console.log(`Chromium: ${await browser.version()} (${executablePath}), headless, seed ${seed}\n`);

  // --- 1. drift under a blocked main thread ---------------------------------------------------
  console.log('1. 60 s hold, three timers started in one task; main thread blocked by busy-wait tasks');
  console.log('   of 50-300 ms with 5-40 ms gaps (seeded), for the whole run. Takes a bit over 60 s...');
  let page = await openPage();
  const result = await page.evaluate((s) => window.timerBench.drift(s), seed);
  await page.close();

  const { blocks } = result;
  const busyMs = blocks.reduce((sum, [s, e]) => sum + e - s, 0);
  const span = blocks.at(-1)[1] - blocks[0][0];
  console.log(
    `   ${blocks.length} blocks, main thread busy ${((100 * busyMs) / span).toFixed(0)}% of the run; page ${result.visibility}`
  );
  const offset = (name) => (result.start[name] - result.start.ours).toFixed(1);
  console.log(`   started (ms after ours): naive +${offset('naive')}, setInterval +${offset('interval')}`);
  const lags = {};
  const names = { ours: '<stretch-timer>', naive: 'naive setTimeout countdown', interval: 'setInterval counter (info)' };
  console.log(`\n   ${'timer'.padEnd(28)}${'raw error'.padStart(12)}${'block at deadline'.padStart(20)}${'lag'.padStart(12)}`);
  for (const name of ['ours', 'naive', 'interval']) {
    const deadline = result.start[name] + 60_000;
    // Time in which no page code could run (the block around the deadline) is held against nobody.
    const blockAt = blocks.find(([s, e]) => s <= deadline && deadline < e);
    const from = blockAt ? blockAt[1] : deadline;
    lags[name] = result.done[name] - from;
    const raw = result.done[name] - result.start[name] - 60_000;
    const blockText = blockAt ? `ends ${fmt(blockAt[1] - deadline)}` : 'none';
    console.log(`   ${names[name].padEnd(28)}${fmt(raw).padStart(12)}${blockText.padStart(20)}${fmt(lags[name]).padStart(12)}`);
  }
  console.log(`   (element's own timer-complete detail: plannedMs ${result.detail.plannedMs}, actualMs ${result.detail.actualMs})\n`);

  check(lags.ours < 50, `<stretch-timer> lag ${fmt(lags.ours)} < 50 ms`);
  const ratio = lags.naive / Math.max(lags.ours, 0.1); // performance.now() is coarsened to 0.1 ms
  check(
    lags.naive >= 10 * lags.ours,
    `<stretch-timer> lag at least 10x smaller than the naive countdown's (naive ${fmt(lags.naive)}, ratio ${ratio.toFixed(0)}x)`
  );
  if (lags.naive < 500) console.log('      note: the naive countdown lagged little this run, so the comparison says little.');

  // --- 2. script cost while running, no blocking -------------------------------------------------
  console.log(`\n2. Script time of the running element, no blocking. Method: CDP Performance.getMetrics`);
  console.log(`   (puppeteer page.metrics()) ScriptDuration and TaskDuration deltas over ${SCRIPT_WINDOW_S} s with the`);
  console.log(`   element idle (baseline) and ${SCRIPT_WINDOW_S} s while it runs (from 0.5 s after start()); no page`);
  console.log('   calls are made inside either window.');
  page = await openPage();
  const measure = async () => {
    const before = await page.metrics();
    await sleep(SCRIPT_WINDOW_S * 1000);
    const after = await page.metrics();
    const perSecond = (key) => ((after[key] - before[key]) * 1000) / SCRIPT_WINDOW_S; // seconds -> ms per s
    return { script: perSecond('ScriptDuration'), task: perSecond('TaskDuration') };
  };
  await sleep(1000);
  const idle = await measure();
  await page.evaluate(() => window.timerBench.start());
  await sleep(500);
  const running = await measure();
  const status = await page.evaluate(() => window.timerBench.status());
  await page.close();
  const per = (key) => `${(running[key] - idle[key]).toFixed(3)} ms/s (running ${running[key].toFixed(3)} − idle ${idle[key].toFixed(3)})`;
  console.log(`   script per running second: ${per('script')}`);
  console.log(`   all main-thread tasks (info, includes style/layout/paint): ${per('task')}`);
  console.log(`   element status at the end of the window: ${status}\n`);
  check(status === 'running' && running.script - idle.script < 1, 'script time per running second < 1 ms');
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
