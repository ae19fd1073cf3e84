#!/usr/bin/env node
// Writes docs/safety-back-translation.md (issue 15) from the blind back-translation review:
//   <input>/english.tsv        id, English source           (scripts/backtranslation-input.mjs)
//   <input>/<locale>.tsv       id, target text as reviewed  (same script; the reviewer got only these)
//   <review>/<locale>.tsv      header, then id, target, back-translation, concerns (the reviewer's output)
// and the current xliff/<locale>.xlf: a line whose target has changed since the review is "fixed";
// an unchanged line with a concern needs a reason in KEPT below (the script stops without one).
// With --recheck DIR it also writes DIR/<locale>.tsv (id, new target; no English) for a second
// blind look at the changed lines. Not part of `npm test`: the TSV inputs live outside the repo.
//
//   node scripts/backtranslation-table.mjs [--input ../backtranslation-input] [--review ../bt-review/out]
//        [--out docs/safety-back-translation.md] [--recheck ../bt-review2]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? resolve(process.argv[at + 1]) : fallback;
};
const INPUT = arg('input', join(ROOT, '..', 'backtranslation-input'));
const REVIEW = arg('review', join(ROOT, '..', 'bt-review', 'out'));
const OUT = arg('out', join(ROOT, 'docs', 'safety-back-translation.md'));
const RECHECK = arg('recheck', undefined);
const LOCALES = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8')).targetLocales;
const REVIEW_DATE = '2026-11-30';

const NAMES = { es: 'Spanish', 'zh-Hans': 'Chinese (Simplified)', vi: 'Vietnamese', tl: 'Tagalog', ar: 'Arabic', fr: 'French', de: 'German', pl: 'Polish' };

const SAME_NUMBERS =
  'kept: the emergency-number rule (src/content/emergency-numbers.ts) names 911, 999 and 112, each with its place, in every language, and this sentence first says to call the local emergency number; see "Decisions" above';
const AFTER_NOW = 'kept: the English says only "now" ("How is your back now?"); the title comes after the session, so it matches the source';
/** Reasons for lines the reviewer questioned and that stay as they are. */
const KEPT = {
  'zh-Hans': {
    'safety.urgent.lead': SAME_NUMBERS,
    'safety.soon.title':
      'kept: 尽快去看医生 is the usual wording for "see a doctor soon" in health advice (a low concern); the two tiers stay apart (urgent: 马上求助 and 拨打急救电话; soon: its lead says 预约, make an appointment)',
  },
  vi: { 'safety.urgent.lead': SAME_NUMBERS, 'pain.after.title': AFTER_NOW },
  ar: { 'safety.urgent.lead': SAME_NUMBERS },
  es: { 'pain.after.title': AFTER_NOW },
  tl: { 'pain.after.title': AFTER_NOW },
  fr: { 'pain.after.title': AFTER_NOW },
  de: { 'pain.after.title': AFTER_NOW },
  pl: {},
};

const tsv = (file, header = false) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .slice(header ? 1 : 0)
    .filter((line) => line.trim())
    .map((line) => line.split('\t'));

// The same decoding as scripts/backtranslation-input.mjs, so an unchanged line compares equal.
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

function currentTargets(locale) {
  const xml = readFileSync(join(ROOT, 'xliff', `${locale}.xlf`), 'utf8');
  const targets = new Map();
  const unit = /<trans-unit id="([^"]+)">\s*<source>[\s\S]*?<\/source>\s*<target[^>]*>([\s\S]*?)<\/target>/g;
  for (let match; (match = unit.exec(xml)); ) targets.set(match[1], decode(match[2]));
  return targets;
}

const cell = (text) => (text ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const english = new Map(/** @type {Array<[string, string]>} */ (tsv(join(INPUT, 'english.tsv'))));
const counts = [];
const sections = [];
const recheck = {};

for (const locale of LOCALES) {
  const reviewed = tsv(join(INPUT, `${locale}.tsv`));
  const review = new Map(tsv(join(REVIEW, `${locale}.tsv`), true).map(([id, target, back, concerns]) => [id, { target, back, concerns: concerns ?? '' }]));
  const now = currentTargets(locale);
  const rows = [];
  const notes = [];
  const tally = { same: 0, changed: 0, minor: 0, kept: 0 };
  recheck[locale] = [];
  for (const [id, asReviewed] of reviewed) {
    const r = review.get(id);
    if (!r) throw new Error(`${locale} ${id}: not in the review output`);
    if (!english.has(id)) throw new Error(`${locale} ${id}: no English`);
    const current = now.get(id);
    if (current === undefined) throw new Error(`${locale} ${id}: no target in xliff`);
    const concern = r.concerns.trim();
    const severity = (concern.match(/^(LOW-MEDIUM|MEDIUM|LOW|HIGH)\b/) ?? [])[1];
    let verdict;
    if (current !== decode(asReviewed)) {
      const serious = severity && severity !== 'LOW';
      verdict = `${serious ? 'changed meaning' : 'minor'} → fixed: ${current}`;
      tally[serious ? 'changed' : 'minor'] += 1;
      recheck[locale].push([id, current]);
    } else if (concern) {
      verdict = KEPT[locale]?.[id];
      if (!verdict) throw new Error(`${locale} ${id}: a concern, no change and no reason in KEPT`);
      tally.kept += 1;
    } else {
      verdict = 'same meaning';
      tally.same += 1;
    }
    if (concern) notes.push(`- \`${id}\`: ${cell(concern)}`);
    rows.push(`| \`${id}\` | ${cell(english.get(id))} | ${cell(asReviewed)} | ${cell(r.back)} | ${cell(verdict)} |`);
  }
  counts.push({ locale, lines: reviewed.length, ...tally });
  sections.push(
    [
      `## ${NAMES[locale] ?? locale} (\`${locale}\`)`,
      '',
      `${reviewed.length} lines: ${tally.same} same meaning, ${tally.changed} changed meaning (fixed), ${tally.minor} minor (fixed), ${tally.kept} kept with a reason.`,
      '',
      '| id | English | target (as reviewed) | back-translation | verdict |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
      '',
      ...(notes.length ? ['The reviewer\'s concerns, word for word:', '', ...notes, ''] : []),
    ].join('\n'),
  );
}

const summary = [
  '| locale | lines | same meaning | changed meaning → fixed | minor → fixed | kept |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...counts.map((c) => `| ${c.locale} | ${c.lines} | ${c.same} | ${c.changed} | ${c.minor} | ${c.kept} |`),
].join('\n');

const doc = `# Safety text: back-translation review

Every safety string in the eight translations (what a patient reads before, during and after
moving: the stop line, the disclaimer, the urgent-care and see-a-doctor signs, the stretches'
cautions and limit steps, "sharp pain" in the article, the routine's safety check, pain check and
stop advice, and the controls that pause or stop) was translated back into English by an
independent reviewer on ${REVIEW_DATE} (issue 15).

## How it was done

1. \`node scripts/backtranslation-input.mjs\` wrote one file per locale with the message id and
   the target text only, and \`english.tsv\` with the English source, which the reviewer did not get.
2. The reviewer, who did not write the translations, translated each line back into English
   **blind**, with no English in view, and wrote a concern (MEDIUM: the meaning changes and must be
   fixed; LOW: a smaller slip) where the target could be read differently from what a safety text
   needs.
3. The back-translation was compared with the English. Every MEDIUM concern was fixed, and the
   LOW ones where a fix clearly improves the meaning; the rest are kept with a reason. Fixes are in
   \`xliff/<locale>.xlf\` (still \`needs-review-translation\`) and pinned by
   \`test/content/safety-translations.test.ts\`.
4. The changed lines (id and new target, no English) went to a second blind look.

\`node scripts/backtranslation-table.mjs\` writes this file from the review's files and the current
xliff: a line whose target changed since the review is marked fixed, with its new text.

Verdicts: **same meaning**; **changed meaning → fixed: new target** (the back-translation showed a
different meaning); **minor → fixed: new target**; **kept: reason**.

## Summary

${summary}

## Decisions

- **Emergency numbers.** The reviewer noted that Chinese, Vietnamese and Arabic name no local
  number (China 120, Vietnam 115; Arabic-speaking countries differ: 997, 123, 999, 911 …). The
  rule in \`src/content/emergency-numbers.ts\` stays: every language names 911, 999 and 112 as
  examples, each with its place (these three sentences first say "your local emergency number"), because the translations serve clinics in the US, UK and EU
  (CONTENT.md: "911 / 999 / 112, depending on the locale") and a reader of any language may be in
  any of them; Arabic has no single number to add. A clinic elsewhere sets \`emergency-number\`
  (for example \`emergency-number="120"\`), and the sentence then names that number alone.
- **"How is your back now?"** The English after-session title says only "now", so translations
  that say "now" are kept.
- **"serious fall or accident"**: "serious" qualifies both; every locale now says so (es, fr, zh-Hans,
  vi, tl, ar repeat the adjective; de "schweren Sturz oder Unfall" and pl "poważnym upadku lub
  wypadku" already share it).

${sections.join('\n')}`;

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, doc);
console.log(`wrote ${OUT}`);
for (const c of counts) console.log(`  ${c.locale.padEnd(8)} ${c.lines} lines: ${c.same} same, ${c.changed} changed meaning, ${c.minor} minor, ${c.kept} kept`);
if (RECHECK) {
  mkdirSync(RECHECK, { recursive: true });
  for (const [locale, lines] of Object.entries(recheck)) {
    writeFileSync(join(RECHECK, `${locale}.tsv`), lines.map((line) => line.join('\t')).join('\n') + (lines.length ? '\n' : ''));
  }
  console.log(`wrote the changed lines for a second look to ${RECHECK}`);
}
