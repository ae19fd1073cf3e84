#!/usr/bin/env node
// npx backcare-elements prerender [--lang=es] '<back-pain-causes></back-pain-causes>'
// Prints the markup with every backcare element pre-rendered (declarative shadow DOM). Without
// markup on the command line, reads it from standard input (a file: `... prerender < page.html`).
import { prerender } from '../dist/prerender/index.js';

const USAGE = `Usage: backcare-elements prerender [--lang=<tag>] ['<markup>']
  Pre-renders the backcare elements in <markup> (or standard input) to HTML with declarative
  shadow roots, which browsers show before and without JavaScript; the CDN script or the npm
  define modules then hydrate it. Other HTML passes through unchanged.
  --lang=<tag>  render in this language (en, es, zh-Hans, vi, tl, ar, fr, de, pl); default: the
                nearest lang in the markup, else English`;

const [command, ...rest] = process.argv.slice(2);
if (command !== 'prerender') {
  console.error(command === undefined || command === '--help' || command === '-h' ? USAGE : `Unknown command "${command}".\n\n${USAGE}`);
  process.exit(command === '--help' || command === '-h' ? 0 : 1);
}
let lang;
const parts = [];
for (let i = 0; i < rest.length; i++) {
  const arg = rest[i];
  if (arg.startsWith('--lang=')) lang = arg.slice(7);
  else if (arg === '--lang') lang = rest[++i];
  else if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else parts.push(arg);
}
let markup = parts.join(' ');
if (!parts.length) {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  markup = Buffer.concat(chunks).toString('utf8');
}
process.stdout.write(`${await prerender(markup, lang ? { lang } : {})}\n`);
