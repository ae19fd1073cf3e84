import { warnOncePerPage } from '../internal/warn.js';
import type { Drawings } from './drawings-provider.js';

/*
 * The one-file CDN build's drawings provider: the stretch drawings (about 3 KB gzipped) are a chunk
 * loaded when the first card or routine renders, as a page loads its images after its text, so a
 * page with only <back-pain-causes> never downloads them. Until they arrive, pictures are
 * same-sized placeholders; elements re-render when they do.
 */

let loaded: Drawings | undefined;
let loading: Promise<Drawings | undefined> | undefined;

export const drawingsNow = (): Drawings | undefined => loaded;

export function whenDrawings(): Promise<Drawings | undefined> {
  loading ??= import('./drawings.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      warnOncePerPage(
        'drawings-load',
        `Could not load the stretch pictures (${error instanceof Error ? error.message : String(error)}); the steps and captions still describe each position.`
      );
      return undefined;
    }
  );
  return loading;
}
