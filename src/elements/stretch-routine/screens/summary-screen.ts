import { html, nothing } from 'lit';
import { msg } from '../../../localization/lit-localize.js';
import type { HeadingLevel } from '../../../internal/attributes.js';
import type { StretchView } from '../../../content/stretch-view.js';
import { formatDuration, formatList, formatNumber } from '../../../localization/format.js';
import type { ContactLink } from '../../shared/contact.js';
import { renderCta, renderForget, renderNotice, renderStreak, screenHeading, type RoutineNotice } from './parts.js';

export interface SummaryScreen {
  level: HeadingLevel;
  steps: readonly StretchView[];
  skipped: ReadonlySet<number>;
  durationMs: number;
  painCheck: boolean;
  painBefore: number | undefined;
  painAfter: number | undefined;
  rtl: boolean;
  remember: boolean;
  streak: number;
  contact: ContactLink | undefined;
  notice: RoutineNotice | undefined;
  onAgain: () => void;
  onForget: () => void;
}

function painText(score: number | undefined): string {
  return score === undefined ? msg('not given', { id: 'pain.not-given' }) : formatNumber(score);
}

/** "Well done!": what was done and skipped, the time, the pain before and after, the streak. */
export function renderSummaryScreen(screen: SummaryScreen) {
  const done = screen.steps.filter((_, index) => !screen.skipped.has(index));
  const skipped = screen.steps.filter((_, index) => screen.skipped.has(index));
  return html`
      <section part="summary" class="summary">
        ${screenHeading(screen.level, msg('Well done!', { id: 'routine.summary.title' }))}
        <dl>
          <div>
            <dt>${msg('Stretches done', { id: 'routine.summary.done' })}</dt>
            <dd>${done.length ? formatList(done.map((view) => view.name)) : '—'}</dd>
          </div>
          ${skipped.length
            ? html`<div>
                <dt>${msg('Skipped', { id: 'routine.summary.skipped' })}</dt>
                <dd>${formatList(skipped.map((view) => view.name))}</dd>
              </div>`
            : nothing}
          <div>
            <dt>${msg('Time', { id: 'routine.summary.time' })}</dt>
            <dd>${formatDuration(screen.durationMs / 1000)}</dd>
          </div>
          ${screen.painCheck
            ? html`<div>
                <dt>${msg('Pain before and after', { id: 'routine.summary.pain' })}</dt>
                <dd>${painText(screen.painBefore)} ${screen.rtl ? '←' : '→'} ${painText(screen.painAfter)}</dd>
              </div>`
            : nothing}
        </dl>
        ${screen.painCheck
          ? html`<p class="pain-monitoring">
              ${msg('Some pain after stretching is fine if it is 5 or less out of 10, settles within a few hours and is not worse the next morning. Otherwise, do less next time and ask our clinic.', {
                id: 'routine.summary.pain-monitoring',
              })}
            </p>`
          : nothing}
        ${renderStreak(screen.streak)}
        <p>${msg('If your back pain does not go away, contact our doctors.', { id: 'routine.summary.contact' })}</p>
        ${renderCta(screen.contact)}
        <div class="actions">
          <button part="primary-button" class="button" type="button" @click=${screen.onAgain}>
            ${msg('Do it again', { id: 'routine.summary.again' })}
          </button>
          ${renderForget(screen.remember, screen.onForget)}
        </div>
        ${renderNotice(screen.notice)}
      </section>
    `;
}
