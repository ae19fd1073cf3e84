import { html, type ReactiveElement, type TemplateResult } from 'lit';
import type { StretchId } from '../content/types.js';
import type { IllustrationOptions } from './drawings.js';
import { drawingsNow, whenDrawings } from './drawings-provider.js';
import type { PictureSide, Pose } from './types.js';

/** Elements that rendered a placeholder and re-render when the drawings arrive. */
const waiting = new WeakSet<ReactiveElement>();

/**
 * A catalog stretch's picture for an element's template: the drawing, or, while the drawings are
 * still loading (CDN build only), a placeholder of the same size, after which `host` re-renders.
 */
export function stretchPicture(
  host: ReactiveElement,
  id: StretchId,
  pose: Pose,
  side: PictureSide | undefined,
  options?: IllustrationOptions
): TemplateResult {
  const drawings = drawingsNow();
  if (drawings) return drawings.renderStretchIllustration(id, pose, side, options);
  waiting.add(host);
  void whenDrawings().then((loaded) => loaded && host.requestUpdate());
  return html`<span class="backcare-illustration loading" aria-hidden="true"></span>`;
}

/**
 * For an element's `getUpdateComplete()`: when `host` drew a placeholder, waits for the drawings
 * (true: another update follows), so `await element.updateComplete` means "shown with its pictures".
 */
export async function picturesSettled(host: ReactiveElement): Promise<boolean> {
  if (!waiting.has(host)) return false;
  waiting.delete(host);
  return (await whenDrawings()) !== undefined;
}
