import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { painIsSevere, painIsWorse } from './pain-scale.js';
import { PainReportEvent, type PainMoment, type PainScore } from './stretch-routine.events.js';

/**
 * The pain check (on by default, `pain-check="off"` turns it off): the 0–10 scores before,
 * during ("It hurts") and after the session, whether they call for stopping, and the
 * `pain-report` event. Scores are rendered state: setting one re-renders.
 */
export class RoutinePainController implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  #before: number | undefined;
  #after: number | undefined;
  #during: PainScore[] = [];
  /** The score being chosen on the "It hurts" screen (not yet recorded). */
  #now: number | undefined;

  constructor(host: ReactiveControllerHost & EventTarget) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  get before(): number | undefined {
    return this.#before;
  }
  get after(): number | undefined {
    return this.#after;
  }
  /** The score on the "It hurts" screen, while it is chosen. */
  get now(): number | undefined {
    return this.#now;
  }
  /** The last score given during this session. */
  get lastDuring(): PainScore | undefined {
    return this.#during.at(-1);
  }
  /** The before-score is severe (7 or more). */
  get severe(): boolean {
    return painIsSevere(this.#before);
  }
  /** The last score during the session calls for stopping. */
  get nowStop(): boolean {
    return painIsWorse(this.#before, this.lastDuring?.score);
  }
  /** The after-score, or any score during the session, calls for stopping (see painIsWorse). */
  get worse(): boolean {
    return painIsWorse(this.#before, this.#after) || this.#during.some((entry) => painIsWorse(this.#before, entry.score));
  }
  /** Every score of this session with its moment, in order. */
  get scores(): PainScore[] {
    const scores: PainScore[] = [];
    if (this.#before !== undefined) scores.push({ moment: 'before', score: this.#before });
    scores.push(...this.#during.map((entry) => ({ ...entry })));
    if (this.#after !== undefined) scores.push({ moment: 'after', score: this.#after });
    return scores;
  }

  /** Sets (or clears, with undefined) the score of one check; `now` is the "It hurts" screen's choice. */
  set(when: Exclude<PainMoment, 'during'> | 'now', score: number | undefined): void {
    if (when === 'before') this.#before = score;
    else if (when === 'after') this.#after = score;
    else this.#now = score;
    this.#host.requestUpdate();
  }

  /** "It hurts": pauses the session's `timer` at once, then a new score now. */
  startNow(timer: { pause(): void }): void {
    timer.pause();
    this.#now = undefined;
  }

  /** The "It hurts" score was given (or skipped): it is recorded with its stretch. */
  recordNow(step: number): void {
    if (this.#now !== undefined) this.#during.push({ moment: 'during', score: this.#now, step });
    this.#now = undefined;
  }

  /** A new session: the after- and during-scores are asked again (the before-score stays for "Do it again"). */
  newSession(): void {
    this.#after = undefined;
    this.#during = [];
    this.#now = undefined;
  }

  /** After the last score (or when a score during the session stops it): fires `pain-report`. */
  report(): void {
    this.#host.dispatchEvent(
      new PainReportEvent({ scores: this.scores, before: this.#before, after: this.#after, worse: this.worse })
    );
  }
}
