import type { LocaleModule } from './lit-localize.js';
import type { TargetLocale } from './locales.js';

/**
 * One lazy `import()` per translated language, written out in full: bundlers (rollup, Vite,
 * webpack) and the test runner can only split and serve imports whose path is a plain string.
 * A template-literal `import(`./generated/${locale}.js`)` breaks under them. English is the source
 * language and has no module: it is built in and never loads anything.
 *
 * The modules are written by `npm run localize:build` (lit-localize build) from xliff/*.xlf.
 */
export const localeLoaders: Readonly<Record<TargetLocale, () => Promise<LocaleModule>>> = {
  es: () => import('./generated/es.js'),
  'zh-Hans': () => import('./generated/zh-Hans.js'),
  vi: () => import('./generated/vi.js'),
  tl: () => import('./generated/tl.js'),
  ar: () => import('./generated/ar.js'),
  fr: () => import('./generated/fr.js'),
  de: () => import('./generated/de.js'),
  pl: () => import('./generated/pl.js'),
};
