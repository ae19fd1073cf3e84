import type { Sides } from '../content/types.js';

/** One stretch of a clinician's program. Same meanings and units as `<stretch-card>`'s attributes. */
export interface ProgramStretch {
  /** A catalog id (`head-rolls`, `kneeling-back-extension`, `knee-to-chest`, `bird-dog`) or a clinic's custom stretch id. */
  id: string;
  /** Seconds to hold (1–600). Absent: the stretch's own default. */
  hold?: number;
  /** Rounds (1–50); for `sides: 'each'` one round is both sides. Absent: the stretch's own default. */
  reps?: number;
  /** `each` (left, then right) or `none`. Absent: the stretch's own default. */
  sides?: Sides;
  /** Seconds of rest between rounds (0–600). Absent: the stretch's own default. */
  rest?: number;
}

/**
 * A clinician's program, carried in a link's `#program=` fragment. It holds no personal data:
 * a title, a note, a language and the stretches with their doses.
 */
export interface Program {
  /** At most {@link PROGRAM_LIMITS.title} characters. */
  title?: string;
  /** A note for the patient, at most {@link PROGRAM_LIMITS.note} characters. */
  note?: string;
  /** The language to show the routine in (a BCP 47 tag such as `es` or `zh-Hans`). */
  lang?: string;
  stretches: ProgramStretch[];
}

/** Characters (Unicode code points) and counts a program may hold. */
export const PROGRAM_LIMITS = {
  title: 80,
  note: 280,
  /** A BCP 47 tag. */
  lang: 35,
  /** A custom stretch id. */
  id: 64,
  stretches: 30,
} as const;

/** Counts characters as people do (code points, so an emoji counts once). */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
