// @ts-check
// `npm run test:engines`: the whole suite in Chromium, Firefox ESR and WebKit (MiniBrowser) in one
// wtr run. Checks the browser binaries first, then runs wtr with web-test-runner.engines.config.mjs
// under `xvfb-run -a` (MiniBrowser has no headless mode) and exits with wtr's exit code.
// Works without a terminal (CI=true, no stdin).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from './find-chrome.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const APT_HINT = 'apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb';

const required = [
  [
    process.env.CHROME_PATH ? `Chromium (CHROME_PATH=${process.env.CHROME_PATH} does not exist)` : 'Chromium (or set CHROME_PATH)',
    findChrome(),
  ],
  ['Firefox ESR', '/usr/bin/firefox-esr'],
  ['WebKitWebDriver', '/usr/bin/WebKitWebDriver'],
  ['MiniBrowser', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'],
  ['xvfb-run', '/usr/bin/xvfb-run'],
  ['Xvfb', '/usr/bin/Xvfb'],
  ['xauth (needed by xvfb-run)', '/usr/bin/xauth'],
];
const missing = required.filter(([, path]) => !path || !existsSync(path));
if (missing.length) {
  console.error('test:engines cannot run, missing:');
  for (const [name, path] of missing) console.error(`  - ${name}${path ? ` (${path})` : ''}`);
  console.error(`Install them with: ${APT_HINT}`);
  if (missing.some(([name]) => name.startsWith('xauth'))) console.error('and: apt-get install -y xauth');
  process.exit(1);
}

const wtrBin = join(ROOT, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
if (!existsSync(wtrBin)) {
  console.error(`${wtrBin} not found: run npm ci first.`);
  process.exit(1);
}

const started = Date.now();
const ENGINE_OF_BROWSER = { Chrome: 'chromium', Firefox: 'firefox', MiniBrowser: 'webkit' };

/**
 * Runs wtr under xvfb-run for the given engines, echoing and keeping its output. Its own process
 * group, so everything under it (Xvfb, wtr, WebKitWebDriver, the browsers) can be swept at the end
 * even if a step leaves an orphan behind.
 */
function runOnce(engines) {
  return new Promise((resolveRun) => {
    const child = spawn(
      'xvfb-run',
      ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, wtrBin, '--config', 'web-test-runner.engines.config.mjs'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
        detached: true,
        env: { ...process.env, BACKCARE_ENGINES: engines.join(',') },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    const sweep = (signal = 'SIGKILL') => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // group already gone
      }
    };
    // Interrupted: SIGINT is wtr's own clean stop (it closes the browsers, the config then kills
    // WebKitWebDriver); SIGKILL the group if it has not ended 20 s later.
    const onSignal = () => {
      sweep('SIGINT');
      setTimeout(() => sweep('SIGKILL'), 20000).unref();
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);
    child.on('error', (error) => {
      console.error(`Could not start xvfb-run: ${error.message}\nInstall it with: ${APT_HINT}`);
      process.exit(1);
    });
    child.on('exit', (code, signal) => {
      sweep();
      for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(name, onSignal);
      resolveRun({ code: code ?? (signal ? 1 : 0), output });
    });
  });
}

/**
 * The engines whose browser crashed, when a crash is the only failure: every failure line is a
 * disconnect or a dead WebDriver session, never a failed assertion. Otherwise empty.
 */
function crashedEngines(output) {
  const failures = output.split('\n').filter((line) => line.includes('❌'));
  const crash = /browser disconnected|invalid session id|WebProcess CRASHED/;
  if (failures.length === 0 || !failures.every((line) => crash.test(line))) return [];
  const browsers = new Set(failures.map((line) => /\(failed on (\w+)\)/.exec(line)?.[1]).filter(Boolean));
  return [...browsers].map((browser) => ENGINE_OF_BROWSER[browser]).filter(Boolean);
}

const first = await runOnce(['chromium', 'firefox', 'webkit']);
let { code } = first;
const crashed = code === 0 ? [] : crashedEngines(first.output);
if (crashed.length) {
  // A browser process crashing (WebKitGTK's web process does, rarely) is not a test failure: run
  // that engine's whole suite once more, and let that run decide.
  console.log(`\n${crashed.join(', ')}: the browser crashed (no test failed); running that engine's suite once more.\n`);
  ({ code } = await runOnce(crashed));
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\ntest:engines (Chromium, Firefox ESR, WebKit) total run time: ${seconds}s`);
process.exit(code);
