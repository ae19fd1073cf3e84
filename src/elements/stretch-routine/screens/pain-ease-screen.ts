import { html } from 'lit';
import { msg } from '../../../localization/lit-localize.js';
import type { HeadingLevel } from '../../../internal/attributes.js';
import { stopLine } from '../../../content/safety.js';
import { screenHeading } from './parts.js';

export interface PainEaseScreen {
  level: HeadingLevel;
  /** The stretch the patient was on ("Stretch 2 of 4: Knee to chest"). */
  stepTitle: string;
  /** "Go on gently": the timer resumes where it was paused. */
  onGoOn: () => void;
  /** "Skip this stretch": on to the next one. */
  onSkip: () => void;
  /** "Stop for today": on to the summary. */
  onStop: () => void;
}

/** After "It hurts" and a score below the stop thresholds: go on gently, skip this stretch, or stop. */
export function renderPainEaseScreen(screen: PainEaseScreen) {
  return html`
      ${screenHeading(screen.level, msg('Go gently', { id: 'routine.ease.title' }))}
      <p>${screen.stepTitle}</p>
      <p>
        ${msg('The timer is paused. Move only as far as feels comfortable, or skip this stretch.', { id: 'routine.ease.text' })}
      </p>
      <p class="stop-line">${stopLine()}</p>
      <div class="actions">
        <button part="primary-button" class="button" type="button" @click=${screen.onGoOn}>
          ${msg('Go on gently', { id: 'routine.ease.go-on' })}
        </button>
        <button class="button secondary" type="button" @click=${screen.onSkip}>
          ${msg('Skip this stretch', { id: 'routine.ease.skip' })}
        </button>
        <button class="button secondary" type="button" @click=${screen.onStop}>
          ${msg('Stop for today', { id: 'routine.ease.stop' })}
        </button>
      </div>
    `;
}
