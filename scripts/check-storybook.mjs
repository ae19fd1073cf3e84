// @ts-check
// After `npm run build-storybook`: opens the first story of every element in storybook-static/ in
// headless Chromium and checks that the element is defined and rendered (a production build that
// tree-shook the define modules away would show undefined, empty tags), with no console error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, elementTags } from './build-shared.mjs';
import { launchChrome, openPage, serve } from './browser-check.mjs';

const index = JSON.parse(readFileSync(join(ROOT, 'storybook-static/index.json'), 'utf8'));
const storyIds = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .map((entry) => entry.id);

const server = await serve({ dirs: { '/': join(ROOT, 'storybook-static') } });
const browser = await launchChrome();
let failed = 0;
try {
  for (const tag of elementTags()) {
    const id = storyIds.find((story) => story.startsWith(`elements-${tag}--`));
    if (!id) {
      console.log(`FAIL  <${tag}>: no story (expected an id starting with elements-${tag}--)`);
      failed += 1;
      continue;
    }
    const { page, log } = await openPage(browser, `${server.url}/iframe.html?id=${id}&viewMode=story`);
    try {
      const text = await page.waitForFunction(
        (name) => {
          const el = document.querySelector(name);
          const content = customElements.get(name) && el?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim();
          return content && content.length > 20 ? content.length : false;
        },
        { timeout: 15000 },
        tag
      );
      const problems = log.problems();
      const ok = problems.length === 0;
      console.log(`${ok ? 'PASS' : 'FAIL'}  <${tag}> story ${id}: defined, ${await text.jsonValue()} characters rendered${ok ? '' : `\n      ${problems.join('\n      ')}`}`);
      if (!ok) failed += 1;
    } catch (error) {
      console.log(`FAIL  <${tag}> story ${id}: not defined or not rendered (${error.message})\n      ${log.problems().join('\n      ')}`);
      failed += 1;
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
