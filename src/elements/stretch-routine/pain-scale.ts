import { html } from 'lit';
import { msg } from '../../localization/lit-localize.js';
import { formatNumber } from '../../localization/format.js';

/** After scores at or above this, or this much above the before score, call for stopping. */
export const PAIN_STOP_AT = 7;
export const PAIN_STOP_RISE = 2;

export function painIsWorse(before: number | undefined, after: number | undefined): boolean {
  if (after === undefined) return false;
  return after >= PAIN_STOP_AT || (before !== undefined && after - before >= PAIN_STOP_RISE);
}

/**
 * A 0–10 pain scale as a native radio group: every value is a real, labelled radio (arrow keys
 * move between them), with words at 0, 5 and 10 so it never relies on colour.
 */
export function renderPainScale(name: string, value: number | undefined, onChange: (value: number) => void) {
  const anchor = (score: number) =>
    score === 0
      ? msg('No pain', { id: 'pain.anchor.0' })
      : score === 5
        ? msg('Moderate', { id: 'pain.anchor.5' })
        : score === 10
          ? msg('Worst pain', { id: 'pain.anchor.10' })
          : '';
  return html`
    <div class="pain-scale" part="pain-scale">
      ${Array.from({ length: 11 }, (_, score) => {
        const words = anchor(score);
        return html`<label class="pain-option">
          <input
            type="radio"
            name=${name}
            value=${score}
            .checked=${value === score}
            @change=${() => onChange(score)}
          />
          <span class="pain-number">${formatNumber(score)}</span>
          ${words ? html`<span class="pain-words">${words}</span>` : ''}
        </label>`;
      })}
    </div>
  `;
}
