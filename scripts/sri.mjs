// @ts-check
// The CDN copy-paste snippet with a pinned version and its Subresource Integrity hash, and the
// import map that extends SRI to the chunks the CDN file loads on demand (the localization runtime,
// each language, the stretch drawings): an `integrity` attribute covers only the file it is on.
//   node scripts/sri.mjs                 print the snippet for dist/cdn/backcare-elements.js
//   node scripts/sri.mjs --import-map    print the import map for the chunks in dist/cdn/chunks/
//   node scripts/sri.mjs --check-readme  exit 1 unless README.md's snippet and import map match the build
//   node scripts/sri.mjs --write-readme  rewrite both in README.md (between their markers)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './build-shared.mjs';

export const CDN_FILE = 'dist/cdn/backcare-elements.js';
const CHUNKS_DIR = 'dist/cdn/chunks';
const START = '<!-- cdn-snippet:start (written by `node scripts/sri.mjs --write-readme`) -->';
const END = '<!-- cdn-snippet:end -->';
const MAP_START = '<!-- cdn-import-map:start (written by `node scripts/sri.mjs --write-readme`) -->';
const MAP_END = '<!-- cdn-import-map:end -->';

export function sri(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

/** The package's folder on jsDelivr, with the version pinned: `https://cdn.jsdelivr.net/npm/backcare-elements@0.1.0/`. */
export function cdnBase(root = ROOT) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/`;
}

export const CDN_CSS = 'dist/cdn/backcare-elements.css';

/**
 * The snippet: the stylesheet that keeps each element's space until the script defines it (no
 * layout shift), then the script, both with their SRI hash.
 */
export function cdnSnippet(root = ROOT, base = cdnBase(root)) {
  const file = join(root, CDN_FILE);
  const css = join(root, CDN_CSS);
  if (!existsSync(file) || !existsSync(css)) throw new Error(`${CDN_FILE} is missing: run npm run build first.`);
  return (
    `<link rel="stylesheet" href="${base}${CDN_CSS}"\n      integrity="${sri(css)}" crossorigin="anonymous">\n` +
    `<script type="module" src="${base}${CDN_FILE}"\n        integrity="${sri(file)}" crossorigin="anonymous"></script>`
  );
}

/**
 * An import map whose `integrity` section lists every chunk the CDN file may load, by URL under
 * `base`. Placed before the CDN script, it makes the browser check those chunks too (browsers
 * without import-map integrity load them unchecked, as without the map).
 */
export function importMapSnippet(root = ROOT, base = cdnBase(root)) {
  return importMapFor(cdnChunks(root, base));
}

/** The import map for some of `cdnChunks()`: what the Embed Builder prints for one configuration. */
export function importMapFor(chunks) {
  const integrity = Object.fromEntries(chunks.map((chunk) => [chunk.url, chunk.integrity]));
  return `<script type="importmap">\n${JSON.stringify({ integrity }, null, 2)}\n</script>`;
}

/** Elements the one-file CDN build loads on first use (src/cdn-lazy-elements.ts). */
export const LAZY_ELEMENTS = ['stretch-card', 'stretch-routine', 'back-pain-guide', 'stretch-program-builder'];

/** What a chunk of the one-file build holds, from its file name without the hash. */
function chunkKind(stem) {
  if (stem === 'drawings' || stem === 'runtime') return stem;
  if (LAZY_ELEMENTS.includes(stem)) return 'element';
  return /^[a-z]{2,3}(-[A-Za-z]+)?$/.test(stem) ? 'locale' : 'shared';
}

/**
 * The chunks the one-file CDN build loads on demand, with their URL under `base` and SRI hash:
 * `kind` is `drawings`, `runtime`, `locale` (with `locale`, the language code), `element` (with
 * `element`, the tag: the card, the routine, the guide and the builder) or `shared` (code two chunks share).
 */
export function cdnChunks(root = ROOT, base = cdnBase(root)) {
  const dir = join(root, CHUNKS_DIR);
  if (!existsSync(dir)) throw new Error(`${CHUNKS_DIR} is missing: run npm run build first.`);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => {
      const stem = name.replace(/-[\w-]{8}\.js$/, '');
      const kind = chunkKind(stem);
      return {
        file: name,
        url: `${base}${CHUNKS_DIR}/${name}`,
        integrity: sri(join(dir, name)),
        kind,
        ...(kind === 'locale' ? { locale: stem } : {}),
        ...(kind === 'element' ? { element: stem } : {}),
      };
    });
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\`]/g, '\\$&');
/** README's generated blocks: the script tag and the import map, each between its markers. */
const BLOCKS = [
  { start: START, end: END, make: () => cdnSnippet(), what: 'CDN snippet (version and SRI hash)' },
  { start: MAP_START, end: MAP_END, make: () => importMapSnippet(), what: 'CDN import map (chunk SRI hashes)' },
].map((block) => ({ ...block, pattern: new RegExp(`${escape(block.start)}[\\s\\S]*?${escape(block.end)}`) }));

const readmeBlock = (block) => `${block.start}\n\`\`\`html\n${block.make()}\n\`\`\`\n${block.end}`;

const README = join(ROOT, 'README.md');

export function checkReadme() {
  const readme = readFileSync(README, 'utf8');
  const problems = [];
  for (const block of BLOCKS) {
    const match = block.pattern.exec(readme);
    if (!match) problems.push(`README.md has no block between ${block.start} and ${block.end}.`);
    else if (match[0] !== readmeBlock(block)) problems.push(`README.md ${block.what} is stale; expected:\n${readmeBlock(block)}`);
  }
  return problems.length
    ? { ok: false, message: `${problems.join('\n')}\nRun: node scripts/sri.mjs --write-readme` }
    : { ok: true, message: 'README.md CDN snippet and import map match the build (version and SRI hashes).' };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check-readme')) {
    const { ok, message } = checkReadme();
    console[ok ? 'log' : 'error'](message);
    process.exit(ok ? 0 : 1);
  } else if (process.argv.includes('--write-readme')) {
    let readme = readFileSync(README, 'utf8');
    for (const block of BLOCKS) {
      if (!block.pattern.test(readme)) {
        console.error(`README.md has no block between ${block.start} and ${block.end} to rewrite.`);
        process.exit(1);
      }
      readme = readme.replace(block.pattern, () => readmeBlock(block));
    }
    writeFileSync(README, readme);
    console.log('README.md CDN snippet and import map updated.');
  } else if (process.argv.includes('--import-map')) {
    console.log(importMapSnippet());
  } else {
    console.log(cdnSnippet());
  }
}
