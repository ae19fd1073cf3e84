import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/define.js';
import { programLink, type CustomStretchInput, type Program, type StretchProgramBuilder, type StretchRoutine } from '../../../src/index.js';
import '../../../src/elements/stretch-program-builder/define.js';
import {
  PROGRAM_MEMORY_KEY,
  programOnStart,
  programStretches,
  readProgramFromLocation,
  recallProgram,
  rememberProgram,
} from '../../../src/elements/stretch-routine/program-from-link.js';
import { safeStorage } from '../../../src/internal/safe-storage.js';
import { STRETCH_IDS } from '../../../src/content/types.js';
import { buildRoutinePlan } from '../../../src/timer/routine-plan.js';
import { $$, fakeClock, installFakeWakeLock } from '../../helpers.js';
import { setupLocalization } from '../../../src/localization/index.js';
import { settle } from '../../localization/l10n-helpers.js';

// The program's language needs the translations (a clinic's page sets this up the same way).
setupLocalization({ followHtmlLang: false });

const CAT_COW: CustomStretchInput = { id: 'cat-cow', name: 'Cat–cow', steps: ['Kneel on all fours.', 'Round, then arch your back.'], hold: 30, holdTarget: 30 };
const KNOWN = [...STRETCH_IDS, 'cat-cow'];

function memory() {
  const data = new Map<string, string>();
  return { data, storage: safeStorage(() => ({ getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) })) };
}

describe('program-from-link', () => {
  const program: Program = {
    title: 'Week 2',
    note: 'Slowly.',
    stretches: [
      { id: 'knee-to-chest', hold: 20, reps: 2, sides: 'each', rest: 5 },
      { id: 'cat-cow', hold: 8, reps: 3, rest: 2 },
      { id: 'bird-dog', hold: 5, reps: 1, sides: 'none', rest: 0 },
    ],
  };

  it('reads the program from the fragment, with no notices', () => {
    const result = readProgramFromLocation(programLink('https://clinic.example/p', program), KNOWN);
    expect(result).to.deep.equal({ program, notices: [] });
    expect(readProgramFromLocation({ hash: new URL(programLink('https://x.example/', program)).hash }, KNOWN).program).to.deep.equal(program);
  });

  it('ignores a page without #program=', () => {
    expect(readProgramFromLocation('https://clinic.example/p#top', KNOWN)).to.deep.equal({ program: null, notices: [] });
    expect(readProgramFromLocation({ hash: '' }, KNOWN)).to.deep.equal({ program: null, notices: [] });
  });

  it('gives one bad-code notice for a malformed or tampered code', () => {
    for (const hash of ['#program=', '#program=%%%', '#program=AQAAAAAA', `${new URL(programLink('https://x.example/', program)).hash}x`]) {
      const result = readProgramFromLocation({ hash }, KNOWN);
      expect(result.program, hash).to.equal(null);
      expect(result.notices.map((n) => n.kind)).to.deep.equal(['bad-code']);
      expect(result.notices[0].text).to.contain('could not be read');
    }
  });

  it('clamps doses to the safe ranges and skips unknown ids, with one notice each', () => {
    const wild: Program = {
      stretches: [
        { id: 'knee-to-chest', hold: 5000, reps: 0, rest: 9000 },
        { id: 'unknown-1' },
        { id: 'bird-dog', hold: 0, reps: 99 },
        { id: 'unknown-2' },
      ],
    };
    const result = readProgramFromLocation(programLink('/p', wild), KNOWN);
    expect(result.program!.stretches).to.deep.equal([
      { id: 'knee-to-chest', hold: 600, reps: 1, rest: 600 },
      { id: 'bird-dog', hold: 1, reps: 50 },
    ]);
    expect(result.notices.map((n) => n.kind)).to.deep.equal(['unknown-stretches', 'clamped']);
    expect(result.notices[0]).to.include({ text: '2 stretches in the program link are not on this page and were left out.' });
    expect((result.notices[0] as { ids: string[] }).ids).to.deep.equal(['unknown-1', 'unknown-2']);
  });

  it('falls back when no stretch is known', () => {
    const result = readProgramFromLocation(programLink('/p', { stretches: [{ id: 'nope' }] }), KNOWN);
    expect(result.program).to.equal(null);
    expect(result.notices.map((n) => n.kind)).to.deep.equal(['no-stretches']);
  });

  it('keeps the program on the device with remember, and uses it without a link', () => {
    const { data, storage } = memory();
    const first = programOnStart({ location: programLink('/p', program), knownIds: KNOWN, remember: true, storage });
    expect(first.from).to.equal('link');
    expect(data.has(PROGRAM_MEMORY_KEY)).to.be.true;
    const later = programOnStart({ location: '/p', knownIds: KNOWN, remember: true, storage });
    expect(later.from).to.equal('device');
    expect(later.program).to.deep.equal(program);
    // Without remember nothing is stored or read.
    const { data: none, storage: other } = memory();
    programOnStart({ location: programLink('/p', program), knownIds: KNOWN, remember: false, storage: other });
    expect(none.size).to.equal(0);
    expect(programOnStart({ location: '/p', knownIds: KNOWN, remember: false, storage }).program).to.equal(null);
  });

  it('discards a corrupt kept program and survives storage that throws', () => {
    const { data, storage } = memory();
    data.set(PROGRAM_MEMORY_KEY, '{"v":1,"code":"garbage"}');
    expect(recallProgram(storage)).to.equal(null);
    expect(data.has(PROGRAM_MEMORY_KEY)).to.be.false;
    const broken = safeStorage(() => {
      throw new Error('sandboxed');
    });
    expect(rememberProgram(broken, program)).to.equal(false);
    expect(recallProgram(broken)).to.equal(null);
  });

  it('turns a program into the routine’s stretches list, custom doses laid over the clinic’s object', () => {
    const list = programStretches(program, [CAT_COW]);
    expect(list).to.deep.equal([
      { id: 'knee-to-chest', hold: 20, reps: 2, sides: 'each', rest: 5 },
      // The program's hold replaces the clinic's, and its holdTarget with it.
      { id: 'cat-cow', name: 'Cat–cow', steps: CAT_COW.steps, hold: 8, reps: 3, rest: 2 },
      { id: 'bird-dog', hold: 5, reps: 1, sides: 'none', rest: 0 },
    ]);
  });

  describe('<stretch-routine program-from-link>', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    let wakeLock: ReturnType<typeof installFakeWakeLock>;
    const pageAddress = `${location.pathname}${location.search}`;
    const openLink = (link: string) => history.replaceState(null, '', `${pageAddress}#${link.split('#')[1]}`);
    const click = async (el: StretchRoutine, label: string) => {
      const button = $$(el, 'button').find((x) => x.textContent!.trim() === label);
      if (!button) throw new Error(`no button "${label}" on ${el.screen}`);
      button.click();
      await el.updateComplete;
    };
    beforeEach(() => {
      wakeLock = installFakeWakeLock();
    });
    afterEach(() => {
      clock?.restore();
      clock = undefined;
      wakeLock.restore();
      history.replaceState(null, '', pageAddress);
      localStorage.removeItem(PROGRAM_MEMORY_KEY);
    });

    it('runs exactly the program of a builder-made link: stretches, order, doses and rests (fake clock)', async () => {
      const builder = await fixture<StretchProgramBuilder>(html`<stretch-program-builder preview="off" page-url="https://clinic.example/stretches"></stretch-program-builder>`);
      builder.customStretches = [CAT_COW];
      builder.program = program;
      await builder.updateComplete;
      expect(builder.link, 'the builder made a link').to.be.a('string');
      openLink(builder.link!);
      const el = await fixture<StretchRoutine>(
        html`<stretch-routine program-from-link pain-check="off" sound="off" vibrate="off" rest="10" get-ready="3" .stretches=${[CAT_COW]}></stretch-routine>`
      );
      expect(el.stretchViews.map((v) => v.id)).to.deep.equal(['knee-to-chest', 'cat-cow', 'bird-dog']);
      const expected = buildRoutinePlan(
        [
          { hold: 20, reps: 2, sides: 'each', rest: 5, getReady: 3 },
          { hold: 8, reps: 3, sides: 'none', rest: 2, getReady: 3 },
          { hold: 5, reps: 1, sides: 'none', rest: 0, getReady: 3 },
        ],
        10
      );
      expect(el.plan).to.deep.equal(expected);
      const steps: string[] = [];
      el.addEventListener('routine-step', (e) => steps.push(e.detail.stretch));
      await click(el, 'None of these apply to me');
      const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('From your clinic: Week 2').and.contain('Slowly.');
      await expect(el).to.be.accessible();
      clock = fakeClock(Date.now());
      await click(el, 'Start the routine');
      // One second short of the planned total: still running; then done.
      await clock.tickAsync(el.estimatedSeconds * 1000 - 1000);
      expect(el.screen).to.equal('session');
      await clock.tickAsync(2000);
      expect(el.screen).to.equal('summary');
      expect(steps).to.deep.equal(['knee-to-chest', 'cat-cow', 'bird-dog']);
    });

    it('ignores the fragment without the attribute', async () => {
      openLink(programLink('https://clinic.example/', program));
      const el = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
      expect(el.stretchViews.map((v) => v.id)).to.deep.equal([...STRETCH_IDS]);
    });

    it('a malformed or tampered code gives the page\'s own routine and a one-line notice, never an exception', async () => {
      const code = programLink('https://clinic.example/', program).split('#program=')[1];
      for (const bad of ['%%%', 'AAAA', `${code.slice(0, -3)}${code.slice(-3) === 'AAA' ? 'BBB' : 'AAA'}`, '']) {
        history.replaceState(null, '', `${pageAddress}#program=${bad}`);
        const el = await fixture<StretchRoutine>(html`<stretch-routine program-from-link stretches="head-rolls bird-dog"></stretch-routine>`);
        expect(el.stretchViews.map((v) => v.id), bad).to.deep.equal(['head-rolls', 'bird-dog']);
        await click(el, 'None of these apply to me');
        const notices = $$(el, '.program-notice').map((p) => p.textContent!.trim());
        if (bad === '') expect(notices, 'an empty code').to.have.length.at.most(1);
        else expect(notices, bad).to.deep.equal(['The program link could not be read, so the usual routine is shown. Ask your clinic for a new link.']);
        await expect(el).to.be.accessible();
      }
    });

    it('skips ids the page does not know, with a notice; runs in the program\'s language', async () => {
      openLink(programLink('https://clinic.example/', {
        title: 'Semana 2',
        lang: 'es',
        stretches: [{ id: 'cat-cow' }, { id: 'knee-to-chest', hold: 20 }],
      }));
      const el = await fixture<StretchRoutine>(html`<stretch-routine program-from-link></stretch-routine>`);
      expect(el.stretchViews.map((v) => v.id)).to.deep.equal(['knee-to-chest']);
      expect(el.getAttribute('lang')).to.equal('es');
      await settle(el);
      (el.shadowRoot!.querySelector('[part~="primary-button"]') as HTMLElement).click();
      await el.updateComplete;
      expect(el.screen).to.equal('start');
      const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Semana 2').and.not.contain('From your clinic');
      expect($$(el, '.program-notice').map((p) => p.textContent!.trim())).to.deep.equal([
        'Un estiramiento del enlace del programa no está en esta página y se ha dejado fuera.',
      ]);
      await expect(el).to.be.accessible();
    });

    it('with remember, keeps the program on the device; "Use the usual routine instead" drops it', async () => {
      openLink(programLink('https://clinic.example/', program));
      const first = await fixture<StretchRoutine>(html`<stretch-routine program-from-link remember .stretches=${[CAT_COW]}></stretch-routine>`);
      expect(first.stretchViews.map((v) => v.id)).to.deep.equal(['knee-to-chest', 'cat-cow', 'bird-dog']);
      history.replaceState(null, '', pageAddress);
      const later = await fixture<StretchRoutine>(html`<stretch-routine program-from-link remember .stretches=${[CAT_COW]}></stretch-routine>`);
      expect(later.stretchViews.map((v) => v.id), 'without the link').to.deep.equal(['knee-to-chest', 'cat-cow', 'bird-dog']);
      await click(later, 'None of these apply to me');
      expect(later.shadowRoot!.textContent).to.contain('This program is kept on this device');
      await expect(later).to.be.accessible();
      await click(later, 'Use the usual routine instead');
      expect(later.stretchViews.map((v) => v.id)).to.deep.equal(['cat-cow']);
      expect(localStorage.getItem(PROGRAM_MEMORY_KEY)).to.equal(null);
    });
  });
});
