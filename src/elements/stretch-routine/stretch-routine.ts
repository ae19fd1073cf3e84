import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg } from '../../localization/lit-localize.js';
import { BackcareElement } from '../../internal/backcare-element.js';
import { baseStyles } from '../../internal/base-styles.js';
import { renderHeading } from '../../internal/heading.js';
import { parseEmergencyNumber, subLevel, type HeadingLevel } from '../../internal/attributes.js';
import type { StorageLike } from '../../internal/safe-storage.js';
import type { StretchView } from '../../content/stretch-view.js';
import { RoutineProgramController, type RoutineStretchesInput } from './routine-program.js';
import { ScreenFocusController } from './screen-focus.js';
import { illustrationStyles } from '../../illustrations/styles.js';
import { picturesSettled } from '../../illustrations/picture.js';
import { planSeconds, type Phase } from '../../timer/plan.js';
import { timerFaceStyles } from '../../timer/timer-face.js';
import { CueAnnouncer } from '../shared/cue-announcer.js';
import { resolveContactLink } from '../shared/contact.js';
import { safetySignsStyles } from '../shared/safety-signs.js';
import { RoutineMemoryController } from './routine-memory-controller.js';
import { RoutineSession } from './routine-session.js';
import { RoutinePrintController } from './routine-print.js';
import { RoutinePainController } from './routine-pain.js';
import { endsSession, nextScreen, resumesSession, startsSession, type RoutineScreen, type RoutineScreenEvent } from './routine-screens.js';
import { renderPainScreens } from './routine-pain-screens.js';
import { painCheckOn } from './pain-check-attribute.js';
import { screenContext } from './routine-context.js';
import { renderHandout } from './routine-handout.js';
import * as screens from './screens/index.js';
import { stretchRoutineStyles } from './stretch-routine.styles.js';
import { RoutineCompleteEvent, RoutineStartEvent } from './stretch-routine.events.js';

export * from './stretch-routine.events.js';
export type { RoutineScreen } from './routine-screens.js';

/**
 * A guided session through several stretches, hands-free: a safety check first, then each stretch
 * with its timer, rests between them, progress, pause/back/next/skip, a pain check before, during
 * ("It hurts") and after (on by default; `pain-check="off"` turns it off), and a summary.
 *
 * @summary A guided stretching session with a safety check, progress, rests and a summary.
 * @tag stretch-routine
 *
 * @fires {RoutineStartEvent} routine-start - The session began. `detail: { stretches, resumed }`.
 * @fires {RoutineStepEvent} routine-step - A stretch began. `detail: { index, stretch }`.
 * @fires {RoutinePauseEvent} routine-pause - The patient paused. `detail: { index, stretch }`.
 * @fires {RoutineCompleteEvent} routine-complete - The session ended. `detail: { done, skipped, durationMs, painBefore, painAfter }`.
 * @fires {PainReportEvent} pain-report - Every pain score of the session, each with its moment, when the session ends with the pain check on. `detail: { scores: [{ moment: 'before' | 'during' | 'after', score, step? }], before, after, worse }`.
 *
 * @slot cta - The clinic's own call-to-action, shown on the stop-advice screens and the summary.
 *
 * @csspart base - The routine card.
 * @csspart title - The routine's heading.
 * @csspart screen - The current screen.
 * @csspart safety - The safety panel.
 * @csspart plan - The list of stretches on the start screen.
 * @csspart program - "From your clinic": the clinician's program from a link (`program-from-link`).
 * @csspart program-note - The clinician's note in it.
 * @csspart video-link - The video demonstration link (`video-url`), under "How to do it".
 * @csspart estimate - The estimated total time.
 * @csspart progress - The progress text and bar.
 * @csspart stage - The current stretch or rest.
 * @csspart controls - The session buttons.
 * @csspart pain-scale - The 0–10 pain scale.
 * @csspart hurts-button - The "It hurts" button on every screen of a session.
 * @csspart cautions - The current stretch's cautions during a session.
 * @csspart summary - The summary.
 * @csspart cta-link - The contact link made from `contact-href`.
 * @csspart primary-button - The main button of each screen.
 * @csspart handout - The printable handout (shown only when printing).
 * @csspart handout-name - Each stretch's name in the handout.
 * @csspart screen-title - Each screen's heading.
 * @csspart section-title - The headings inside the safety panel.
 * @csspart stretch-name - The current stretch's name (or "Rest") during a session.
 * @csspart urgent - The "Get help now" box.
 * @csspart see-doctor - The "See a doctor soon" box.
 * @csspart illustration - The current stretch's picture.
 * @csspart ring - The timer's progress ring.
 * @csspart phase - The timer's phase name.
 * @csspart time - The big remaining-seconds number (`role="timer"`).
 * @csspart detail - The round line under the number.
 *
 * @cssprop [--backcare-color-accent=light-dark(#0b6b6b, #6fd6cb)] - Accent.
 * @cssprop [--backcare-color-text=light-dark(#1d2426, #e8eeee)] - Text.
 * @cssprop [--backcare-color-muted=light-dark(#4b5759, #b4c0c1)] - Secondary text.
 * @cssprop [--backcare-color-surface=light-dark(#ffffff, #172022)] - Background.
 * @cssprop [--backcare-color-border=light-dark(#c9d6d5, #3b4d50)] - Borders.
 * @cssprop [--backcare-color-urgent=light-dark(#a4161a, #ff8a80)] - Urgent-care and stop advice.
 * @cssprop [--backcare-color-urgent-surface=light-dark(#fdecea, #3a1c1c)] - Their background.
 * @cssprop [--backcare-radius=0.75em] - Corner radius.
 * @cssprop [--backcare-font-size=medium] - Base font size.
 */
export class StretchRoutine extends BackcareElement {
  static override styles = [baseStyles, timerFaceStyles, safetySignsStyles, illustrationStyles, stretchRoutineStyles];

  static override properties: PropertyDeclarations = {
    stretches: {},
    rest: {},
    getReady: { attribute: 'get-ready' },
    sound: {},
    voice: {},
    vibrate: {},
    painCheck: { attribute: 'pain-check' },
    remember: { type: Boolean },
    programFromLink: { attribute: 'program-from-link', type: Boolean },
    videoUrl: { attribute: 'video-url' },
    contactHref: { attribute: 'contact-href' },
    contactLabel: { attribute: 'contact-label' },
    emergencyNumber: { attribute: 'emergency-number' },
    storage: { attribute: false },
    _screen: { state: true, attribute: false },
    _notice: { state: true, attribute: false },
  };

  /** Which stretches, in order: catalog ids separated by spaces (attribute), or a list of ids, catalog
   * ids with their own dose and custom stretch objects (property). Default: all four, in the article's order. */
  declare stretches: RoutineStretchesInput;
  /** Seconds of rest between stretches, 0–600. Default 15. */
  declare rest: string | number | undefined;
  /** Seconds of "Get ready" before each stretch, 0–60. Default 3. */
  declare getReady: string | number | undefined;
  /** Beeps: `on` (default) or `off`. */
  declare sound: string | undefined;
  /** Spoken cues: `on` or `off` (default). */
  declare voice: string | undefined;
  /** Vibration: `on` (default) or `off`. */
  declare vibrate: string | undefined;
  /**
   * The pain check (0–10) before, during ("It hurts") and after, with advice to stop when the pain
   * is severe or rising: on by default; `pain-check="off"` (or the property `false`) turns it off.
   * A bare `pain-check` (the earlier boolean attribute) still means on.
   */
  declare painCheck: boolean | string | undefined;
  /** Keeps progress on this device only (last finished day, streak, resume point, last safety confirmation). Off by default: nothing is stored. */
  declare remember: boolean;
  /** Runs the clinician's program in the address's `#program=…` instead of `stretches` (kept on the device with `remember`). */
  declare programFromLink: boolean;
  /** A video demonstration (https:) for the stretches whose article text promises one (kneeling back extension). */
  declare videoUrl: string | undefined;
  /** The clinic's contact link for the stop advice and the summary. */
  declare contactHref: string | undefined;
  /** The contact link's text. */
  declare contactLabel: string | undefined;
  /** The emergency number named in the safety panel (2–6 digits). */
  declare emergencyNumber: string | undefined;
  /** Where `remember` keeps progress. Default: the page's localStorage. */
  declare storage: StorageLike | undefined;

  // Rendered state (reactive: changing it re-renders).
  declare private _screen: RoutineScreen;
  declare private _notice: screens.RoutineNotice | undefined;

  #resolvedFrom: unknown[] = [Symbol('not yet')];
  /** Focus follows the patient to a new screen's heading. */
  readonly #focus = new ScreenFocusController(this);
  /** Live announcements and the beep, vibration and voice cues (shared with <stretch-timer>). */
  readonly #cues = new CueAnnouncer(this, this.warner, this.language);
  /** `remember`: storage, streak and resume point. */
  readonly #memory = new RoutineMemoryController(this, this.warner);
  /** The stretches, their plan and timer, the skipped ones, and the session's commands. */
  readonly #session = new RoutineSession(this, {
    warner: this.warner,
    language: this.language,
    cues: this.#cues,
    memory: this.#memory,
    onDone: () => this.#go('session-done'),
  });
  /** Whether the print handout is built (only while printing). */
  readonly #print = new RoutinePrintController(this);
  /** The pain check: the scores before, during and after, and `pain-report`. */
  readonly #pain = new RoutinePainController(this);
  /** `program-from-link`: the clinician's program from the page address (or this device). */
  readonly #program = new RoutineProgramController(this);

  constructor() {
    super();
    this.remember = false;
    this.programFromLink = false;
    this._screen = 'safety';
  }

  // --- public state --------------------------------------------------------------------------

  /** The screen on show. */
  get screen(): RoutineScreen {
    return this._screen;
  }
  /** The stretches this routine runs, as resolved. */
  get stretchViews(): readonly StretchView[] {
    return this.#session.steps;
  }
  /** The whole session's phase plan (what the estimate is computed from). */
  get plan(): readonly Phase[] {
    return this.#session.timer.plan;
  }
  /** Estimated seconds for the whole session, from the same plan the timer runs. */
  get estimatedSeconds(): number {
    return planSeconds(this.#session.timer.plan);
  }
  /** `idle`, `running`, `paused` or `done`. */
  get status() {
    return this.#session.timer.status;
  }
  /** The phase on show during a session (get-ready, hold, switch-sides, rest or done). */
  get phase(): Phase {
    return this.#session.timer.phase;
  }
  /** The stretch on show (0-based) during a session. */
  get stepIndex(): number {
    return this.#session.stepIndex;
  }
  /** Whether any timeout or frame callback is pending. */
  get hasPendingWork(): boolean {
    return this.#session.timer.hasPendingWork;
  }

  // --- commands ----------------------------------------------------------------------------

  /** Pauses the session (its timer stops; nothing runs). */
  pause(): void {
    this.#session.timer.pause();
  }
  /** Resumes a paused session. */
  resume(): void {
    this.#session.timer.start();
  }
  /** Ends the current phase (a get-ready, hold, rest …) and goes on. */
  next(): void {
    this.#session.timer.next();
  }
  /** Skips the rest of the current stretch. */
  skip(): void {
    this.#session.skip();
  }
  /** Back to the start of this stretch, or to the previous one when this one has just begun. */
  back(): void {
    this.#session.back();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The session re-renders once a second: resolve the stretches (and their plan) only when what
    // they come from changed, including the language their catalog text is in.
    const stretches = this.#program.stretchesFor(this.stretches);
    const inputs = [stretches, this.rest, this.getReady, this.videoUrl, this.currentLocale];
    if (inputs.every((value, index) => value === this.#resolvedFrom[index])) {
      if (changed.has('remember')) this.#restoreMemory();
      return;
    }
    this.#resolvedFrom = inputs;
    if (this.#session.resolve(stretches, this.rest, this.getReady, this.videoUrl ?? undefined)) this.#go('plan-changed');
    if (!this.hasUpdated || changed.has('remember')) this.#restoreMemory();
  }

  #restoreMemory(): void {
    this.#memory.restore(new Date());
    this.#go('memory-restored');
  }

  // --- flow: the one place the screen changes ----------------------------------------------

  /**
   * Moves to the screen routine-screens.ts gives for `event`; starts a session when arriving on
   * it, records a finished one when leaving it. Focus follows the patient to the new screen.
   */
  #go(event: RoutineScreenEvent, fromStep = 0): void {
    const from = this._screen;
    const [memory, session, pain] = [this.#memory, this.#session, this.#pain];
    if (event === 'safety-clear') memory.recordSafety(new Date());
    if (event === 'resume-restart') memory.clearResume();
    if (event === 'hurts') pain.startNow(session.timer); // "It hurts": pauses at once, before anything else
    const to = nextScreen(from, event, screenContext(painCheckOn(this.painCheck, this.warner), memory, session, pain));
    if (to === from) return;
    if (from === 'safety') memory.clearExpired();
    if (endsSession(from, to)) this.#finish();
    if (resumesSession(from, to)) {
      if (event === 'skip-stretch') session.skip();
      session.timer.start();
    }
    const starting = startsSession(from, to);
    if (starting) this.#session.prepare(fromStep, this.#pain);
    this._screen = to;
    this.#focus.screenChanging();
    this._notice = undefined;
    if (starting) {
      this.dispatchEvent(new RoutineStartEvent({ stretches: this.#session.steps.map((s) => s.id), resumed: event === 'resume-continue' }));
      this.#session.start(fromStep);
    }
  }

  #finish(): void {
    if (painCheckOn(this.painCheck, this.warner)) this.#pain.report();
    this.#memory.recordFinish(new Date());
    this.dispatchEvent(new RoutineCompleteEvent({ ...this.#session.outcome(), painBefore: this.#pain.before, painAfter: this.#pain.after }));
  }

  /** Resolves once rendered with its pictures (the one-file CDN build loads them on first use). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    return (await picturesSettled(this)) ? super.getUpdateComplete() : result;
  }

  // --- rendering ---------------------------------------------------------------------------

  protected override render() {
    const level = this.resolvedHeadingLevel;
    return html`
      <article part="base" class="base surface-card" aria-labelledby="routine-title">
        ${renderHeading(level, msg('Your stretching routine', { id: 'routine.title' }), 'title', 'routine-title')}
        ${this.#session.steps.length === 0
          ? html`<p class="unavailable" role="note">
              ${msg('This routine has no stretches to show.', { id: 'routine.empty' })}
            </p>`
          : html`<div part="screen" class="screen screen-${this._screen}">${this.#renderScreen(subLevel(level))}</div>`}
        ${this.#cues.renderLiveRegion()}
        ${this.#session.steps.length && this.#print.printing ? renderHandout(this, subLevel(level), this.#session.steps) : nothing}
      </article>
    `;
  }

  #renderScreen(level: HeadingLevel) {
    const contact = () => resolveContactLink(this.contactHref, this.contactLabel, this.warner);
    const forget = () => {
      this.#memory.forget();
      this._notice = 'forgotten';
    };
    switch (this._screen) {
      case 'resume': {
        const step = this.#memory.resumeStep(this.#session.routineKey, this.#session.steps.length) ?? 0;
        return screens.renderResumeScreen({
          level,
          stepTitle: screens.stepTitle(this.#session.steps, step),
          onContinue: () => this.#go('resume-continue', step),
          onRestart: () => this.#go('resume-restart'),
        });
      }
      case 'safety':
        return screens.renderSafetyScreen({
          level,
          emergencyNumber: parseEmergencyNumber(this.emergencyNumber, this.warner),
          expired: this.#memory.expired,
          onClear: () => this.#go('safety-clear'),
          onSigns: () => this.#go('safety-signs'),
        });
      case 'stop-advice':
        return screens.renderStopAdviceScreen({ level, reason: 'signs', contact: contact(), onNext: () => this.#go('back-to-safety') });
      case 'start':
        return screens.renderStartScreen({
          level,
          steps: this.#session.steps,
          estimatedSeconds: this.estimatedSeconds,
          restBetween: this.#session.restBetween,
          remember: this.remember,
          streak: this.#memory.streak,
          notice: this._notice,
          program: this.#program.banner(this.remember),
          onStart: () => this.#go('start'),
          onPrint: () => this.#print.print(),
          onForget: forget,
        });
      case 'session':
        return screens.renderSessionScreen({
          level,
          host: this,
          ...this.#session.view(),
          muted: this.#cues.muted,
          onKeydown: (event) => this.#session.onKeydown(event, this.direction === 'rtl'),
          onMute: () => (this.#cues.muted = !this.#cues.muted),
          onHurts: () => this.#go('hurts'),
        });
      case 'summary':
        return screens.renderSummaryScreen({
          level,
          steps: this.#session.steps,
          skipped: this.#session.skipped,
          durationMs: this.#session.durationMs,
          painCheck: painCheckOn(this.painCheck, this.warner),
          painBefore: this.#pain.before,
          painAfter: this.#pain.after,
          rtl: this.direction === 'rtl',
          remember: this.remember,
          streak: this.#memory.streak,
          contact: contact(),
          notice: this._notice,
          onAgain: () => this.#go('again'),
          onForget: forget,
        });
      default:
        return renderPainScreens({
          level, screen: this._screen, pain: this.#pain, session: this.#session, contact, go: (event) => this.#go(event),
          emergencyNumber: parseEmergencyNumber(this.emergencyNumber, this.warner),
        });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stretch-routine': StretchRoutine;
  }
}
