import { html, nothing } from 'lit';
import { msg } from '../../../localization/lit-localize.js';
import { renderHeading } from '../../../internal/heading.js';
import { subLevel, type HeadingLevel } from '../../../internal/attributes.js';
import { disclaimer, disclaimerTitle } from '../../../content/safety.js';
import { renderSafetySigns } from '../../shared/safety-signs.js';
import { screenHeading } from './parts.js';

export interface SafetyScreen {
  level: HeadingLevel;
  emergencyNumber: string | undefined;
  /** A saved place over 24 hours old was dropped: say so in one line. */
  expired?: boolean;
  onClear: () => void;
  onSigns: () => void;
}

/** The safety check before every session: the warning signs and the disclaimer. */
export function renderSafetyScreen(screen: SafetyScreen) {
  const { level } = screen;
  return html`
      <section part="safety" class="safety">
        ${screenHeading(level, msg('Before you start: a quick safety check', { id: 'routine.safety.title' }))}
        ${screen.expired
          ? html`<p class="notice" role="status">
              ${msg('Your saved place was more than a day old, so the routine starts from the beginning.', { id: 'routine.resume.expired' })}
            </p>`
          : nothing}
        ${renderSafetySigns(subLevel(level), screen.emergencyNumber)}
        <div class="disclaimer">
          ${renderHeading(subLevel(level), disclaimerTitle(), 'section-title')}
          <ul>
            ${disclaimer.map((line) => html`<li>${line()}</li>`)}
          </ul>
        </div>
        <div class="actions">
          <button part="primary-button" class="button" type="button" @click=${screen.onClear}>
            ${msg('None of these apply to me', { id: 'routine.safety.none' })}
          </button>
          <button class="button secondary" type="button" @click=${screen.onSigns}>
            ${msg('I have one or more of these', { id: 'routine.safety.some' })}
          </button>
        </div>
      </section>
    `;
}
