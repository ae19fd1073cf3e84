import { html, type ReactiveElement } from 'lit';
import type { HeadingLevel } from '../../internal/attributes.js';
import type { StretchView } from '../../content/stretch-view.js';
import { renderHandoutStretches } from '../shared/handout.js';

/**
 * A clean handout for print: every stretch with its dose, steps, cautions and pictures, no
 * buttons. The routine builds it only while printing (the Print button or the page's
 * `beforeprint`), never on a session tick; the stylesheet shows it only in print media.
 */
export function renderHandout(host: ReactiveElement, level: HeadingLevel, steps: readonly StretchView[]) {
  return html`<section part="handout" class="handout" aria-hidden="true">${renderHandoutStretches(host, level, steps)}</section>`;
}
