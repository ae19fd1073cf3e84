// The Custom Elements Manifest against the source (part of `npm test`). A fresh analysis of src/
// must describe, for every element folder in src/elements/*/, with a description each:
//   - every reactive property (`static properties`, the base class's included) and its attribute,
//   - every public getter, method and field of the class,
//   - every event the element's folder dispatches (`new XEvent(…)`), with its class as the type,
//   - every slot and part its templates render (own folder, plus the shared modules it imports),
//   - every `--backcare-*` custom property its styles read,
// and nothing that the source does not have. Also: each element is registered by src/elements/define-all.ts,
// exported from src/index.ts, typed in HTMLElementTagNameMap, and its events in
// GlobalEventHandlersEventMap; and the generated editor files are fresh.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import ts from 'typescript';
import { ROOT, STAFF_ONLY_TAGS, elementTags } from '../../scripts/build-shared.mjs';
import { generateAll } from '../../scripts/generate.mjs';
import { KNOWN_GAPS } from './manifest-known-gaps.mjs';

const TAGS = elementTags();
const STAFF_ONLY = new Set(STAFF_ONLY_TAGS);
const posix = (path) => path.split(sep).join('/');
const read = (path) => readFileSync(join(ROOT, path), 'utf8');

// --- source scanning -------------------------------------------------------------------------

/** Relative `src/…` imports of a module (type-only imports left out: they render nothing). */
function localImports(path) {
  const text = read(path);
  const imports = [];
  for (const match of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm)) {
    const target = posix(relative(ROOT, resolve(dirname(join(ROOT, path)), match[1]))).replace(/\.js$/, '.ts');
    if (existsSync(join(ROOT, target))) imports.push(target);
  }
  return imports;
}

/** The .ts files in a folder of the repository and its subfolders. */
function tsFilesUnder(folder) {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tsFilesUnder(`${folder}/${entry.name}`) : entry.name.endsWith('.ts') ? [`${folder}/${entry.name}`] : []
  );
}

/**
 * The modules whose templates and styles end up in `tag`'s shadow root: its own folder (screen
 * templates in subfolders included), plus the shared modules (src/elements/shared/ and outside
 * src/elements/) they import, transitively. Other elements' folders are not followed: a nested
 * element renders into its own shadow root.
 */
function elementModules(tag) {
  const own = tsFilesUnder(`src/elements/${tag}`);
  const seen = new Set(own);
  const queue = [...own];
  while (queue.length) {
    for (const next of localImports(queue.shift())) {
      if (seen.has(next) || (next.startsWith('src/elements/') && !next.startsWith('src/elements/shared/'))) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return [...seen];
}

function sourceParts(files) {
  const parts = new Set();
  for (const file of files) {
    const text = read(file);
    for (const match of text.matchAll(/\bpart="([^"$]+)"/g)) for (const name of match[1].split(/\s+/)) if (name) parts.add(name);
    for (const match of text.matchAll(/\bpart=\$\{([^}]*)\}/g)) for (const lit of match[1].matchAll(/'([a-z][\w-]*)'/g)) parts.add(lit[1]);
    // renderHeading(level, content, 'part', id?)
    for (const match of text.matchAll(/renderHeading\(\s*[^,]+,\s*(?:[^,()]|\([^()]*(?:\([^()]*\))?[^()]*\))+,\s*'([a-z][\w-]*)'/g)) parts.add(match[1]);
  }
  return parts;
}

function sourceSlots(files) {
  const slots = new Set();
  for (const file of files) {
    for (const match of read(file).matchAll(/<slot\b([^>]*)>/g)) slots.add(/\bname="([^"]+)"/.exec(match[1])?.[1] ?? '');
  }
  return slots;
}

function sourceCssProperties(files) {
  const names = new Set();
  for (const file of files) for (const match of read(file).matchAll(/var\(\s*(--backcare-[\w-]+)/g)) names.add(match[1]);
  return names;
}

/** Event class name → event name, from every `*.events.ts` (`super('stretch-complete', …)`). */
function eventClasses() {
  const map = new Map();
  const files = readdirSync(join(ROOT, 'src'), { recursive: true }).map(String).filter((f) => f.endsWith('.events.ts'));
  for (const file of files) {
    const text = read(join('src', file));
    // `super('name', …)`, or `static readonly eventName = 'name'` passed to super.
    for (const match of text.matchAll(/class\s+(\w+)\s+extends\s+[\w.<>, ]+\{([\s\S]*?)\bsuper\(\s*(?:'([a-z][\w-]*)'|\1\.eventName)/g)) {
      const name = match[3] ?? /\beventName\s*=\s*'([a-z][\w-]*)'/.exec(match[2])?.[1];
      if (name) map.set(match[1], name);
    }
  }
  return map;
}

function dispatchedEvents(tag, classes) {
  const found = new Map();
  for (const file of readdirSync(join(ROOT, 'src/elements', tag)).filter((f) => f.endsWith('.ts') && !f.endsWith('.events.ts'))) {
    for (const match of read(`src/elements/${tag}/${file}`).matchAll(/\bnew\s+(\w+Event)\s*\(/g)) {
      if (classes.has(match[1])) found.set(classes.get(match[1]), match[1]);
    }
  }
  return found;
}

/** The class declaration named `name` in `path`, parsed with TypeScript. */
function classDeclaration(path, name) {
  const source = ts.createSourceFile(path, read(path), ts.ScriptTarget.ES2022, true);
  let found;
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && node.name?.text === name) found = node;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return found && { node: found, source };
}

const hasModifier = (node, kind) => node.modifiers?.some((m) => m.kind === kind) ?? false;
const memberName = (member) => (member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? member.name.text : undefined);

/** `static properties = { … }` of a class: name → { attribute: string | false, state }. */
function reactiveProperties({ node }) {
  const result = new Map();
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member) || !hasModifier(member, ts.SyntaxKind.StaticKeyword) || memberName(member) !== 'properties') continue;
    if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
    for (const property of member.initializer.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const name = memberName(property);
      const options = new Map();
      if (ts.isObjectLiteralExpression(property.initializer)) {
        for (const option of property.initializer.properties) {
          if (ts.isPropertyAssignment(option)) options.set(memberName(option), option.initializer);
        }
      }
      const attribute = options.get('attribute');
      const state = options.get('state')?.kind === ts.SyntaxKind.TrueKeyword;
      result.set(name, {
        state,
        attribute:
          attribute?.kind === ts.SyntaxKind.FalseKeyword ? false : attribute && ts.isStringLiteral(attribute) ? attribute.text : name.toLowerCase(),
      });
    }
  }
  return result;
}

/** Public, non-static, non-override members of a class (its own API). */
function publicMembers({ node }) {
  const names = new Set();
  for (const member of node.members) {
    const name = memberName(member);
    if (!name || ts.isConstructorDeclaration(member) || ts.isPropertyDeclaration(member) && hasModifier(member, ts.SyntaxKind.DeclareKeyword)) continue;
    if (
      [ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.StaticKeyword, ts.SyntaxKind.OverrideKeyword].some((k) =>
        hasModifier(member, k)
      ) ||
      member.name.kind === ts.SyntaxKind.PrivateIdentifier ||
      name.startsWith('_')
    ) {
      continue;
    }
    names.add(name);
  }
  return names;
}

/** The class and its local superclasses (src/), as [{ path, name, node }]. */
function classChain(path, name) {
  const chain = [];
  while (path && name) {
    const found = classDeclaration(path, name);
    if (!found) break;
    chain.push({ path, name, ...found });
    const heritage = found.node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    const superName = heritage && ts.isIdentifier(heritage) ? heritage.text : undefined;
    const importOf = superName && new RegExp(`import\\s*\\{[^}]*\\b${superName}\\b[^}]*\\}\\s*from\\s*'(\\.[^']+)'`).exec(read(path));
    path = importOf ? posix(relative(ROOT, resolve(dirname(join(ROOT, path)), importOf[1]))).replace(/\.js$/, '.ts') : undefined;
    name = superName;
  }
  return chain;
}

// --- the tests -------------------------------------------------------------------------------

/**
 * Fails with the problems not in KNOWN_GAPS; reports the known ones (with their fix) as diagnostics,
 * and notes entries that no longer match anything, so the list can only shrink.
 */
function assertNoProblems(t, tag, problems, context = '') {
  const unknown = [];
  for (const problem of problems) {
    const gap = KNOWN_GAPS.find((g) => (g.tag === '*' || g.tag === tag) && g.problem.test(problem));
    if (gap) {
      gap.seen = (gap.seen ?? 0) + 1;
      t.diagnostic(`known gap: ${problem}`);
    } else {
      unknown.push(problem);
    }
  }
  assert.deepEqual(unknown, [], context);
}

describe('Custom Elements Manifest', () => {
  let manifest;
  let outdir;

  before(async () => {
    // A fresh analysis with the project's config, kept in memory.
    manifest = await cli({ argv: ['analyze', '--quiet'], cwd: ROOT, noWrite: true });
    outdir = mkdtempSync(join(tmpdir(), 'backcare-cem-'));
    writeFileSync(join(outdir, 'custom-elements.json'), JSON.stringify(manifest));
  });

  const declarationOf = (tag) => {
    for (const mod of manifest.modules) {
      for (const declaration of mod.declarations ?? []) if (declaration.tagName === tag) return { declaration, path: mod.path };
    }
    return {};
  };
  const classes = eventClasses();

  it('<stretch-routine>: pain-check is documented as on by default with its "off" value, pain-report with its scores', () => {
    const { declaration } = declarationOf('stretch-routine');
    const attribute = declaration.attributes.find((item) => item.name === 'pain-check');
    assert.match(attribute.description, /on by default/);
    assert.match(attribute.description, /pain-check="off"/);
    const event = declaration.events.find((item) => item.name === 'pain-report');
    assert.equal(event.type.text, 'PainReportEvent');
    assert.match(event.description, /scores: \[\{ moment: 'before' \| 'during' \| 'after', score, step\? \}\], before, after, worse/);
    const parts = declaration.cssParts.map((part) => part.name);
    for (const part of ['hurts-button', 'cautions']) assert.ok(parts.includes(part), `part ${part}`);
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      let d;
      let path;
      before(() => {
        ({ declaration: d, path } = declarationOf(tag));
      });
      const problems = [];
      const describedOrFail = (kind, items) => {
        for (const item of items ?? []) if (!item.description?.trim()) problems.push(`${kind} ${item.name || '(default)'} has no description`);
      };

      it('is declared, with a summary and description', () => {
        assert.ok(d, `no manifest declaration for <${tag}>`);
        assert.equal(path, `src/elements/${tag}/${tag}.ts`);
        assert.ok(d.summary?.trim(), 'missing @summary');
        assert.ok(d.description?.trim(), 'missing class description');
      });

      it('documents every reactive property, attribute and public member', (t) => {
        const problemsHere = [];
        const chain = classChain(path, d.name);
        assert.ok(chain.length, `class ${d.name} not found in ${path}`);
        const fields = new Map((d.members ?? []).map((m) => [m.name, m]));
        const attributes = new Map((d.attributes ?? []).map((a) => [a.name, a]));
        for (const link of chain) {
          for (const [name, { attribute, state }] of reactiveProperties(link)) {
            if (state) continue;
            const member = fields.get(name);
            if (!member) problemsHere.push(`property ${name} (${link.name}) is missing`);
            else if (!member.description?.trim()) problemsHere.push(`property ${name} has no description`);
            if (attribute) {
              const entry = attributes.get(attribute);
              if (!entry) problemsHere.push(`attribute ${attribute} (property ${name}) is missing`);
              else if (!entry.description?.trim()) problemsHere.push(`attribute ${attribute} has no description`);
            }
          }
          for (const name of publicMembers(link)) {
            const member = fields.get(name);
            if (!member) problemsHere.push(`public member ${name} (${link.name}) is missing`);
            else if (!member.description?.trim()) problemsHere.push(`public ${member.kind} ${name} (${link.path}) has no description`);
          }
        }
        for (const attribute of d.attributes ?? []) if (!attribute.description?.trim()) problemsHere.push(`attribute ${attribute.name} has no description`);
        assertNoProblems(t, tag, [...new Set(problemsHere)]);
      });

      it('documents every event it dispatches, with its type', (t) => {
        const problemsHere = [];
        const listed = new Map((d.events ?? []).map((e) => [e.name, e]));
        for (const [name, className] of dispatchedEvents(tag, classes)) {
          const event = listed.get(name);
          if (!event) problemsHere.push(`event ${name} (${className}) is dispatched but not documented (@fires)`);
          else if (event.type?.text !== className) problemsHere.push(`event ${name}: type ${event.type?.text} in the manifest, ${className} in the source`);
        }
        for (const event of d.events ?? []) {
          if (!event.name) problemsHere.push('an event has no name');
          if (!event.type?.text) problemsHere.push(`event ${event.name} has no type`);
          else if (!/^[A-Z]\w*$/.test(event.type.text) || ![...classes.keys()].includes(event.type.text)) {
            problemsHere.push(`event ${event.name}: type ${event.type.text} is not an event class of this package`);
          } else if (classes.get(event.type.text) !== event.name) {
            problemsHere.push(`event ${event.name}: ${event.type.text} fires "${classes.get(event.type.text)}"`);
          }
          if (!event.description?.trim()) problemsHere.push(`event ${event.name} has no description`);
        }
        assertNoProblems(t, tag, problemsHere);
      });

      it('documents every slot, part and custom property its shadow root has, and no others', (t) => {
        const files = elementModules(tag);
        const compare = (kind, inSource, inManifest) => {
          const listed = new Set((inManifest ?? []).map((item) => item.name));
          for (const name of inSource) if (!listed.has(name)) problems.push(`${kind} ${name || '(default)'} is in the source but not documented`);
          for (const name of listed) if (!inSource.has(name)) problems.push(`${kind} ${name || '(default)'} is documented but not in the source`);
          describedOrFail(kind, inManifest);
        };
        compare('slot', sourceSlots(files), d.slots);
        compare('part', sourceParts(files), d.cssParts);
        compare('custom property', sourceCssProperties(files.filter((f) => /styles|style/.test(f) || read(f).includes('css`'))), d.cssProperties);
        assertNoProblems(t, tag, problems.splice(0), `read from ${files.join(', ')}`);
      });

      it('is registered, exported and typed', () => {
        const define = read('src/elements/define-all.ts');
        const index = read('src/index.ts');
        if (STAFF_ONLY.has(tag)) {
          // Clinic staff's tools never reach a patient's page: only their own define module loads them.
          assert.doesNotMatch(define, new RegExp(`'\\./${tag}/`), `src/elements/define-all.ts must not import <${tag}> (staff only)`);
          assert.doesNotMatch(read('src/define.ts'), new RegExp(`${tag}`), `src/define.ts must not import <${tag}> (staff only)`);
          assert.doesNotMatch(index, new RegExp(`^export (?!type )[^;]*elements/${tag}/`, 'm'), `src/index.ts must export only the types of <${tag}> (staff only)`);
          assert.match(index, new RegExp(`^export type \\{[^}]*\\b${d.name}\\b[^}]*\\} from '\\./elements/${tag}/${tag}\\.js'`, 'm'), `src/index.ts does not export the type ${d.name}`);
        } else {
          assert.match(define, new RegExp(`import\\s+'\\./${tag}/define\\.js'`), `src/elements/define-all.ts does not import ./${tag}/define.js`);
          assert.match(index, new RegExp(`from\\s+'\\./elements/${tag}/${tag}\\.js'`), `src/index.ts does not export ./elements/${tag}/${tag}.js`);
        }
        const own = tsFilesUnder(`src/elements/${tag}`).map((path) => read(path)).join('\n');
        assert.match(own, new RegExp(`interface HTMLElementTagNameMap\\s*\\{[^}]*'${tag}'\\s*:\\s*${d.name}\\b`), `no HTMLElementTagNameMap entry for '${tag}'`);
        for (const [name] of dispatchedEvents(tag, classes)) {
          assert.match(own, new RegExp(`interface GlobalEventHandlersEventMap\\s*\\{[^}]*'${name}'\\s*:`), `no GlobalEventHandlersEventMap entry for '${name}'`);
        }
      });
    });
  }

  it('known gaps (test/package/manifest-known-gaps.mjs), with their fixes', (t) => {
    for (const gap of KNOWN_GAPS) {
      t.diagnostic(
        gap.seen
          ? `${gap.seen} × <${gap.tag}> ${gap.problem} — fix: ${gap.fix}`
          : `fixed, remove this entry from test/package/manifest-known-gaps.mjs: <${gap.tag}> ${gap.problem}`
      );
    }
  });

  it('lists no element without a folder in src/elements/', () => {
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName).sort();
    assert.deepEqual(tags, [...TAGS].sort());
  });

  it('editor files and React wrappers in the working tree match a fresh generation (run `npm run generate`)', () => {
    const fresh = generateAll({ manifestPath: join(outdir, 'custom-elements.json') });
    for (const [file, text] of Object.entries(fresh)) {
      if (!existsSync(join(ROOT, file))) continue; // not generated yet in this checkout
      assert.equal(read(file), text, `${file} is stale: run npm run generate`);
    }
    rmSync(outdir, { recursive: true, force: true });
  });
});
