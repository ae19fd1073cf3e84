import { html } from 'lit';
import { msg, str } from '../../../localization/lit-localize.js';
import type { HeadingLevel } from '../../../internal/attributes.js';
import { doseSentence, type StretchView } from '../../../content/stretch-view.js';
import { generalAdvice } from '../../../content/safety.js';
import { formatAboutMinutes, formatDuration } from '../../../localization/format.js';
import { renderForget, renderNotice, renderStreak, screenHeading, type RoutineNotice } from './parts.js';
import { renderProgramBanner, type ProgramBanner } from './program-banner.js';

export interface StartScreen {
  level: HeadingLevel;
  steps: readonly StretchView[];
  estimatedSeconds: number;
  restBetween: number;
  remember: boolean;
  streak: number;
  notice: RoutineNotice | undefined;
  /** `program-from-link`: the clinician's program and the link's notices. */
  program: ProgramBanner;
  onStart: () => void;
  onPrint: () => void;
  onForget: () => void;
}

/** "Your routine today": the plan, the estimate, general advice, Start and Print. */
export function renderStartScreen(screen: StartScreen) {
  return html`
      ${screenHeading(screen.level, msg('Your routine today', { id: 'routine.start.title' }))}
      ${renderProgramBanner(screen.program)}
      <ol part="plan" class="plan">
        ${screen.steps.map(
          (view) => html`<li>
            <span class="plan-name">${view.name}</span>
            <span class="plan-dose">${doseSentence(view.dose)}</span>
          </li>`
        )}
      </ol>
      <p part="estimate" class="estimate">
        ${msg(str`Takes ${formatAboutMinutes(screen.estimatedSeconds)}, with ${formatDuration(screen.restBetween)} of rest between stretches.`, {
          id: 'routine.estimate',
        })}
      </p>
      <ul class="advice-list">
        ${generalAdvice.map((line) => html`<li>${line()}</li>`)}
      </ul>
      ${renderStreak(screen.streak)}
      <div class="actions">
        <button part="primary-button" class="button big" type="button" @click=${screen.onStart}>
          ${msg('Start the routine', { id: 'routine.start.button' })}
        </button>
        <button class="button secondary" type="button" @click=${screen.onPrint}>
          ${msg('Print', { id: 'routine.print' })}
        </button>
        ${renderForget(screen.remember, screen.onForget)}
      </div>
      ${renderNotice(screen.notice)}
    `;
}
