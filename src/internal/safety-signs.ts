import { html } from 'lit';
import { soonLead, soonSigns, soonTitle, urgentLead, urgentSigns, urgentTitle } from '../content/safety.js';
import { renderHeading } from './heading.js';
import type { HeadingLevel } from './attributes.js';

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
