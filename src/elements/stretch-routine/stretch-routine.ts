import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '../../localization/lit-localize.js';
import { BackcareElement } from '../../internal/backcare-element.js';
import { baseStyles } from '../../internal/base-styles.js';
import { renderHeading } from '../../internal/heading.js';
import { parseEmergencyNumber, parseWhole, subLevel, type HeadingLevel } from '../../internal/attributes.js';
import type { StorageLike } from '../../internal/safe-storage.js';
import { DOSE_LIMITS, holdSeconds, repsToRun } from '../../content/dose.js';
import { resolveStretch, type StretchView } from '../../content/stretch-view.js';
import { isStretchId } from '../../content/stretches.js';
import { STRETCH_IDS } from '../../content/types.js';
import type { CustomStretchInput } from '../../content/custom-stretch.js';
import { illustrationStyles } from '../../illustrations/styles.js';
import { picturesSettled } from '../../illustrations/picture.js';
import { buildRoutinePlan, firstPhaseOfStep, skipTarget } from '../../timer/routine-plan.js';
import { planSeconds, type Phase } from '../../timer/plan.js';
import { BACK_RESTARTS_AFTER_MS } from '../../timer/clock.js';
import { TimerController, type TimerSignal } from '../../timer/timer-controller.js';
import { phaseAnnouncement, tenSecondsLeft } from '../../timer/phase-text.js';
import { timerFaceStyles } from '../../timer/timer-face.js';
import { CueAnnouncer } from '../shared/cue-announcer.js';
import { resolveContactLink } from '../shared/contact.js';
import { safetySignsStyles } from '../shared/safety-signs.js';
import { RoutineMemoryController } from './routine-memory-controller.js';
import { endsSession, nextScreen, startsSession, type RoutineScreen, type RoutineScreenEvent } from './routine-screens.js';
import { sessionKeyCommand } from './session-keys.js';
import { renderHandout } from './routine-handout.js';
import { painIsWorse } from './pain-scale.js';
import { stepTitle, type RoutineNotice } from './screens/parts.js';
import { renderResumeScreen } from './screens/resume-screen.js';
import { renderSafetyScreen } from './screens/safety-screen.js';
import { renderStopAdviceScreen } from './screens/stop-advice-screen.js';
import { renderStartScreen } from './screens/start-screen.js';
import { renderPainCheckScreen } from './screens/pain-check-screen.js';
import { renderSessionScreen } from './screens/session-screen.js';
import { renderSummaryScreen } from './screens/summary-screen.js';
import { stretchRoutineStyles } from './stretch-routine.styles.js';
import {
  PainReportEvent,
  RoutineCompleteEvent,
  RoutinePauseEvent,
  RoutineStartEvent,
  RoutineStepEvent,
} from './stretch-routine.events.js';

export * from './stretch-routine.events.js';
export type { RoutineScreen } from './routine-screens.js';

const DEFAULT_REST_BETWEEN = 15;
const DEFAULT_GET_READY = 3;

/**
 * A guided session through several stretches, hands-free: a safety check first, then each stretch
 * with its timer, rests between them, progress, pause/back/next/skip, an optional pain check before
 * and after, and a summary.
 *
 * @summary A guided stretching session with a safety check, progress, rests and a summary.
 * @tag stretch-routine
 *
 * @fires {RoutineStartEvent} routine-start - The session began. `detail: { stretches, resumed }`.
 * @fires {RoutineStepEvent} routine-step - A stretch began. `detail: { index, stretch }`.
 * @fires {RoutinePauseEvent} routine-pause - The patient paused. `detail: { index, stretch }`.
 * @fires {RoutineCompleteEvent} routine-complete - The session ended. `detail: { done, skipped, durationMs, painBefore, painAfter }`.
 * @fires {PainReportEvent} pain-report - Pain scores after the session (with `pain-check`). `detail: { before, after, worse }`.
 *
 * @slot cta - The clinic's own call-to-action, shown on the stop-advice screens and the summary.
 *
 * @csspart base - The routine card.
 * @csspart title - The routine's heading.
 * @csspart screen - The current screen.
 * @csspart safety - The safety panel.
 * @csspart plan - The list of stretches on the start screen.
 * @csspart estimate - The estimated total time.
 * @csspart progress - The progress text and bar.
 * @csspart stage - The current stretch or rest.
 * @csspart controls - The session buttons.
 * @csspart pain-scale - The 0–10 pain scale.
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
    painCheck: { attribute: 'pain-check', type: Boolean },
    remember: { type: Boolean },
    contactHref: { attribute: 'contact-href' },
    contactLabel: { attribute: 'contact-label' },
    emergencyNumber: { attribute: 'emergency-number' },
    storage: { attribute: false },
    _screen: { state: true },
    _painBefore: { state: true },
    _painAfter: { state: true },
    _notice: { state: true },
    _printing: { state: true },
  };

  /**
   * Which stretches, in order: catalog ids separated by spaces (attribute), or a list of ids and
   * custom stretch objects (property). Default: all four, in the article's order.
   */
  declare stretches: string | Array<string | CustomStretchInput> | undefined;
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
  /** Asks for pain (0–10) before and after, and advises stopping when it got worse. */
  declare painCheck: boolean;
  /** Keeps progress on this device only (last finished day, streak, resume point). Off by default: nothing is stored. */
  declare remember: boolean;
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
  declare private _painBefore: number | undefined;
  declare private _painAfter: number | undefined;
  declare private _notice: RoutineNotice | undefined;
  /** True from the Print button or `beforeprint` until `afterprint`: only then is the handout built. */
  declare private _printing: boolean;

  #steps: StretchView[] = [];
  #resolvedFrom: unknown[] = [Symbol('not yet')];
  readonly #skipped = new Set<number>();
  #stepShown = -1;
  #durationMs = 0;
  #moveFocus = false;
  /** Live announcements and the beep, vibration and voice cues (shared with <stretch-timer>). */
  readonly #cues = new CueAnnouncer(this, this.warner, this.language);
  readonly #timer = new TimerController(
    this,
    (signal) => this.inLocale(() => this.#onTimerSignal(signal)),
    buildRoutinePlan([], 0)
  );
  /** `remember`: storage, streak and resume point. */
  readonly #memory = new RoutineMemoryController(this, this.warner);
  readonly #onBeforePrint = () => this.#buildHandout();
  readonly #onAfterPrint = () => {
    this._printing = false;
  };

  constructor() {
    super();
    this.painCheck = false;
    this.remember = false;
    this._screen = 'safety';
    this._printing = false;
  }

  // --- public state --------------------------------------------------------------------------

  /** The screen on show. */
  get screen(): RoutineScreen {
    return this._screen;
  }
  /** The stretches this routine runs, as resolved. */
  get stretchViews(): readonly StretchView[] {
    return this.#steps;
  }
  /** The whole session's phase plan (what the estimate is computed from). */
  get plan(): readonly Phase[] {
    return this.#timer.plan;
  }
  /** Estimated seconds for the whole session, from the same plan the timer runs. */
  get estimatedSeconds(): number {
    return planSeconds(this.#timer.plan);
  }
  /** `idle`, `running`, `paused` or `done`. */
  get status() {
    return this.#timer.status;
  }
  /** The phase on show during a session (get-ready, hold, switch-sides, rest or done). */
  get phase(): Phase {
    return this.#timer.phase;
  }
  /** The stretch on show (0-based) during a session. */
  get stepIndex(): number {
    return this.#timer.phase.step ?? 0;
  }
  /** Whether any timeout or frame callback is pending. */
  get hasPendingWork(): boolean {
    return this.#timer.hasPendingWork;
  }

  // --- commands ----------------------------------------------------------------------------

  /** Pauses the session (its timer stops; nothing runs). */
  pause(): void {
    this.#timer.pause();
  }
  /** Resumes a paused session. */
  resume(): void {
    this.#timer.start();
  }
  /** Ends the current phase (a get-ready, hold, rest …) and goes on. */
  next(): void {
    this.#timer.next();
  }
  /** Skips the rest of the current stretch. */
  skip(): void {
    if (this.#timer.phase.between || this.#timer.status === 'done') return;
    const step = this.stepIndex;
    this.#skipped.add(step);
    this.#timer.goTo(skipTarget(this.#timer.plan, step));
  }
  /** Back to the start of this stretch, or to the previous one when this one has just begun. */
  back(): void {
    const plan = this.#timer.plan;
    const phase = this.#timer.phase;
    const step = this.stepIndex;
    const first = firstPhaseOfStep(plan, step);
    const elapsed = phase.duration * 1000 - this.#timer.remainingMs;
    const atStart = phase.between || (this.#timer.phaseIndex === first && elapsed <= BACK_RESTARTS_AFTER_MS);
    const target = atStart ? Math.max(0, step - 1) : step;
    this.#stepShown = -1; // the stretch begins again, so it is reported again
    this.#timer.goTo(firstPhaseOfStep(plan, target));
  }

  #toggle(): void {
    if (this.#timer.status === 'running') this.pause();
    else this.resume();
  }

  // --- resolving input ---------------------------------------------------------------------

  #resolveSteps(): StretchView[] {
    const given = this.stretches;
    let items: Array<string | CustomStretchInput>;
    if (given == null || (typeof given === 'string' && given.trim() === '')) {
      items = given == null ? [...STRETCH_IDS] : [];
      if (given != null) this.warner.warn('stretches="" names no stretches.');
    } else if (typeof given === 'string') {
      items = given.trim().split(/[\s,]+/);
    } else if (Array.isArray(given)) {
      items = given;
    } else {
      this.warner.warn(`stretches must be catalog ids separated by spaces, or a list; got ${JSON.stringify(given)}.`);
      items = [];
    }
    const views: StretchView[] = [];
    for (const item of items) {
      if (typeof item === 'string' && !isStretchId(item)) {
        this.warner.warn(`stretches contains "${item}", which is not a known stretch (use ${STRETCH_IDS.join(', ')}); it is skipped.`);
        continue;
      }
      const view = resolveStretch({ stretch: item }, {}, this.warner);
      if (view) views.push(view);
    }
    return views;
  }

  get #restBetween(): number {
    return parseWhole(this.rest, 'rest', DEFAULT_REST_BETWEEN, DOSE_LIMITS.rest, this.warner);
  }

  get #getReadySeconds(): number {
    return parseWhole(this.getReady, 'get-ready', DEFAULT_GET_READY, DOSE_LIMITS.getReady, this.warner);
  }

  get #routineKey(): string {
    return this.#steps.map((step) => step.id).join(' ');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The session re-renders once a second: resolve the stretches (and their plan) only when what
    // they come from changed, including the language their catalog text is in.
    const inputs = [this.stretches, this.rest, this.getReady, this.currentLocale];
    if (inputs.every((value, index) => value === this.#resolvedFrom[index])) {
      if (changed.has('remember')) this.#restoreMemory();
      return;
    }
    this.#resolvedFrom = inputs;
    this.#steps = this.#resolveSteps();
    const getReady = this.#getReadySeconds;
    const plan = buildRoutinePlan(
      this.#steps.map((view) => ({
        hold: holdSeconds(view.dose),
        reps: repsToRun(view.dose),
        sides: view.dose.sides,
        rest: view.dose.rest,
        getReady,
      })),
      this.#restBetween
    );
    if (JSON.stringify(plan) !== JSON.stringify(this.#timer.plan)) {
      this.#timer.setPlan(plan);
      this.#go('plan-changed');
    }
    if (!this.hasUpdated || changed.has('remember')) this.#restoreMemory();
  }

  #restoreMemory(): void {
    this.#memory.restore(new Date());
    this.#go('memory-restored');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
  }

  // --- flow: the one place the screen changes ----------------------------------------------

  /**
   * Moves to the screen routine-screens.ts gives for `event`; starts a session when arriving on
   * it, records a finished one when leaving it. Focus follows the patient to the new screen.
   */
  #go(event: RoutineScreenEvent, fromStep = 0): void {
    const from = this._screen;
    const to = nextScreen(from, event, {
      painCheck: this.painCheck,
      hasResumePoint: this.#memory.resumeStep(this.#routineKey, this.#steps.length) !== undefined,
      painWorse: painIsWorse(this._painBefore, this._painAfter),
    });
    if (to === from) return;
    if (endsSession(from, to)) this.#finish();
    const starting = startsSession(from, to);
    if (starting) this.#prepareSession(fromStep);
    this._screen = to;
    // Checked now: the button that was clicked is gone once the new screen renders.
    this.#moveFocus = this.matches(':focus-within');
    this._notice = undefined;
    if (starting) this.#startSession(fromStep, event === 'resume-continue');
  }

  #prepareSession(fromStep: number): void {
    this.#skipped.clear();
    this._painAfter = undefined;
    this.#durationMs = 0;
    this.#stepShown = -1;
    this.#cues.prime();
    this.#timer.reset();
    if (fromStep > 0) this.#timer.goTo(firstPhaseOfStep(this.#timer.plan, fromStep));
  }

  #startSession(fromStep: number, resumed: boolean): void {
    this.dispatchEvent(new RoutineStartEvent({ stretches: this.#steps.map((s) => s.id), resumed }));
    this.#timer.start();
    if (fromStep > 0) this.#enterPhase(this.#timer.phase, this.#timer.phaseIndex);
  }

  #finish(): void {
    this.#memory.recordFinish(new Date());
    this.dispatchEvent(
      new RoutineCompleteEvent({
        done: this.#steps.filter((_, index) => !this.#skipped.has(index)).map((s) => s.id),
        skipped: [...this.#skipped].sort((a, b) => a - b).map((index) => this.#steps[index].id),
        durationMs: this.#durationMs,
        painBefore: this._painBefore,
        painAfter: this._painAfter,
      })
    );
  }

  #onPainAfterContinue(): void {
    const worse = painIsWorse(this._painBefore, this._painAfter);
    this.dispatchEvent(new PainReportEvent({ before: this._painBefore, after: this._painAfter, worse }));
    this.#go('pain-scored');
  }

  #onForgetClick(): void {
    this.#memory.forget();
    this._notice = 'forgotten';
  }

  #onPrintClick(): void {
    this.#buildHandout();
    window.print();
  }

  /** Builds the handout now (synchronously: the browser lays the page out for print right after). */
  #buildHandout(): void {
    this._printing = true;
    if (this.isUpdatePending && this.hasUpdated) this.performUpdate();
  }

  // --- timer signals -------------------------------------------------------------------------

  #onTimerSignal(signal: TimerSignal): void {
    switch (signal.type) {
      case 'pause':
        this.dispatchEvent(new RoutinePauseEvent({ index: this.stepIndex, stretch: this.#steps[this.stepIndex]?.id ?? '' }));
        break;
      case 'phase':
        if (signal.index === this.#timer.phaseIndex || signal.phase.step !== this.#stepShown) {
          this.#enterPhase(signal.phase, signal.index);
        }
        break;
      case 'mark':
        this.#cues.say(tenSecondsLeft);
        break;
      case 'complete':
        this.#durationMs = signal.actualMs;
        this.#go('session-done');
        break;
      default:
        break;
    }
  }

  /** A phase began: report a new stretch once, then announce what to do now. */
  #enterPhase(phase: Phase, index: number): void {
    if (phase.kind === 'done') return;
    const step = phase.step ?? 0;
    const view = this.#steps[step];
    const newStep = !phase.between && step !== this.#stepShown;
    if (newStep) {
      this.#stepShown = step;
      this.#skipped.delete(step);
      this.dispatchEvent(new RoutineStepEvent({ index: step, stretch: view.id }));
      this.#memory.recordStep(this.#routineKey, step, new Date());
    }
    if (index !== this.#timer.phaseIndex) return;
    this.#cues.phase(phase, () => {
      const sentence = phase.between
        ? msg(str`Rest. Next: ${view.name}.`, { id: 'routine.say.rest-next' })
        : phaseAnnouncement(phase);
      return newStep ? msg(str`${stepTitle(this.#steps, step)}. ${sentence}`, { id: 'routine.say.step-then' }) : sentence;
    });
  }

  #onSessionKeydown(event: KeyboardEvent): void {
    const command = sessionKeyCommand(event, this.direction === 'rtl');
    if (!command) return;
    if (command === 'toggle') this.#toggle();
    else this[command]();
    event.preventDefault();
  }

  /** Resolves once rendered with its pictures (the one-file CDN build loads them on first use). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    return (await picturesSettled(this)) ? super.getUpdateComplete() : result;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Follow the patient to the new screen, but never pull focus in from the host page.
    if (!this.#moveFocus) return;
    this.#moveFocus = false;
    this.renderRoot.querySelector<HTMLElement>('[data-screen-focus]')?.focus();
  }

  // --- rendering ---------------------------------------------------------------------------

  protected override render() {
    const level = this.resolvedHeadingLevel;
    return html`
      <article part="base" class="base surface-card" aria-labelledby="routine-title">
        ${renderHeading(level, msg('Your stretching routine', { id: 'routine.title' }), 'title', 'routine-title')}
        ${this.#steps.length === 0
          ? html`<p class="unavailable" role="note">
              ${msg('This routine has no stretches to show.', { id: 'routine.empty' })}
            </p>`
          : html`<div part="screen" class="screen screen-${this._screen}">${this.#renderScreen(subLevel(level))}</div>`}
        ${this.#cues.renderLiveRegion()}
        ${this.#steps.length && this._printing ? renderHandout(this, subLevel(level), this.#steps) : nothing}
      </article>
    `;
  }

  #renderScreen(level: HeadingLevel) {
    const contact = () => resolveContactLink(this.contactHref, this.contactLabel, this.warner);
    const forget = () => this.#onForgetClick();
    switch (this._screen) {
      case 'resume': {
        const step = this.#memory.resumeStep(this.#routineKey, this.#steps.length) ?? 0;
        return renderResumeScreen({
          level,
          stepTitle: stepTitle(this.#steps, step),
          onContinue: () => this.#go('resume-continue', step),
          onRestart: () => {
            this.#memory.clearResume();
            this.#go('resume-restart');
          },
        });
      }
      case 'safety':
        return renderSafetyScreen({
          level,
          emergencyNumber: parseEmergencyNumber(this.emergencyNumber, this.warner),
          onClear: () => this.#go('safety-clear'),
          onSigns: () => this.#go('safety-signs'),
        });
      case 'stop-advice':
      case 'pain-advice':
        return renderStopAdviceScreen({
          level,
          reason: this._screen === 'stop-advice' ? 'signs' : 'pain',
          contact: contact(),
          onNext: () => this.#go(this._screen === 'stop-advice' ? 'back-to-safety' : 'see-summary'),
        });
      case 'start':
        return renderStartScreen({
          level,
          steps: this.#steps,
          estimatedSeconds: this.estimatedSeconds,
          restBetween: this.#restBetween,
          remember: this.remember,
          streak: this.#memory.streak,
          notice: this._notice,
          onStart: () => this.#go('start'),
          onPrint: () => this.#onPrintClick(),
          onForget: forget,
        });
      case 'pain-before':
      case 'pain-after': {
        const before = this._screen === 'pain-before';
        return renderPainCheckScreen({
          level,
          when: before ? 'before' : 'after',
          value: before ? this._painBefore : this._painAfter,
          onChange: (score) => {
            if (before) this._painBefore = score;
            else this._painAfter = score;
          },
          onNext: () => (before ? this.#go('pain-scored') : this.#onPainAfterContinue()),
        });
      }
      case 'session':
        return renderSessionScreen({
          level,
          host: this,
          steps: this.#steps,
          step: this.stepIndex,
          plan: this.#timer.plan,
          phase: this.#timer.phase,
          status: this.#timer.status,
          remainingSeconds: this.#timer.remainingSeconds,
          phaseProgress: this.#timer.phaseProgress,
          muted: this.#cues.muted,
          onKeydown: (event) => this.#onSessionKeydown(event),
          onBack: () => this.back(),
          onToggle: () => this.#toggle(),
          onNext: () => this.next(),
          onSkip: () => this.skip(),
          onMute: () => {
            this.#cues.muted = !this.#cues.muted;
          },
        });
      case 'summary':
        return renderSummaryScreen({
          level,
          steps: this.#steps,
          skipped: this.#skipped,
          durationMs: this.#durationMs,
          painCheck: this.painCheck,
          painBefore: this._painBefore,
          painAfter: this._painAfter,
          rtl: this.direction === 'rtl',
          remember: this.remember,
          streak: this.#memory.streak,
          contact: contact(),
          notice: this._notice,
          onAgain: () => this.#go('again'),
          onForget: forget,
        });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stretch-routine': StretchRoutine;
  }
}
