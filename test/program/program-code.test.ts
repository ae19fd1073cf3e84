import { expect } from '@open-wc/testing';
import { programLink, readProgram, PROGRAM_LIMITS, type Program } from '../../src/index.js';
import { encodeProgram, fnv1a, PROGRAM_CODE_CATALOG } from '../../src/program/program-code.js';
import { captureWarnings } from '../helpers.js';

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const codeOf = (link: string) => link.slice(link.indexOf('#program=') + '#program='.length);

const FULL: Program = {
  title: 'Morning back care — Dr. Núñez 🌅',
  note: 'Do this every morning. حافظ على التنفس. 慢慢来。 Stop if the pain gets sharp.',
  lang: 'zh-Hans',
  stretches: [
    { id: 'knee-to-chest', hold: 20, reps: 2, sides: 'each', rest: 5 },
    { id: 'bird-dog' },
    { id: 'head-rolls', sides: 'none' },
    { id: 'kneeling-back-extension', reps: 10, rest: 0 },
    { id: 'clinic-cat-cow', hold: 600, reps: 50, sides: 'none', rest: 600 },
    { id: 'wall-slide-é', hold: 1 },
  ],
};

/** Checks the shape a reader may rely on. */
function isValidProgram(value: Program): boolean {
  const { title, note, lang, stretches } = value;
  const text = (t: unknown, max: number) => t === undefined || (typeof t === 'string' && t.length > 0 && [...t].length <= max);
  const whole = (n: unknown) => n === undefined || (Number.isInteger(n) && (n as number) >= 0);
  return (
    text(title, PROGRAM_LIMITS.title) &&
    text(note, PROGRAM_LIMITS.note) &&
    text(lang, PROGRAM_LIMITS.lang) &&
    Array.isArray(stretches) &&
    stretches.every(
      (s) =>
        typeof s.id === 'string' &&
        s.id.length > 0 &&
        whole(s.hold) &&
        whole(s.reps) &&
        whole(s.rest) &&
        (s.sides === undefined || s.sides === 'each' || s.sides === 'none')
    )
  );
}

describe('programLink and readProgram', () => {
  it('round-trips every field, custom ids and non-Latin text included', () => {
    const link = programLink('https://clinic.example/stretches?week=2', FULL);
    expect(link.startsWith('https://clinic.example/stretches?week=2#program=')).to.be.true;
    expect(readProgram(codeOf(link))).to.deep.equal(FULL);
  });

  it('round-trips each field on its own', () => {
    const cases: Program[] = [
      { stretches: [] },
      { title: 'T', stretches: [] },
      { note: 'N', stretches: [] },
      { lang: 'ar', stretches: [] },
      { stretches: [{ id: 'bird-dog', hold: 7 }] },
      { stretches: [{ id: 'bird-dog', reps: 3 }] },
      { stretches: [{ id: 'bird-dog', sides: 'each' }] },
      { stretches: [{ id: 'bird-dog', sides: 'none' }] },
      { stretches: [{ id: 'bird-dog', rest: 0 }] },
      ...PROGRAM_CODE_CATALOG.map((id) => ({ stretches: [{ id }] })),
    ];
    for (const program of cases) expect(readProgram(encodeProgram(program))).to.deep.equal(program);
  });

  it('replaces the page URL fragment and keeps its query', () => {
    const link = programLink('https://clinic.example/a?b=1#section', { stretches: [{ id: 'bird-dog' }] });
    expect(link).to.match(/^https:\/\/clinic\.example\/a\?b=1#program=[A-Za-z0-9_-]+$/);
  });

  it('is compact: catalog stretches cost one byte each', () => {
    const code = encodeProgram({ stretches: PROGRAM_CODE_CATALOG.map((id) => ({ id })) });
    // version + flags + count + 4 ids + 4 checksum bytes = 11 bytes = 15 base64url characters.
    expect(code.length).to.equal(15);
  });

  it('cuts a long note and title to their limits, with a warning each', () => {
    const warnings = captureWarnings();
    try {
      const link = programLink('/p', { title: 't'.repeat(200), note: '🙂'.repeat(300), stretches: [] });
      const program = readProgram(codeOf(link))!;
      expect([...program.note!].length).to.equal(280);
      expect(program.title!.length).to.equal(PROGRAM_LIMITS.title);
      expect(warnings.messages.filter((m) => m.includes('programLink'))).to.have.length(2);
    } finally {
      warnings.stub.restore();
    }
  });

  it('leaves out bad fields with a warning, never throws', () => {
    const warnings = captureWarnings();
    try {
      const bad = {
        lang: 'not a tag!',
        stretches: [{ id: '' }, { id: 'has space' }, { id: 'bird-dog', hold: -3, reps: 2.5, sides: 'both' }, 'head-rolls', null],
      } as unknown as Program;
      expect(readProgram(encodeProgram(bad))).to.deep.equal({
        stretches: [{ id: 'bird-dog' }, { id: 'head-rolls' }],
      });
      expect(() => programLink(undefined as unknown as string, null as unknown as Program)).not.to.throw();
      expect(warnings.messages.length).to.be.greaterThan(4);
    } finally {
      warnings.stub.restore();
    }
  });

  it('returns null for a future version', () => {
    const good = encodeProgram(FULL).replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(good + '='.repeat((4 - (good.length % 4)) % 4)), (c) => c.charCodeAt(0));
    const body = bytes.slice(0, -4);
    body[0] = 2;
    // A correct checksum, so only the version makes it unreadable.
    const sum = fnv1a(body);
    const future = Uint8Array.from([...body, sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255]);
    const code = btoa(String.fromCharCode(...future)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(readProgram(code)).to.equal(null);
  });

  it('returns null when a character is changed (checksum)', () => {
    const code = encodeProgram(FULL);
    let rejected = 0;
    for (let i = 0; i < code.length; i++) {
      const swapped = B64[(B64.indexOf(code[i]) + 1) % 64];
      if (readProgram(code.slice(0, i) + swapped + code.slice(i + 1)) === null) rejected++;
    }
    expect(rejected).to.equal(code.length);
  });

  it('returns null for every truncation', () => {
    const code = encodeProgram(FULL);
    for (let length = 0; length < code.length; length++) expect(readProgram(code.slice(0, length))).to.equal(null);
  });

  it('never throws on 1,000 seeded random or damaged codes; each gives null or a valid program', () => {
    const random = seeded(17);
    const good = encodeProgram(FULL);
    let nulls = 0;
    for (let i = 0; i < 1000; i++) {
      let code: string;
      const kind = i % 4;
      if (kind === 0) {
        code = Array.from({ length: Math.floor(random() * 80) }, () => B64[Math.floor(random() * 64)]).join('');
      } else if (kind === 1) {
        code = good.slice(0, Math.floor(random() * good.length));
      } else if (kind === 2) {
        const at = Math.floor(random() * good.length);
        code = good.slice(0, at) + B64[Math.floor(random() * 64)] + good.slice(at + 1);
      } else {
        code = Array.from({ length: Math.floor(random() * 40) }, () => String.fromCharCode(Math.floor(random() * 0x3000))).join('');
      }
      let result: Program | null = null;
      expect(() => (result = readProgram(code)), code).not.to.throw();
      if (result === null) nulls++;
      else expect(isValidProgram(result), code).to.be.true;
    }
    expect(nulls).to.be.greaterThan(900);
    for (const odd of [undefined, null, 42, {}, 'A'.repeat(100000)]) {
      expect(readProgram(odd as unknown as string)).to.equal(null);
    }
  });
});
