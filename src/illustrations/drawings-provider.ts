import * as drawings from './drawings.js';

/*
 * Where the elements get the stretch drawings from. Here (the npm build, the tests, Storybook and
 * server rendering): imported with the element, so they are there at the first render. The one-file
 * CDN build swaps in ./drawings-provider.lazy.ts (see scripts/build-shared.mjs).
 */

export type Drawings = typeof drawings;

/** The drawings if they have loaded (always, in this build). */
export const drawingsNow = (): Drawings | undefined => drawings;

/** Resolves with the drawings once loaded; undefined if they failed to load. */
export const whenDrawings = (): Promise<Drawings | undefined> => Promise.resolve(drawings);
