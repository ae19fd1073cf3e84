import { PROGRAM_LIMITS, characterCount, type Program, type ProgramStretch } from './types.js';

/*
 * The `#program=` code: a versioned binary encoding in base64url, so a six-stretch program with a
 * full note still fits a QR code a phone reads from paper.
 *
 *   byte 0        version (1)
 *   byte 1        flags: 1 title, 2 note, 4 lang (higher bits must be 0)
 *   [title]       varint byte length, UTF-8
 *   [note]        varint byte length, UTF-8
 *   [lang]        varint byte length, ASCII
 *   varint        number of stretches, then for each:
 *     byte        bits 0–2: catalog index 0–6, or 7 = a custom id follows;
 *                 bit 3 hold, bit 4 reps, bit 5 sides given (bit 6: 1 each, 0 none), bit 7 rest
 *     [id]        varint byte length, UTF-8 (custom only)
 *     [hold] [reps] [rest]   varints (LEB128), in that order, each when flagged
 *   4 bytes       FNV-1a (32 bit) of every byte before it, big-endian
 *
 * Version 1's catalog indices are fixed forever: new catalog stretches are appended.
 */

export const PROGRAM_CODE_VERSION = 1;
/** Version 1's catalog, by index. Never reorder; append only. */
export const PROGRAM_CODE_CATALOG = ['head-rolls', 'kneeling-back-extension', 'knee-to-chest', 'bird-dog'] as const;

const CUSTOM = 7;
const HOLD = 1 << 3;
const REPS = 1 << 4;
const SIDES = 1 << 5;
const EACH = 1 << 6;
const REST = 1 << 7;
const F_TITLE = 1;
const F_NOTE = 2;
const F_LANG = 4;
/** The largest number the code carries; anything larger is a broken code (the elements accept far less). */
const MAX_NUMBER = 0xffff;
const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const ID = /^[^\s]+$/;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function warn(message: string): void {
  console.warn(`[backcare-elements] programLink: ${message}`);
}

// --- base64url and FNV ------------------------------------------------------------------------

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c++) out += BASE64URL[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of text) {
    const digit = BASE64URL.indexOf(char);
    if (digit < 0) return null;
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, so each code has exactly one spelling.
  if (bits > 0 && (value & ((1 << bits) - 1)) !== 0) return null;
  return out.subarray(0, at);
}

/** FNV-1a, 32 bit. */
export function fnv1a(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

// --- writing ------------------------------------------------------------------------------------

class Writer {
  readonly bytes: number[] = [];
  byte(value: number): void {
    this.bytes.push(value & 0xff);
  }
  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 128);
    }
    this.bytes.push(rest);
  }
  text(value: string): void {
    const encoded = new TextEncoder().encode(value);
    this.varint(encoded.length);
    for (const byte of encoded) this.bytes.push(byte);
  }
}

function cut(text: string, limit: number, field: string): string {
  if (characterCount(text) <= limit) return text;
  warn(`${field} is longer than ${limit} characters; it is cut to ${limit}.`);
  return [...text].slice(0, limit).join('');
}

function wholeOrUndefined(value: unknown, field: string): number | undefined {
  if (value == null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_NUMBER) return value;
  warn(`${field}=${JSON.stringify(value)} is not a whole number of 0 or more; it is left out.`);
  return undefined;
}

function textOrUndefined(value: unknown, field: string): string | undefined {
  if (value == null) return undefined;
  if (typeof value !== 'string') {
    warn(`${field} is not text; it is left out.`);
    return undefined;
  }
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** The program as it will be encoded: bad fields dropped or cut, each with one warning. */
export function normalizeProgram(program: unknown): Program {
  const given = (typeof program === 'object' && program !== null ? program : {}) as Record<string, unknown>;
  if (given !== program) warn(`the program is not an object (${JSON.stringify(program)}); an empty program is used.`);
  const out: Program = { stretches: [] };
  const title = textOrUndefined(given.title, 'title');
  if (title) out.title = cut(title, PROGRAM_LIMITS.title, 'title');
  const note = textOrUndefined(given.note, 'note');
  if (note) out.note = cut(note, PROGRAM_LIMITS.note, 'note');
  const lang = textOrUndefined(given.lang, 'lang');
  if (lang) {
    if (lang.length <= PROGRAM_LIMITS.lang && LANG.test(lang)) out.lang = lang;
    else warn(`lang="${lang}" is not a language tag such as "es" or "zh-Hans"; it is left out.`);
  }
  const list = Array.isArray(given.stretches) ? given.stretches : [];
  if (!Array.isArray(given.stretches)) warn('stretches is not a list; the program has no stretches.');
  for (const [index, item] of list.entries()) {
    if (out.stretches.length >= PROGRAM_LIMITS.stretches) {
      warn(`a program holds at most ${PROGRAM_LIMITS.stretches} stretches; the rest are left out.`);
      break;
    }
    const entry = (typeof item === 'string' ? { id: item } : item) as Record<string, unknown> | null;
    const id = typeof entry?.id === 'string' ? entry.id.trim() : '';
    if (!entry || !id || characterCount(id) > PROGRAM_LIMITS.id || !ID.test(id)) {
      warn(`stretches[${index}] has no usable id (text without spaces, at most ${PROGRAM_LIMITS.id} characters); it is left out.`);
      continue;
    }
    const stretch: ProgramStretch = { id };
    const hold = wholeOrUndefined(entry.hold, `stretches[${index}].hold`);
    const reps = wholeOrUndefined(entry.reps, `stretches[${index}].reps`);
    const rest = wholeOrUndefined(entry.rest, `stretches[${index}].rest`);
    if (hold !== undefined) stretch.hold = hold;
    if (reps !== undefined) stretch.reps = reps;
    if (entry.sides === 'each' || entry.sides === 'none') stretch.sides = entry.sides;
    else if (entry.sides != null) warn(`stretches[${index}].sides is not "each" or "none"; it is left out.`);
    if (rest !== undefined) stretch.rest = rest;
    out.stretches.push(stretch);
  }
  return out;
}

/** Encodes a program into the code that follows `#program=` (without the version being part of `Program`). */
export function encodeProgram(program: Program): string {
  const clean = normalizeProgram(program);
  const w = new Writer();
  w.byte(PROGRAM_CODE_VERSION);
  w.byte((clean.title ? F_TITLE : 0) | (clean.note ? F_NOTE : 0) | (clean.lang ? F_LANG : 0));
  if (clean.title) w.text(clean.title);
  if (clean.note) w.text(clean.note);
  if (clean.lang) w.text(clean.lang);
  w.varint(clean.stretches.length);
  for (const stretch of clean.stretches) {
    const index = (PROGRAM_CODE_CATALOG as readonly string[]).indexOf(stretch.id);
    let head = index >= 0 ? index : CUSTOM;
    if (stretch.hold !== undefined) head |= HOLD;
    if (stretch.reps !== undefined) head |= REPS;
    if (stretch.sides) head |= SIDES | (stretch.sides === 'each' ? EACH : 0);
    if (stretch.rest !== undefined) head |= REST;
    w.byte(head);
    if (index < 0) w.text(stretch.id);
    if (stretch.hold !== undefined) w.varint(stretch.hold);
    if (stretch.reps !== undefined) w.varint(stretch.reps);
    if (stretch.rest !== undefined) w.varint(stretch.rest);
  }
  const sum = fnv1a(Uint8Array.from(w.bytes));
  w.byte(sum >>> 24);
  w.byte(sum >>> 16);
  w.byte(sum >>> 8);
  w.byte(sum);
  return toBase64Url(Uint8Array.from(w.bytes));
}

/**
 * The patient link: the page's address without any fragment it had, then `#program=<code>`.
 * The fragment never reaches a server. Bad fields are left out with one warning each.
 */
export function programLink(pageUrl: string, program: Program): string {
  const base = String(pageUrl ?? '').split('#')[0];
  return `${base}#program=${encodeProgram(program)}`;
}

// --- reading ------------------------------------------------------------------------------------

class Broken extends Error {}

class Reader {
  at = 0;
  constructor(readonly bytes: Uint8Array, readonly end: number) {}
  byte(): number {
    if (this.at >= this.end) throw new Broken();
    return this.bytes[this.at++];
  }
  varint(): number {
    let value = 0;
    for (let shift = 0; shift < 21; shift += 7) {
      const byte = this.byte();
      value += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) {
        // One spelling per number: no trailing zero groups, nothing above MAX_NUMBER.
        if ((shift > 0 && byte === 0) || value > MAX_NUMBER) throw new Broken();
        return value;
      }
    }
    throw new Broken();
  }
  text(maxChars: number): string {
    const length = this.varint();
    if (length === 0 || this.at + length > this.end) throw new Broken();
    const slice = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    const text = new TextDecoder('utf-8', { fatal: true }).decode(slice);
    if (characterCount(text) > maxChars || text.trim() !== text) throw new Broken();
    return text;
  }
}

function decode(bytes: Uint8Array): Program | null {
  if (bytes.length < 7) return null;
  const end = bytes.length - 4;
  const stored = ((bytes[end] << 24) | (bytes[end + 1] << 16) | (bytes[end + 2] << 8) | bytes[end + 3]) >>> 0;
  if (bytes[0] !== PROGRAM_CODE_VERSION) return null; // a future (or unknown) version
  if (fnv1a(bytes.subarray(0, end)) !== stored) return null;
  const r = new Reader(bytes, end);
  r.at = 1;
  const flags = r.byte();
  if (flags & ~(F_TITLE | F_NOTE | F_LANG)) return null;
  const program: Program = { stretches: [] };
  if (flags & F_TITLE) program.title = r.text(PROGRAM_LIMITS.title);
  if (flags & F_NOTE) program.note = r.text(PROGRAM_LIMITS.note);
  if (flags & F_LANG) {
    const lang = r.text(PROGRAM_LIMITS.lang);
    if (!LANG.test(lang)) return null;
    program.lang = lang;
  }
  const count = r.varint();
  if (count > PROGRAM_LIMITS.stretches) return null;
  for (let i = 0; i < count; i++) {
    const head = r.byte();
    const index = head & 7;
    let id: string;
    if (index === CUSTOM) {
      id = r.text(PROGRAM_LIMITS.id);
      if (!ID.test(id) || (PROGRAM_CODE_CATALOG as readonly string[]).includes(id)) return null;
    } else if (index < PROGRAM_CODE_CATALOG.length) {
      id = PROGRAM_CODE_CATALOG[index];
    } else {
      return null;
    }
    if (!(head & SIDES) && head & EACH) return null;
    const stretch: ProgramStretch = { id };
    if (head & HOLD) stretch.hold = r.varint();
    if (head & REPS) stretch.reps = r.varint();
    if (head & SIDES) stretch.sides = head & EACH ? 'each' : 'none';
    if (head & REST) stretch.rest = r.varint();
    program.stretches.push(stretch);
  }
  return r.at === end ? program : null;
}

/**
 * Reads a `#program=` code. Never throws: a malformed, truncated, tampered-with or
 * future-version code gives `null`.
 */
export function readProgram(code: string): Program | null {
  try {
    if (typeof code !== 'string' || code.length > 4096) return null;
    const bytes = fromBase64Url(code.trim());
    return bytes ? decode(bytes) : null;
  } catch {
    return null;
  }
}
