import { buildPlan, type Phase, type TimerDose } from './plan.js';

/**
 * One plan for a whole routine: each stretch's own phases (tagged with its `step`), a rest
 * between stretches, and one `done`. The routine's time estimate is this plan's length, so the
 * estimate and the real run cannot disagree.
 */
export function buildRoutinePlan(doses: readonly TimerDose[], restBetween: number): Phase[] {
  const phases: Phase[] = [];
  doses.forEach((dose, step) => {
    if (step > 0 && restBetween > 0) {
      phases.push({ kind: 'rest', duration: restBetween, rep: 1, step, between: true });
    }
    for (const phase of buildPlan(dose)) {
      if (phase.kind !== 'done') phases.push({ ...phase, step });
    }
  });
  phases.push({ kind: 'done', duration: 0, rep: 1, step: Math.max(0, doses.length - 1) });
  return phases;
}

/** Index of the first phase of a stretch (not the rest before it); the done phase past the end. */
export function firstPhaseOfStep(plan: readonly Phase[], step: number): number {
  const index = plan.findIndex((phase) => phase.step === step && !phase.between && phase.kind !== 'done');
  return index === -1 ? plan.length - 1 : index;
}

/** Where "Skip" goes from a step: the rest before the next stretch, or the next stretch, or done. */
export function skipTarget(plan: readonly Phase[], step: number): number {
  const index = plan.findIndex((phase) => phase.step === step + 1 && phase.kind !== 'done');
  return index === -1 ? plan.length - 1 : index;
}
