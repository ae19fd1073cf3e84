// Chromium-only run for `npm test`. All three engines: `npm run test:engines`.
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS, MISSING_CHROME_MESSAGE } from './scripts/find-chrome.mjs';
import { sharedConfig } from './scripts/wtr-shared.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(MISSING_CHROME_MESSAGE);
  process.exit(1);
}

export default {
  ...sharedConfig,
  // One page at a time: a second tab would be hidden, and hidden pages get no animation frames
  // and (rightly) no running timers.
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
};
