import type { ReactiveController, ReactiveElement } from 'lit';
import { msg, str } from '../../localization/lit-localize.js';
import type { ElementLanguage } from '../../internal/backcare-element.js';
import type { Warner } from '../../internal/warn.js';
import { DOSE_LIMITS, holdSeconds, repsToRun } from '../../content/dose.js';
import { resolveStretch, type StretchView } from '../../content/stretch-view.js';
import { isStretchId, stretches as catalog } from '../../content/stretches.js';
import { STRETCH_IDS } from '../../content/types.js';
import type { CustomStretchInput } from '../../content/custom-stretch.js';
import { parseWhole } from '../../internal/attributes.js';
import { buildRoutinePlan, firstPhaseOfStep, skipTarget } from '../../timer/routine-plan.js';
import type { Phase } from '../../timer/plan.js';
import { BACK_RESTARTS_AFTER_MS } from '../../timer/clock.js';
import { TimerController, type TimerSignal } from '../../timer/timer-controller.js';
import { phaseAnnouncement, tenSecondsLeft } from '../../timer/phase-text.js';
import type { CueAnnouncer } from '../shared/cue-announcer.js';
import type { RoutineMemoryController } from './routine-memory-controller.js';
import { stepTitle } from './screens/parts.js';
import { sessionKeyCommand } from './session-keys.js';
import { warnRoutineDoses } from './routine-doses.js';
import { RoutinePauseEvent, RoutineStepEvent } from './stretch-routine.events.js';

const DEFAULT_REST_BETWEEN = 15;
const DEFAULT_GET_READY = 3;

/** What the session needs from the routine element and its other controllers. */
export interface RoutineSessionOptions {
  warner: Warner;
  language: ElementLanguage;
  cues: CueAnnouncer;
  memory: RoutineMemoryController;
  /** The last phase ended, after `actualMs` of running time. */
  onDone: (actualMs: number) => void;
}

/**
 * The routine's session: the stretches resolved from the element's input, one phase plan for
 * them all (the timer), which stretches were skipped, and the commands (pause, next, back, skip).
 * Each stretch that begins fires `routine-step` once and is remembered as the resume point;
 * each phase is announced (in the element's language) through the cue announcer.
 */
export class RoutineSession implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: RoutineSessionOptions;
  readonly timer: TimerController;
  steps: StretchView[] = [];
  restBetween = DEFAULT_REST_BETWEEN;
  readonly skipped = new Set<number>();
  durationMs = 0;
  #stepShown = -1;
  /** The stretches whose cautions were spoken (once, at their first hold). */
  readonly #cautionsSpoken = new Set<number>();

  constructor(host: ReactiveElement, options: RoutineSessionOptions) {
    this.#host = host;
    this.#options = options;
    this.timer = new TimerController(
      host,
      (signal) => options.language.inLocale(() => this.#onTimerSignal(signal)),
      buildRoutinePlan([], 0)
    );
    host.addController(this);
  }

  hostConnected(): void {}

  /** The stretch ids in order: the key a resume point is saved under. */
  get routineKey(): string {
    return this.steps.map((step) => step.id).join(' ');
  }

  /** The stretch on show (0-based). */
  get stepIndex(): number {
    return this.timer.phase.step ?? 0;
  }

  /** What the session screen shows, and its buttons' commands. */
  view() {
    const timer = this.timer;
    return {
      steps: this.steps,
      step: this.stepIndex,
      plan: timer.plan,
      phase: timer.phase,
      status: timer.status,
      remainingSeconds: timer.remainingSeconds,
      phaseProgress: timer.phaseProgress,
      onBack: () => this.back(),
      onToggle: () => this.toggle(),
      onNext: () => timer.next(),
      onSkip: () => this.skip(),
      cautions: this.steps[this.stepIndex]?.cautions ?? [],
    };
  }

  /**
   * Resolves the stretches and their plan; returns whether the plan changed. `videoUrl` goes to
   * the stretches whose article text promises a video (as in <back-pain-guide>).
   */
  resolve(stretches: unknown, rest: unknown, getReady: unknown, videoUrl?: string): boolean {
    const warner = this.#options.warner;
    this.steps = resolveSteps(stretches, warner, videoUrl);
    this.restBetween = parseWhole(rest, 'rest', DEFAULT_REST_BETWEEN, DOSE_LIMITS.rest, warner);
    warnRoutineDoses(Array.isArray(stretches) ? stretches : [], this.steps, { given: rest, seconds: this.restBetween }, warner);
    const getReadySeconds = parseWhole(getReady, 'get-ready', DEFAULT_GET_READY, DOSE_LIMITS.getReady, warner);
    const plan = buildRoutinePlan(
      this.steps.map((view) => ({
        hold: holdSeconds(view.dose),
        reps: repsToRun(view.dose),
        sides: view.dose.sides,
        rest: view.dose.rest,
        getReady: getReadySeconds,
      })),
      this.restBetween
    );
    if (JSON.stringify(plan) === JSON.stringify(this.timer.plan)) return false;
    this.timer.setPlan(plan);
    return true;
  }

  /** Before the session screen shows: a fresh run, from `fromStep`. Call from a click (audio). */
  prepare(fromStep: number, pain: { newSession(): void }): void {
    pain.newSession();
    this.skipped.clear();
    this.durationMs = 0;
    this.#stepShown = -1;
    this.#cautionsSpoken.clear();
    this.#options.cues.prime();
    this.timer.reset();
    if (fromStep > 0) this.timer.goTo(firstPhaseOfStep(this.timer.plan, fromStep));
  }

  /** Once the session screen is on: runs the timer (announcing a resumed stretch at once). */
  start(fromStep: number): void {
    this.timer.start();
    if (fromStep > 0) this.#enterPhase(this.timer.phase, this.timer.phaseIndex);
  }

  /** `routine-complete`'s stretches and time. */
  outcome(): { done: string[]; skipped: string[]; durationMs: number } {
    return {
      done: this.steps.filter((_, index) => !this.skipped.has(index)).map((s) => s.id),
      skipped: [...this.skipped].sort((a, b) => a - b).map((index) => this.steps[index].id),
      durationMs: this.durationMs,
    };
  }

  /** The session's keyboard shortcuts (see session-keys.ts). */
  onKeydown(event: KeyboardEvent, rtl: boolean): void {
    const command = sessionKeyCommand(event, rtl);
    if (!command) return;
    if (command === 'toggle') this.toggle();
    else if (command === 'pause') this.timer.pause();
    else if (command === 'next') this.timer.next();
    else this.back();
    event.preventDefault();
  }

  toggle(): void {
    if (this.timer.status === 'running') this.timer.pause();
    else this.timer.start();
  }

  skip(): void {
    if (this.timer.phase.between || this.timer.status === 'done') return;
    const step = this.stepIndex;
    this.skipped.add(step);
    this.timer.goTo(skipTarget(this.timer.plan, step));
  }

  back(): void {
    const plan = this.timer.plan;
    const phase = this.timer.phase;
    const step = this.stepIndex;
    const first = firstPhaseOfStep(plan, step);
    const elapsed = phase.duration * 1000 - this.timer.remainingMs;
    const atStart = phase.between || (this.timer.phaseIndex === first && elapsed <= BACK_RESTARTS_AFTER_MS);
    const target = atStart ? Math.max(0, step - 1) : step;
    this.#stepShown = -1; // the stretch begins again, so it is reported again
    this.timer.goTo(firstPhaseOfStep(plan, target));
  }

  #onTimerSignal(signal: TimerSignal): void {
    switch (signal.type) {
      case 'pause':
        this.#host.dispatchEvent(new RoutinePauseEvent({ index: this.stepIndex, stretch: this.steps[this.stepIndex]?.id ?? '' }));
        break;
      case 'phase':
        if (signal.index === this.timer.phaseIndex || signal.phase.step !== this.#stepShown) {
          this.#enterPhase(signal.phase, signal.index);
        }
        break;
      case 'mark':
        this.#options.cues.say(tenSecondsLeft);
        break;
      case 'complete':
        this.durationMs = signal.actualMs;
        this.#options.onDone(signal.actualMs);
        break;
      default:
        break;
    }
  }

  /** A phase began: report a new stretch once, then announce what to do now. */
  #enterPhase(phase: Phase, index: number): void {
    if (phase.kind === 'done') return;
    const step = phase.step ?? 0;
    const view = this.steps[step];
    const newStep = !phase.between && step !== this.#stepShown;
    if (newStep) {
      this.#stepShown = step;
      this.skipped.delete(step);
      this.#host.dispatchEvent(new RoutineStepEvent({ index: step, stretch: view.id }));
      this.#options.memory.recordStep(this.routineKey, step, new Date());
    }
    if (index !== this.timer.phaseIndex) return;
    // The stretch's cautions are spoken once, at its first hold (the screen shows them throughout).
    const cautions = phase.kind === 'hold' && !phase.between && !this.#cautionsSpoken.has(step) ? view.cautions : [];
    if (phase.kind === 'hold' && !phase.between) this.#cautionsSpoken.add(step);
    this.#options.cues.phase(phase, () => {
      const sentence = phase.between
        ? msg(str`Rest. Next: ${view.name}.`, { id: 'routine.say.rest-next' })
        : phaseAnnouncement(phase);
      const said = newStep ? msg(str`${stepTitle(this.steps, step)}. ${sentence}`, { id: 'routine.say.step-then' }) : sentence;
      return [said, ...cautions].join(' ');
    });
  }
}

/** The `stretches` input (ids separated by spaces, or a list of ids and custom stretches) as views. */
function resolveSteps(given: unknown, warner: Warner, videoUrl: string | undefined): StretchView[] {
  let items: Array<string | CustomStretchInput>;
  if (given == null || (typeof given === 'string' && given.trim() === '')) {
    items = given == null ? [...STRETCH_IDS] : [];
    if (given != null) warner.warn('stretches="" names no stretches.');
  } else if (typeof given === 'string') {
    items = given.trim().split(/[\s,]+/);
  } else if (Array.isArray(given)) {
    items = given;
  } else {
    warner.warn(`stretches must be catalog ids separated by spaces, or a list; got ${JSON.stringify(given)}.`);
    items = [];
  }
  const views: StretchView[] = [];
  for (const item of items) {
    if (typeof item === 'string' && !isStretchId(item)) {
      warner.warn(`stretches contains "${item}", which is not a known stretch (use ${STRETCH_IDS.join(', ')}); it is skipped.`);
      continue;
    }
    const id = typeof item === 'string' ? item : item?.id;
    const withVideo = videoUrl && isStretchId(id) && catalog[id].articleMentionsVideo && (typeof item === 'string' || !item.videoUrl);
    const view = resolveStretch({ stretch: item }, withVideo ? { videoUrl } : {}, warner);
    if (view) views.push(view);
  }
  return views;
}
