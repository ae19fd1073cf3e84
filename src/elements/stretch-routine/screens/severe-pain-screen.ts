import { html } from 'lit';
import { msg } from '../../../localization/lit-localize.js';
import { subLevel, type HeadingLevel } from '../../../internal/attributes.js';
import type { ContactLink } from '../../shared/contact.js';
import { renderSafetySigns } from '../../shared/safety-signs.js';
import { renderCta, screenHeading } from './parts.js';

export interface SeverePainScreen {
  level: HeadingLevel;
  contact: ContactLink | undefined;
  emergencyNumber: string | undefined;
  /** "Not today": back to the start screen. */
  onNotToday: () => void;
  /** The second, explicit choice: "I understand, continue gently". */
  onContinue: () => void;
}

/**
 * "Severe pain today": a before-score of 7 or more (PAIN_SEVERE_AT). Advises not to stretch today,
 * offers the clinic's contact and the urgent-care signs; going on takes a second, explicit choice.
 */
export function renderSeverePainScreen(screen: SeverePainScreen) {
  const { level } = screen;
  return html`
      <section class="advice severe" role="alert">
        ${screenHeading(level, msg('Your pain is severe today', { id: 'routine.severe.title' }))}
        <p>
          ${msg('With pain of 7 or more out of 10, it is better not to stretch today. Rest, and contact our clinic for advice.', {
            id: 'routine.severe.text',
          })}
        </p>
        ${renderCta(screen.contact)}
        ${renderSafetySigns(subLevel(level), screen.emergencyNumber)}
        <div class="actions">
          <button part="primary-button" class="button" type="button" @click=${screen.onNotToday}>
            ${msg('Not today', { id: 'routine.severe.not-today' })}
          </button>
          <button class="button secondary" type="button" @click=${screen.onContinue}>
            ${msg('I understand, continue gently', { id: 'routine.severe.continue' })}
          </button>
        </div>
      </section>
    `;
}
