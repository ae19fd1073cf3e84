/**
 * The phase plan: from a dose, the ordered list of phases a timer runs through. Pure and
 * DOM-free, so the routine's time estimate and the timer use the same numbers.
 */

export type PhaseKind = 'get-ready' | 'hold' | 'switch-sides' | 'rest' | 'done';
export type Side = 'right' | 'left';

export interface Phase {
  kind: PhaseKind;
  /** Seconds; `done` lasts 0. */
  duration: number;
  /** 1-based repetition this phase belongs to. */
  rep: number;
  /** The side being held (hold), or about to be held (get-ready, switch-sides, rest). */
  side?: Side;
  /** In a routine: the index of the stretch this phase belongs to (or leads to, for a rest between stretches). */
  step?: number;
  /** In a routine: a rest between two stretches rather than between rounds. */
  between?: boolean;
}

export interface TimerDose {
  /** Seconds per hold. */
  hold: number;
  reps: number;
  sides: 'each' | 'none';
  /** Seconds of rest between repetitions. */
  rest: number;
  /** Seconds of "get ready" before the first hold. */
  getReady: number;
  /** Seconds to change sides when there is no rest between them. Default 3. */
  switchSides?: number;
}

export const DEFAULT_SWITCH_SIDES_SECONDS = 3;

export function buildPlan(dose: TimerDose): Phase[] {
  const switchSeconds = dose.switchSides ?? DEFAULT_SWITCH_SIDES_SECONDS;
  const sides: Array<Side | undefined> = dose.sides === 'each' ? ['right', 'left'] : [undefined];
  const phases: Phase[] = [];
  const withSide = (phase: Phase, side: Side | undefined): Phase => (side ? { ...phase, side } : phase);

  if (dose.getReady > 0) phases.push(withSide({ kind: 'get-ready', duration: dose.getReady, rep: 1 }, sides[0]));

  for (let rep = 1; rep <= dose.reps; rep++) {
    sides.forEach((side, index) => {
      if (index > 0) phases.push(withSide({ kind: 'switch-sides', duration: switchSeconds, rep }, side));
      phases.push(withSide({ kind: 'hold', duration: dose.hold, rep }, side));
    });
    if (rep < dose.reps) {
      if (dose.rest > 0) {
        phases.push(withSide({ kind: 'rest', duration: dose.rest, rep: rep + 1 }, sides[0]));
      } else if (sides.length > 1) {
        // Back from the last side to the first one needs a moment too.
        phases.push(withSide({ kind: 'switch-sides', duration: switchSeconds, rep: rep + 1 }, sides[0]));
      }
    }
  }

  phases.push({ kind: 'done', duration: 0, rep: dose.reps });
  return phases;
}

/** Total planned seconds of a plan. */
export function planSeconds(plan: readonly Phase[]): number {
  return plan.reduce((total, phase) => total + phase.duration, 0);
}
