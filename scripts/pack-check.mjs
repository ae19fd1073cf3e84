// @ts-check
// What a clean tarball is: the checks `npm run test:package` and `npm run release:check` share.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, elementTags } from './build-shared.mjs';

const ALLOWED = [
  /^dist\/.+\.js$/,
  /^dist\/.+\.d\.ts$/,
  // The snippet's stylesheet (the space each element keeps until defined) and the command line.
  /^dist\/cdn\/backcare-elements\.css$/,
  /^bin\/backcare-elements\.mjs$/,
  /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|custom-elements\.json|vscode\.html-custom-data\.json|web-types\.json)$/,
];

/** `npm pack --dry-run --json`: { filename, size, unpackedSize, files: [path] }. */
export function dryRunPack() {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm pack --dry-run failed:\n${result.stderr}`);
  const [packed] = JSON.parse(result.stdout.slice(result.stdout.indexOf('[')));
  return { ...packed, files: packed.files.map((file) => file.path).sort() };
}

const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '(?:.*/)?')
      .replace(/\*/g, '[^/]*')}$`
  );

/** Checks a packed file list; returns [{ ok, text, details }]. */
export function packChecks(files) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const tags = elementTags();
  const results = [];
  const add = (ok, text, details = '') => results.push({ ok, text, details });

  const unexpected = files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
  add(unexpected.length === 0, 'the tarball holds only dist/*.js, dist/*.d.ts, the CDN stylesheet, the command line, the manifest, editor data and docs', unexpected.join('\n'));
  add(!files.some((file) => file.endsWith('.map')), 'no source maps (the sources are not shipped)');

  const required = [
    'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json',
    'dist/index.js', 'dist/index.d.ts', 'dist/define.js', 'dist/define.d.ts', 'dist/react/index.js', 'dist/react/index.d.ts',
    'dist/jsx/elements.d.ts', 'dist/jsx/react.d.ts', 'dist/jsx/preact.d.ts', 'dist/cdn/backcare-elements.js', 'dist/cdn/autoloader.js',
    ...tags.flatMap((tag) => [`dist/elements/${tag}/define.js`, `dist/elements/${tag}/define.d.ts`, `dist/elements/${tag}/${tag}.js`, `dist/elements/${tag}/${tag}.d.ts`]),
  ];
  const missing = required.filter((file) => !files.includes(file));
  add(missing.length === 0, `the tarball holds every entry point (${tags.length} elements)`, missing.join('\n'));

  // Every exports target (wildcards expanded) must be a packed file.
  const targets = [];
  const collect = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(collect));
  collect(pkg.exports);
  const expanded = targets.flatMap((target) => {
    if (!target.includes('*')) return [target];
    if (target.includes('/elements/')) return tags.map((tag) => target.replace('*', tag));
    return ['react', 'preact', 'elements'].map((name) => target.replace('*', name));
  });
  const dead = expanded.filter((target) => !files.includes(target.replace(/^\.\//, '')));
  add(dead.length === 0, `every "exports" target is in the tarball (${expanded.length})`, dead.join('\n'));

  const sideEffectFiles = files.filter((file) => pkg.sideEffects.some((glob) => globToRegExp(glob).test(file)));
  const expected = files.filter((file) => /^dist\/(define|elements\/[^/]+\/define)\.js$|^dist\/cdn\/.+\.js$/.test(file));
  add(
    JSON.stringify(sideEffectFiles) === JSON.stringify(expected),
    `"sideEffects" names exactly the define modules and the CDN files (${sideEffectFiles.length})`,
    `matched: ${sideEffectFiles.join(', ')}`
  );
  return results;
}
