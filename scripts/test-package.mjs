// @ts-check
// `npm run test:package`: the package as it would be published, used the ways clinics use it.
//  1. builds it (`npm run build`) and packs it (`npm pack`); checks the tarball's file list, the
//     exports map and `sideEffects` against it; runs publint and arethetypeswrong on the tarball;
//  2. installs the tarball into copies of examples/react-vite and examples/vue-vite and builds them
//     (the React build type-checks the JSX typings and the @lit/react wrappers); type-checks the
//     React and Preact JSX fixtures in test/package/types/;
//  3. imports the root entry, the define module and the React entry in plain Node;
//  4. bundles `backcare-elements/elements/back-pain-causes/define` from the installed package and
//     checks that it registers the element (that no timer, card or routine code is in it: `npm run size`);
//  5. opens every example in headless Chromium (the CDN ones with the jsDelivr URL pointed at the
//     packed files): a stretch card's timer must start and finish, with no console error; plus the
//     bad-input pages: the CDN file twice, the CDN file on a page that bundled the npm package (same
//     and another version), and the autoloader (only the tags on the page are loaded);
//  6. checks what the CDN file loads on demand: nothing for an English page with only causes, the
//     drawings for a card, the runtime and every translated sentence for a Spanish page, and only
//     chunks that match their SRI hash in the README's import map (a changed chunk is refused);
//  7. writes test-results/package-report.md: sizes, the SRI snippet and import map, and the tarball's files.
// Options: --skip-build (use the existing dist/), --keep (keep the temporary folder).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { ROOT, elementTags } from './build-shared.mjs';
import { launchChrome, openPage, runCardTimer, serve } from './browser-check.mjs';
import { kb, measure, sizes } from './size-budget.mjs';
import { cdnSnippet, importMapSnippet } from './sri.mjs';
import { packChecks } from './pack-check.mjs';

const started = Date.now();
const args = new Set(process.argv.slice(2));
const TAGS = elementTags();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const CDN_URL_PATTERN = /https:\/\/cdn\.jsdelivr\.net\/npm\/backcare-elements@[^/]+\//g;

let failures = 0;
const report = [];
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
function step(title) {
  console.log(`\n==> ${title} (${elapsed()})`);
}
function check(ok, text, details) {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
  if (!ok) {
    failures += 1;
    if (details) console.log(`      ${String(details).split('\n').join('\n      ')}`);
  }
  return ok;
}

/** Every element's visible text on the page, through open shadow roots (in the page). */
function deepText() {
  const walk = (node) =>
    [...(node.shadowRoot ? node.shadowRoot.childNodes : []), ...node.childNodes]
      .map((child) => (child.nodeType === 3 ? child.data : child.nodeType === 1 && child.localName !== 'style' ? walk(child) : ''))
      .join(' ');
  return walk(document.body).replace(/\s+/g, ' ');
}

/** The files this page requested, by name (`drawings-….js`). */
const requestedNames = (tab) => tab.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()));

/**
 * The one-file CDN build loads its chunks on demand: the stretch drawings for a card (never for a
 * page with only <back-pain-causes>), the localization runtime and a language for a page that is
 * not in English (every message translated: the CDN build keys translations by hashed ids), and,
 * with the import map, only chunks whose SRI hash matches.
 */
async function cdnChecks(browser, url) {
  const visit = async (path, fn) => {
    const { page: tab, log } = await openPage(browser, url + path);
    try {
      await fn(tab, log);
    } catch (error) {
      check(false, path, `${error.message}\n${log.problems().join('\n')}`);
    } finally {
      await tab.close();
    }
  };
  const pictureShown = (tab) =>
    tab.waitForFunction(() => document.querySelector('stretch-card')?.shadowRoot?.querySelector('svg[part="illustration"]'), { timeout: 10000 });

  await visit('/pictures/causes.html', async (tab, log) => {
    await tab.waitForFunction(() => document.querySelector('back-pain-causes')?.shadowRoot?.querySelector('[part="title"]'), { timeout: 10000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const names = await requestedNames(tab);
    check(
      !names.some((name) => /^(drawings|runtime|stretch-routine|back-pain-guide)-/.test(name)) && log.problems().length === 0,
      `an English page with only <back-pain-causes> loads the CDN file alone, not the routine's or guide's code (${names.join(', ')})`,
      log.problems().join('\n')
    );
  });
  await visit('/pictures/card.html', async (tab, log) => {
    await pictureShown(tab);
    const names = await requestedNames(tab);
    check(
      // The drawings themselves (drawings-<hash>.js), not the small provider chunk (drawings-provider.lazy-<hash>.js).
      names.filter((name) => /^drawings-[\w-]+\.js$/.test(name)).length === 1 && !names.some((name) => /^runtime-/.test(name)) && log.problems().length === 0,
      `a card loads the drawings chunk once and shows its picture (${names.join(', ')})`,
      log.problems().join('\n')
    );
  });
  await visit('/lang/cdn-all.html', async (tab, log) => {
    await tab.waitForFunction(() => document.querySelector('stretch-routine')?.shadowRoot?.querySelector('[lang="es"]'), { timeout: 10000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const text = await tab.evaluate(deepText);
    // Sentences with a Spanish translation that differs from the English: none may show in English.
    const xliff = readFileSync(join(ROOT, 'xliff/es.xlf'), 'utf8');
    const pairs = [...xliff.matchAll(/<source>([^<]{16,})<\/source>\s*<target[^>]*>([^<]+)<\/target>/g)]
      .map(([, source, target]) => [source.replace(/&amp;/g, '&'), target.replace(/&amp;/g, '&')])
      .filter(([source, target]) => source !== target);
    const english = pairs.filter(([source]) => text.includes(source)).map(([source]) => source);
    const spanish = pairs.filter(([, target]) => text.includes(target)).length;
    check(
      english.length === 0 && spanish >= 40 && log.problems().length === 0,
      `<html lang="es">, every element: ${spanish} Spanish sentences, ${english.length} left in English`,
      [...english.map((source) => `English: ${source}`), ...log.problems()].join('\n')
    );
  });
  await visit('/sri/', async (tab, log) => {
    await pictureShown(tab);
    check(log.problems().length === 0 && log.warnings().length === 0, 'with the README import map, the hashed chunks load and the picture shows', [...log.problems(), ...log.warnings()].join('\n'));
  });
  await visit('/tampered/', async (tab, log) => {
    await tab.waitForFunction(() => document.querySelector('stretch-card')?.shadowRoot?.querySelector('[part="name"]'), { timeout: 10000 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const state = await tab.evaluate(() => {
      const root = document.querySelector('stretch-card').shadowRoot;
      return { svg: Boolean(root.querySelector('svg[part="illustration"]')), placeholder: Boolean(root.querySelector('.backcare-illustration.loading')) };
    });
    const warned = log.warnings().some((text) => text.includes('Could not load the stretch pictures'));
    check(
      !state.svg && state.placeholder && warned && log.errors.length === 0,
      'a drawings chunk that does not match its import-map hash is refused: placeholder, one warning, no page error',
      JSON.stringify({ ...state, warnings: log.warnings(), problems: log.problems() })
    );
  });
}

/** Runs a command with its output shown; rejects on a non-zero exit. */
function sh(command, commandArgs, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    const prefix = options.prefix ? `[${options.prefix}] ` : '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (data) => {
        output += data;
        if (!options.quiet) process.stdout.write(String(data).replace(/^(?=.)/gm, prefix));
      });
    }
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${commandArgs.join(' ')} exited with ${code}\n${output.slice(-4000)}`))));
  });
}

const npmEnv = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
const work = mkdtempSync(join(tmpdir(), 'backcare-package-'));

try {
  // --- 1. build and pack ------------------------------------------------------------------------
  if (!args.has('--skip-build')) {
    step('npm run build');
    await sh('npm', ['run', 'build'], { cwd: ROOT, env: npmEnv, quiet: true });
  }
  step('npm pack');
  const packJson = await sh('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, env: npmEnv, quiet: true });
  const [packed] = JSON.parse(packJson.slice(packJson.indexOf('[')));
  const tarball = join(work, packed.filename);
  const files = packed.files.map((file) => file.path).sort();
  console.log(`${packed.filename}: ${files.length} files, ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked`);

  for (const result of packChecks(files)) check(result.ok, result.text, result.details);
  // publint: package.json fields against the packed files. attw: every entry point's types resolve
  // under node16 and bundler resolution (ESM only). ./cdn and ./cdn/autoloader are <script> files
  // for the CDN, and ./cdn/backcare-elements.css its stylesheet, shipped without declarations on purpose.
  const bin = (name) => join(ROOT, 'node_modules/.bin', name);
  for (const [name, command, commandArgs] of [
    ['publint --strict', bin('publint'), ['run', tarball, '--strict']],
    ['attw (arethetypeswrong)', bin('attw'), [tarball, '--profile', 'esm-only', '--exclude-entrypoints', './cdn', './cdn/autoloader', './cdn/backcare-elements.css', '--format', 'ascii']],
  ]) {
    try {
      await sh(command, commandArgs, { cwd: work, quiet: true });
      check(true, `${name}: no problems in the tarball`);
    } catch (error) {
      check(false, `${name}: no problems in the tarball`, error.message);
    }
  }

  // --- 2. examples: install the tarball, build -----------------------------------------------------
  step('install the tarball into the React and Vue examples');
  const apps = { react: join(work, 'react-vite'), vue: join(work, 'vue-vite') };
  for (const [name, dir] of Object.entries(apps)) {
    cpSync(join(ROOT, 'examples', `${name}-vite`), dir, { recursive: true, filter: (src) => !/node_modules|[\\/]dist$/.test(src) });
  }
  // @lit-labs/ssr comes with the package (a dependency of backcare-elements/prerender).
  const ssrVersion = pkg.dependencies['@lit-labs/ssr'];
  await Promise.all(
    Object.entries(apps).map(([name, dir]) =>
      sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], {
        cwd: dir,
        env: npmEnv,
        prefix: name,
      })
    )
  );
  const installed = join(apps.react, 'node_modules/backcare-elements');
  check(existsSync(join(installed, 'dist/cdn/backcare-elements.js')), 'the React example installed the packed backcare-elements');

  step('build the examples');
  for (const [name, dir] of Object.entries(apps)) {
    try {
      await sh('npm', ['run', 'build'], { cwd: dir, env: npmEnv, prefix: name, quiet: true });
      check(existsSync(join(dir, 'dist/index.html')), `examples/${name}-vite builds${name === 'react' ? ' (tsc --noEmit, then vite build)' : ''}`);
    } catch (error) {
      check(false, `examples/${name}-vite builds`, error.message);
    }
  }

  step('JSX typings: React 19 and Preact fixtures');
  for (const flavour of ['react', 'preact']) {
    try {
      await sh(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, `test/package/types/tsconfig.${flavour}.json`)], { cwd: ROOT, quiet: true });
      check(true, `test/package/types/${flavour}.tsx type-checks (with its @ts-expect-error cases)`);
    } catch (error) {
      check(false, `test/package/types/${flavour}.tsx type-checks`, error.message);
    }
  }

  // --- 3. plain Node ---------------------------------------------------------------------------
  step('import the package in plain Node');
  const nodeCheck = `
    const root = await import('backcare-elements');
    if (root.VERSION !== ${JSON.stringify(pkg.version)}) throw new Error('VERSION ' + root.VERSION);
    if (typeof root.StretchCard !== 'function') throw new Error('no StretchCard class');
    if (typeof root.setupLocalization !== 'function') throw new Error('no setupLocalization');
    await import('backcare-elements/define');
    const react = await import('backcare-elements/react');
    if (!react.StretchCard) throw new Error('no React StretchCard');
    console.log('ok', Object.keys(root).length, 'root exports');`;
  try {
    const output = await sh(process.execPath, ['--input-type=module', '-e', nodeCheck], { cwd: apps.react, quiet: true });
    check(output.includes('ok'), `the root entry, ./define and ./react import in Node ${process.version} without throwing (${output.trim()})`);
  } catch (error) {
    check(false, 'the package imports in plain Node', error.message);
  }

  const ssrCheck = `
    import { render } from '@lit-labs/ssr';
    import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
    import { html } from 'lit';
    import 'backcare-elements/define';
    const markup = await collectResult(render(html\`<stretch-card stretch="knee-to-chest"></stretch-card>\`));
    if (!/<stretch-card[^>]*><template shadowroot="open" shadowrootmode="open">/.test(markup)) throw new Error(markup.slice(0, 300));
    console.log('ok', markup.length);`;
  try {
    const output = await sh(process.execPath, ['--input-type=module', '-e', ssrCheck], { cwd: apps.react, quiet: true });
    check(output.includes('ok'), `README's server-rendering snippet renders a card from the package with @lit-labs/ssr ${ssrVersion} (${output.trim()} characters)`);
  } catch (error) {
    check(false, "README's server-rendering snippet", error.message);
  }

  const prerenderCheck = `
    import { prerender } from 'backcare-elements/prerender';
    const markup = await prerender('<p>x</p><back-pain-causes></back-pain-causes>', { lang: 'es' });
    if (!/^<p>x<\\/p><back-pain-causes lang="es"><template shadowroot="open" shadowrootmode="open">/.test(markup)) throw new Error(markup.slice(0, 300));
    console.log('ok', markup.length);`;
  try {
    const output = await sh(process.execPath, ['--input-type=module', '-e', prerenderCheck], { cwd: apps.react, quiet: true });
    check(output.includes('ok'), `backcare-elements/prerender renders from the installed package (${output.trim()} characters)`);
    const cli = await sh('npx', ['--no-install', 'backcare-elements', 'prerender', '<stretch-card stretch="bird-dog"></stretch-card>'], { cwd: apps.react, env: npmEnv, quiet: true });
    check(/<stretch-card stretch="bird-dog"><template shadowroot/.test(cli), `npx backcare-elements prerender works from the installed package (${cli.length} characters)`);
  } catch (error) {
    check(false, 'backcare-elements/prerender from the package', error.message);
  }

  // --- 4. tree shaking from the package ----------------------------------------------------------
  step('tree shaking: bundle only backcare-elements/elements/back-pain-causes/define');
  const bundleFromPackage = async (code) => {
    const entry = join(apps.react, 'tree-shake-entry.js');
    writeFileSync(entry, code);
    const bundle = await rollup({ input: entry, plugins: [nodeResolve({ rootDir: apps.react, exportConditions: ['production'] }), terser({ ecma: 2020, module: true, format: { comments: false } })], logLevel: 'silent' });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    return { code: output[0].code, modules: Object.keys(output[0].modules).map((id) => relative(apps.react, id)) };
  };
  const causes = await bundleFromPackage("import 'backcare-elements/elements/back-pain-causes/define';\n");
  // That the causes bundle holds no timer, card, routine or guide code is checked once, from the
  // sources, by `npm run size` (scripts/size-budget.mjs); package.json "sideEffects" by pack-check.mjs.
  const causesSize = sizes(causes.code);
  check(causes.code.includes('"back-pain-causes"'), 'the causes bundle registers <back-pain-causes>');
  console.log(`      causes bundle from the package: ${kb(causesSize.raw)} raw, ${kb(causesSize.gzip)} gzip, ${kb(causesSize.brotli)} brotli`);
  const rootOnly = await bundleFromPackage("import { stretches } from 'backcare-elements';\nconsole.log(stretches);\n");
  check(!rootOnly.code.includes('customElements.define'), 'importing content from the root entry registers nothing');

  // --- 5. Chromium -----------------------------------------------------------------------------
  step('the examples in headless Chromium');
  const cdnFile = readFileSync(join(installed, 'dist/cdn/backcare-elements.js'), 'utf8');
  const otherVersion = cdnFile.replaceAll(JSON.stringify(pkg.version), JSON.stringify('0.0.1-other'));
  check(otherVersion !== cdnFile, 'a second version of the CDN file can be made for the version-conflict page');
  const localCdn = (html) => html.replace(CDN_URL_PATTERN, '/pkg/');
  const page = (body, head = '') =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>check</title>${head}</head><body>${body}</body></html>`;
  const reactIndex = readFileSync(join(apps.react, 'dist/index.html'), 'utf8');
  const cdnScript = '<script type="module" src="/pkg/dist/cdn/backcare-elements.js"></script>';
  const allElements =
    '<back-pain-causes expanded></back-pain-causes><stretch-card stretch="bird-dog"></stretch-card>' +
    '<stretch-timer></stretch-timer><stretch-routine></stretch-routine><back-pain-guide></back-pain-guide>';
  // Strict SRI: the script tag's hash plus the import map's hashes for every chunk. The "tampered"
  // copy serves a drawings chunk that differs by one comment from the one the map names.
  const drawingsChunk = files.find((file) => /\/drawings-[^/]+\.js$/.test(file));
  check(Boolean(drawingsChunk), `the CDN build has a drawings chunk (${drawingsChunk})`);
  const sriPage = (base) => page('<stretch-card stretch="bird-dog"></stretch-card>', importMapSnippet(installed, base) + cdnSnippet(installed, base));
  const withScript = (html, src) => html.replace('</head>', `<script type="module" src="${src}"></script></head>`);
  const server = await serve({
    dirs: { '/pkg/': installed, '/tampered/': installed, '/react/': join(apps.react, 'dist'), '/vue/': join(apps.vue, 'dist') },
    files: {
      '/plain/': localCdn(readFileSync(join(ROOT, 'examples/plain-html/index.html'), 'utf8')),
      '/wordpress/': page(localCdn(readFileSync(join(ROOT, 'examples/wordpress/custom-html-block.html'), 'utf8'))),
      '/wix/': page(localCdn(readFileSync(join(ROOT, 'examples/wix-squarespace/embed.html'), 'utf8'))),
      '/other-version/backcare-elements.js': otherVersion,
      '/twice/': page(
        '<stretch-card stretch="knee-to-chest"></stretch-card>',
        '<script type="module" src="/pkg/dist/cdn/backcare-elements.js"></script><script type="module" src="/pkg/dist/cdn/backcare-elements.js?copy=2"></script>'
      ),
      '/react/with-cdn.html': withScript(reactIndex, '/pkg/dist/cdn/backcare-elements.js'),
      '/react/with-other-cdn.html': withScript(reactIndex, '/other-version/backcare-elements.js'),
      '/autoloader/': page(
        '<back-pain-causes></back-pain-causes><div id="later"></div>',
        '<script type="module" src="/pkg/dist/cdn/autoloader.js"></script>'
      ),
      '/lang/cdn.html': page('<back-pain-causes></back-pain-causes>', '<script type="module" src="/pkg/dist/cdn/backcare-elements.js"></script>').replace('lang="en"', 'lang="es"'),
      '/lang/autoloader.html': page('<back-pain-causes></back-pain-causes>', '<script type="module" src="/pkg/dist/cdn/autoloader.js"></script>').replace('lang="en"', 'lang="es"'),
      '/pictures/causes.html': page('<back-pain-causes></back-pain-causes>', cdnScript),
      '/pictures/card.html': page('<stretch-card stretch="bird-dog"></stretch-card>', cdnScript),
      '/lang/cdn-all.html': page(allElements, cdnScript).replace('lang="en"', 'lang="es"'),
      '/sri/': sriPage('/pkg/'),
      '/tampered/': sriPage('/tampered/'),
      ...(drawingsChunk ? { [`/tampered/${drawingsChunk}`]: `${readFileSync(join(installed, drawingsChunk), 'utf8')}\n// changed\n` } : {}),
      '/autoloader-and-cdn/': page(
        '<stretch-card stretch="bird-dog"></stretch-card>',
        '<script type="module" src="/pkg/dist/cdn/autoloader.js"></script><script type="module" src="/pkg/dist/cdn/backcare-elements.js"></script>'
      ),
    },
  });
  const browser = await launchChrome();
  try {
    /** @param {string} path @param {string} what @param {{ selectors?: string[], maxWarnings?: number, after?: (tab: import('puppeteer-core').Page) => Promise<void> }} [options] */
    const cardPage = async (path, what, { selectors = ['stretch-card'], maxWarnings = 0, after } = {}) => {
      const { page: tab, log } = await openPage(browser, server.url + path);
      try {
        const runs = [];
        for (const selector of selectors) runs.push(await runCardTimer(tab, selector));
        const extra = after ? await after(tab) : undefined;
        const problems = log.problems();
        const warnings = log.warnings();
        const ok = runs.every((r) => r.status === 'done' && r.name) && problems.length === 0 && warnings.length <= maxWarnings;
        check(
          ok,
          `${what}: ${runs.map((r) => `"${r.name}" timer ran to the end (${r.detail.actualMs} ms)`).join('; ')}; ${problems.length} errors, ${warnings.length} warnings${maxWarnings ? ` (at most ${maxWarnings})` : ''}`,
          [...problems, ...warnings.map((w) => `warning: ${w}`)].join('\n')
        );
        return { log, extra };
      } catch (error) {
        check(false, what, `${error.message}\n${log.problems().join('\n')}`);
        return { log };
      } finally {
        await tab.close();
      }
    };

    await cardPage('/plain/', 'examples/plain-html (script tag)');
    await cardPage('/wordpress/', 'examples/wordpress (Custom HTML block)', { selectors: ['stretch-card[stretch="knee-to-chest"]', 'stretch-card[stretch="bird-dog"]'] });
    await cardPage('/wix/', 'examples/wix-squarespace (embed)');
    await cardPage('/react/', 'examples/react-vite (wrapper and plain tag)', {
      selectors: ['#wrapper-card', '#native-card'],
      after: async (tab) => {
        const log = await tab.$eval('#log', (el) => el.textContent);
        check(/wrapper: knee-to-chest done/.test(log) && /tag: bird-dog done/.test(log), 'React: onStretchComplete (wrapper) and onstretch-complete (tag) both reached the app', log);
      },
    });
    await cardPage('/vue/', 'examples/vue-vite', {
      after: async (tab) => {
        const log = await tab.$eval('#log', (el) => el.textContent);
        check(/knee-to-chest done/.test(log), 'Vue: @stretch-complete reached the app', log);
      },
    });

    step('bad input: two copies on one page');
    await cardPage('/twice/', 'the CDN file loaded twice');
    await cardPage('/react/with-cdn.html', 'the CDN file on a page that bundled the npm package (same version)', { selectors: ['#wrapper-card'] });
    const other = await cardPage('/react/with-other-cdn.html', 'the CDN file of another version on a page that bundled the npm package', {
      selectors: ['#wrapper-card'],
      maxWarnings: 1,
    });
    if (other.log) console.log(`      warnings: ${JSON.stringify(other.log.warnings())}`);

    step('the autoloader');
    const { page: tab, log } = await openPage(browser, `${server.url}/autoloader/`);
    try {
      await tab.waitForFunction(() => customElements.get('back-pain-causes'), { timeout: 10000 });
      const before = await tab.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS);
      const loadedBefore = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()));
      check(
        before.join() === 'back-pain-causes' && !loadedBefore.some((name) => /^(stretch-|back-pain-guide)/.test(name)),
        `only the tag on the page is defined and loaded (${before.join(', ')}; files: ${loadedBefore.join(', ')})`
      );
      await tab.evaluate(() => {
        document.querySelector('#later').innerHTML = '<section><stretch-card stretch="head-rolls"></stretch-card></section>';
      });
      await tab.waitForFunction(() => customElements.get('stretch-card'), { timeout: 10000 });
      const run = await runCardTimer(tab, 'stretch-card');
      check(run.status === 'done', `a <stretch-card> added later is loaded and its timer runs ("${run.name}")`);
      check(log.problems().length === 0 && log.warnings().length === 0, 'the autoloader page has no console error or warning', [...log.problems(), ...log.warnings()].join('\n'));
    } catch (error) {
      check(false, 'the autoloader', error.message);
    } finally {
      await tab.close();
    }
    await cardPage('/autoloader-and-cdn/', 'the autoloader and the CDN file on one page');

    step('both CDN builds follow <html lang>');
    for (const build of ['cdn', 'autoloader']) {
      const { page: langTab, log: langLog } = await openPage(browser, `${server.url}/lang/${build}.html`);
      try {
        const shown = await langTab.waitForFunction(
          () => {
            const root = document.querySelector('back-pain-causes')?.shadowRoot?.querySelector('[lang]');
            return root?.getAttribute('lang') === 'es' && root.textContent.replace(/\s+/g, ' ').trim().slice(0, 60);
          },
          { timeout: 10000 }
        );
        check(langLog.problems().length === 0, `${build}: <html lang="es"> shows Spanish ("${await shown.jsonValue()}…")`, langLog.problems().join('\n'));
      } catch (error) {
        check(false, `${build}: <html lang="es"> shows Spanish`, error.message);
      } finally {
        await langTab.close();
      }
    }

    step('the CDN file: what loads on demand');
    await cdnChecks(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }

  // --- 6. report -------------------------------------------------------------------------------
  step('sizes and report');
  const measured = await measure();
  const row = (name, size) => `| ${name} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} |`;
  const packedSize = (path) => sizes(readFileSync(join(installed, path)));
  const chunkRows = files
    .filter((file) => /^dist\/cdn\/(autoloader|chunks)\/.+\.js$/.test(file))
    .map((file) => row(`\`${file}\``, packedSize(file)));
  report.push(
    `# backcare-elements ${pkg.version}: package report`,
    '',
    `Generated by \`npm run test:package\` (${new Date().toISOString()}, Node ${process.version}). Sizes: 1 KB = 1024 bytes, gzip level 9, brotli quality 11.`,
    '',
    '| file | raw | gzip | brotli |',
    '| --- | --- | --- | --- |',
    row('`dist/cdn/backcare-elements.js` (CDN, all elements, English)', packedSize('dist/cdn/backcare-elements.js')),
    row('`dist/cdn/autoloader.js` (entry)', packedSize('dist/cdn/autoloader.js')),
    ...chunkRows,
    row('causes define module, from src (`npm run size`)', measured.rows.find((r) => r.key === 'causesDefine')),
    row('tree-shaken bundle of `backcare-elements/elements/back-pain-causes/define` from the tarball', causesSize),
    '',
    'The CDN file loads its chunks (`dist/cdn/chunks/`, listed above) on demand: `runtime-*` and one language (`es-*`, `ar-*`, …) on a page that is not in English, `drawings-*` when a card or routine first renders, `stretch-routine-*` and `back-pain-guide-*` when a routine or guide first appears.',
    '',
    'Budgets (`npm run size`):',
    '',
    ...measured.budgets.map((b) => `- ${b.ok ? 'ok' : 'OVER'}: ${b.name}: ${kb(b.gzip)} of ${kb(b.limit)}${b.targetMet ? '' : ` (target ${kb(b.target)} NOT MET)`}`),
    '',
    'CDN snippet:',
    '',
    '```html',
    cdnSnippet(ROOT),
    '```',
    '',
    'Import map for SRI on the chunks too (before the script):',
    '',
    '```html',
    importMapSnippet(ROOT),
    '```',
    '',
    `Tarball \`${packed.filename}\`: ${files.length} files, ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked.`,
    '',
    '```',
    ...files,
    '```',
    ''
  );
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results/package-report.md'), report.join('\n'));
  console.log(report.slice(4, 22).join('\n'));
  console.log('\nfull report with the file list: test-results/package-report.md');
} catch (error) {
  check(false, 'test:package stopped', error.stack ?? error.message);
} finally {
  if (args.has('--keep')) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(`\ntest:package ${failures ? `FAILED (${failures} failed checks)` : 'passed'} in ${elapsed()}`);
process.exit(failures ? 1 : 0);
