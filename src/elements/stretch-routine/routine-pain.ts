import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { painIsWorse } from './pain-scale.js';
import { PainReportEvent } from './stretch-routine.events.js';

/**
 * The pain check (`pain-check`): the 0–10 scores before and after the session, whether it got
 * worse, and the `pain-report` event. Scores are rendered state: setting one re-renders.
 */
export class RoutinePainController implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  #before: number | undefined;
  #after: number | undefined;

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
  /** The after-score is worse than the before-score (see painIsWorse). */
  get worse(): boolean {
    return painIsWorse(this.#before, this.#after);
  }

  /** Sets (or clears, with undefined) the score of one check. */
  set(when: 'before' | 'after', score: number | undefined): void {
    if (when === 'before') this.#before = score;
    else this.#after = score;
    this.#host.requestUpdate();
  }

  /** A new session: the after-score is asked again (the before-score stays for "Do it again"). */
  newSession(): void {
    this.#after = undefined;
  }

  /** After the last score: fires `pain-report`. */
  report(): void {
    this.#host.dispatchEvent(new PainReportEvent({ before: this.#before, after: this.#after, worse: this.worse }));
  }
}
