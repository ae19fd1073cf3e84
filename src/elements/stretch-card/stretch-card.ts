import { html, nothing, type PropertyDeclarations } from 'lit';
import { msg, str } from '../../localization/lit-localize.js';
import { BackcareElement } from '../../internal/backcare-element.js';
import { baseStyles } from '../../internal/base-styles.js';
import { renderHeading } from '../../internal/heading.js';
import { subLevel } from '../../internal/attributes.js';
import { parseEmergencyNumber } from '../../internal/attributes.js';
import { beforeStartStyles, renderBeforeStart } from '../shared/before-start.js';
import { holdSeconds, repsToRun, warnUnusualDose } from '../../content/dose.js';
import { doseSentence, resolveStretch, type StretchView } from '../../content/stretch-view.js';
import type { CustomStretchInput } from '../../content/custom-stretch.js';
import type { StretchId } from '../../content/types.js';
import type { TimerCompleteEvent } from '../stretch-timer/stretch-timer.events.js';
import type { StretchTimer } from '../stretch-timer/stretch-timer.js';
import { isStretchId, stretches } from '../../content/stretches.js';
import { illustrationStyles } from '../../illustrations/styles.js';
import { illustrationCaption } from '../../illustrations/caption.js';
import { pictureForTimer, type TimerPicture } from '../../illustrations/phase.js';
import { picturesSettled, stretchPicture } from '../../illustrations/picture.js';
import { stretchCardStyles } from './stretch-card.styles.js';
import { StretchCompleteEvent } from './stretch-card.events.js';

export * from './stretch-card.events.js';

/**
 * One stretch with its steps, where you feel it, dose, cautions, optional video link and its
 * own hold timer. Before the timer's Start button, full and `compact` alike, the card shows the
 * line "Stop if your pain gets worse or feels sharp." and a "Before you start" disclosure with the
 * disclaimer and the urgent-care and see-a-doctor signs (in `compact`, the stretch's cautions too). Built-in stretches by id; a clinic's own through the `stretch` property or a
 * `<script type="application/json">` child.
 *
 * @summary One stretch: picture, numbered steps, dose, cautions and a guided timer.
 * @tag stretch-card
 *
 * @fires {StretchCompleteEvent} stretch-complete - The timer finished. `detail: { stretch, plannedMs, actualMs }`.
 * @fires {TimerStartEvent} timer-start - From the card's timer (bubbles out of it).
 * @fires {TimerPhaseEvent} timer-phase - From the card's timer.
 * @fires {TimerCompleteEvent} timer-complete - From the card's timer.
 *
 * @csspart base - The card.
 * @csspart name - The stretch's name (heading).
 * @csspart summary - One line on what it is good for.
 * @csspart dose - The dose in words ("Hold 15–30 seconds, each side, 2–3 times.").
 * @csspart picture - The picture area (a `<figure>`).
 * @csspart illustration - The built-in stretch picture (`<svg>`): start or end position, for the side being timed.
 * @csspart picture-caption - The picture's caption: the side and the position.
 * @csspart image - A custom stretch's own picture (`image`).
 * @csspart steps - The numbered steps (`<ol>`).
 * @csspart sub-title - The "How to do it", "Where you feel it" and "Take care" headings.
 * @csspart feel - Where you feel it.
 * @csspart cautions - The "Take care" box.
 * @csspart video-link - The video demonstration link.
 * @csspart before-start - The safety block before the timer: the stop line and the disclosure.
 * @csspart stop-line - "Stop if your pain gets worse or feels sharp."
 * @csspart safety-details - The "Before you start" disclosure (`<details>`).
 * @csspart safety-summary - Its `<summary>`.
 * @csspart disclaimer - The disclaimer list inside it.
 * @csspart urgent - The "Get help now" box inside it.
 * @csspart see-doctor - The "See a doctor soon" box inside it.
 * @csspart section-title - The "Get help now" and "See a doctor soon" headings inside it.
 * @csspart timer - The `<stretch-timer>`.
 * @csspart unavailable - The message shown when the stretch cannot be shown.
 *
 * @slot picture - Your own picture (an `<img>` with alt text, or an `<svg role="img">`), in place of the built-in one.
 *
 * @cssprop [--backcare-color-accent=light-dark(#0b6b6b, #6fd6cb)] - Accent.
 * @cssprop [--backcare-color-text=light-dark(#1d2426, #e8eeee)] - Text.
 * @cssprop [--backcare-color-muted=light-dark(#4b5759, #b4c0c1)] - Secondary text.
 * @cssprop [--backcare-color-surface=light-dark(#ffffff, #172022)] - Background.
 * @cssprop [--backcare-color-border=light-dark(#c9d6d5, #3b4d50)] - Border.
 * @cssprop [--backcare-color-caution=light-dark(#8a5300, #ffc46b)] - The "Take care" box's edge.
 * @cssprop [--backcare-color-caution-surface=light-dark(#fff5e0, #33280f)] - The "Take care" box's background.
 * @cssprop [--backcare-color-urgent=light-dark(#a4161a, #ff8a80)] - The "Get help now" box's edge and title.
 * @cssprop [--backcare-color-urgent-surface=light-dark(#fdecea, #3a1c1c)] - The "Get help now" box's background.
 * @cssprop [--backcare-radius=0.75em] - Corner radius.
 * @cssprop [--backcare-font-size=medium] - Base font size.
 * @cssprop [--backcare-line-height=1.5] - Line height of the text (the page's own line-height does not reach inside; nor do its letter-spacing, word-spacing, text-align, text-transform, text-indent or white-space).
 */
export class StretchCard extends BackcareElement {
  static override styles = [baseStyles, ...beforeStartStyles, stretchCardStyles, illustrationStyles];

  static override properties: PropertyDeclarations = {
    stretch: {},
    hold: {},
    reps: {},
    sides: {},
    rest: {},
    videoUrl: { attribute: 'video-url' },
    emergencyNumber: { attribute: 'emergency-number' },
    getReady: { attribute: 'get-ready' },
    compact: { type: Boolean, reflect: true },
    sound: {},
    voice: {},
    vibrate: {},
  };

  /** A catalog id (`head-rolls`, `kneeling-back-extension`, `knee-to-chest`, `bird-dog`) or, as a property, a custom stretch object. */
  declare stretch: StretchId | string | CustomStretchInput | undefined;
  /** Overrides the hold: seconds or a range such as `15-30`. */
  declare hold: string | undefined;
  /** Overrides the rounds: a number or a range such as `2-3` (the timer runs the lower bound). */
  declare reps: string | undefined;
  /** Overrides the sides: `each` or `none`. */
  declare sides: string | undefined;
  /** Overrides the seconds of rest between rounds. */
  declare rest: string | undefined;
  /** A video demonstration link (https:). Opens in a new tab. */
  declare videoUrl: string | undefined;
  /** The emergency number named in the "Before you start" disclosure (2–6 digits). Default: the usual examples (911, 999, 112). */
  declare emergencyNumber: string | undefined;
  /** Seconds of "Get ready" before the first hold. Default 3. */
  declare getReady: string | undefined;
  /**
   * Only the name, the dose, the safety line and disclosure, and the timer. The stretch's cautions
   * move into the "Before you start" disclosure.
   */
  declare compact: boolean;
  /** Timer beeps: `on` (default) or `off`. */
  declare sound: string | undefined;
  /** Spoken timer cues: `on` or `off` (default). */
  declare voice: string | undefined;
  /** Timer vibration: `on` (default) or `off`. */
  declare vibrate: string | undefined;

  #jsonText: string | undefined;
  /** The picture for the timer's state; undefined while the timer is idle. */
  #timerPicture: TimerPicture | undefined;
  /** A custom `image` that failed to load: the placeholder is shown instead of a broken image. */
  #failedImage: string | undefined;
  #hasSlottedPicture = false;
  readonly #childObserver =
    typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(() => this.#readJsonChild());

  constructor() {
    super();
    this.compact = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readJsonChild();
    this.#childObserver?.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
  }

  /** The resolved stretch as shown, or undefined when it cannot be shown. */
  get view(): StretchView | undefined {
    const view = resolveStretch(
      { stretch: this.stretch, json: this.#jsonText },
      { hold: this.hold, reps: this.reps, sides: this.sides, rest: this.rest, videoUrl: this.videoUrl },
      this.warner
    );
    if (view) {
      const catalog = view.fromCatalog && isStretchId(view.id) ? stretches[view.id].dose : undefined;
      warnUnusualDose(view.dose, catalog, { hold: this.hold, reps: this.reps, rest: this.rest }, this.warner);
    }
    return view;
  }

  #readJsonChild(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text !== this.#jsonText) {
      this.#jsonText = text;
      this.#timerPicture = undefined;
      this.requestUpdate();
    }
  }

  #onTimerComplete(event: TimerCompleteEvent, view: StretchView): void {
    this.dispatchEvent(
      new StretchCompleteEvent({ stretch: view.id, plannedMs: event.detail.plannedMs, actualMs: event.detail.actualMs })
    );
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // A new dose gives the timer a new plan, which puts it back to idle without an event.
    if (['stretch', 'hold', 'reps', 'sides', 'rest', 'getReady'].some((key) => changed.has(key))) this.#timerPicture = undefined;
  }

  /** Follows the timer (start, pause, phases, reset) so the picture matches it. */
  readonly #onTimerChange = (event: Event): void => {
    const timer = event.currentTarget as StretchTimer;
    this.#timerPicture = timer.status === 'idle' ? undefined : pictureForTimer(timer.status, timer.phase, timer.plan);
    this.requestUpdate();
  };

  #onPictureSlotChange(event: Event): void {
    this.#hasSlottedPicture = (event.target as HTMLSlotElement).assignedElements().length > 0;
    this.requestUpdate();
  }

  protected override render() {
    const view = this.view;
    if (!view) {
      return html`<p part="unavailable" class="unavailable" role="note">
        ${msg('This stretch is not available.', { id: 'card.unavailable' })}
      </p>`;
    }
    const level = this.resolvedHeadingLevel;
    return html`
      <article part="base" class="base surface-card" aria-labelledby="name">
        <header class="header">
          ${renderHeading(level, view.name, 'name', 'name')}
          ${!this.compact && view.summary ? html`<p part="summary" class="summary">${view.summary}</p>` : nothing}
        </header>
        <p part="dose" class="dose">${doseSentence(view.dose)}</p>
        ${this.compact ? nothing : this.#renderDetails(view, subLevel(level))}
        ${this.compact ? this.#renderTimer(view) : nothing}
      </article>
    `;
  }

  #renderTimer(view: StretchView) {
    const dose = view.dose;
    return html`<div class="start">
      ${renderBeforeStart({
        level: subLevel(this.resolvedHeadingLevel),
        emergencyNumber: parseEmergencyNumber(this.emergencyNumber, this.warner),
        cautions: this.compact ? view.cautions : undefined,
      })}
      <stretch-timer
        part="timer"
        ?compact=${this.compact}
        label=${msg(str`${view.name} timer`, { id: 'card.timer-label' })}
        hold=${`${dose.hold.min}-${dose.hold.max}`}
        target=${holdSeconds(dose)}
        reps=${repsToRun(dose)}
        sides=${dose.sides}
        rest=${dose.rest}
        get-ready=${this.getReady ?? '3'}
        sound=${this.sound ?? 'on'}
        voice=${this.voice ?? 'off'}
        vibrate=${this.vibrate ?? 'on'}
        @timer-complete=${(event: TimerCompleteEvent) => this.#onTimerComplete(event, view)}
        @timer-start=${this.#onTimerChange}
        @timer-pause=${this.#onTimerChange}
        @timer-phase=${this.#onTimerChange}
        @timer-reset=${this.#onTimerChange}
      ></stretch-timer>
    </div>`;
  }

  /** Resolves once rendered with its pictures (the one-file CDN build loads them on first use). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    return (await picturesSettled(this)) ? super.getUpdateComplete() : result;
  }

  /**
   * The picture: a catalog stretch's illustration for the timer's state (idle: start position,
   * first side), a custom stretch's own `image`, or a neutral placeholder; a slotted `picture`
   * replaces any of them.
   */
  #renderPicture(view: StretchView) {
    let art;
    let caption: string | undefined;
    if (view.fromCatalog && isStretchId(view.id)) {
      const { pose, side, animate } = this.#timerPicture ?? {
        pose: 'start' as const,
        side: view.dose.sides === 'each' ? ('right' as const) : undefined,
        animate: false,
      };
      art = stretchPicture(this, view.id, pose, side, { animate });
      caption = illustrationCaption(view.id, pose, side);
    } else if (view.image && view.image !== this.#failedImage) {
      const image = view.image;
      art = html`<img part="image" class="image" src=${image} alt=${view.imageAlt ?? view.name} @error=${() => {
        this.#failedImage = image;
        this.requestUpdate();
      }} />`;
    } else {
      art = html`<span class="placeholder">${placeholderFigure}<span>${view.name}</span></span>`;
    }
    return html`<figure part="picture" class="picture" aria-label=${msg(str`Picture of ${view.name}`, { id: 'card.picture-label' })}>
      <slot name="picture" @slotchange=${this.#onPictureSlotChange}>${art}</slot>
      ${caption && !this.#hasSlottedPicture ? html`<figcaption part="picture-caption" class="caption">${caption}</figcaption>` : nothing}
    </figure>`;
  }

  #renderDetails(view: StretchView, level: ReturnType<typeof subLevel>) {
    return html`
      <div class="layout">
        ${this.#renderPicture(view)}
        <div class="info">
          ${renderHeading(level, msg('How to do it', { id: 'card.steps-title' }), 'sub-title')}
          <ol part="steps" class="steps">
            ${view.steps.map((step) => html`<li>${step}</li>`)}
          </ol>
          ${view.progression ? html`<p class="progression">${view.progression}</p>` : nothing}
          ${view.feelIt
            ? html`<div part="feel" class="feel">
                ${renderHeading(level, msg('Where you feel it', { id: 'card.feel-title' }), 'sub-title')}
                <p>${view.feelIt}</p>
              </div>`
            : nothing}
          ${view.cautions.length
            ? html`<div part="cautions" class="care">
                ${renderHeading(level, msg('Take care', { id: 'card.cautions-title' }), 'sub-title')}
                <ul class="cautions">
                  ${view.cautions.map((caution) => html`<li>${caution}</li>`)}
                </ul>
              </div>`
            : nothing}
          ${view.videoUrl
            ? html`<a part="video-link" class="video" href=${view.videoUrl} target="_blank" rel="noopener noreferrer"
                >${msg('Watch a video demonstration', { id: 'card.video' })}<span class="visually-hidden">
                  ${msg('(opens in a new tab)', { id: 'card.new-tab' })}</span
                ></a
              >`
            : nothing}
        </div>
        ${this.#renderTimer(view)}
      </div>
    `;
  }
}

/** A neutral figure for a custom stretch without a picture of its own. */
const placeholderFigure = html`<svg viewBox="0 0 64 64" aria-hidden="true" focusable="false">
  <circle cx="32" cy="14" r="7" fill="none" stroke="currentColor" stroke-width="3" />
  <path d="M32 22v20M32 28l-12 8M32 28l12 8M32 42l-9 16M32 42l9 16" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
</svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'stretch-card': StretchCard;
  }
}
