// What our puppeteer scripts read inside the page (page.evaluate callbacks): set by the pages they open.
interface Window {
  /** bench/timer-bench.ts's API. */
  timerBench: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- defined by a page the scripts do not import
  /** Storybook's preview (test-stories.mjs). */
  __STORYBOOK_PREVIEW__: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- Storybook internals, untyped
  /** Set by test-stories.mjs in the page. */
  __docsSettle: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- a helper the script injects
  /** axe-core, injected by test-stories.mjs. */
  axe: typeof import('axe-core');
}
