import { html } from 'lit';
import { msg, str } from '../../../localization/lit-localize.js';
import type { HeadingLevel } from '../../../internal/attributes.js';
import { screenHeading } from './parts.js';

export interface ResumeScreen {
  level: HeadingLevel;
  /** "Stretch 3 of 4: Knee to chest", the saved point. */
  stepTitle: string;
  onContinue: () => void;
  onRestart: () => void;
}

/** "Continue where you left off?" (with `remember` and a saved point for this routine). */
export function renderResumeScreen(screen: ResumeScreen) {
  return html`
      ${screenHeading(screen.level, msg('Continue where you left off?', { id: 'routine.resume.title' }))}
      <p>${msg(str`Last time you stopped at ${screen.stepTitle}.`, { id: 'routine.resume.text' })}</p>
      <div class="actions">
        <button part="primary-button" class="button" type="button" @click=${screen.onContinue}>
          ${msg('Continue', { id: 'routine.resume.continue' })}
        </button>
        <button class="button secondary" type="button" @click=${screen.onRestart}>
          ${msg('Start from the beginning', { id: 'routine.resume.restart' })}
        </button>
      </div>
    `;
}
