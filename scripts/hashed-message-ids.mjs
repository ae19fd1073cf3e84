// @ts-check
// A rollup plugin for the CDN builds: drops the `{ id: '…' }` option from msg() calls and keys the
// translations by the id @lit/localize computes from the English template instead (the same hash
// its runtime uses when a call has no id). Our stable ids stay in the source, the XLIFF files and the
// npm build; only the CDN files lose them, which takes about 1.3 KB gzipped off an English page.
//
// Messages whose English text is the same under two ids (the plural categories of "seconds",
// "times" and "days") keep their ids: one hash could not tell them apart. The build fails if two
// stripped ids ever end up with one hash.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MagicString from 'magic-string';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

const GENERATED = /[\\/]localization[\\/]generated[\\/](?!locale-codes)[^\\/]+\.ts$/;
const SOURCE = /[\\/]src[\\/].*\.ts$/;

/** Ids whose English source text (in the XLIFF file) is shared with another id. */
function idsWithSharedText(xliffFile) {
  const xliff = readFileSync(xliffFile, 'utf8');
  const idsByText = new Map();
  for (const [, id, source] of xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>/g)) {
    idsByText.set(source, [...(idsByText.get(source) ?? []), id]);
  }
  return new Set([...idsByText.values()].filter((ids) => ids.length > 1).flat());
}

/** Calls every node in an ESTree tree. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) walk(item, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/** The id @lit/localize's runtime generates for a msg() template argument, or undefined. */
function templateId(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return generateMsgId(node.value, false);
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'str' || node.tag.name === 'html')) {
    const strings = node.quasi.quasis.map((quasi) => quasi.value.cooked);
    return generateMsgId(strings, node.tag.name === 'html');
  }
  return undefined;
}

/** `{ id: '…' }` and nothing else: the option we can drop. */
function onlyIdOption(node) {
  if (node?.type !== 'ObjectExpression' || node.properties.length !== 1) return undefined;
  const [property] = node.properties;
  const key = property.type === 'Property' && !property.computed ? (property.key.name ?? property.key.value) : undefined;
  return key === 'id' && property.value.type === 'Literal' && typeof property.value.value === 'string' ? property.value.value : undefined;
}

export function hashedMessageIds({ root }) {
  /** Our id → the hash that replaces it. */
  const hashes = new Map();
  let keep = new Set();
  return {
    name: 'backcare:hashed-message-ids',
    buildStart() {
      hashes.clear();
      keep = idsWithSharedText(join(root, 'xliff', 'es.xlf'));
    },
    transform(code, id) {
      if (!SOURCE.test(id) || GENERATED.test(id) || !code.includes('msg(')) return null;
      const ast = this.parse(code);
      const output = new MagicString(code);
      walk(ast, (node) => {
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
        const [template, options] = node.arguments;
        const ownId = onlyIdOption(options);
        const hash = template && templateId(template);
        if (!ownId || !hash || keep.has(ownId)) return;
        const earlier = [...hashes].find(([other, otherHash]) => otherHash === hash && other !== ownId);
        if (earlier) this.error(`msg() ids "${earlier[0]}" and "${ownId}" have the same English text; list both in the XLIFF files`);
        hashes.set(ownId, hash);
        output.remove(template.end, options.end);
      });
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true }) } : null;
    },
    renderChunk(code, chunk) {
      if (!Object.keys(chunk.modules).some((moduleId) => GENERATED.test(moduleId))) return null;
      // Locale modules are objects keyed by our ids: `"article.closing": \`…\``.
      const output = new MagicString(code);
      for (const match of code.matchAll(/(["'])([\w.-]+)\1(?=\s*:)/g)) {
        const hash = hashes.get(match[2]);
        if (hash) output.overwrite(match.index, match.index + match[0].length, JSON.stringify(hash));
      }
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true }) } : null;
    },
  };
}
