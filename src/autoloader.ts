/**
 * The CDN autoloader (`dist/cdn/autoloader.js`): defines only the backcare elements that are on the
 * page, and those added later, loading each element's code on first sight. The build generates its
 * entry from `src/elements/*\/` (one lazy `import()` per element) and calls `startAutoloader`.
 */

/** Tag name → a function that loads (and thereby defines) that element. */
export type ElementLoaders = Readonly<Record<string, () => Promise<unknown>>>;

/**
 * Loads each element when its tag first appears under `root`, now or later. A second autoloader
 * with the same `key` on the same page (the script included twice) does nothing. The one-file CDN
 * build uses its own key for the two elements it loads on first use (src/cdn-lazy-elements.ts).
 */
export function startAutoloader(
  loaders: ElementLoaders,
  root: Document | undefined = globalThis.document,
  key = 'backcare-elements.autoloader'
): void {
  if (!root || typeof customElements === 'undefined' || typeof MutationObserver === 'undefined') return;
  const started = Symbol.for(key);
  const flags = globalThis as { [started]?: boolean };
  if (flags[started]) return;
  flags[started] = true;

  const waiting = new Map(Object.entries(loaders));
  let observer: MutationObserver | undefined;

  const load = (tag: string) => {
    const loader = waiting.get(tag);
    if (!loader) return;
    waiting.delete(tag);
    if (!customElements.get(tag)) {
      loader().catch((error: unknown) => {
        console.error(`[backcare-elements] Could not load <${tag}>.`, error);
      });
    }
    if (waiting.size === 0) observer?.disconnect();
  };

  const scan = (node: Node) => {
    if (waiting.size === 0 || !(node instanceof Element || node instanceof Document || node instanceof DocumentFragment)) return;
    if (node instanceof Element && waiting.has(node.localName)) load(node.localName);
    if (waiting.size === 0) return;
    // One query for every tag still waiting; then only the tags actually found.
    if (!node.querySelector([...waiting.keys()].join(','))) return;
    for (const tag of [...waiting.keys()]) if (node.querySelector(tag)) load(tag);
  };

  scan(root);
  if (waiting.size === 0) return;
  observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) scan(node);
  });
  observer.observe(root, { childList: true, subtree: true });
}
