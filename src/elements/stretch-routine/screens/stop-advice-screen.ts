import { html } from 'lit';
import { msg } from '../../../localization/lit-localize.js';
import type { HeadingLevel } from '../../../internal/attributes.js';
import type { ContactLink } from '../../shared/contact.js';
import { renderCta, screenHeading } from './parts.js';

export interface StopAdviceScreen {
  level: HeadingLevel;
  /** `signs`: a warning sign applies (before starting); `pain`: the pain got worse (after). */
  reason: 'signs' | 'pain';
  contact: ContactLink | undefined;
  /** `signs`: back to the safety check; `pain`: on to the summary. */
  onNext: () => void;
}

/** Advice to stop, with the clinic's link. */
export function renderStopAdviceScreen(screen: StopAdviceScreen) {
  const { level, reason } = screen;
  return html`
      <section class="advice" role="alert">
        ${screenHeading(
          level,
          reason === 'signs'
            ? msg('Please do not start the routine', { id: 'routine.stop.title' })
            : msg('Please stop for today', { id: 'routine.pain-advice.title' })
        )}
        <p>
          ${reason === 'signs'
            ? msg('With these signs, stretching at home is not the right first step. If any sign in "Get help now" applies, call for emergency help now. Otherwise, contact your doctor or our clinic.', {
                id: 'routine.stop.text',
              })
            : msg('Your pain is higher than it should be after stretching. Rest, and contact our clinic before you do these stretches again.', {
                id: 'routine.pain-advice.text',
              })}
        </p>
        ${renderCta(screen.contact)}
        <div class="actions">
          ${reason === 'signs'
            ? html`<button class="button secondary" type="button" @click=${screen.onNext}>
                ${msg('Back to the safety check', { id: 'routine.stop.back' })}
              </button>`
            : html`<button part="primary-button" class="button secondary" type="button" @click=${screen.onNext}>
                ${msg('See my summary', { id: 'routine.pain-advice.summary' })}
              </button>`}
        </div>
      </section>
    `;
}
