import { css, html, nothing } from 'lit';
import { msg } from '../../localization/lit-localize.js';
import { disclaimer, disclaimerTitle, stopLine } from '../../content/safety.js';
import { renderHeading } from '../../internal/heading.js';
import { renderSafetySigns, safetySignsStyles } from './safety-signs.js';
import type { HeadingLevel } from '../../internal/attributes.js';

export interface BeforeStartOptions {
  /** Heading level for the headings inside the disclosure. */
  level: HeadingLevel;
  /** The clinic's emergency number, already checked (parseEmergencyNumber), or undefined. */
  emergencyNumber: string | undefined;
  /** The stretch's own cautions, shown inside the disclosure when they are not on screen (compact). */
  cautions?: readonly string[];
}

/**
 * What every Start button of a stretch has before it (CONTENT.md, "Safety wherever a patient can
 * start moving"): the visible line "Stop if your pain gets worse or feels sharp." and a "Before
 * you start" disclosure (<details>, so it opens by keyboard and works without script) holding
 * the disclaimer, the urgent-care and see-a-doctor signs and, when given, the stretch's cautions.
 */
export function renderBeforeStart({ level, emergencyNumber, cautions }: BeforeStartOptions) {
  return html`<div part="before-start" class="before-start">
    <p part="stop-line" class="stop-line">${stopLine()}</p>
    <details part="safety-details" class="safety-details">
      <summary part="safety-summary" class="safety-summary">${disclaimerTitle()}</summary>
      <div class="safety-body">
        <ul part="disclaimer" class="disclaimer">
          ${disclaimer.map((line) => html`<li>${line()}</li>`)}
        </ul>
        ${cautions?.length
          ? html`<div part="cautions" class="care">
              ${renderHeading(level, msg('Take care', { id: 'card.cautions-title' }), 'sub-title')}
              <ul class="cautions">
                ${cautions.map((caution) => html`<li>${caution}</li>`)}
              </ul>
            </div>`
          : nothing}
        ${renderSafetySigns(level, emergencyNumber)}
      </div>
    </details>
  </div>`;
}

/** Styles for renderBeforeStart(); add after baseStyles. Includes the safety-signs styles. */
export const beforeStartStyles = [
  safetySignsStyles,
  css`
    .before-start {
      display: grid;
      gap: 0.5em;
    }
    .stop-line {
      margin: 0;
      padding-inline-start: 0.6em;
      border-inline-start: 0.25em solid var(--_caution);
      font-weight: 600;
    }
    .safety-details {
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.5);
    }
    .safety-summary {
      min-block-size: 2.75em;
      display: flex;
      align-items: center;
      padding-inline: 0.75em;
      cursor: pointer;
      font-weight: 600;
      color: var(--_accent);
    }
    /* display: flex drops the native marker, so draw a direction-neutral chevron: down when closed, up when open. */
    .safety-summary::-webkit-details-marker {
      display: none;
    }
    .safety-summary::before {
      content: '';
      flex: none;
      inline-size: 0.45em;
      block-size: 0.45em;
      margin-inline-end: 0.7em;
      /* Physical on purpose: the chevron points down (closed) or up (open) in both directions. */
      border-right: 0.15em solid currentColor;
      border-bottom: 0.15em solid currentColor;
      transform: translateY(-0.15em) rotate(45deg);
    }
    .safety-details[open] > .safety-summary::before {
      transform: translateY(0.15em) rotate(-135deg);
    }
    .safety-body {
      display: grid;
      gap: 0.75em;
      padding: 0 0.75em 0.75em;
    }
    .disclaimer {
      display: grid;
      gap: 0.25em;
      margin: 0;
      padding-inline-start: 1.25em;
    }
  `,
];
