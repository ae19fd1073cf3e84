import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '../../localization/lit-localize.js';
import { BackcareElement } from '../../internal/backcare-element.js';
import { baseStyles } from '../../internal/base-styles.js';
import { renderHeading } from '../../internal/heading.js';
import { subLevel, type HeadingLevel } from '../../internal/attributes.js';
import { resolveContactLink } from '../shared/contact.js';
import { parseEmergencyNumber, parseWhole } from '../../internal/attributes.js';
import { renderSafetySigns, safetySignsStyles } from '../shared/safety-signs.js';
import { pageLocalStorage, safeStorage, type StorageLike } from '../../internal/safe-storage.js';
import { DOSE_LIMITS, holdSeconds, repsToRun } from '../../content/dose.js';
import { doseSentence, resolveStretch, type StretchView } from '../../content/stretch-view.js';
import { isStretchId } from '../../content/stretches.js';
import { illustrationStyles } from '../../illustrations/styles.js';
import { illustrationCaption } from '../../illustrations/caption.js';
import { pictureForTimer } from '../../illustrations/phase.js';
import { picturesSettled, stretchPicture } from '../../illustrations/picture.js';
import { disclaimer, disclaimerTitle, generalAdvice } from '../../content/safety.js';
import { STRETCH_IDS } from '../../content/types.js';
import type { CustomStretchInput } from '../../content/custom-stretch.js';
import { buildRoutinePlan, firstPhaseOfStep, skipTarget } from '../../timer/routine-plan.js';
import { planSeconds, type Phase } from '../../timer/plan.js';
import { BACK_RESTARTS_AFTER_MS } from '../../timer/clock.js';
import { TimerController, type TimerSignal } from '../../timer/timer-controller.js';
import { CuePlayer, readCueSwitches } from '../../timer/cues/cue-player.js';
import { phaseAnnouncement, phaseLabel, repLabel, tenSecondsLeft } from '../../timer/phase-text.js';
import { renderTimerFace, timerFaceStyles } from '../../timer/timer-face.js';
import { formatAboutMinutes, formatDays, formatDuration, formatList, formatNumber } from '../../localization/format.js';
import { RoutineMemory } from './routine-memory.js';
import { painIsWorse, renderPainScale } from './pain-scale.js';
import { stretchRoutineStyles } from './stretch-routine.styles.js';
import {
  PainReportEvent,
  RoutineCompleteEvent,
  RoutinePauseEvent,
  RoutineStartEvent,
  RoutineStepEvent,
} from './stretch-routine.events.js';

export * from './stretch-routine.events.js';

export type RoutineScreen =
  | 'resume'
  | 'safety'
  | 'stop-advice'
  | 'start'
  | 'pain-before'
  | 'session'
  | 'pain-after'
  | 'pain-advice'
  | 'summary';

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

  #screenValue: RoutineScreen = 'safety';
  #steps: StretchView[] = [];
  #resolvedFrom: unknown[] = [Symbol('not yet')];
  #painBefore: number | undefined;
  #painAfter: number | undefined;
  readonly #skipped = new Set<number>();
  #stepShown = -1;
  #durationMs = 0;
  #streak = 0;
  #muted = false;
  #announcement = '';
  #notice = '';
  #moveFocus = false;
  readonly #cues = new CuePlayer(() => readCueSwitches(this, this.warner, this.#muted, this.localeTag));
  readonly #timer = new TimerController(
    this,
    (signal) => this.inLocale(() => this.#onTimerSignal(signal)),
    buildRoutinePlan([], 0)
  );
  readonly #memory = new RoutineMemory(
    safeStorage(() => this.storage ?? pageLocalStorage()),
    this.warner
  );

  constructor() {
    super();
    this.painCheck = false;
    this.remember = false;
  }

  // --- public state --------------------------------------------------------------------------

  /** The screen on show. */
  get screen(): RoutineScreen {
    return this.#screenValue;
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
      if (this.#screenValue === 'session') this.#show('start');
    }
    if (!this.hasUpdated || changed.has('remember')) this.#restoreMemory();
  }

  #restoreMemory(): void {
    if (!this.remember) return;
    this.#streak = this.#memory.currentStreak(new Date());
    if (this.#screenValue === 'safety' && this.#steps.length && this.#memory.resumePoint(this.#routineKey)) {
      this.#screenValue = 'resume';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cues.dispose();
  }

  // --- flow --------------------------------------------------------------------------------

  #show(screen: RoutineScreen): void {
    this.#screenValue = screen;
    // Checked now: the button that was clicked is gone once the new screen renders.
    this.#moveFocus = this.matches(':focus-within');
    this.#notice = '';
    this.requestUpdate();
  }

  #onStartClick(): void {
    if (this.painCheck) this.#show('pain-before');
    else this.#beginSession(0, false);
  }

  #beginSession(fromStep: number, resumed: boolean): void {
    this.#skipped.clear();
    this.#painAfter = undefined;
    this.#durationMs = 0;
    this.#stepShown = -1;
    this.#cues.prime();
    this.#timer.reset();
    if (fromStep > 0) this.#timer.goTo(firstPhaseOfStep(this.#timer.plan, fromStep));
    this.#show('session');
    this.dispatchEvent(new RoutineStartEvent({ stretches: this.#steps.map((s) => s.id), resumed }));
    this.#timer.start();
    if (fromStep > 0) this.inLocale(() => this.#enterPhase(this.#timer.phase, this.#timer.phaseIndex));
  }

  #finish(): void {
    if (this.remember) {
      this.#streak = this.#memory.recordFinish(new Date());
    }
    this.dispatchEvent(
      new RoutineCompleteEvent({
        done: this.#steps.filter((_, index) => !this.#skipped.has(index)).map((s) => s.id),
        skipped: [...this.#skipped].sort((a, b) => a - b).map((index) => this.#steps[index].id),
        durationMs: this.#durationMs,
        painBefore: this.#painBefore,
        painAfter: this.#painAfter,
      })
    );
  }

  #onSessionDone(actualMs: number): void {
    this.#durationMs = actualMs;
    if (this.painCheck) {
      this.#show('pain-after');
      return;
    }
    this.#finish();
    this.#show('summary');
  }

  #onPainAfterContinue(): void {
    const worse = painIsWorse(this.#painBefore, this.#painAfter);
    this.dispatchEvent(new PainReportEvent({ before: this.#painBefore, after: this.#painAfter, worse }));
    this.#finish();
    this.#show(worse ? 'pain-advice' : 'summary');
  }

  #onForgetClick(): void {
    this.#memory.forget();
    this.#streak = 0;
    this.#notice = this.inLocale(() => msg('Your progress on this device has been cleared.', { id: 'routine.forgotten' }));
    this.requestUpdate();
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
        this.#say(tenSecondsLeft());
        break;
      case 'complete':
        this.#onSessionDone(signal.actualMs);
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
    let sentence = phase.between
      ? msg(str`Rest. Next: ${view.name}.`, { id: 'routine.say.rest-next' })
      : phaseAnnouncement(phase);
    if (!phase.between && step !== this.#stepShown) {
      this.#stepShown = step;
      this.#skipped.delete(step);
      this.dispatchEvent(new RoutineStepEvent({ index: step, stretch: view.id }));
      if (this.remember) this.#memory.recordStep(this.#routineKey, step, new Date());
      sentence = msg(str`${this.#stepTitle(step)}. ${sentence}`, { id: 'routine.say.step-then' });
    }
    if (index === this.#timer.phaseIndex) {
      this.#announcement = sentence;
      this.#cues.phase(phase, sentence);
      this.requestUpdate();
    }
  }

  #say(sentence: string): void {
    this.#announcement = sentence;
    this.#cues.say(sentence);
    this.requestUpdate();
  }

  #stepTitle(step: number): string {
    const total = formatNumber(this.#steps.length);
    const position = formatNumber(step + 1);
    return msg(str`Stretch ${position} of ${total}: ${this.#steps[step].name}`, { id: 'routine.step-title' });
  }

  // --- keyboard ----------------------------------------------------------------------------

  #onSessionKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    const onControl = target?.matches?.('button, input, select, textarea, a[href], summary') ?? false;
    const rtl = this.direction === 'rtl';
    switch (event.key) {
      case ' ':
        if (onControl) return; // the control's own Space action wins
        this.#toggle();
        break;
      case 'Escape':
        this.pause();
        break;
      case 'ArrowLeft':
        if (rtl) this.next();
        else this.back();
        break;
      case 'ArrowRight':
        if (rtl) this.back();
        else this.next();
        break;
      default:
        return;
    }
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
          : html`<div part="screen" class="screen screen-${this.#screenValue}">${this.#renderScreen(subLevel(level))}</div>`}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
        ${this.#steps.length ? this.#renderHandout(subLevel(level)) : nothing}
      </article>
    `;
  }

  #renderScreen(level: HeadingLevel) {
    switch (this.#screenValue) {
      case 'resume':
        return this.#renderResume(level);
      case 'safety':
        return this.#renderSafety(level);
      case 'stop-advice':
        return this.#renderStopAdvice(level, 'signs');
      case 'start':
        return this.#renderStart(level);
      case 'pain-before':
        return this.#renderPainCheck(level, 'before');
      case 'session':
        return this.#renderSession(level);
      case 'pain-after':
        return this.#renderPainCheck(level, 'after');
      case 'pain-advice':
        return this.#renderStopAdvice(level, 'pain');
      case 'summary':
        return this.#renderSummary(level);
    }
  }

  #screenHeading(level: HeadingLevel, text: string) {
    return html`<div class="screen-heading" tabindex="-1" data-screen-focus>${renderHeading(level, text, 'screen-title')}</div>`;
  }

  #renderCta() {
    const contact = resolveContactLink(this.contactHref, this.contactLabel, this.warner);
    return html`<slot name="cta">
      ${contact ? html`<a part="cta-link" class="button" href=${contact.href}>${contact.label}</a>` : nothing}
    </slot>`;
  }

  #renderResume(level: HeadingLevel) {
    const point = this.#memory.resumePoint(this.#routineKey);
    const step = Math.min(point?.step ?? 0, this.#steps.length - 1);
    return html`
      ${this.#screenHeading(level, msg('Continue where you left off?', { id: 'routine.resume.title' }))}
      <p>${msg(str`Last time you stopped at ${this.#stepTitle(step)}.`, { id: 'routine.resume.text' })}</p>
      <div class="actions">
        <button part="primary-button" class="button" type="button" @click=${() => this.#beginSession(step, true)}>
          ${msg('Continue', { id: 'routine.resume.continue' })}
        </button>
        <button class="button secondary" type="button" @click=${() => {
          this.#memory.clearResume();
          this.#show('safety');
        }}>
          ${msg('Start from the beginning', { id: 'routine.resume.restart' })}
        </button>
      </div>
    `;
  }

  #renderSafety(level: HeadingLevel) {
    return html`
      <section part="safety" class="safety">
        ${this.#screenHeading(level, msg('Before you start: a quick safety check', { id: 'routine.safety.title' }))}
        ${renderSafetySigns(subLevel(level), parseEmergencyNumber(this.emergencyNumber, this.warner))}
        <div class="disclaimer">
          ${renderHeading(subLevel(level), disclaimerTitle(), 'section-title')}
          <ul>
            ${disclaimer.map((line) => html`<li>${line()}</li>`)}
          </ul>
        </div>
        <div class="actions">
          <button part="primary-button" class="button" type="button" @click=${() => this.#show('start')}>
            ${msg('None of these apply to me', { id: 'routine.safety.none' })}
          </button>
          <button class="button secondary" type="button" @click=${() => this.#show('stop-advice')}>
            ${msg('I have one of these', { id: 'routine.safety.some' })}
          </button>
        </div>
      </section>
    `;
  }

  #renderStopAdvice(level: HeadingLevel, reason: 'signs' | 'pain') {
    return html`
      <section class="advice" role="alert">
        ${this.#screenHeading(
          level,
          reason === 'signs'
            ? msg('Please do not start the routine', { id: 'routine.stop.title' })
            : msg('Please stop for today', { id: 'routine.pain-advice.title' })
        )}
        <p>
          ${reason === 'signs'
            ? msg('With these signs, stretching at home is not the right first step. If any sign in "Get help now" applies, call for emergency help now. Otherwise, contact your doctor or our clinic.', {
                id: 'routine.stop.text',
              })
            : msg('Your pain is higher than it should be after stretching. Rest, and contact our clinic before you do these stretches again.', {
                id: 'routine.pain-advice.text',
              })}
        </p>
        ${this.#renderCta()}
        <div class="actions">
          ${reason === 'signs'
            ? html`<button class="button secondary" type="button" @click=${() => this.#show('safety')}>
                ${msg('Back to the safety check', { id: 'routine.stop.back' })}
              </button>`
            : html`<button part="primary-button" class="button secondary" type="button" @click=${() => this.#show('summary')}>
                ${msg('See my summary', { id: 'routine.pain-advice.summary' })}
              </button>`}
        </div>
      </section>
    `;
  }

  #renderStart(level: HeadingLevel) {
    return html`
      ${this.#screenHeading(level, msg('Your routine today', { id: 'routine.start.title' }))}
      <ol part="plan" class="plan">
        ${this.#steps.map(
          (view) => html`<li>
            <span class="plan-name">${view.name}</span>
            <span class="plan-dose">${doseSentence(view.dose)}</span>
          </li>`
        )}
      </ol>
      <p part="estimate" class="estimate">
        ${msg(str`Takes ${formatAboutMinutes(this.estimatedSeconds)}, with ${formatDuration(this.#restBetween)} of rest between stretches.`, {
          id: 'routine.estimate',
        })}
      </p>
      <ul class="advice-list">
        ${generalAdvice.map((line) => html`<li>${line()}</li>`)}
      </ul>
      ${this.remember && this.#streak > 0 ? html`<p class="streak">${this.#streakText()}</p>` : nothing}
      <div class="actions">
        <button part="primary-button" class="button big" type="button" @click=${this.#onStartClick}>
          ${msg('Start the routine', { id: 'routine.start.button' })}
        </button>
        <button class="button secondary" type="button" @click=${() => window.print()}>
          ${msg('Print', { id: 'routine.print' })}
        </button>
        ${this.#renderForget()}
      </div>
      ${this.#notice ? html`<p class="notice" role="status">${this.#notice}</p>` : nothing}
    `;
  }

  #renderForget() {
    return this.remember
      ? html`<button class="button secondary" type="button" @click=${this.#onForgetClick}>
          ${msg('Forget my progress', { id: 'routine.forget' })}
        </button>`
      : nothing;
  }

  #streakText(): string {
    return this.#streak === 1
      ? msg('You stretched today. Come back tomorrow to start a streak!', { id: 'routine.streak.one' })
      : msg(str`You have stretched ${formatDays(this.#streak)} in a row.`, { id: 'routine.streak.days' });
  }

  #renderPainCheck(level: HeadingLevel, when: 'before' | 'after') {
    const value = when === 'before' ? this.#painBefore : this.#painAfter;
    const set = (score: number | undefined) => {
      if (when === 'before') this.#painBefore = score;
      else this.#painAfter = score;
      this.requestUpdate();
    };
    const next = () => (when === 'before' ? this.#beginSession(0, false) : this.#onPainAfterContinue());
    return html`
      ${this.#screenHeading(
        level,
        when === 'before'
          ? msg('How is your back right now?', { id: 'pain.before.title' })
          : msg('How is your back now?', { id: 'pain.after.title' })
      )}
      <fieldset class="pain">
        <legend>
          ${msg('Choose a number from 0 (no pain) to 10 (worst pain).', { id: 'pain.legend' })}
        </legend>
        ${renderPainScale(`pain-${when}`, value, set)}
      </fieldset>
      <div class="actions">
        <button part="primary-button" class="button" type="button" ?disabled=${value === undefined} @click=${next}>
          ${msg('Continue', { id: 'pain.continue' })}
        </button>
        <button class="button secondary" type="button" @click=${() => {
          set(undefined);
          next();
        }}>
          ${msg('Skip this question', { id: 'pain.skip' })}
        </button>
      </div>
    `;
  }

  #renderSession(level: HeadingLevel) {
    const phase = this.#timer.phase;
    const step = this.stepIndex;
    const view = this.#steps[step];
    const total = this.#steps.length;
    const running = this.#timer.status === 'running';
    const position = formatNumber(step + 1);
    const reps = this.#timer.plan.filter((p) => p.step === step && p.kind === 'hold' && !p.between).at(-1)?.rep ?? 1;
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
        @keydown=${this.#onSessionKeydown}
      >
        <div part="progress" class="progress">
          <span id="progress-text">${msg(str`Stretch ${position} of ${formatNumber(total)}`, { id: 'routine.progress' })}</span>
          <progress max=${total} value=${phase.between ? step : step + 1} aria-labelledby="progress-text"></progress>
        </div>
        <div part="stage" class="stage">
          <div class="stretch-info">
            <div tabindex="-1" data-screen-focus id="session-title">
              ${renderHeading(level, phase.between ? msg('Rest', { id: 'timer.phase.rest' }) : view.name, 'stretch-name')}
            </div>
            ${phase.between ? html`<p class="next-up">${msg(str`Next: ${view.name}`, { id: 'routine.next-up' })}</p>` : nothing}
            <p class="dose">${doseSentence(view.dose)}</p>
            ${this.#renderPicture(view, phase, step)}
            <details class="how">
              <summary>${msg('How to do it', { id: 'card.steps-title' })}</summary>
              <ol>
                ${view.steps.map((line) => html`<li>${line}</li>`)}
              </ol>
            </details>
          </div>
          <div class="timer-area ${this.#timer.status}">
            ${renderTimerFace({
              phase,
              status: this.#timer.status,
              label: phase.between ? msg('Rest', { id: 'timer.phase.rest' }) : phaseLabel(phase),
              remainingSeconds: this.#timer.remainingSeconds,
              progress: this.#timer.phaseProgress,
              detail,
            })}
          </div>
        </div>
        <div part="controls" class="controls">
          <button class="button secondary" type="button" @click=${() => this.back()}>
            ${msg('Back', { id: 'routine.back' })}
          </button>
          <button part="primary-button" class="button big" type="button" @click=${() => this.#toggle()}>
            ${running ? msg('Pause', { id: 'timer.button.pause' }) : msg('Resume', { id: 'timer.button.resume' })}
          </button>
          <button class="button secondary" type="button" @click=${() => this.next()}>
            ${msg('Next', { id: 'timer.button.next' })}
          </button>
          <button class="button secondary" type="button" ?disabled=${phase.between} @click=${() => this.skip()}>
            ${msg('Skip stretch', { id: 'routine.skip' })}
          </button>
          <button
            class="button secondary"
            type="button"
            aria-pressed=${this.#muted ? 'true' : 'false'}
            @click=${() => {
              this.#muted = !this.#muted;
              this.requestUpdate();
            }}
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
  #renderPicture(view: StretchView, phase: Phase, step: number) {
    if (!view.fromCatalog || !isStretchId(view.id)) return nothing;
    const stepPlan = this.#timer.plan.filter((p) => p.step === step && !p.between && p.kind !== 'done');
    const picture = phase.between
      ? { pose: 'start' as const, side: stepPlan.find((p) => p.side)?.side, animate: false }
      : pictureForTimer(this.#timer.status, phase, stepPlan);
    return html`<figure class="picture">
      ${stretchPicture(this, view.id, picture.pose, picture.side, { animate: picture.animate })}
      <figcaption class="caption">${illustrationCaption(view.id, picture.pose, picture.side)}</figcaption>
    </figure>`;
  }

  #renderSummary(level: HeadingLevel) {
    const done = this.#steps.filter((_, index) => !this.#skipped.has(index));
    const skipped = this.#steps.filter((_, index) => this.#skipped.has(index));
    return html`
      <section part="summary" class="summary">
        ${this.#screenHeading(level, msg('Well done!', { id: 'routine.summary.title' }))}
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
            <dd>${formatDuration(this.#durationMs / 1000)}</dd>
          </div>
          ${this.painCheck
            ? html`<div>
                <dt>${msg('Pain before and after', { id: 'routine.summary.pain' })}</dt>
                <dd>${this.#painText(this.#painBefore)} ${this.direction === 'rtl' ? '←' : '→'} ${this.#painText(this.#painAfter)}</dd>
              </div>`
            : nothing}
        </dl>
        ${this.remember && this.#streak > 0 ? html`<p class="streak">${this.#streakText()}</p>` : nothing}
        <p>${msg('If your back pain does not go away, contact our doctors.', { id: 'routine.summary.contact' })}</p>
        ${this.#renderCta()}
        <div class="actions">
          <button part="primary-button" class="button" type="button" @click=${() => this.#show('start')}>
            ${msg('Do it again', { id: 'routine.summary.again' })}
          </button>
          ${this.#renderForget()}
        </div>
        ${this.#notice ? html`<p class="notice" role="status">${this.#notice}</p>` : nothing}
      </section>
    `;
  }

  #painText(score: number | undefined): string {
    return score === undefined ? msg('not given', { id: 'pain.not-given' }) : formatNumber(score);
  }

  /** A clean handout for print: every stretch with its dose and steps, no buttons. */
  #renderHandout(level: HeadingLevel) {
    return html`
      <section part="handout" class="handout" aria-hidden="true">
        ${this.#steps.map(
          (view, index) => html`
            <div class="handout-stretch">
              <div class="handout-text">
                ${renderHeading(level, `${formatNumber(index + 1)}. ${view.name}`, 'handout-name')}
                <p class="dose">${doseSentence(view.dose)}</p>
                <ol>
                  ${view.steps.map((line) => html`<li>${line}</li>`)}
                </ol>
                ${view.cautions.length ? html`<p class="handout-care">${view.cautions.join(' ')}</p>` : nothing}
              </div>
              ${view.fromCatalog && isStretchId(view.id)
                ? html`<div class="handout-pictures">
                    ${stretchPicture(this, view.id, 'start', view.dose.sides === 'each' ? 'right' : undefined)}
                    ${stretchPicture(this, view.id, 'end', view.dose.sides === 'each' ? 'right' : undefined)}
                  </div>`
                : nothing}
            </div>
          `
        )}
        <ul class="handout-advice">
          ${generalAdvice.map((line) => html`<li>${line()}</li>`)}
        </ul>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stretch-routine': StretchRoutine;
  }
}
