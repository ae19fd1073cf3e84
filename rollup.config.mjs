// Three builds from one source (elements are found in src/elements/*/, see scripts/build-shared.mjs):
//  1. dist/ — ES modules for npm, one file per source module, lit, @lit/* and react kept external
//     (the app bundles them). No source maps: the code is unminified (only the whitespace of the
//     html`` and css`` templates is, as in the CDN build, so pre-rendered markup hydrates with
//     either) and the sources are not shipped.
//  2. dist/cdn/backcare-elements.js — one self-contained, minified file for a <script type="module"> tag.
//  3. dist/cdn/autoloader.js — defines only the tags on the page, loading each element on first sight
//     from dist/cdn/autoloader/.
import { existsSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { autoloaderBuild, cdnBuild, elementTags, esbuildOptions, keepSourceDefineModules, minifyTemplates } from './scripts/build-shared.mjs';

const npmInputs = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  // Node only: `backcare-elements/prerender` (declarative shadow DOM with @lit-labs/ssr).
  'prerender/index': 'src/prerender/index.ts',
  ...Object.fromEntries(elementTags().map((tag) => [`elements/${tag}/define`, `src/elements/${tag}/define.ts`])),
  // Generated from the Custom Elements Manifest by scripts/generate.mjs (part of `npm run build`).
  ...(existsSync('src/react/index.ts') ? { 'react/index': 'src/react/index.ts' } : {}),
};

// uqr (the builder's QR code) and parse5 (the prerenderer's) are dependencies like lit: the app's bundler resolves them.
const external = (id) => /^(lit|@lit|@lit-labs|react|parse5|uqr)(\/|$)/.test(id);

export default [
  {
    input: npmInputs,
    external,
    plugins: [keepSourceDefineModules(), esbuild(esbuildOptions), minifyTemplates()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: false,
    },
  },
  cdnBuild(),
  autoloaderBuild(),
];
