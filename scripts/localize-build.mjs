#!/usr/bin/env node
// @ts-check
// `npm run localize:build`: `lit-localize build` (src/localization/generated/<locale>.ts from the
// XLIFF files), then one change to what it writes: the modules import `str` from @lit/localize's
// own str-tag module instead of the package index, which would bring @lit/localize's runtime
// and transform modules (code bundlers cannot drop) into every language chunk.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The generated module's text with the slim `str` import. */
export function slimGeneratedModule(text) {
  return text.replace(/import \{str\} from '@lit\/localize';/, "import {str} from '@lit/localize/internal/str-tag.js';");
}

/** Rewrites every generated module in `dir`. */
export function slimGeneratedModules(dir) {
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts'))) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const slim = slimGeneratedModule(text);
    if (slim !== text) writeFileSync(file, slim);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const { readConfigFileAndWriteSchema } = await import('@lit/localize-tools/lib/config.js');
  const { RuntimeLitLocalizer } = await import('@lit/localize-tools/lib/modes/runtime.js');
  const config = /** @type {import('./localize-check.mjs').RuntimeXliffConfig} */ (readConfigFileAndWriteSchema(join(ROOT, 'lit-localize.json')));
  await new RuntimeLitLocalizer(config).build();
  slimGeneratedModules(config.resolve(config.output.outputDir));
  console.log(`localize:build: wrote ${config.resolve(config.output.outputDir)}`);
}
