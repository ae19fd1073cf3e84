import { html, nothing } from 'lit';
import { msg, str } from '../../../localization/lit-localize.js';
import { renderHeading } from '../../../internal/heading.js';
import type { HeadingLevel } from '../../../internal/attributes.js';
import { formatDays, formatNumber } from '../../../localization/format.js';
import type { ContactLink } from '../../shared/contact.js';
import type { StretchView } from '../../../content/stretch-view.js';

/** What several screens share: the focus target heading, the clinic's link, the streak and notices. */

/** A screen's heading; focus moves to it when the screen changes under the patient's focus. */
export function screenHeading(level: HeadingLevel, text: string) {
  return html`<div class="screen-heading" tabindex="-1" data-screen-focus>${renderHeading(level, text, 'screen-title')}</div>`;
}

/** The clinic's call to action: its `cta` slot, else the link from `contact-href`. */
export function renderCta(contact: ContactLink | undefined) {
  return html`<slot name="cta">
      ${contact ? html`<a part="cta-link" class="button" href=${contact.href}>${contact.label}</a>` : nothing}
    </slot>`;
}

/** Notices a click leaves on a screen; their text is made in render(), in the element's language. */
export type RoutineNotice = 'forgotten';

export function renderNotice(notice: RoutineNotice | undefined) {
  if (!notice) return nothing;
  return html`<p class="notice" role="status">${msg('Your progress on this device has been cleared.', { id: 'routine.forgotten' })}</p>`;
}

export function renderStreak(streak: number) {
  if (streak <= 0) return nothing;
  const text =
    streak === 1
      ? msg('You stretched today. Come back tomorrow to start a streak!', { id: 'routine.streak.one' })
      : msg(str`You have stretched ${formatDays(streak)} in a row.`, { id: 'routine.streak.days' });
  return html`<p class="streak">${text}</p>`;
}

export function renderForget(remember: boolean, onForget: () => void) {
  return remember
    ? html`<button class="button secondary" type="button" @click=${onForget}>
          ${msg('Forget my progress', { id: 'routine.forget' })}
        </button>`
    : nothing;
}

/** "Stretch 2 of 4: Knee to chest" (the resume prompt and the spoken step title). */
export function stepTitle(steps: readonly StretchView[], step: number): string {
  const total = formatNumber(steps.length);
  const position = formatNumber(step + 1);
  return msg(str`Stretch ${position} of ${total}: ${steps[step].name}`, { id: 'routine.step-title' });
}
