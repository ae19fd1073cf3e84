import { html } from 'lit';
import { msg } from '../../../localization/lit-localize.js';
import type { HeadingLevel } from '../../../internal/attributes.js';
import { renderPainScale } from '../pain-scale.js';
import { screenHeading } from './parts.js';

export interface PainCheckScreen {
  level: HeadingLevel;
  /** `now`: after "It hurts", with the session paused. */
  when: 'before' | 'after' | 'now';
  value: number | undefined;
  onChange: (score: number | undefined) => void;
  /** Continue, or Skip (after clearing the score). */
  onNext: () => void;
}

/** "How is your back right now?": the 0–10 scale before or after the session. */
export function renderPainCheckScreen(screen: PainCheckScreen) {
  const { when, value } = screen;
  return html`
      ${screenHeading(
        screen.level,
        when === 'before'
          ? msg('How is your back right now?', { id: 'pain.before.title' })
          : when === 'after'
            ? msg('How is your back now?', { id: 'pain.after.title' })
            : msg('How much does it hurt now?', { id: 'pain.now.title' })
      )}
      ${when === 'now' ? html`<p>${msg('The routine is paused.', { id: 'pain.now.paused' })}</p>` : ''}
      <fieldset class="pain">
        <legend>
          ${msg('Choose a number from 0 (no pain) to 10 (worst pain).', { id: 'pain.legend' })}
        </legend>
        ${renderPainScale(`pain-${when}`, value, screen.onChange)}
      </fieldset>
      <div class="actions">
        <button part="primary-button" class="button" type="button" ?disabled=${value === undefined} @click=${screen.onNext}>
          ${msg('Continue', { id: 'pain.continue' })}
        </button>
        <button class="button secondary" type="button" @click=${() => {
          screen.onChange(undefined);
          screen.onNext();
        }}>
          ${msg('Skip this question', { id: 'pain.skip' })}
        </button>
      </div>
    `;
}
