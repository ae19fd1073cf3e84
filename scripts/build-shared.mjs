// @ts-check
// What rollup.config.mjs, the size budget and the package tests share: element discovery, the
// esbuild options and the three browser builds (one-file CDN, CDN autoloader, one element's define
// module). Elements are found in src/elements/*/ (any folder with a define.ts), so a new element
// is built, measured, autoloaded and wrapped for React as soon as its folder lands.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { hashedMessageIds } from './hashed-message-ids.mjs';
import { SIDE_EFFECT_SOURCE } from './side-effect-modules.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

/** Tags of every element folder in src/elements/ that has a define module, sorted. */
export function elementTags() {
  const dir = join(SRC, 'elements');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'define.ts')))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Elements for clinic staff, never for a patient's page: only their own define module (and the
 * autoloader, when their tag is on the page) loads them; not src/elements/define-all.ts (the CDN
 * file), not `backcare-elements/define`, not the React wrappers, and the package root exports
 * only their types.
 */
export const STAFF_ONLY_TAGS = ['stretch-program-builder'];

export const esbuildOptions = { target: 'es2022', tsconfig: join(ROOT, 'tsconfig.json') };


/**
 * package.json `sideEffects` names only the published define modules (dist/…), as it should. When
 * we bundle the TypeScript sources directly, this plugin marks their define modules, so bundling
 * `src/cdn.ts` keeps every registration.
 */
export function keepSourceDefineModules() {
  return {
    name: 'backcare:keep-source-define-modules',
    transform(code, id) {
      return SIDE_EFFECT_SOURCE.test(relative(ROOT, id)) ? { code, map: null, moduleSideEffects: true } : null;
    },
  };
}

const AUTOLOADER_ENTRY = '\0backcare-autoloader-entry';

/**
 * The autoloader's entry, generated from src/elements/*\/: the CDN page setup (src/cdn-setup.ts),
 * then one lazy `import()` of each element's define module, handed to `startAutoloader`
 * (src/autoloader.ts).
 */
function autoloaderEntry(tags = elementTags()) {
  return {
    name: 'backcare:autoloader-entry',
    resolveId(id) {
      return id === AUTOLOADER_ENTRY ? id : null;
    },
    load(id) {
      if (id !== AUTOLOADER_ENTRY) return null;
      const loaders = tags
        .map((tag) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(join(SRC, 'elements', tag, 'define.ts'))}),`)
        .join('\n');
      return [
        // The same page setup as the one-file build (localization from <html lang>).
        `import ${JSON.stringify(join(SRC, 'cdn-setup.ts'))};`,
        `import { startAutoloader } from ${JSON.stringify(join(SRC, 'autoloader.ts'))};`,
        `startAutoloader({\n${loaders}\n});`,
        '',
      ].join('\n');
    },
  };
}

/**
 * The one-file CDN build loads the stretch drawings on first use (src/illustrations/
 * drawings-provider.lazy.ts) instead of with the elements (drawings-provider.ts), so a page's
 * first download holds every element but not their pictures, as a page loads images after text.
 */
function lazyDrawings() {
  const lazy = join(SRC, 'illustrations', 'drawings-provider.lazy.ts');
  return {
    name: 'backcare:lazy-drawings',
    resolveId(source, importer) {
      return /(^|\/)drawings-provider\.js$/.test(source) && importer && !importer.endsWith('drawings-provider.lazy.ts') ? lazy : null;
    },
  };
}

/**
 * Whitespace in Lit's html`` and css`` templates. Every build does it, the npm build included:
 * hydrating pre-rendered markup (`backcare-elements/prerender`, which renders the npm build's
 * templates) needs the browser's templates to be the server's, string for string (Lit checks a
 * digest of each template's strings).
 */
export const minifyTemplates = () =>
  // @ts-expect-error -- its types say string, but include goes to @rollup/pluginutils' createFilter, which takes RegExps
  minifyHtmlLiterals({ include: [/[\\/]src[\\/].*\.ts$/], exclude: [/[\\/]src[\\/]prerender[\\/]/] });

/** The templates, then the code. */
const minify = () => [
  minifyTemplates(),
  terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
];
const browserResolve = () => nodeResolve({ exportConditions: ['production'] });

/**
 * dist/cdn/backcare-elements.css, next to the script: the space each element takes before the
 * script defines it (src/cdn/backcare-elements.css), whitespace and comments removed.
 */
function reserveSpaceCss() {
  return {
    name: 'backcare:reserve-space-css',
    generateBundle() {
      const css = readFileSync(join(SRC, 'cdn', 'backcare-elements.css'), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{}:;,>])\s*/g, '$1')
        .replace(/;}/g, '}')
        .trim();
      this.emitFile({ type: 'asset', fileName: 'backcare-elements.css', source: `${css}\n` });
    },
  };
}

/** The one-file CDN build: every element, lit included, minified. */
export function cdnBuild() {
  return {
    input: { 'backcare-elements': join(SRC, 'cdn.ts') },
    plugins: [reserveSpaceCss(), lazyDrawings(), keepSourceDefineModules(), browserResolve(), esbuild(esbuildOptions), hashedMessageIds({ root: ROOT }), minify()],
    output: {
      dir: join(ROOT, 'dist/cdn'),
      format: 'es',
      entryFileNames: '[name].js',
      // The localization runtime, each language, the stretch drawings and the routine and guide
      // elements are chunks loaded on demand; English text is built in.
      chunkFileNames: (chunk) => {
        const element = /[\\/]elements[\\/]([^\\/]+)[\\/]define\.ts$/.exec(chunk.facadeModuleId ?? '');
        return `chunks/${element ? element[1] : '[name]'}-[hash].js`;
      },
      sourcemap: false,
    },
  };
}

/** The CDN autoloader: a small entry plus one lazily loaded chunk per element (and shared chunks). */
export function autoloaderBuild() {
  return {
    input: { autoloader: AUTOLOADER_ENTRY },
    plugins: [autoloaderEntry(), keepSourceDefineModules(), browserResolve(), esbuild(esbuildOptions), hashedMessageIds({ root: ROOT }), minify()],
    output: {
      dir: join(ROOT, 'dist/cdn'),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => {
        const id = chunk.facadeModuleId ?? '';
        const element = /[\\/]elements[\\/]([^\\/]+)[\\/]define\.ts$/.exec(id);
        const locale = /[\\/]localization[\\/]generated[\\/]([^\\/]+)\.ts$/.exec(id);
        return `autoloader/${element ? element[1] : locale ? `locale-${locale[1]}` : 'shared'}-[hash].js`;
      },
      sourcemap: false,
    },
  };
}

/** One element's define module as an app would ship it: lit included, minified, tree-shaken. */
export function defineModuleBuild(tag) {
  return {
    input: { [`${tag}.define`]: join(SRC, 'elements', tag, 'define.ts') },
    // An app's bundler keeps the module and Lit in one chunk (the lazily loaded hydration apart),
    // without a re-exporting facade.
    preserveEntrySignatures: 'allow-extension',
    plugins: [keepSourceDefineModules(), browserResolve(), esbuild(esbuildOptions), minify()],
    output: { format: 'es', sourcemap: false },
  };
}
