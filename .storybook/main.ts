import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * package.json `sideEffects` lists only the built define modules (dist/…), so a production build
 * treats `src/define.ts` and `src/elements/<tag>/define.ts` as side-effect free and drops the
 * stories' `import '../src/define.js'`: `storybook build` would ship stories with no element
 * registered (the dev server does not tree-shake, so it looked fine there). Mark the source define
 * modules, and the CDN entry, as having side effects for Storybook's build.
 */
const DEFINE_MODULE = /[\\/]src[\\/](define|cdn|elements[\\/][^\\/]+[\\/]define)\.ts$/;

const keepDefineModules: Plugin = {
  name: 'backcare:keep-define-modules',
  transform(_code, id) {
    return DEFINE_MODULE.test(id) ? { moduleSideEffects: true } : null;
  },
};

/**
 * Storybook for the backcare elements. Our elements declare `static properties` (no decorators),
 * so Vite needs no decorator transform. Telemetry is off: it calls out and adds seconds to every run.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), keepDefineModules],
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
