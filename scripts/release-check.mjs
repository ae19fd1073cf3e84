// @ts-check
// `npm run release:check` (also run by `prepublishOnly`, after a build): is this checkout fit to publish?
//   - package.json's version is semantic (x.y.z[-pre]) and equals the VERSION constant;
//   - CHANGELOG.md has a section for that version, with a date (not "unreleased");
//   - dist/ is newer than every source file, and the Custom Elements Manifest, the editor data, the
//     React wrappers and the JSX typings equal a fresh analysis and generation;
//   - README.md's CDN snippet names this version and the built file's SRI hash;
//   - the pack is clean (`npm pack --dry-run`: only the intended files, every entry point, exports and
//     sideEffects matching);
//   - the git working tree has no uncommitted changes (a warning only, with --allow-dirty).
// Options: --allow-unreleased (accept "unreleased" in the changelog heading), --allow-dirty.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { ROOT } from './build-shared.mjs';
import { generateAll } from './generate.mjs';
import { checkReadme } from './sri.mjs';
import { dryRunPack, packChecks } from './pack-check.mjs';

const args = new Set(process.argv.slice(2));
let failed = 0;
function check(ok, text, details = '', { warnOnly = false } = {}) {
  console.log(`${ok ? 'PASS' : warnOnly ? 'WARN' : 'FAIL'}  ${text}`);
  if (!ok && details) console.log(`      ${String(details).split('\n').join('\n      ')}`);
  if (!ok && !warnOnly) failed += 1;
}
const read = (path) => readFileSync(join(ROOT, path), 'utf8');

// --- version and changelog ---------------------------------------------------------------------
const { version } = JSON.parse(read('package.json'));
check(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version), `package.json version ${version} is a semantic version`);
const constant = /VERSION\s*=\s*'([^']+)'/.exec(read('src/internal/version.ts'))?.[1];
check(constant === version, `src/internal/version.ts VERSION (${constant}) equals package.json's`);
const escaped = version.replace(/\./g, '\\.');
const heading = new RegExp(`^##\\s+\\[?${escaped}\\]?(.*)$`, 'm').exec(read('CHANGELOG.md'));
check(Boolean(heading), `CHANGELOG.md has a "## ${version}" section`);
if (heading) {
  const unreleased = /unreleased/i.test(heading[1]);
  check(
    !unreleased,
    `CHANGELOG.md's ${version} section is dated${unreleased ? ` (it says "${heading[1].trim()}")` : ''}`,
    'Replace "unreleased" with the release date before publishing.',
    { warnOnly: args.has('--allow-unreleased') }
  );
}

// --- build freshness -----------------------------------------------------------------------------
const newest = (dir, filter) =>
  readdirSync(join(ROOT, dir), { recursive: true })
    .map(String)
    .filter(filter)
    .reduce((max, file) => Math.max(max, statSync(join(ROOT, dir, file)).mtimeMs), 0);
if (!existsSync(join(ROOT, 'dist/index.js'))) {
  check(false, 'dist/ exists', 'Run npm run build first.');
} else {
  const srcTime = Math.max(newest('src', (f) => f.endsWith('.ts') && !f.startsWith('react')), statSync(join(ROOT, 'package.json')).mtimeMs);
  const distTime = Math.min(...['dist/index.js', 'dist/cdn/backcare-elements.js', 'custom-elements.json'].map((f) => statSync(join(ROOT, f)).mtimeMs));
  check(distTime >= srcTime, 'dist/ and custom-elements.json are newer than every source file', 'Run npm run build.');

  const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: ROOT, noWrite: true });
  const onDisk = JSON.parse(read('custom-elements.json'));
  check(JSON.stringify(onDisk) === JSON.stringify(manifest), 'custom-elements.json equals a fresh analysis of src/', 'Run npm run build.');
  const dir = mkdtempSync(join(tmpdir(), 'backcare-release-'));
  writeFileSync(join(dir, 'custom-elements.json'), JSON.stringify(manifest));
  const stale = Object.entries(generateAll({ manifestPath: join(dir, 'custom-elements.json'), withDist: true }))
    .filter(([file, text]) => !existsSync(join(ROOT, file)) || read(file) !== text)
    .map(([file]) => file);
  rmSync(dir, { recursive: true, force: true });
  check(stale.length === 0, 'editor data, React wrappers and JSX typings equal a fresh generation', `stale: ${stale.join(', ')}\nRun npm run build.`);

  const readme = checkReadme();
  check(readme.ok, readme.message);
}

// --- the pack ------------------------------------------------------------------------------------
const packed = dryRunPack();
for (const result of packChecks(packed.files)) check(result.ok, result.text, result.details);
console.log(`      ${packed.filename}: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed`);

// --- git -----------------------------------------------------------------------------------------
const git = spawnSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });
if (git.status === 0) {
  const changes = git.stdout.trim();
  check(!changes, 'the git working tree is clean', changes.split('\n').slice(0, 20).join('\n'), { warnOnly: args.has('--allow-dirty') });
}

console.log(`\nrelease:check ${failed ? `FAILED (${failed})` : 'passed'}`);
process.exit(failed ? 1 : 0);
