#!/usr/bin/env node
// @ts-check
// `npm run localize:check`: fails when the translations and the source disagree.
//
//  - every msg() in src/ has a stable id (no generated hash ids);
//  - every locale's xliff/<locale>.xlf has a translation (<target>) for every source id, and no id
//    the source no longer uses (both listed per locale, so they can be filled in later);
//  - the xliff files were extracted from the current source (run `npm run localize:extract`);
//  - each translation keeps the source's placeholders;
//  - src/localization/generated/ is what `npm run localize:build` makes from the xliff files.
//
// It also prints how many translations a fluent speaker has reviewed (state="signed-off" or
// "final"); that is information, not a failure.
//
//   node scripts/localize-check.mjs            the check
//   node scripts/localize-check.mjs --xliff-dir=some/dir   check other xliff files
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { slimGeneratedModules } from './localize-build.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
// The XML parser @lit/localize-tools itself reads XLIFF with (resolved through it, so no extra dependency).
const { DOMParser } = createRequire(createRequire(import.meta.url).resolve('@lit/localize-tools/package.json'))('@xmldom/xmldom');
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  })
);

/** @typedef {import('@lit/localize-tools/lib/types/config.js').Config & { output: import('@lit/localize-tools/lib/types/modes.js').RuntimeOutputConfig, interchange: import('@lit/localize-tools/lib/types/formatters.js').XliffConfig }} RuntimeXliffConfig Our lit-localize.json: runtime mode, XLIFF. */
const config = /** @type {RuntimeXliffConfig} */ (readConfigFileAndWriteSchema(join(ROOT, 'lit-localize.json')));
const xliffDir = args['xliff-dir'] ? resolve(String(args['xliff-dir'])) : config.resolve(config.interchange.xliffDir);
config.interchange = { ...config.interchange, xliffDir };

const failures = [];
const fail = (title, lines = []) => failures.push({ title, lines });
const quote = (text, max = 70) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

// --- the source -------------------------------------------------------------------------------

const localizer = new RuntimeLitLocalizer(config);
const { messages, errors } = localizer.extractSourceMessages();
if (errors.length) {
  fail(`${errors.length} error(s) reading msg() calls in the source (run npx lit-localize extract to see them)`);
}
const contentText = (contents) =>
  contents.map((part) => (typeof part === 'string' ? part : part.untranslatable)).join('');
const placeholderIds = (contents) =>
  contents
    .filter((part) => typeof part !== 'string')
    .map((part) => String(part.index))
    .sort()
    .join(',');
const source = new Map(messages.map((message) => [message.name, message]));

const generatedIds = messages.filter((message) => /^[sh][0-9a-f]{16}$/.test(message.name));
if (generatedIds.length) {
  fail(
    `${generatedIds.length} msg() call(s) without an id (give each a stable { id: '…' })`,
    generatedIds.map((message) => `${message.file.fileName.replace(`${ROOT}/`, '')}: ${quote(contentText(message.contents))}`)
  );
}

// --- each locale's XLIFF ----------------------------------------------------------------------

/** Text of an XLIFF <source>/<target>: text nodes, with <x equiv-text> as the expression. */
function xliffText(element) {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) text += node.nodeValue;
    else if (node.nodeName === 'x') text += node.getAttribute('equiv-text');
    else if (node.nodeName === 'ph') text += node.textContent;
  }
  return text;
}
const xliffPlaceholders = (element) =>
  [...Array.from(element.getElementsByTagName('x')), ...Array.from(element.getElementsByTagName('ph'))]
    .map((node) => node.getAttribute('id'))
    .sort()
    .join(',');

const REVIEWED = new Set(['signed-off', 'final']);
const summary = [];

for (const locale of config.targetLocales) {
  const file = join(xliffDir, `${locale}.xlf`);
  const units = new Map();
  if (existsSync(file)) {
    const doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/xml');
    const fileEl = doc.getElementsByTagName('file')[0];
    if (fileEl?.getAttribute('target-language') !== locale) {
      fail(`${locale}: ${file} says target-language="${fileEl?.getAttribute('target-language')}"`);
    }
    for (const unit of Array.from(doc.getElementsByTagName('trans-unit'))) {
      const id = unit.getAttribute('id');
      const sourceEl = unit.getElementsByTagName('source')[0];
      const targetEl = unit.getElementsByTagName('target')[0];
      units.set(id, {
        source: sourceEl ? xliffText(sourceEl) : '',
        target: targetEl ? xliffText(targetEl) : undefined,
        targetPlaceholders: targetEl ? xliffPlaceholders(targetEl) : '',
        state: targetEl?.getAttribute('state') ?? '',
      });
    }
  } else {
    fail(`${locale}: ${file} does not exist (run npm run localize:extract)`);
  }

  const missing = [];
  const outdated = [];
  const badPlaceholders = [];
  let translated = 0;
  let reviewed = 0;
  for (const [id, message] of source) {
    const unit = units.get(id);
    if (!unit || unit.target === undefined || unit.target.trim() === '') {
      missing.push(`${id}  ${quote(contentText(message.contents))}`);
      continue;
    }
    translated++;
    if (REVIEWED.has(unit.state)) reviewed++;
    if (unit.source !== contentText(message.contents)) outdated.push(`${id}  now ${quote(contentText(message.contents))}`);
    if (unit.targetPlaceholders !== placeholderIds(message.contents)) {
      badPlaceholders.push(`${id}  target has {${unit.targetPlaceholders}}, source has {${placeholderIds(message.contents)}}`);
    }
  }
  const unused = [...units.keys()].filter((id) => !source.has(id));
  if (missing.length) fail(`${locale}: ${missing.length} id(s) have no translation`, missing);
  if (unused.length) {
    fail(`${locale}: ${unused.length} id(s) the source no longer uses (run npm run localize:extract)`, unused);
  }
  if (outdated.length) {
    fail(
      `${locale}: ${outdated.length} source text(s) changed since the last extract (run npm run localize:extract, then re-check these translations)`,
      outdated
    );
  }
  if (badPlaceholders.length) fail(`${locale}: ${badPlaceholders.length} translation(s) with the wrong placeholders`, badPlaceholders);
  summary.push(
    `  ${locale.padEnd(8)}${String(translated).padStart(4)}/${source.size} translated, ${reviewed} reviewed by a fluent speaker`
  );
}

// --- the generated modules ----------------------------------------------------------------------

if (!args['xliff-dir'] && !failures.length) {
  const outDir = mkdtempSync(join(tmpdir(), 'backcare-l10n-'));
  try {
    const fresh = new RuntimeLitLocalizer({
      ...config,
      output: { ...config.output, outputDir: outDir, localeCodesModule: join(outDir, 'locale-codes.ts') },
    });
    const warn = console.warn;
    console.warn = () => {};
    try {
      await fresh.build();
    } finally {
      console.warn = warn;
    }
    slimGeneratedModules(outDir);
    const committedDir = config.resolve(config.output.outputDir);
    const stale = readdirSync(outDir).filter((name) => {
      const committed = join(committedDir, name);
      return !existsSync(committed) || readFileSync(committed, 'utf8') !== readFileSync(join(outDir, name), 'utf8');
    });
    if (stale.length) {
      fail(`src/localization/generated/ is out of date (run npm run localize:build)`, stale);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

// --- report ------------------------------------------------------------------------------------

console.log(`localize:check: ${source.size} source messages, ${config.targetLocales.length} target locales`);
console.log(summary.join('\n'));
if (failures.length) {
  for (const { title, lines } of failures) {
    console.error(`\n✗ ${title}`);
    for (const line of lines) console.error(`    ${line}`);
  }
  console.error(`\nlocalize:check failed (${failures.length} problem${failures.length === 1 ? '' : 's'}).`);
  process.exit(1);
}
console.log('✓ every locale has every id, nothing stale, generated modules up to date.');
