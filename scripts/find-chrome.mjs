// @ts-check
// Finds a Chromium/Chrome binary for the tests: CHROME_PATH first, then the usual install paths.
// `node scripts/find-chrome.mjs --check` exits 1 with one clear message when none is found.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const MISSING_CHROME_MESSAGE =
  'No Chromium or Chrome found for the tests: install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to your Chrome or Chromium binary.';

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Flags that keep Chromium quiet on a machine without network or GPU. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--check')) {
  const path = findChrome();
  if (!path) {
    const given = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist. ` : '';
    console.error(given + MISSING_CHROME_MESSAGE);
    process.exit(1);
  }
}
