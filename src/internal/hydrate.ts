/**
 * Lit's hydration, in a module of its own: loaded (a chunk in the CDN build) only by an element
 * that finds a declarative shadow root from `prerender` when it connects, so pages without
 * pre-rendered markup never download it. See BackcareElement's createRenderRoot.
 */
import { whenDrawings } from '../illustrations/drawings-provider.js';

export { hydrate } from '@lit-labs/ssr-client';

/**
 * Resolves when `root` can be hydrated: the server drew the stretch pictures, so an element
 * hydrating one waits for the drawings (a chunk of their own in the CDN build) and its first
 * render matches the server's DOM.
 */
export async function ready(root: ShadowRoot): Promise<void> {
  if (root.querySelector('svg[part~=illustration]')) await whenDrawings();
}
