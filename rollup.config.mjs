// Two builds from one source:
//  1. dist/ — ES modules for npm, one file per source module, lit kept external (the app bundles it).
//  2. dist/cdn/backcare-elements.js — one self-contained, minified file for a <script type="module"> tag.
import { readdirSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const elementTags = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const npmInputs = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  ...Object.fromEntries(elementTags.map((tag) => [`elements/${tag}/define`, `src/elements/${tag}/define.ts`])),
};

const esbuildOptions = { target: 'es2022', tsconfig: 'tsconfig.json' };

export default [
  {
    input: npmInputs,
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
    plugins: [esbuild(esbuildOptions)],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
      sourcemapExcludeSources: false,
    },
  },
  {
    input: { 'backcare-elements': 'src/cdn.ts' },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      esbuild(esbuildOptions),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: false,
    },
  },
];
