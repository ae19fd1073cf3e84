import { DOSE_LIMITS, holdSeconds, repsToRun } from '../../content/dose.js';
import { resolveStretch, type StretchView } from '../../content/stretch-view.js';
import { isStretchId } from '../../content/stretches.js';
import { STRETCH_IDS, type Sides } from '../../content/types.js';
import type { CustomStretchInput } from '../../content/custom-stretch.js';
import type { Warner } from '../../internal/warn.js';
import { PROGRAM_LIMITS, characterCount, type Program, type ProgramStretch } from '../../program/types.js';

/*
 * The builder's working copy of a program. Dose fields stay text while the clinician types, so a
 * value outside the safe range can be shown with the reason it is refused.
 */

export type DoseField = 'hold' | 'reps' | 'rest';
export const DOSE_FIELDS: readonly DoseField[] = ['hold', 'reps', 'rest'];

export interface DraftStretch {
  /** Unique within the draft (a stretch may be chosen once). */
  id: string;
  hold: string;
  reps: string;
  sides: Sides;
  rest: string;
}

export interface DraftProblems {
  /** Per stretch id, per field: the field is refused. */
  doses: Map<string, Set<DoseField>>;
  title: boolean;
  note: boolean;
}

/** A stretch the builder can offer: the catalog's, then the clinic's own. */
export interface Choice {
  id: string;
  view: StretchView;
  custom?: CustomStretchInput;
}

/** Every stretch on offer, in the active language. Custom stretches without an id or with a catalog id are left out with a warning. */
export function choices(custom: readonly CustomStretchInput[] | undefined, warner: Warner): Choice[] {
  const out: Choice[] = [];
  for (const id of STRETCH_IDS) {
    const view = resolveStretch({ stretch: id }, {}, warner);
    if (view) out.push({ id, view });
  }
  if (custom != null && !Array.isArray(custom)) {
    warner.warn(`customStretches must be a list of custom stretch objects; got ${JSON.stringify(custom)}.`);
    return out;
  }
  for (const item of custom ?? []) {
    const id = typeof item?.id === 'string' ? item.id.trim() : '';
    if (!id || /\s/.test(id) || isStretchId(id) || out.some((choice) => choice.id === id)) {
      warner.warn(`customStretches: a stretch needs its own id without spaces, not a catalog id or a repeat (got ${JSON.stringify(item?.id)}); it is left out.`);
      continue;
    }
    const view = resolveStretch({ stretch: item }, {}, warner);
    if (view) out.push({ id, view: { ...view, id }, custom: item });
  }
  return out;
}

/** A new draft row with the stretch's own dose. */
export function draftFor(choice: Choice): DraftStretch {
  const dose = choice.view.dose;
  return {
    id: choice.id,
    hold: String(holdSeconds(dose)),
    reps: String(repsToRun(dose)),
    sides: dose.sides,
    rest: String(dose.rest),
  };
}

/** A draft row from a program's stretch (its given values win, the stretch's own fill the gaps). */
export function draftFromProgram(stretch: ProgramStretch, choice: Choice): DraftStretch {
  const base = draftFor(choice);
  return {
    id: choice.id,
    hold: stretch.hold === undefined ? base.hold : String(stretch.hold),
    reps: stretch.reps === undefined ? base.reps : String(stretch.reps),
    sides: stretch.sides ?? base.sides,
    rest: stretch.rest === undefined ? base.rest : String(stretch.rest),
  };
}

/** The number a field holds, or undefined when it is refused. */
export function fieldValue(field: DoseField, text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  const limits = DOSE_LIMITS[field];
  return value >= limits.min && value <= limits.max ? value : undefined;
}

export function problemsOf(rows: readonly DraftStretch[], title: string, note: string): DraftProblems {
  const doses = new Map<string, Set<DoseField>>();
  for (const row of rows) {
    const refused = new Set(DOSE_FIELDS.filter((field) => fieldValue(field, row[field]) === undefined));
    if (refused.size) doses.set(row.id, refused);
  }
  return {
    doses,
    title: characterCount(title.trim()) > PROGRAM_LIMITS.title,
    note: characterCount(note.trim()) > PROGRAM_LIMITS.note,
  };
}

export function hasProblems(problems: DraftProblems): boolean {
  return problems.doses.size > 0 || problems.title || problems.note;
}

/**
 * The program for the link. Doses equal to the stretch's own are left out, so the link stays
 * short and follows the catalog; refused fields are left out too (the link is not offered then).
 */
export function toProgram(rows: readonly DraftStretch[], all: readonly Choice[], title: string, note: string, lang: string): Program {
  const program: Program = { stretches: [] };
  if (title.trim()) program.title = title.trim();
  if (note.trim()) program.note = note.trim();
  if (lang) program.lang = lang;
  for (const row of rows) {
    const choice = all.find((item) => item.id === row.id);
    if (!choice) continue;
    const own = draftFor(choice);
    const stretch: ProgramStretch = { id: row.id };
    for (const field of DOSE_FIELDS) {
      const value = fieldValue(field, row[field]);
      if (value !== undefined && String(value) !== own[field]) stretch[field] = value;
    }
    if (row.sides !== own.sides) stretch.sides = row.sides;
    program.stretches.push(stretch);
  }
  return program;
}

/** Moves one row; returns a new list. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length || from === to) return out;
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}
