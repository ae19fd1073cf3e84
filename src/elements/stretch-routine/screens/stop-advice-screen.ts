import { html, nothing } from 'lit';
import { msg } from '../../../localization/lit-localize.js';
import { subLevel, type HeadingLevel } from '../../../internal/attributes.js';
import type { ContactLink } from '../../shared/contact.js';
import { renderSafetySigns } from '../../shared/safety-signs.js';
import { renderCta, screenHeading } from './parts.js';

export interface StopAdviceScreen {
  level: HeadingLevel;
  /**
   * `signs`: a warning sign applies (before starting); `pain`: the pain got worse (after);
   * `pain-now`: a score during the session ("It hurts") calls for stopping.
   */
  reason: 'signs' | 'pain' | 'pain-now';
  contact: ContactLink | undefined;
  /** For the urgent-care signs shown with the pain advice. */
  emergencyNumber?: string | undefined;
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
            : reason === 'pain'
              ? msg('Please stop for today', { id: 'routine.pain-advice.title' })
              : msg('Please stop now', { id: 'routine.pain-stop.title' })
        )}
        <p>
          ${reason === 'signs'
            ? msg('With these signs, stretching at home is not the right first step. If any sign in "Get help now" applies, call for emergency help now. Otherwise, contact your doctor or our clinic.', {
                id: 'routine.stop.text',
              })
            : reason === 'pain'
              ? msg('Your pain is higher than it should be after stretching. Rest, and contact our clinic before you do these stretches again.', {
                  id: 'routine.pain-advice.text',
                })
              : msg('Your pain is too high to go on stretching. Stop now and rest, and contact our clinic before you do these stretches again.', {
                  id: 'routine.pain-stop.text',
                })}
        </p>
        ${renderCta(screen.contact)}
        ${reason === 'signs' ? nothing : renderSafetySigns(subLevel(level), screen.emergencyNumber)}
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
