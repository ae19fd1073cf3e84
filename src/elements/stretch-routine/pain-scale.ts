import { html } from 'lit';
import { msg } from '../../localization/lit-localize.js';
import { formatNumber } from '../../localization/format.js';

/*
 * Pain thresholds on the 0–10 numeric rating scale, with their sources (see CONTENT.md, "Safety
 * wherever a patient can start moving"):
 * - 7 or more is severe pain: cut points 1–4 mild, 5–6 moderate, 7–10 severe (Serlin et al.,
 *   Pain 1995;61:277–284). Before a session it leads to the "severe pain today" screen; during or
 *   after one it means stop.
 * - A rise of 2 points or more is a meaningful change: the minimal important change on the 0–10
 *   scale in low back pain (Ostelo et al., Spine 2008;33:90–94). During or after a session, a score
 *   this much above the "before" score means stop, rest and contact the clinic.
 * - After stretching, pain up to 5 that settles within a few hours and is not worse the next
 *   morning is acceptable (the pain-monitoring model: Thomeé, Phys Ther 1997; Silbernagel et al.,
 *   Am J Sports Med 2007;35:897–906).
 */
/** A score at or above this is severe pain (Serlin et al. 1995). */
export const PAIN_SEVERE_AT = 7;
/** During or after a session, scores at or above this call for stopping (= PAIN_SEVERE_AT). */
export const PAIN_STOP_AT = PAIN_SEVERE_AT;
/** A rise of this much above the before score calls for stopping (Ostelo et al. 2008). */
export const PAIN_STOP_RISE = 2;
/** After a session, pain up to this (that settles within hours) is acceptable (Thomeé 1997; Silbernagel et al. 2007). */
export const PAIN_ACCEPTABLE_AFTER = 5;

/** A later score (during or after) that calls for stopping: severe, or 2 or more above the before score. */
export function painIsWorse(before: number | undefined, after: number | undefined): boolean {
  if (after === undefined) return false;
  return after >= PAIN_STOP_AT || (before !== undefined && after - before >= PAIN_STOP_RISE);
}

/** A score before the session that is severe: advise not to stretch today. */
export function painIsSevere(score: number | undefined): boolean {
  return score !== undefined && score >= PAIN_SEVERE_AT;
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
