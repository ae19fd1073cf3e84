#!/usr/bin/env node
// Writes the input for an independent back-translation review of every safety string (issue 15):
// one <locale>.tsv per target locale (message id, target-language text; no English, so the
// reviewer translates back without seeing the source) and english.tsv (id, English source), which
// the reviewer does not get. Placeholders are shown as {0}, {1}.
//
//   node scripts/backtranslation-input.mjs [out-dir]     (default: ../backtranslation-input)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = resolve(process.argv[2] ?? join(ROOT, '..', 'backtranslation-input'));
const LOCALES = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8')).targetLocales;

/**
 * The safety strings: what a patient reads before, during and after moving that keeps them safe.
 * Ids or id prefixes (ending in "."); the list is the review's scope, so add new safety messages here.
 */
const SAFETY = [
  'safety.', // stop line, disclaimer, urgent-care and see-a-doctor signs, emergency-number sentences, advice
  'stretch.head-rolls.caution.',
  'stretch.kneeling-back-extension.caution.',
  'stretch.knee-to-chest.caution.',
  'stretch.bird-dog.caution.',
  // Steps whose wording carries a limit or a pause (told apart from "stop" in every language).
  'stretch.head-rolls.step.3',
  'stretch.head-rolls.step.5',
  'stretch.kneeling-back-extension.step.5',
  'stretch.kneeling-back-extension.step.6',
  'stretch.knee-to-chest.step.2',
  'stretch.knee-to-chest.step.3',
  'stretch.bird-dog.step.5',
  // "Sharp pain" in the article's facts.
  'article.onset.sudden.text',
  'cause.sciatica.text',
  'cause.herniated-disc.signs',
  'article.closing',
  // The routine's safety check, stop advice and pain check.
  'routine.safety.',
  'routine.stop.',
  'routine.pain-advice.',
  'routine.summary.contact',
  'routine.summary.pain',
  'pain.',
  // Controls a patient uses to stop or pause.
  'timer.button.pause',
  'timer.button.resume',
  'timer.button.reset',
  'timer.button.next',
  'routine.skip',
  'routine.back',
];
const isSafety = (id) => SAFETY.some((entry) => (entry.endsWith('.') ? id.startsWith(entry) : id === entry));

const decode = (text) =>
  text
    .replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

function units(locale) {
  const xml = readFileSync(join(ROOT, 'xliff', `${locale}.xlf`), 'utf8');
  const found = [];
  const unit = /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*(?:<target[^>]*>([\s\S]*?)<\/target>)?/g;
  for (let match; (match = unit.exec(xml)); ) found.push({ id: match[1], source: decode(match[2]), target: match[3] == null ? undefined : decode(match[3]) });
  return found;
}

mkdirSync(OUT, { recursive: true });
const row = (...cells) => cells.map((cell) => cell.replace(/[\t\n]/g, ' ')).join('\t');
let english;
for (const locale of LOCALES) {
  const safety = units(locale).filter((u) => isSafety(u.id));
  const missing = safety.filter((u) => u.target === undefined).map((u) => u.id);
  if (missing.length) throw new Error(`${locale}: no translation for ${missing.join(', ')}`);
  writeFileSync(join(OUT, `${locale}.tsv`), `${safety.map((u) => row(u.id, u.target)).join('\n')}\n`);
  english ??= safety;
  console.log(`${locale}: ${safety.length} safety strings`);
}
writeFileSync(join(OUT, 'english.tsv'), `${english.map((u) => row(u.id, u.source)).join('\n')}\n`);
console.log(`wrote ${LOCALES.length} locale files and english.tsv to ${OUT}`);
