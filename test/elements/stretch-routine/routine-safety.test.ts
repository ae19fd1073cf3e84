import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/define.js';
import type { CustomStretchInput, StretchRoutine } from '../../../src/index.js';
import { MEMORY_KEY } from '../../../src/elements/stretch-routine/routine-memory.js';
import { PAIN_ACCEPTABLE_AFTER, PAIN_SEVERE_AT, PAIN_STOP_RISE } from '../../../src/elements/stretch-routine/pain-scale.js';
import { $, $$, captureWarnings, fakeClock, installFakeWakeLock, shadowText } from '../../helpers.js';

type Clock = sinon.SinonFakeTimers;

async function mount(template: ReturnType<typeof html>) {
  const el = await fixture<StretchRoutine>(template);
  await el.updateComplete;
  return el;
}

function button(el: StretchRoutine, label: string): HTMLButtonElement {
  const found = $$(el, 'button').find((b) => b.textContent!.trim() === label) as HTMLButtonElement | undefined;
  if (!found) throw new Error(`No "${label}" button on the ${el.screen} screen: ${$$(el, 'button').map((b) => b.textContent!.trim()).join(' | ')}`);
  return found;
}

async function click(el: StretchRoutine, label: string) {
  button(el, label).click();
  await el.updateComplete;
}

async function score(el: StretchRoutine, value: number) {
  ($$(el, 'input[type="radio"]')[value] as HTMLInputElement).click();
  await el.updateComplete;
  await click(el, 'Continue');
}

function recordEvents(el: HTMLElement) {
  const details: Record<string, unknown[]> = {};
  for (const type of ['routine-start', 'routine-step', 'routine-pause', 'routine-complete', 'pain-report']) {
    el.addEventListener(type, (event) => (details[type] ??= []).push((event as CustomEvent).detail));
  }
  return details;
}

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

const HOUR = 60 * 60 * 1000;

describe('<stretch-routine> pain safety', () => {
  let wakeLock: ReturnType<typeof installFakeWakeLock>;
  let clock: Clock | undefined;
  beforeEach(() => (wakeLock = installFakeWakeLock()));
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    wakeLock.restore();
    sinon.restore();
  });

  it('the thresholds are the sourced ones', () => {
    expect([PAIN_SEVERE_AT, PAIN_STOP_RISE, PAIN_ACCEPTABLE_AFTER]).to.deep.equal([7, 2, 5]);
  });

  describe('pain-check attribute', () => {
    for (const [markup, on] of [
      ['none', true],
      ['bare', true],
      ['on', true],
      ['off', false],
      ['false', false],
    ] as const) {
      it(`${markup === 'none' ? 'no attribute' : markup === 'bare' ? 'a bare pain-check (the earlier boolean)' : `pain-check="${markup}"`}: the pain check is ${on ? 'on' : 'off'}`, async () => {
        const el =
          markup === 'none'
            ? await mount(html`<stretch-routine stretches="bird-dog" sound="off"></stretch-routine>`)
            : markup === 'bare'
              ? await mount(html`<stretch-routine pain-check stretches="bird-dog" sound="off"></stretch-routine>`)
              : await mount(html`<stretch-routine pain-check=${markup} stretches="bird-dog" sound="off"></stretch-routine>`);
        await click(el, 'None of these apply to me');
        await click(el, 'Start the routine');
        expect(el.screen).to.equal(on ? 'pain-before' : 'session');
      });
    }

    it('the property false turns it off; an unknown value warns once and keeps it on', async () => {
      const off = await mount(html`<stretch-routine .painCheck=${false} stretches="bird-dog" sound="off"></stretch-routine>`);
      await click(off, 'None of these apply to me');
      await click(off, 'Start the routine');
      expect(off.screen).to.equal('session');
      const warnings = captureWarnings();
      const odd = await mount(html`<stretch-routine pain-check="maybe" stretches="bird-dog" sound="off"></stretch-routine>`);
      await click(odd, 'None of these apply to me');
      await click(odd, 'Start the routine');
      expect(odd.screen).to.equal('pain-before');
      expect(warnings.messages.filter((m) => m.includes('pain-check="maybe"'))).to.have.length(1);
    });

    it('<back-pain-guide> passes pain-check through: on by default, "off" turns the routine\'s check off', async () => {
      for (const [template, screen] of [
        [html`<back-pain-guide sections="routine" stretches="bird-dog"></back-pain-guide>`, 'pain-before'],
        [html`<back-pain-guide pain-check="off" sections="routine" stretches="bird-dog"></back-pain-guide>`, 'session'],
      ] as const) {
        const guide = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(template);
        ($(guide, '.routine-entry button') as HTMLButtonElement).click();
        await guide.updateComplete;
        const routine = $(guide, 'stretch-routine') as StretchRoutine;
        await routine.updateComplete;
        await click(routine, 'None of these apply to me');
        await click(routine, 'Start the routine');
        expect(routine.screen).to.equal(screen);
      }
    });
  });

  describe('before: severe pain today', () => {
    it('pain 8 before: the severe-pain screen, no session, no timer, no routine-start; going on takes a second choice', async () => {
      const el = await mount(html`<stretch-routine stretches="bird-dog" contact-href="/book" sound="off" vibrate="off"></stretch-routine>`);
      const details = recordEvents(el);
      await click(el, 'None of these apply to me');
      await click(el, 'Start the routine');
      await score(el, 8);
      expect(el.screen).to.equal('severe-pain');
      expect(el.status).to.equal('idle');
      expect(el.hasPendingWork).to.equal(false);
      expect(details['routine-start']).to.equal(undefined);
      const text = shadowText(el);
      expect(text).to.contain('Your pain is severe today').and.contain('better not to stretch today');
      expect(text).to.contain('Get help now').and.contain('See a doctor soon');
      expect($(el, '[part="cta-link"]')).to.exist;
      await expect(el).to.be.accessible();
      await click(el, 'I understand, continue gently');
      expect(el.screen).to.equal('session');
      expect(el.status).to.equal('running');
      expect(details['routine-start']).to.have.length(1);
    });

    it('"Not today" goes back to the start screen; 6 before goes straight into the session', async () => {
      const el = await mount(html`<stretch-routine stretches="bird-dog" sound="off"></stretch-routine>`);
      await click(el, 'None of these apply to me');
      await click(el, 'Start the routine');
      await score(el, 7);
      expect(el.screen).to.equal('severe-pain');
      await click(el, 'Not today');
      expect(el.screen).to.equal('start');
      expect(el.status).to.equal('idle');
      await click(el, 'Start the routine');
      await score(el, 6);
      expect(el.screen).to.equal('session');
    });
  });

  describe('during: "It hurts"', () => {
    async function inSession(before: number) {
      const el = await mount(html`<stretch-routine stretches="head-rolls bird-dog" contact-href="/book" sound="off" vibrate="off"></stretch-routine>`);
      const details = recordEvents(el);
      await click(el, 'None of these apply to me');
      await click(el, 'Start the routine');
      clock = fakeClock(Date.now());
      await score(el, before);
      expect(el.screen).to.equal('session');
      await clock.tickAsync(5000); // into the first hold
      await el.updateComplete;
      return { el, details, clock: clock! };
    }

    it('is on every hold and rest screen, at least 44 px, and reachable with the keyboard', async () => {
      const { el, clock } = await inSession(2);
      const kinds = new Set<string>();
      for (let i = 0; i < 12 && el.status !== 'done'; i++) {
        await el.updateComplete;
        const hurts = button(el, 'It hurts');
        const box = hurts.getBoundingClientRect();
        expect(box.height, `on ${el.phase.kind}`).to.be.at.least(44);
        expect(box.width).to.be.at.least(44);
        kinds.add(el.phase.between ? 'rest-between' : el.phase.kind);
        el.next();
        await clock.tickAsync(0);
      }
      expect([...kinds]).to.include.members(['hold', 'rest-between']);
      expect(button(el, 'It hurts').tabIndex).to.equal(0);
    });

    it('pauses at once (time does not move the phase), asks for a score now; 7 shows the stop advice and ends the session', async () => {
      const { el, details, clock } = await inSession(2);
      const phaseBefore = el.phase;
      const remaining = el.plan.indexOf(phaseBefore);
      button(el, 'It hurts').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.screen).to.equal('pain-now');
      expect(el.status).to.equal('paused');
      expect(details['routine-pause']).to.have.length(1);
      await clock.tickAsync(60_000);
      expect(el.phase).to.equal(phaseBefore);
      expect(el.plan.indexOf(el.phase)).to.equal(remaining);
      expect(shadowText(el)).to.contain('How much does it hurt now?');
      clock.restore(); // axe needs real timers
      await expect(el).to.be.accessible();
      await score(el, 7);
      expect(el.screen).to.equal('pain-advice');
      const text = shadowText(el);
      expect(text).to.contain('Please stop now').and.contain('Get help now');
      expect($(el, '[part="cta-link"]')).to.exist;
      await expect(el).to.be.accessible();
      expect(details['pain-report']).to.deep.equal([
        { scores: [{ moment: 'before', score: 2 }, { moment: 'during', score: 7, step: 0 }], before: 2, after: undefined, worse: true },
      ]);
      expect(details['routine-complete']).to.have.length(1);
      await click(el, 'See my summary');
      expect(el.screen).to.equal('summary');
    });

    it('2 above the before score also stops; a lower score offers go on gently (resumes the same phase) or skip this stretch', async () => {
      const rising = await inSession(3);
      button(rising.el, 'It hurts').click();
      await rising.el.updateComplete;
      await score(rising.el, 5);
      expect(rising.el.screen).to.equal('pain-advice');
      clock!.restore();
      clock = undefined;

      const { el, details, clock: c } = await inSession(3);
      const phase = el.phase;
      button(el, 'It hurts').click();
      await el.updateComplete;
      await score(el, 4);
      expect(el.screen).to.equal('pain-ease');
      expect(shadowText(el)).to.contain('Stop if your pain gets worse or feels sharp.');
      await click(el, 'Go on gently');
      expect(el.screen).to.equal('session');
      expect(el.status).to.equal('running');
      expect(el.phase).to.equal(phase);
      expect(details['routine-start']).to.have.length(1); // the same session, not a new one
      button(el, 'It hurts').click();
      await el.updateComplete;
      await score(el, 4);
      await click(el, 'Skip this stretch');
      await c.tickAsync(0);
      await el.updateComplete;
      expect(el.screen).to.equal('session');
      expect(el.status).to.equal('running');
      expect(el.stepIndex).to.equal(1);
      c.restore();
      button(el, 'It hurts').click();
      await el.updateComplete;
      await score(el, 4);
      expect(el.screen).to.equal('pain-ease');
      await expect(el).to.be.accessible();
    });
  });

  describe('after', () => {
    it('the summary gives the pain-monitoring advice; pain-report carries every score with its moment', async () => {
      const el = await mount(html`<stretch-routine stretches="bird-dog" sound="off" vibrate="off"></stretch-routine>`);
      const details = recordEvents(el);
      await click(el, 'None of these apply to me');
      await click(el, 'Start the routine');
      await score(el, 3);
      while (el.status !== 'done') el.next();
      await el.updateComplete;
      expect(el.screen).to.equal('pain-after');
      await score(el, 4);
      expect(el.screen).to.equal('summary');
      expect(shadowText(el)).to.contain('5 or less out of 10').and.contain('not worse the next morning').and.contain('do less next time');
      expect(details['pain-report']).to.deep.equal([
        { scores: [{ moment: 'before', score: 3 }, { moment: 'after', score: 4 }], before: 3, after: 4, worse: false },
      ]);
      await expect(el).to.be.accessible();
    });

    it('7 after: the stop advice with the urgent-care signs', async () => {
      const el = await mount(html`<stretch-routine stretches="bird-dog" sound="off" vibrate="off"></stretch-routine>`);
      await click(el, 'None of these apply to me');
      await click(el, 'Start the routine');
      await score(el, 6);
      while (el.status !== 'done') el.next();
      await el.updateComplete;
      await score(el, 7);
      expect(el.screen).to.equal('pain-advice');
      expect(shadowText(el)).to.contain('Please stop for today').and.contain('Get help now');
    });
  });

  describe('cautions during a hold', () => {
    it('are on screen, and spoken once at the first hold of each stretch', async () => {
      class FakeUtterance {
        voice: SpeechSynthesisVoice | null = null;
        lang = '';
        rate = 1;
        onend: (() => void) | null = null;
        onerror: (() => void) | null = null;
        constructor(public text: string) {}
      }
      sinon.replace(window, 'SpeechSynthesisUtterance', FakeUtterance as unknown as typeof SpeechSynthesisUtterance);
      sinon.stub(speechSynthesis, 'getVoices').returns([{ lang: 'en-US', name: 'English', voiceURI: 'en', localService: true, default: true }] as SpeechSynthesisVoice[]);
      const speak = sinon.stub(speechSynthesis, 'speak');
      sinon.stub(speechSynthesis, 'cancel');
      const el = await mount(html`<stretch-routine pain-check="off" stretches="head-rolls" voice="on" sound="off" vibrate="off"></stretch-routine>`);
      const caution = el.stretchViews[0].cautions[0];
      expect(caution).to.contain('Do not tip your head back');
      await click(el, 'None of these apply to me');
      clock = fakeClock(Date.now());
      await click(el, 'Start the routine');
      while (el.phase.kind !== 'hold') {
        el.next();
        await clock.tickAsync(0);
      }
      await el.updateComplete;
      expect($(el, '[part="cautions"]')!.textContent).to.contain(caution);
      // Through the whole stretch: every hold (each side, each round) is passed.
      while (el.status !== 'done') {
        el.next();
        await clock.tickAsync(0);
      }
      const spoken = speak.getCalls().map((call) => (call.args[0] as unknown as FakeUtterance).text);
      expect(spoken.filter((text) => text.includes(caution)), spoken.join(' | ')).to.have.length(1);
    });
  });

  describe('resume and the safety check', () => {
    const routine = 'head-rolls kneeling-back-extension knee-to-chest bird-dog';
    const at = (date: Date, hours: number) => new Date(date.getTime() + hours * HOUR);

    function stored(resumeAt: Date, safetyAt: Date) {
      return memoryStorage({
        [MEMORY_KEY]: JSON.stringify({ v: 1, streak: 0, resume: { routine, step: 2, savedAt: resumeAt.toISOString() }, safetyAt: safetyAt.toISOString() }),
      });
    }

    it('a resume point 25 hours old is dropped with a notice, and the safety check shows (fake date)', async () => {
      const then = new Date(2026, 10, 27, 8, 0);
      clock = sinon.useFakeTimers({ now: at(then, 25).getTime(), toFake: ['Date'] });
      const storage = stored(then, then);
      const el = await mount(html`<stretch-routine remember .storage=${storage}></stretch-routine>`);
      expect(el.screen).to.equal('safety');
      expect(shadowText(el)).to.contain('more than a day old').and.not.contain('Continue where you left off?');
      await expect(el).to.be.accessible();
      expect(JSON.parse(storage.data.get(MEMORY_KEY)!).resume).to.equal(undefined);
      await click(el, 'None of these apply to me');
      expect(el.screen).to.equal('start');
      expect(shadowText(el)).to.not.contain('more than a day old');
    });

    it('13 hours after the last safety confirmation, on the same day: the safety check comes first, then the resume prompt', async () => {
      const morning = new Date(2026, 10, 28, 6, 0);
      clock = sinon.useFakeTimers({ now: at(morning, 13).getTime(), toFake: ['Date'] });
      const storage = stored(at(morning, 12.5), morning);
      const el = await mount(html`<stretch-routine remember .storage=${storage}></stretch-routine>`);
      expect(el.screen).to.equal('safety');
      await click(el, 'None of these apply to me');
      expect(el.screen).to.equal('resume');
      expect(JSON.parse(storage.data.get(MEMORY_KEY)!).safetyAt).to.equal(at(morning, 13).toISOString());
    });

    it('a confirmation from yesterday evening (under 12 hours) also brings the check back; one from an hour ago does not', async () => {
      const evening = new Date(2026, 10, 27, 22, 0);
      clock = sinon.useFakeTimers({ now: at(evening, 9).getTime(), toFake: ['Date'] });
      const yesterday = await mount(html`<stretch-routine remember .storage=${stored(at(evening, 8), evening)}></stretch-routine>`);
      expect(yesterday.screen).to.equal('safety');
      const recent = await mount(html`<stretch-routine remember .storage=${stored(at(evening, 8), at(evening, 8))}></stretch-routine>`);
      expect(recent.screen).to.equal('resume');
    });
  });

  describe('doses', () => {
    it('warns once each for an unusual rest and unusual per-stretch doses, and not again on a new language', async () => {
      const warnings = captureWarnings();
      const custom: CustomStretchInput = { id: 'plank', name: 'Plank', steps: ['Hold.'], hold: 200, reps: 1, sides: 'none', rest: 0 };
      const el = await mount(
        html`<stretch-routine rest="400" .stretches=${[{ id: 'bird-dog' as const, reps: 40 }, custom, 'head-rolls']}></stretch-routine>`
      );
      el.lang = 'es';
      await el.updateComplete;
      el.rest = '400';
      el.requestUpdate();
      await el.updateComplete;
      const messages = warnings.messages.filter((m) => m.includes('it is used as given'));
      expect(messages.filter((m) => m.includes('rest="400"'))).to.have.length(1);
      expect(messages.filter((m) => m.includes('bird-dog: reps="40"'))).to.have.length(1);
      expect(messages.filter((m) => m.includes('plank: hold="200"'))).to.have.length(1);
      expect(messages).to.have.length(3);
    });
  });
});
