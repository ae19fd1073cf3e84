// Layering rules for src/: the timer engine and the internal helpers never depend on the content
// catalog (or on the elements), so parsing and timing stay reusable and the catalog stays optional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'src');

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative module a file imports or re-exports (static and dynamic), resolved to src/-relative paths. */
export function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => relative(src, resolve(dirname(file), s)).replaceAll('\\', '/'));
}

const RULES = [
  { from: 'timer/', forbidden: ['content/', 'elements/'] },
  { from: 'internal/', forbidden: ['content/', 'elements/', 'timer/'] },
];

for (const { from, forbidden } of RULES) {
  test(`nothing under src/${from} imports from ${forbidden.map((f) => `src/${f}`).join(' or ')}`, () => {
    const files = filesUnder(join(src, from));
    assert.ok(files.length > 0, `src/${from} has files`);
    const broken = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => forbidden.some((prefix) => target.startsWith(prefix)))
        .map((target) => `${relative(root, file)} imports src/${target}`)
    );
    assert.deepEqual(broken, []);
  });
}

test('the import scan sees imports (a file that breaks the rule would be caught)', () => {
  const imports = importsOf(join(src, 'elements/stretch-card/stretch-card.ts'));
  assert.ok(imports.some((target) => target.startsWith('content/')), imports.join(', '));
});
