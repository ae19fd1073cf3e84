import { css, html } from 'lit';
import { soonLead, soonSigns, soonTitle, urgentLead, urgentSigns, urgentTitle } from '../../content/safety.js';
import { renderHeading } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/attributes.js';

/** The "Get help now" and "See a doctor soon" boxes, shared by every element that shows them. */
export function renderSafetySigns(level: HeadingLevel, emergencyNumber: string | undefined) {
  return html`
    <div class="help">
      <div part="urgent" class="help-box urgent" role="group" aria-labelledby="urgent-title">
        ${renderHeading(level, urgentTitle(), 'section-title', 'urgent-title')}
        <p>${urgentLead(emergencyNumber)}</p>
        <ul>
          ${urgentSigns.map((sign) => html`<li>${sign()}</li>`)}
        </ul>
      </div>
      <div part="see-doctor" class="help-box" role="group" aria-labelledby="soon-title">
        ${renderHeading(level, soonTitle(), 'section-title', 'soon-title')}
        <p>${soonLead()}</p>
        <ul>
          ${soonSigns.map((sign) => html`<li>${sign()}</li>`)}
        </ul>
      </div>
    </div>
  `;
}

/** Styles for renderSafetySigns(); add to the element's `static styles`. */
export const safetySignsStyles = css`
  .help {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    gap: 0.75em;
  }
  .help-box {
    display: grid;
    gap: 0.5em;
    align-content: start;
    padding: 1em;
    border-radius: calc(var(--_radius) * 0.75);
    border: 0.125em solid var(--_border);
  }
  .help-box ul {
    display: grid;
    gap: 0.25em;
    padding-inline-start: 1.25em;
  }
  .urgent {
    border-color: var(--_urgent);
    background: var(--_urgent-surface);
  }
  .urgent .section-title {
    color: var(--_urgent);
  }
  @container (max-width: 30em) {
    .help-box {
      padding: 0.75em;
    }
  }
`;
