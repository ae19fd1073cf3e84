// @ts-check
// Prints, after `npm run build`, the size of every file in dist/cdn/ (raw, gzip, brotli) and the
// copy-paste CDN snippet with its Subresource Integrity hash, and the import map with the hashes of
// the chunks it loads on demand. The budgets are checked by
// `npm run size` (scripts/size-budget.mjs), which `npm test` runs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CDN_FILE, cdnSnippet, importMapSnippet } from './sri.mjs';
import { kb, sizes } from './size-budget.mjs';

if (!existsSync(CDN_FILE)) {
  console.error(`Missing build output: ${CDN_FILE}`);
  process.exit(1);
}

const files = readdirSync('dist/cdn', { recursive: true })
  .map((name) => join('dist/cdn', String(name)))
  .filter((path) => path.endsWith('.js'))
  .sort((a, b) => (a === CDN_FILE ? -1 : b === CDN_FILE ? 1 : a.localeCompare(b)));
const width = Math.max(...files.map((file) => file.length)) + 2;
console.log(`\n${'CDN file'.padEnd(width)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
for (const file of files) {
  const size = sizes(readFileSync(file));
  console.log(`${file.padEnd(width)}${kb(size.raw).padStart(10)}${kb(size.gzip).padStart(10)}${kb(size.brotli).padStart(10)}`);
}
console.log(`\nCDN snippet (pinned version, Subresource Integrity):\n\n${cdnSnippet()}\n`);
console.log(`Import map that extends SRI to the chunks it loads on demand (place it before the script):\n\n${importMapSnippet()}\n`);
