// What our puppeteer scripts read inside the page (page.evaluate callbacks): set by the pages they open.
interface Window {
  /** bench/timer-bench.ts's API. */
  timerBench: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- defined by a page the scripts do not import
  /** Storybook's preview (test-stories.mjs). */
  __STORYBOOK_PREVIEW__: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- Storybook internals, untyped
  /** Set by test-stories.mjs in the page. */
  __docsSettle: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- a helper the script injects
  /** bench-page.mjs's layout-shift and LCP record, installed before the page's scripts. */
  __vitals: { cls: number; shifts: Array<{ at: number; value: number; nodes: string[] }>; lcp: number };
  /** axe-core, injected by test-stories.mjs. */
  axe: typeof import('axe-core');
}

/** The Layout Instability API's entry (not in TypeScript's DOM library yet). */
interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources?: Array<{ node?: (Node & { localName?: string }) | null }>;
}
