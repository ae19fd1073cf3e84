/**
 * Lit's hydration, in a module of its own: loaded (a chunk in the CDN build) only by an element
 * that finds a declarative shadow root from `prerender` when it connects, so pages without
 * pre-rendered markup never download it. See BackcareElement's createRenderRoot.
 *
 * The server drew the stretch pictures; an element hydrating one waits for the drawings (a chunk
 * of their own in the CDN build) so its first render matches the server's DOM.
 */
export { hydrate } from '@lit-labs/ssr-client';
export { whenDrawings } from '../illustrations/drawings-provider.js';
