import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import type { Plugin } from 'vite';
import { SIDE_EFFECT_SOURCE } from '../scripts/side-effect-modules.mjs';
import { cdnBase, cdnChunks, sri } from '../scripts/sri.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * package.json `sideEffects` lists only the built define modules (dist/…), so a production build
 * treats `src/define.ts` and `src/elements/<tag>/define.ts` as side-effect free and drops the
 * stories' `import '../src/define.js'`: `storybook build` would ship stories with no element
 * registered (the dev server does not tree-shake, so it looked fine there). Mark the source define
 * modules, and the CDN entry, as having side effects for Storybook's build.
 */
const keepDefineModules: Plugin = {
  name: 'backcare:keep-define-modules',
  transform(_code, id) {
    return SIDE_EFFECT_SOURCE.test(relative(ROOT, id)) ? { moduleSideEffects: true } : null;
  },
};

/**
 * `virtual:backcare-storybook-data`: the Custom Elements Manifest (autodocs and controls read it)
 * and what the Embed Builder needs for its CDN snippet: the package name, version and, when
 * `npm run build` has made dist/cdn/backcare-elements.js, its SRI hash and the chunks it loads on
 * demand (each with its hash, for the snippet's import map). `npm start` and
 * `npm run build-storybook` run `cem analyze` first; if the manifest is still missing (storybook run
 * directly from a fresh clone), it is generated here.
 */
const VIRTUAL_ID = 'virtual:backcare-storybook-data';
const storybookData: Plugin = {
  name: 'backcare:storybook-data',
  resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : null),
  load(id) {
    if (id !== `\0${VIRTUAL_ID}`) return null;
    const manifestFile = join(ROOT, 'custom-elements.json');
    if (!existsSync(manifestFile)) execSync('npx cem analyze', { cwd: ROOT, stdio: 'inherit' });
    this.addWatchFile(manifestFile);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const cdnFile = join(ROOT, 'dist/cdn/backcare-elements.js');
    const built = existsSync(cdnFile);
    const cdn = {
      name: pkg.name,
      version: pkg.version,
      url: `${cdnBase(ROOT)}dist/cdn/backcare-elements.js`,
      integrity: built ? sri(cdnFile) : null,
      // The stylesheet that keeps each element's space until the script has run (no layout shift).
      css: { url: `${cdnBase(ROOT)}dist/cdn/backcare-elements.css`, integrity: built ? sri(join(ROOT, 'dist/cdn/backcare-elements.css')) : null },
      // What the CDN file loads on demand, with SRI hashes, for the snippet's import map.
      chunks: built ? cdnChunks(ROOT) : [],
    };
    return `export const manifest = ${readFileSync(manifestFile, 'utf8')};\nexport const cdn = ${JSON.stringify(cdn)};\n`;
  },
};

/**
 * Storybook for the backcare elements. Our elements declare `static properties` (no decorators),
 * so Vite needs no decorator transform. Telemetry is off: it calls out and adds seconds to every run.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown (tables, above all) in the docs pages.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
  ],
  // A favicon for the preview and the manager, so no story page requests a missing file.
  staticDirs: [{ from: './static', to: '/' }],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), keepDefineModules, storybookData],
    // The renderer imports `lit/directive-helpers.js`; unless it is pre-bundled with `lit`, the dev
    // server serves a second copy of lit-html ("Multiple versions of Lit loaded").
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    },
    // Storybook's own preview runtime is one ~880 kB chunk; only our code is worth warning about.
    build: { ...viteConfig.build, chunkSizeWarningLimit: 1200 },
  }),
};

export default config;
