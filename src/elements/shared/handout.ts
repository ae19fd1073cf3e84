import { html, nothing, type ReactiveElement } from 'lit';
import { renderHeading } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/attributes.js';
import { doseSentence, type StretchView } from '../../content/stretch-view.js';
import { isStretchId } from '../../content/stretches.js';
import { generalAdvice } from '../../content/safety.js';
import { stretchPicture } from '../../illustrations/picture.js';
import { formatNumber } from '../../localization/format.js';

/** The handout's stretches and the general advice (the routine's handout and `<stretch-program-builder>`'s). */
export function renderHandoutStretches(host: ReactiveElement, level: HeadingLevel, steps: readonly StretchView[]) {
  return html`
    ${steps.map(
      (view, index) => html`
        <div class="handout-stretch">
          <div class="handout-text">
            ${renderHeading(level, `${formatNumber(index + 1)}. ${view.name}`, 'handout-name')}
            <p class="dose">${doseSentence(view.dose)}</p>
            <ol>
              ${view.steps.map((line) => html`<li>${line}</li>`)}
            </ol>
            ${view.cautions.length ? html`<p class="handout-care">${view.cautions.join(' ')}</p>` : nothing}
          </div>
          ${view.fromCatalog && isStretchId(view.id)
            ? html`<div class="handout-pictures">
                ${stretchPicture(host, view.id, 'start', view.dose.sides === 'each' ? 'right' : undefined)}
                ${stretchPicture(host, view.id, 'end', view.dose.sides === 'each' ? 'right' : undefined)}
              </div>`
            : nothing}
        </div>
      `
    )}
    <ul class="handout-advice">
      ${generalAdvice.map((line) => html`<li>${line()}</li>`)}
    </ul>
  `;
}
