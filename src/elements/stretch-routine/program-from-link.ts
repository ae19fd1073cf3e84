import { msg, str } from '../../localization/lit-localize.js';
import { DOSE_LIMITS } from '../../content/dose.js';
import { isStretchId } from '../../content/stretches.js';
import type { CatalogStretchRef } from '../../content/stretch-view.js';
import type { CustomStretchInput } from '../../content/custom-stretch.js';
import type { SafeStorage } from '../../internal/safe-storage.js';
import { encodeProgram, readProgram } from '../../program/program-code.js';
import type { Program, ProgramStretch } from '../../program/types.js';

/*
 * What `<stretch-routine program-from-link>` needs, outside the element: read `#program=` from the
 * page's address, make it safe for this page (clamp doses, skip unknown ids), keep it on the
 * device for `remember`, turn it into the routine's `stretches` list, and the start screen's text.
 */

/** Why a program link was changed or not used. `text` is in the language active when it was made. */
export type ProgramNotice =
  | { kind: 'bad-code'; text: string }
  | { kind: 'no-stretches'; text: string }
  | { kind: 'unknown-stretches'; ids: string[]; text: string }
  | { kind: 'clamped'; text: string };

export interface ProgramFromLink {
  /** The program to run, made safe for this page; null when there is none (or none usable). */
  program: Program | null;
  /** One line each, to show on the start screen (a polite status). */
  notices: ProgramNotice[];
}

/** The code after `#program=` in a location's fragment, or undefined when there is none. */
export function programCodeFrom(location: Pick<Location, 'hash'> | string): string | undefined {
  try {
    const hash = typeof location === 'string' ? (location.includes('#') ? location.slice(location.indexOf('#')) : '') : location.hash;
    if (!hash || hash.length < 2) return undefined;
    const value = new URLSearchParams(hash.slice(1)).get('program');
    return value === null ? undefined : value;
  } catch {
    return undefined;
  }
}

function clamp(value: number | undefined, limits: { min: number; max: number }): { value: number | undefined; changed: boolean } {
  if (value === undefined) return { value, changed: false };
  const clamped = Math.min(limits.max, Math.max(limits.min, value));
  return { value: clamped, changed: clamped !== value };
}

/** One-line notices, in the active language. */
export const programNoticeText = {
  badCode: () =>
    msg('The program link could not be read, so the usual routine is shown. Ask your clinic for a new link.', {
      id: 'routine.program.notice.bad-code',
    }),
  noStretches: () =>
    msg('None of the stretches in the program link are on this page, so the usual routine is shown.', {
      id: 'routine.program.notice.no-stretches',
    }),
  unknown: (count: number) =>
    count === 1
      ? msg('One stretch in the program link is not on this page and was left out.', { id: 'routine.program.notice.unknown-one' })
      : msg(str`${count} stretches in the program link are not on this page and were left out.`, {
          id: 'routine.program.notice.unknown-many',
        }),
  clamped: () =>
    msg('Some times or rounds in the program link were outside the safe range and were changed to the nearest safe value.', {
      id: 'routine.program.notice.clamped',
    }),
};

/** The start screen's text for a program from a link. The lead renders these. */
export const programStartText = {
  /** "From your clinic: <title>", or "From your clinic" for a program without a title. */
  heading: (title: string | undefined) =>
    title
      ? msg(str`From your clinic: ${title}`, { id: 'routine.program.from-clinic' })
      : msg('From your clinic', { id: 'routine.program.from-clinic-untitled' }),
  /** The label before the clinician's note (visually hidden or shown). */
  noteLabel: () => msg('Note from your clinic', { id: 'routine.program.note-label' }),
  /** With `remember`: the program stays on this device. */
  kept: () =>
    msg('This program is kept on this device, so you can come back without the link.', {
      id: 'routine.program.kept',
    }),
  /** A button that drops the kept program and returns to the page's own routine. */
  forget: () => msg('Use the usual routine instead', { id: 'routine.program.forget' }),
};

/**
 * Makes a decoded program safe for a page: doses outside DOSE_LIMITS are clamped, ids the page
 * does not know are skipped. Each kind of change gives one notice.
 */
export function programForPage(program: Program, knownIds: Iterable<string>): ProgramFromLink {
  const known = new Set(knownIds);
  const notices: ProgramNotice[] = [];
  const unknown: string[] = [];
  let clamped = false;
  const stretches: ProgramStretch[] = [];
  for (const stretch of program.stretches) {
    if (!known.has(stretch.id)) {
      unknown.push(stretch.id);
      continue;
    }
    const hold = clamp(stretch.hold, DOSE_LIMITS.hold);
    const reps = clamp(stretch.reps, DOSE_LIMITS.reps);
    const rest = clamp(stretch.rest, DOSE_LIMITS.rest);
    clamped ||= hold.changed || reps.changed || rest.changed;
    const safe: ProgramStretch = { id: stretch.id };
    if (hold.value !== undefined) safe.hold = hold.value;
    if (reps.value !== undefined) safe.reps = reps.value;
    if (stretch.sides) safe.sides = stretch.sides;
    if (rest.value !== undefined) safe.rest = rest.value;
    stretches.push(safe);
  }
  if (stretches.length === 0) {
    return { program: null, notices: [{ kind: 'no-stretches', text: programNoticeText.noStretches() }] };
  }
  if (unknown.length) notices.push({ kind: 'unknown-stretches', ids: unknown, text: programNoticeText.unknown(unknown.length) });
  if (clamped) notices.push({ kind: 'clamped', text: programNoticeText.clamped() });
  return { program: { ...program, stretches }, notices };
}

/**
 * Reads `#program=…` from a location (or a URL string). No fragment: `{ program: null, notices: [] }`.
 * A malformed, tampered-with or future-version code: no program and one `bad-code` notice. Never throws.
 *
 * `knownIds`: the ids this page can show (the catalog's, plus the clinic's custom stretches).
 */
export function readProgramFromLocation(
  location: Pick<Location, 'hash'> | string,
  knownIds: Iterable<string>
): ProgramFromLink {
  const code = programCodeFrom(location);
  if (code === undefined) return { program: null, notices: [] };
  const program = readProgram(code);
  if (!program) return { program: null, notices: [{ kind: 'bad-code', text: programNoticeText.badCode() }] };
  return programForPage(program, knownIds);
}

/**
 * The routine's `stretches` list for a program: catalog stretches as `{ id, …dose }`, custom ones
 * as the clinic's object with the program's dose laid over it. Ids found in neither are left out.
 */
export function programStretches(
  program: Program,
  custom: readonly CustomStretchInput[] = []
): Array<CatalogStretchRef | CustomStretchInput> {
  const out: Array<CatalogStretchRef | CustomStretchInput> = [];
  for (const stretch of program.stretches) {
    const dose: Partial<ProgramStretch> = {};
    if (stretch.hold !== undefined) dose.hold = stretch.hold;
    if (stretch.reps !== undefined) dose.reps = stretch.reps;
    if (stretch.sides) dose.sides = stretch.sides;
    if (stretch.rest !== undefined) dose.rest = stretch.rest;
    const id = stretch.id;
    if (isStretchId(id)) {
      out.push({ ...dose, id });
      continue;
    }
    const own = custom.find((item) => item.id === stretch.id);
    if (!own) continue;
    const merged: CustomStretchInput = { ...own, ...dose };
    if (dose.hold !== undefined) delete merged.holdTarget;
    out.push(merged);
  }
  return out;
}

// --- remember ---------------------------------------------------------------------------------

export const PROGRAM_MEMORY_KEY = 'backcare-elements:program';

/** Keeps the program on the device (as its code, so reading it back is checked the same way). */
export function rememberProgram(storage: SafeStorage, program: Program): boolean {
  return storage.set(PROGRAM_MEMORY_KEY, JSON.stringify({ v: 1, code: encodeProgram(program) }));
}

/** The kept program, or null. Corrupt data is removed. Never throws. */
export function recallProgram(storage: SafeStorage): Program | null {
  const raw = storage.get(PROGRAM_MEMORY_KEY);
  if (raw === undefined) return null;
  try {
    const data = JSON.parse(raw) as { v?: unknown; code?: unknown };
    const program = data && data.v === 1 && typeof data.code === 'string' ? readProgram(data.code) : null;
    if (program) return program;
  } catch {
    // Falls through: the data is removed below.
  }
  storage.remove(PROGRAM_MEMORY_KEY);
  return null;
}

export function forgetProgram(storage: SafeStorage): void {
  storage.remove(PROGRAM_MEMORY_KEY);
}

/**
 * The whole start-up decision for `program-from-link`: a program in the link wins (and, with
 * `remember`, replaces the kept one); without a link, the kept program (with `remember`); else none.
 * A bad code falls back to the page's routine with its notice, and does not touch the kept program.
 */
export function programOnStart(options: {
  location: Pick<Location, 'hash'> | string;
  knownIds: Iterable<string>;
  remember: boolean;
  storage: SafeStorage;
}): ProgramFromLink & { from: 'link' | 'device' | 'none' } {
  const known = [...options.knownIds];
  const fromLink = readProgramFromLocation(options.location, known);
  if (fromLink.program) {
    if (options.remember) rememberProgram(options.storage, fromLink.program);
    return { ...fromLink, from: 'link' };
  }
  if (options.remember && programCodeFrom(options.location) === undefined) {
    const kept = recallProgram(options.storage);
    if (kept) return { ...programForPage(kept, known), from: 'device' };
  }
  return { ...fromLink, from: 'none' };
}
