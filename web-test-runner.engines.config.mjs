// Three-engine run for `npm run test:engines` (Chromium, Firefox ESR, WebKit). Run it through
// scripts/run-engines.mjs, which checks the binaries and wraps wtr in `xvfb-run -a` (MiniBrowser
// has no headless mode). `npm test` stays Chromium-only (web-test-runner.config.mjs).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { findChrome, CHROME_ARGS, MISSING_CHROME_MESSAGE } from './scripts/find-chrome.mjs';
import { sharedConfig } from './scripts/wtr-shared.mjs';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DRIVER_START_TIMEOUT_MS = 30000;

const chromePath = findChrome();
if (!chromePath) {
  console.error(MISSING_CHROME_MESSAGE);
  process.exit(1);
}
for (const path of [FIREFOX_PATH, WEBKIT_DRIVER_PATH, MINIBROWSER_PATH]) {
  if (!existsSync(path)) {
    console.error(
      `${path} not found. Install the engines with: apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb`,
    );
    process.exit(1);
  }
}
if (!process.env.DISPLAY) {
  console.error('No DISPLAY: MiniBrowser needs one. Run `node scripts/run-engines.mjs` (it uses xvfb-run -a).');
  process.exit(1);
}

/** A TCP port that is free on 127.0.0.1 right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts WebKitWebDriver on a free port, kills it when this process ends, resolves once /status answers. */
async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited = false;
  driver.on('exit', () => (exited = true));
  const kill = () => {
    if (!exited) driver.kill('SIGKILL');
  };
  // wtr turns SIGINT into a clean stop (browsers closed) and process.exit, so 'exit' covers it.
  // TERM/HUP would end node at once: kill the driver and hand over to that same clean stop.
  process.on('exit', kill);
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      kill();
      process.kill(process.pid, 'SIGINT');
    });
  }

  const deadline = Date.now() + DRIVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`WebKitWebDriver exited before answering (code ${driver.exitCode}).`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return port;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  kill();
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${DRIVER_START_TIMEOUT_MS} ms.`);
}

// BACKCARE_ENGINES=chromium,firefox,webkit picks engines (run-engines.mjs uses it to re-run one
// whose browser crashed); default: all three.
const engines = new Set((process.env.BACKCARE_ENGINES ?? 'chromium,firefox,webkit').split(','));
const webkitPort = engines.has('webkit') ? await startWebKitDriver() : undefined;

export default {
  ...sharedConfig,
  // 1 keeps the WebDriver launcher on one session at a time (its SessionManager, not iframes)
  // and the 2-core machine from running too many pages at once.
  concurrency: 1,
  browsers: [
    engines.has('chromium') &&
      chromeLauncher({
        launchOptions: { executablePath: chromePath, headless: true, args: CHROME_ARGS },
      }),
    engines.has('firefox') &&
      puppeteerLauncher({
        launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
      }),
    engines.has('webkit') &&
      webdriverLauncher({
        hostname: '127.0.0.1',
        port: webkitPort,
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
        },
      }),
  ].filter(Boolean),
};
