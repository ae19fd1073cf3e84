// The CDN copy-paste snippet with a pinned version and its Subresource Integrity hash.
//   node scripts/sri.mjs                 print the snippet for dist/cdn/backcare-elements.js
//   node scripts/sri.mjs --check-readme  exit 1 unless README.md's snippet matches the built file and version
//   node scripts/sri.mjs --write-readme  rewrite README.md's snippet (between the cdn-snippet markers)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './build-shared.mjs';

export const CDN_FILE = 'dist/cdn/backcare-elements.js';
const START = '<!-- cdn-snippet:start (written by `node scripts/sri.mjs --write-readme`) -->';
const END = '<!-- cdn-snippet:end -->';

export function sri(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

export function cdnSnippet(root = ROOT) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const file = join(root, CDN_FILE);
  if (!existsSync(file)) throw new Error(`${CDN_FILE} is missing: run npm run build first.`);
  const url = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/${CDN_FILE}`;
  return `<script type="module" src="${url}"\n        integrity="${sri(file)}" crossorigin="anonymous"></script>`;
}

/** README's snippet block as it should read for the current build. */
function readmeBlock(snippet) {
  return `${START}\n\`\`\`html\n${snippet}\n\`\`\`\n${END}`;
}

const README = join(ROOT, 'README.md');
const blockPattern = new RegExp(`${START.replace(/[.*+?^${}()|[\]\\`]/g, '\\$&')}[\\s\\S]*?${END}`);

export function checkReadme() {
  const readme = readFileSync(README, 'utf8');
  const match = blockPattern.exec(readme);
  if (!match) return { ok: false, message: 'README.md has no cdn-snippet block.' };
  const expected = readmeBlock(cdnSnippet());
  return match[0] === expected
    ? { ok: true, message: 'README.md CDN snippet matches the build (version and SRI hash).' }
    : { ok: false, message: `README.md CDN snippet is stale; expected:\n${expected}\nRun: node scripts/sri.mjs --write-readme` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check-readme')) {
    const { ok, message } = checkReadme();
    console[ok ? 'log' : 'error'](message);
    process.exit(ok ? 0 : 1);
  } else if (process.argv.includes('--write-readme')) {
    const readme = readFileSync(README, 'utf8');
    if (!blockPattern.test(readme)) {
      console.error('README.md has no cdn-snippet block to rewrite.');
      process.exit(1);
    }
    writeFileSync(README, readme.replace(blockPattern, readmeBlock(cdnSnippet())));
    console.log('README.md CDN snippet updated.');
  } else {
    console.log(cdnSnippet());
  }
}
