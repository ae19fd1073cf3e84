import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '../../localization/lit-localize.js';
import { BackcareElement } from '../../internal/backcare-element.js';
import { baseStyles } from '../../internal/base-styles.js';
import { DOSE_LIMITS, warnUnusualDose } from '../../content/dose.js';
import { parseRange, parseSides, parseWhole } from '../../internal/attributes.js';
import { buildPlan, type Phase, type TimerDose } from '../../timer/plan.js';
import { TimerController, type TimerSignal } from '../../timer/timer-controller.js';
import { CueAnnouncer } from '../shared/cue-announcer.js';
import { phaseAnnouncement, phaseLabel, repLabel, tenSecondsLeft } from '../../timer/phase-text.js';
import { formatRange, formatSeconds } from '../../localization/format.js';
import { renderTimerFace, startButtonLabel, timerFaceStyles } from '../../timer/timer-face.js';
import { stretchTimerStyles } from './stretch-timer.styles.js';
import {
  TimerCompleteEvent,
  TimerPauseEvent,
  TimerPhaseEvent,
  TimerResetEvent,
  TimerStartEvent,
} from './stretch-timer.events.js';

export * from './stretch-timer.events.js';

const DEFAULTS = { hold: { min: 30, max: 30 }, reps: 1, rest: 10, getReady: 3 } as const;

/**
 * An accessible, drift-free countdown for one stretch: get ready, hold (per side), switch sides,
 * rest between rounds, done. Milestones are announced politely, never every second.
 *
 * @summary A guided hold timer with get-ready count, sides, rounds, rests and optional cues.
 * @tag stretch-timer
 *
 * @fires {TimerStartEvent} timer-start - The timer started or resumed. `detail: { resumed }`.
 * @fires {TimerPauseEvent} timer-pause - The timer was paused. `detail: { phase }`.
 * @fires {TimerPhaseEvent} timer-phase - A phase began. `detail: { phase, side, rep, index, late }`.
 * @fires {TimerCompleteEvent} timer-complete - All rounds are done. `detail: { plannedMs, actualMs }`.
 * @fires {TimerResetEvent} timer-reset - The timer was reset to its start.
 *
 * @csspart base - The timer card.
 * @csspart ring - The progress ring (SVG).
 * @csspart phase - The phase name ("Hold — right side").
 * @csspart time - The big remaining-seconds number (`role="timer"`).
 * @csspart detail - The round and hold range line.
 * @csspart controls - The button row.
 * @csspart start-button - Start / Pause / Resume / Start again.
 * @csspart next-button - Next (skip to the next phase).
 * @csspart reset-button - Reset.
 * @csspart mute-button - Mute for sound, voice and vibration cues.
 *
 * @cssprop [--backcare-color-accent=light-dark(#0b6b6b, #6fd6cb)] - Ring and buttons.
 * @cssprop [--backcare-color-text=light-dark(#1d2426, #e8eeee)] - Text.
 * @cssprop [--backcare-color-muted=light-dark(#4b5759, #b4c0c1)] - Secondary text, ring outside holds.
 * @cssprop [--backcare-color-surface=light-dark(#ffffff, #172022)] - Background.
 * @cssprop [--backcare-color-border=light-dark(#c9d6d5, #3b4d50)] - Border.
 * @cssprop [--backcare-radius=0.75em] - Corner radius.
 * @cssprop [--backcare-font-size=medium] - Base font size.
 * @cssprop [--backcare-line-height=1.5] - Line height of the text (the page's own line-height does not reach inside; nor do its letter-spacing, word-spacing, text-align, text-transform, text-indent or white-space).
 */
export class StretchTimer extends BackcareElement {
  static override styles = [baseStyles, timerFaceStyles, stretchTimerStyles];

  static override properties: PropertyDeclarations = {
    hold: {},
    target: {},
    reps: {},
    sides: {},
    rest: {},
    getReady: { attribute: 'get-ready' },
    autostart: { type: Boolean },
    sound: {},
    voice: {},
    vibrate: {},
    label: {},
    compact: { type: Boolean, reflect: true },
  };

  /** Seconds to hold, or a range such as `15-30` (shows the range, counts the upper bound). Default 30. */
  declare hold: string | number | undefined;
  /** Seconds to count inside a `hold` range. */
  declare target: string | number | undefined;
  /** Rounds, 1–50. Default 1. */
  declare reps: string | number | undefined;
  /** `each` (right, then left) or `none`. Default `none`. */
  declare sides: string | undefined;
  /** Seconds of rest between rounds, 0–600. Default 10. */
  declare rest: string | number | undefined;
  /** Seconds of "Get ready" before the first hold, 0–60. Default 3. */
  declare getReady: string | number | undefined;
  /** Starts on its own, but only once the patient has interacted with the page (autoplay rules). */
  declare autostart: boolean;
  /** Beeps at phase changes: `on` (default) or `off`. */
  declare sound: string | boolean | undefined;
  /** Spoken cues in the page's language: `on` or `off` (default). Silent when no voice speaks it. */
  declare voice: string | boolean | undefined;
  /** Vibration at phase changes where supported: `on` (default) or `off`. */
  declare vibrate: string | boolean | undefined;
  /** What is being timed, for the accessible name (e.g. the stretch's name). */
  declare label: string | undefined;
  /** A smaller face for tight layouts. */
  declare compact: boolean;

  /** Milestone announcements and the beep, vibration and voice cues (shared with the routine). */
  readonly #cues = new CueAnnouncer(this, this.warner, this.language);
  readonly #timer = new TimerController(
    this,
    // Announcements are composed in timer callbacks, outside an update: use this element's language.
    (signal) => this.inLocale(() => this.#onTimerSignal(signal)),
    buildPlan(this.#resolveDose())
  );

  constructor() {
    super();
    this.autostart = false;
    this.compact = false;
  }

  // --- public API --------------------------------------------------------------------------

  /** `idle`, `running`, `paused` or `done`. */
  get status() {
    return this.#timer.status;
  }
  /** The current phase: `{ kind, duration, rep, side }`. */
  get phase(): Phase {
    return this.#timer.phase;
  }
  /** The whole phase plan this timer runs. */
  get plan(): readonly Phase[] {
    return this.#timer.plan;
  }
  /** Whole seconds left in the current phase. */
  get remainingSeconds(): number {
    return this.#timer.remainingSeconds;
  }
  /** Whether any timeout or frame callback is pending (useful to check nothing leaks). */
  get hasPendingWork(): boolean {
    return this.#timer.hasPendingWork;
  }
  /** Whether the screen wake lock is held. */
  get holdsWakeLock(): boolean {
    return this.#timer.wakeLock.held;
  }

  /** Starts from the beginning, or resumes after a pause. Call it from a click so sound may play. */
  start(): void {
    this.#cues.prime();
    this.#timer.start();
  }
  /** Pauses; nothing runs until it resumes. */
  pause(): void {
    this.#timer.pause();
  }
  /** Resume after a pause (the same as `start()`). */
  resume(): void {
    this.start();
  }
  /** Ends the current phase and goes to the next. */
  next(): void {
    this.#timer.next();
  }
  /** Restarts the current phase, or goes back one when it has just begun. */
  back(): void {
    this.#timer.back();
  }
  /** Back to the start, idle; fires `timer-reset`. */
  reset(): void {
    this.#cues.clear();
    this.#timer.reset();
    this.dispatchEvent(new TimerResetEvent());
  }

  // --- dose --------------------------------------------------------------------------------

  #resolveDose(): TimerDose & { holdRange: { min: number; max: number } } {
    const holdRange = parseRange(this.hold, 'hold', DEFAULTS.hold, DOSE_LIMITS.hold, this.warner);
    const target = parseWhole(this.target, 'target', holdRange.max, holdRange, this.warner);
    const dose = {
      holdRange,
      hold: target,
      reps: parseWhole(this.reps, 'reps', DEFAULTS.reps, DOSE_LIMITS.reps, this.warner),
      sides: parseSides(this.sides, 'none', this.warner),
      rest: parseWhole(this.rest, 'rest', DEFAULTS.rest, DOSE_LIMITS.rest, this.warner),
      getReady: parseWhole(this.getReady, 'get-ready', DEFAULTS.getReady, DOSE_LIMITS.getReady, this.warner),
    };
    // A timer inside a card gets the card's checked dose; the card has already warned, naming
    // the stretch's catalog range. A timer on its own has no catalog: only the usual maxima apply.
    // (getRootNode is missing in server rendering, where there is no host either.)
    const host = (this.getRootNode?.() as Partial<ShadowRoot> | undefined)?.host;
    if (host?.localName !== 'stretch-card') {
      warnUnusualDose(
        { hold: holdRange, reps: { min: dose.reps, max: dose.reps }, rest: dose.rest },
        undefined,
        { hold: this.hold, reps: this.reps, rest: this.rest },
        this.warner
      );
    }
    return dose;
  }

  get #holdRange() {
    return parseRange(this.hold, 'hold', DEFAULTS.hold, DOSE_LIMITS.hold, this.warner);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const doseKeys = ['hold', 'target', 'reps', 'sides', 'rest', 'getReady'] as const;
    if (doseKeys.some((key) => changed.has(key))) {
      this.#timer.setPlan(buildPlan(this.#resolveDose()));
      this.#cues.clear();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
    if (this.autostart && this.#timer.status === 'idle' && activation?.hasBeenActive) {
      queueMicrotask(() => {
        if (this.isConnected && this.#timer.status === 'idle') this.start();
      });
    }
  }

  // --- timer signals -> events, announcements, cues -------------------------------------------

  #onTimerSignal(signal: TimerSignal): void {
    switch (signal.type) {
      case 'start':
        this.dispatchEvent(new TimerStartEvent({ resumed: signal.resumed }));
        break;
      case 'pause':
        this.dispatchEvent(new TimerPauseEvent({ phase: signal.phase.kind }));
        break;
      case 'phase': {
        const { phase, index, late } = signal;
        this.dispatchEvent(new TimerPhaseEvent({ phase: phase.kind, side: phase.side, rep: phase.rep, index, late }));
        // Phases missed while hidden are reported as events, but only the current one is spoken.
        if (index === this.#timer.phaseIndex) this.#cues.phase(phase, () => phaseAnnouncement(phase));
        break;
      }
      case 'mark':
        this.#cues.say(tenSecondsLeft);
        break;
      case 'complete':
        this.#timer.wakeLock.release();
        this.dispatchEvent(new TimerCompleteEvent({ plannedMs: signal.plannedMs, actualMs: signal.actualMs }));
        break;
    }
  }

  // --- rendering ---------------------------------------------------------------------------

  #onStartClick(): void {
    if (this.#timer.status === 'running') this.pause();
    else this.start();
  }

  #onMuteClick(): void {
    this.#cues.muted = !this.#cues.muted;
  }

  #detailLines(phase: Phase): string[] {
    const reps = this.plan[this.plan.length - 1].rep;
    const range = this.#holdRange;
    const parts: string[] = [];
    if (phase.kind !== 'done' && reps > 1) parts.push(repLabel(phase.rep, reps));
    if (phase.kind === 'hold' && range.min !== range.max) {
      parts.push(msg(str`aim for ${formatRange(range)} s`, { id: 'timer.range-hint' }));
    }
    if (phase.kind === 'done') {
      parts.push(msg(str`Total ${formatSeconds({ min: Math.round(this.#timer.plannedMs / 1000), max: Math.round(this.#timer.plannedMs / 1000) })}`, { id: 'timer.total' }));
    }
    return parts;
  }

  protected override render() {
    const phase = this.#timer.phase;
    const status = this.#timer.status;
    const name = this.label?.trim() || msg('Stretch timer', { id: 'timer.default-label' });
    const cues = this.#cues.settings;
    const anyCue = cues.sound || cues.voice || cues.vibrate;

    return html`
      <section
        part="base"
        class="base ${status} phase-${phase.kind}"
        role="group"
        aria-label=${name}
      >
        ${renderTimerFace({
          phase,
          status,
          label: phaseLabel(phase),
          remainingSeconds: this.#timer.remainingSeconds,
          progress: this.#timer.phaseProgress,
          detail: this.#detailLines(phase),
        })}
        <div part="controls" class="controls">
          <button part="start-button" class="button start" type="button" @click=${this.#onStartClick}>
            ${startButtonLabel(status)}
          </button>
          <button
            part="next-button"
            class="button secondary next"
            type="button"
            ?disabled=${status === 'done'}
            @click=${() => this.next()}
          >
            ${msg('Next', { id: 'timer.button.next' })}
          </button>
          <button
            part="reset-button"
            class="button secondary reset"
            type="button"
            ?disabled=${status === 'idle'}
            @click=${() => this.reset()}
          >
            ${msg('Reset', { id: 'timer.button.reset' })}
          </button>
          ${anyCue
            ? html`<button
                part="mute-button"
                class="button mute"
                type="button"
                aria-pressed=${this.#cues.muted ? 'true' : 'false'}
                @click=${this.#onMuteClick}
              >
                ${speakerIcon(this.#cues.muted)}<span>${msg('Mute', { id: 'timer.button.mute' })}</span>
              </button>`
            : nothing}
        </div>
        ${this.#cues.renderLiveRegion()}
      </section>
    `;
  }
}

function speakerIcon(muted: boolean) {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
    ${muted
      ? svg`<path d="M16 9l5 6M21 9l-5 6" stroke="currentColor" stroke-width="2" stroke-linecap="round" />`
      : svg`<path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />`}
  </svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'stretch-timer': StretchTimer;
  }
}
