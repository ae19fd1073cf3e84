// Story tests (`npm run test:stories`): Storybook's Vitest integration renders every story in
// headless Chromium (the system's, found like the other tests do), runs its play function and the
// accessibility addon's axe check (`a11y: { test: 'error' }` in .storybook/preview.ts).
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROME_ARGS, MISSING_CHROME_MESSAGE, findChrome } from './scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) throw new Error(MISSING_CHROME_MESSAGE);

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  test: {
    name: 'storybook',
    setupFiles: ['./.storybook/vitest.setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath, args: CHROME_ARGS } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
