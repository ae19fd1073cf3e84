import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the backcare elements. Our elements declare `static properties` (no decorators),
 * so Vite needs no extra transform. Telemetry is off: it calls out and adds seconds to every run.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  core: { disableTelemetry: true },
  // Storybook's own preview runtime is one ~880 kB chunk; only our stories are worth warning about.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    build: { ...viteConfig.build, chunkSizeWarningLimit: 1200 },
  }),
};

export default config;
