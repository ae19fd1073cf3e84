import { html, nothing } from 'lit';
import { msg, str } from '../../../localization/lit-localize.js';
import { renderHeading } from '../../../internal/heading.js';
import type { HeadingLevel } from '../../../internal/attributes.js';
import { doseSentence, type StretchView } from '../../../content/stretch-view.js';
import { isStretchId } from '../../../content/stretches.js';
import type { Phase } from '../../../timer/plan.js';
import type { ClockStatus } from '../../../timer/clock.js';
import { phaseLabel, repLabel } from '../../../timer/phase-text.js';
import { renderTimerFace } from '../../../timer/timer-face.js';
import { pictureForTimer } from '../../../illustrations/phase.js';
import { illustrationCaption } from '../../../illustrations/caption.js';
import { stretchPicture } from '../../../illustrations/picture.js';
import { formatNumber } from '../../../localization/format.js';
import type { ReactiveElement } from 'lit';

export interface SessionScreen {
  level: HeadingLevel;
  /** The element (pictures load through it). */
  host: ReactiveElement;
  steps: readonly StretchView[];
  step: number;
  plan: readonly Phase[];
  phase: Phase;
  status: ClockStatus;
  remainingSeconds: number;
  phaseProgress: number;
  muted: boolean;
  onKeydown: (event: KeyboardEvent) => void;
  onBack: () => void;
  onToggle: () => void;
  onNext: () => void;
  onSkip: () => void;
  onMute: () => void;
  /** The current stretch's cautions (shown beside it, except during a rest between stretches). */
  cautions: readonly string[];
  /** "It hurts": pauses at once and asks for a score now. */
  onHurts: () => void;
}

/** The session: progress, the stretch (or the rest) with its picture and timer, and the controls. */
export function renderSessionScreen(screen: SessionScreen) {
  const { phase, step, steps, plan, status } = screen;
  const view = steps[step];
  const total = steps.length;
  const running = status === 'running';
  const position = formatNumber(step + 1);
  const reps = plan.filter((p) => p.step === step && p.kind === 'hold' && !p.between).at(-1)?.rep ?? 1;
  // During a rest between stretches the next stretch is named beside the timer already.
  const detail = phase.between
    ? []
    : reps > 1
      ? [repLabel(phase.rep, reps)]
      : [];
  return html`
      <section
        class="session phase-${phase.kind}"
        tabindex="0"
        aria-labelledby="session-title"
        aria-describedby="shortcuts"
        @keydown=${screen.onKeydown}
      >
        <div part="progress" class="progress">
          <span id="progress-text">${msg(str`Stretch ${position} of ${formatNumber(total)}`, { id: 'routine.progress' })}</span>
          <progress max=${total} value=${phase.between ? step : step + 1} aria-labelledby="progress-text"></progress>
        </div>
        <div part="stage" class="stage">
          <div class="stretch-info">
            <div tabindex="-1" data-screen-focus id="session-title">
              ${renderHeading(screen.level, phase.between ? msg('Rest', { id: 'timer.phase.rest' }) : view.name, 'stretch-name')}
            </div>
            ${phase.between ? html`<p class="next-up">${msg(str`Next: ${view.name}`, { id: 'routine.next-up' })}</p>` : nothing}
            <p class="dose">${doseSentence(view.dose)}</p>
            ${renderPicture(screen, view)}
            ${!phase.between && screen.cautions.length
              ? html`<div class="cautions" part="cautions">
                  <p class="cautions-title">${msg('Take care', { id: 'routine.cautions.title' })}</p>
                  <ul>
                    ${screen.cautions.map((line) => html`<li>${line}</li>`)}
                  </ul>
                </div>`
              : nothing}
            <details class="how">
              <summary>${msg('How to do it', { id: 'card.steps-title' })}</summary>
              <ol>
                ${view.steps.map((line) => html`<li>${line}</li>`)}
              </ol>
              ${view.videoUrl
                ? html`<a part="video-link" class="video" href=${view.videoUrl} target="_blank" rel="noopener noreferrer"
                    >${msg('Watch a video demonstration', { id: 'card.video' })}<span class="visually-hidden">
                      ${msg('(opens in a new tab)', { id: 'card.new-tab' })}</span
                    ></a
                  >`
                : nothing}
            </details>
          </div>
          <div class="timer-area ${status}">
            ${renderTimerFace({
              phase,
              status,
              label: phase.between ? msg('Rest', { id: 'timer.phase.rest' }) : phaseLabel(phase),
              remainingSeconds: screen.remainingSeconds,
              progress: screen.phaseProgress,
              detail,
            })}
          </div>
        </div>
        <div class="hurts-row">
          <button part="hurts-button" class="button hurts" type="button" @click=${screen.onHurts}>
            ${msg('It hurts', { id: 'routine.hurts.button' })}
          </button>
        </div>
        <div part="controls" class="controls">
          <button class="button secondary" type="button" @click=${screen.onBack}>
            ${msg('Back', { id: 'routine.back' })}
          </button>
          <button part="primary-button" class="button big" type="button" @click=${screen.onToggle}>
            ${running ? msg('Pause', { id: 'timer.button.pause' }) : msg('Resume', { id: 'timer.button.resume' })}
          </button>
          <button class="button secondary" type="button" @click=${screen.onNext}>
            ${msg('Next', { id: 'timer.button.next' })}
          </button>
          <button class="button secondary" type="button" ?disabled=${phase.between} @click=${screen.onSkip}>
            ${msg('Skip stretch', { id: 'routine.skip' })}
          </button>
          <button
            class="button secondary"
            type="button"
            aria-pressed=${screen.muted ? 'true' : 'false'}
            @click=${screen.onMute}
          >
            ${msg('Mute', { id: 'timer.button.mute' })}
          </button>
        </div>
        <p id="shortcuts" class="hint">
          ${msg('Keys: Space pauses or resumes, arrow keys go back or next, Esc pauses.', { id: 'routine.shortcuts' })}
        </p>
      </section>
    `;
}

/** The stretch's picture for the moment: the next stretch's start position during a rest between stretches. */
function renderPicture(screen: SessionScreen, view: StretchView) {
  if (!view.fromCatalog || !isStretchId(view.id)) return nothing;
  const { phase, step } = screen;
  const stepPlan = screen.plan.filter((p) => p.step === step && !p.between && p.kind !== 'done');
  const picture = phase.between
    ? { pose: 'start' as const, side: stepPlan.find((p) => p.side)?.side, animate: false }
    : pictureForTimer(screen.status, phase, stepPlan);
  return html`<figure class="picture">
      ${stretchPicture(screen.host, view.id, picture.pose, picture.side, { animate: picture.animate })}
      <figcaption class="caption">${illustrationCaption(view.id, picture.pose, picture.side)}</figcaption>
    </figure>`;
}
