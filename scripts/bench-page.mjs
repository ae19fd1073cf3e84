// `npm run bench:page`: what the elements do to a clinic's page, measured as a patient's phone
// would see it. Headless Chromium (puppeteer-core) with 4x CPU slowdown, 150 ms latency, 1.6 Mbps
// down, 750 kbps up and the cache disabled; each page is loaded at 390 and 1280 px wide and watched
// for 3 s after `load`. Prints, per page, variant and width: CLS (every layout shift without recent
// input, summed), LCP and the bytes transferred. Needs `npm run build` first (it serves dist/).
//
// Pages: demo/index.html and demo/guide.html (pre-rendered by `npm run build` from demo/*.script.html), and a plain clinic page (bench/clinic-page.html) with
// the README's snippet (a <back-pain-causes> and a <stretch-card>). Each as the script snippet (the
// elements' bare tags, upgraded by the CDN script) and, when dist/prerender/index.js exists, pre-rendered
// (the same page through `prerender`: declarative shadow roots the script then hydrates).
//
//   node scripts/bench-page.mjs [--check] [--runs=N] [--json] [--only=text]
//   --check  exit 1 when a CLS is over the limit (pre-rendered 0.01, script snippet 0.1; the
//            script without backcare-elements.css is shown for comparison, with no limit)
//   --runs   loads per row (default 1); the row shows the worst CLS and the median LCP
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './build-shared.mjs';
import { launchChrome, serve } from './browser-check.mjs';

export const LIMITS = { script: 0.1, prerendered: 0.01, 'script, no css': Infinity };
export const THROTTLING = { cpu: 4, latencyMs: 150, downKbps: 1600, upKbps: 750 };
const WIDTHS = [390, 1280];
const WATCH_MS = 3000;

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(arg('runs') ?? 1);
const ONLY = arg('only');
const CHECK = process.argv.includes('--check');

/** The README's snippet (the stylesheet that keeps the elements' space, and the script), pointing at the local build. */
const SNIPPET_SCRIPT = [
  '<link rel="stylesheet" href="/dist/cdn/backcare-elements.css">',
  '<script type="module" src="/dist/cdn/backcare-elements.js"></script>',
].join('\n    ');
const SNIPPET_ELEMENTS = [
  '<back-pain-causes contact-href="/contact" contact-label="Book an assessment"></back-pain-causes>',
  '<stretch-card stretch="knee-to-chest"></stretch-card>',
].join('\n    ');

/** Each page's script-snippet HTML (bare tags) and the path it is served at. */
async function pageSources() {
  // The demo pages' plain script-tag sources (demo/index.html and demo/guide.html are these, pre-rendered).
  const demoSource = (name) => join(ROOT, 'demo', name.replace(/\.html$/, '.script.html'));
  const clinic = (await readFile(join(ROOT, 'bench/clinic-page.html'), 'utf8'))
    .replace('<!--snippet-->', SNIPPET_SCRIPT)
    .replace('<!--elements-->', SNIPPET_ELEMENTS);
  return [
    { name: 'demo/index.html', dir: '/demo/', file: 'index.html', html: await readFile(demoSource('index.html'), 'utf8') },
    { name: 'demo/guide.html', dir: '/demo/', file: 'guide.html', html: await readFile(demoSource('guide.html'), 'utf8') },
    { name: 'clinic page + README snippet', dir: '/bench/', file: 'clinic.html', html: clinic },
  ];
}

/** `prerender` from the build, or undefined before it exists. */
async function loadPrerender() {
  const file = join(ROOT, 'dist/prerender/index.js');
  if (!existsSync(file)) return undefined;
  return (await import(pathToFileURL(file).href)).prerender;
}

/** Installed before any page script: sums layout shifts and keeps the last LCP entry. */
function observeVitals() {
  window.__vitals = { cls: 0, shifts: [], lcp: 0 };
  new PerformanceObserver((list) => {
    for (const entry of /** @type {LayoutShift[]} */ (list.getEntries())) {
      if (entry.hadRecentInput) continue;
      window.__vitals.cls += entry.value;
      window.__vitals.shifts.push({
        at: Math.round(entry.startTime),
        value: entry.value,
        nodes: (entry.sources ?? []).map((s) => s.node?.localName ?? s.node?.nodeName ?? '?').slice(0, 4),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    window.__vitals.lcp = entries[entries.length - 1].startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

async function measurePage(browser, url, width) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let bytes = 0;
  await cdp.send('Network.enable');
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLING.latencyMs,
    downloadThroughput: (THROTTLING.downKbps * 1000) / 8,
    uploadThroughput: (THROTTLING.upKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpu });
  await page.setViewport({ width, height: width < 600 ? 844 : 900, deviceScaleFactor: 1, isMobile: width < 600, hasTouch: width < 600 });
  await page.evaluateOnNewDocument(observeVitals);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.bringToFront();
  await new Promise((done) => setTimeout(done, WATCH_MS));
  const vitals = await page.evaluate(() => window.__vitals);
  await page.close();
  return { ...vitals, bytes, errors };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchPages() {
  const prerender = await loadPrerender();
  const pages = await pageSources();
  const files = {};
  /** @type {Array<{ page: string; variant: string; width: number; path: string; cls?: number; lcp?: number; bytes?: number; shifts?: unknown[]; errors?: string[]; limit?: number; ok?: boolean }>} */
  const rows = [];
  for (const source of pages) {
    const variants = [
      { variant: 'script', html: source.html },
      // The same page without backcare-elements.css: what pasting the script tag alone does (no limit).
      { variant: 'script, no css', html: source.html.replace(/\s*<link rel="stylesheet" href="[^"]*backcare-elements\.css"[^>]*>/, '') },
    ];
    if (prerender) variants.push({ variant: 'prerendered', html: await prerender(source.html, { lang: 'en' }) });
    for (const { variant, html } of variants) {
      const path = `${source.dir}__bench-${variant.replace(/\W+/g, '-')}-${source.file}`;
      files[path] = html;
      for (const width of WIDTHS) rows.push({ page: source.name, variant, width, path });
    }
  }
  const server = await serve({ files, dirs: { '/dist/': join(ROOT, 'dist'), '/demo/': join(ROOT, 'demo'), '/bench/': join(ROOT, 'bench') } });
  const browser = await launchChrome();
  try {
    for (const row of rows) {
      if (ONLY && !`${row.page} ${row.variant} ${row.width}`.includes(ONLY)) continue;
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measurePage(browser, server.url + row.path, row.width));
      const worst = runs.reduce((a, b) => (b.cls > a.cls ? b : a));
      Object.assign(row, {
        cls: worst.cls,
        lcp: median(runs.map((r) => r.lcp)),
        bytes: median(runs.map((r) => r.bytes)),
        shifts: worst.shifts,
        errors: [...new Set(runs.flatMap((r) => r.errors))],
        limit: LIMITS[row.variant],
      });
      row.ok = row.cls <= row.limit && row.errors.length === 0;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { prerendered: Boolean(prerender), rows: rows.filter((row) => row.cls !== undefined) };
}

export function printTable({ rows, prerendered }) {
  const t = THROTTLING;
  console.log(
    `bench:page — headless Chromium, ${t.cpu}x CPU slowdown, ${t.latencyMs} ms latency, ${t.downKbps / 1000} Mbps down, cache off; CLS summed over load + ${WATCH_MS / 1000} s\n`
  );
  console.log('| page | variant | width | CLS | limit | LCP | transferred |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    console.log(
      `| ${row.page} | ${row.variant} | ${row.width} px | ${row.cls.toFixed(3)}${row.ok ? '' : ' OVER'} | ${row.limit === Infinity ? '–' : row.limit} | ${Math.round(row.lcp)} ms | ${(row.bytes / 1024).toFixed(1)} KB |`
    );
  }
  if (!prerendered) console.log('\n(no pre-rendered rows: dist/prerender/index.js is not built)');
  for (const row of rows.filter((r) => r.errors.length)) console.log(`page errors on ${row.page} ${row.variant} ${row.width}: ${row.errors.join('; ')}`);
  if (process.argv.includes('--shifts')) {
    for (const row of rows) {
      const top = [...row.shifts].sort((a, b) => b.value - a.value).slice(0, 3);
      console.log(`${row.page} ${row.variant} ${row.width}: ${top.map((s) => `${s.value.toFixed(3)} at ${s.at} ms [${s.nodes.join(',')}]`).join('; ')}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(join(ROOT, 'dist/cdn/backcare-elements.js'))) {
    console.error('bench:page needs the build: run `npm run build` first.');
    process.exit(1);
  }
  const result = await benchPages();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else printTable(result);
  const failed = result.rows.filter((row) => !row.ok);
  if (CHECK && failed.length) {
    console.error(`\nbench:page --check FAILED: ${failed.map((r) => `${r.page} ${r.variant} ${r.width} px CLS ${r.cls.toFixed(3)} > ${r.limit}`).join('; ')}`);
    process.exit(1);
  }
}
