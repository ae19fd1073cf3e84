import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/define.js';
import type { CustomStretchInput, StretchRoutine } from '../../../src/index.js';
import { MEMORY_KEY } from '../../../src/elements/stretch-routine/routine-memory.js';
import { $, $$, captureWarnings, installFakeWakeLock, shadowText, watchPageErrors, fakeClock } from '../../helpers.js';

type Clock = sinon.SinonFakeTimers;

const SESSION_DAY = new Date(2026, 10, 28, 9, 0).getTime();

/** Fakes only the calendar date (for streaks); timers and frames stay real. */
function fakeDate(now: number): Clock {
  return sinon.useFakeTimers({ now, toFake: ['Date'] });
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

function recordEvents(el: HTMLElement) {
  const events: string[] = [];
  const details: Record<string, unknown[]> = {};
  for (const type of ['routine-start', 'routine-step', 'routine-pause', 'routine-complete', 'pain-report']) {
    el.addEventListener(type, (event) => {
      events.push(type);
      (details[type] ??= []).push((event as CustomEvent).detail);
    });
  }
  return { events, details };
}

const oneSecond = (id: string, name: string): CustomStretchInput => ({ id, name, steps: ['Hold still.'], hold: 1, reps: 1, sides: 'none', rest: 0 });

describe('<stretch-routine>', () => {
  let wakeLock: ReturnType<typeof installFakeWakeLock>;
  let clock: Clock | undefined;
  beforeEach(() => (wakeLock = installFakeWakeLock()));
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    wakeLock.restore();
    sinon.restore();
  });

  it('runs all four stretches from the safety panel to the summary with pause, skip, back and next, firing every event', async () => {
    const el = await mount(html`<stretch-routine pain-check="off" sound="off" vibrate="off"></stretch-routine>`);
    const { events, details } = recordEvents(el);
    expect(el.screen).to.equal('safety');
    expect(shadowText(el)).to.contain('Get help now').and.contain('See a doctor soon').and.contain('Before you start');
    await click(el, 'None of these apply to me');
    expect(el.screen).to.equal('start');
    const estimate = el.estimatedSeconds;
    clock = fakeClock(SESSION_DAY);
    await click(el, 'Start the routine');
    expect(el.screen).to.equal('session');
    expect(events).to.deep.equal(['routine-start', 'routine-step']);
    expect(details['routine-step'][0]).to.deep.equal({ index: 0, stretch: 'head-rolls' });

    // Head rolls run on their own: 3 + 3 × (5 + 3 + 5) + 2 × 3 = 48 s, then 15 s of rest.
    await clock.tickAsync(48000);
    expect(el.plan[el.status === 'running' ? 0 : 0]).to.exist;
    expect(shadowText(el)).to.contain('Rest').and.contain('Next: Kneeling back and hip extension');
    // Pause during the rest: nothing moves.
    await click(el, 'Pause');
    expect(events.at(-1)).to.equal('routine-pause');
    await clock.tickAsync(60000);
    expect(el.stepIndex).to.equal(1);
    await click(el, 'Resume');
    // Manual Next ends the rest early.
    await click(el, 'Next');
    expect(details['routine-step'].at(-1)).to.deep.equal({ index: 1, stretch: 'kneeling-back-extension' });
    // Skip the kneeling extension, then go back to it, then skip it again.
    await click(el, 'Skip stretch');
    expect(shadowText(el)).to.contain('Next: Knee to chest');
    await click(el, 'Back');
    expect(el.stepIndex).to.equal(1);
    expect(details['routine-step'].at(-1)).to.deep.equal({ index: 1, stretch: 'kneeling-back-extension' });
    await click(el, 'Skip stretch');
    await click(el, 'Next'); // past the rest
    expect(details['routine-step'].at(-1)).to.deep.equal({ index: 2, stretch: 'knee-to-chest' });
    // Let knee to chest and bird dog run out on their own.
    await clock.tickAsync(10 * 60 * 1000);
    expect(el.screen).to.equal('summary');
    expect(events.filter((e) => e === 'routine-step')).to.have.length(5);
    expect(events.at(-1)).to.equal('routine-complete');
    const complete = details['routine-complete'][0] as { done: string[]; skipped: string[]; durationMs: number };
    expect(complete.done).to.deep.equal(['head-rolls', 'knee-to-chest', 'bird-dog']);
    expect(complete.skipped).to.deep.equal(['kneeling-back-extension']);
    expect(complete.durationMs).to.be.greaterThan(0).and.lessThan(estimate * 1000);
    const text = shadowText(el);
    expect(text).to.contain('Well done!').and.contain('Skipped').and.contain('Kneeling back and hip extension');
    expect(el.hasPendingWork).to.equal(false);
  });

  describe('the estimate agrees with the run', () => {
    async function runOut(template: ReturnType<typeof html>) {
      const el = await mount(template);
      await click(el, 'None of these apply to me');
      clock = fakeClock(SESSION_DAY);
      const started = performance.now();
      const done = new Promise<CustomEvent>((resolve) => el.addEventListener('routine-complete', (e) => resolve(e as CustomEvent), { once: true }));
      await click(el, 'Start the routine');
      // Tick one second at a time, as a patient's phone would run it.
      while (el.screen === 'session') await clock.tickAsync(1000);
      const detail = (await done).detail;
      return { estimate: el.estimatedSeconds, wall: (performance.now() - started) / 1000, durationMs: detail.durationMs };
    }

    it('for the default routine (within 2 s)', async () => {
      const { estimate, wall, durationMs } = await runOut(html`<stretch-routine pain-check="off" sound="off" vibrate="off"></stretch-routine>`);
      expect(Math.abs(wall - estimate)).to.be.at.most(2);
      expect(Math.abs(durationMs / 1000 - estimate)).to.be.at.most(2);
      expect(estimate).to.be.greaterThan(300);
    });

    it('for a custom routine (within 2 s)', async () => {
      const custom = [oneSecond('a', 'A'), 'bird-dog', { ...oneSecond('b', 'B'), hold: 12, reps: 2, rest: 4, sides: 'each' as const }];
      const { estimate, wall } = await runOut(
        html`<stretch-routine pain-check="off" .stretches=${custom} rest="7" get-ready="2" sound="off" vibrate="off"></stretch-routine>`
      );
      // A: 2 + 1; rest 7; bird dog: 2 + 5 × (5 + 3 + 5) + 4 × 3; rest 7; B: 2 + 2 × (12 + 3 + 12) + 4
      expect(estimate).to.equal(3 + 7 + (2 + 65 + 12) + 7 + (2 + 54 + 4));
      expect(Math.abs(wall - estimate)).to.be.at.most(2);
    });
  });

  it('runs two 1-second holds end to end against the real clock', async () => {
    const el = await mount(
      html`<stretch-routine pain-check="off" .stretches=${[oneSecond('one', 'First'), oneSecond('two', 'Second')]} rest="0" get-ready="0" sound="off" vibrate="off"></stretch-routine>`
    );
    await click(el, 'None of these apply to me');
    const started = performance.now();
    const complete = oneEvent(el, 'routine-complete');
    await click(el, 'Start the routine');
    const detail = (await complete).detail;
    const wall = performance.now() - started;
    expect(wall).to.be.within(1950, 2600);
    expect(detail.done).to.deep.equal(['one', 'two']);
    expect(detail.durationMs).to.be.within(1950, 2600);
    await el.updateComplete;
    expect(el.screen).to.equal('summary');
  });

  it('the "I have one or more of these" path shows the clinic contact instead of starting', async () => {
    const el = await mount(html`<stretch-routine pain-check="off" contact-href="/book" contact-label="Book a visit"></stretch-routine>`);
    const started = sinon.spy();
    el.addEventListener('routine-start', started);
    await click(el, 'I have one or more of these');
    expect(el.screen).to.equal('stop-advice');
    expect(($(el, '[part="cta-link"]') as HTMLAnchorElement).getAttribute('href')).to.equal('/book');
    expect(shadowText(el)).to.contain('Please do not start the routine');
    expect(started.callCount).to.equal(0);
    await expect(el).to.be.accessible();
    await click(el, 'Back to the safety check');
    expect(el.screen).to.equal('safety');
  });

  it('lists the stretches with their doses and the estimated time on the start screen', async () => {
    const el = await mount(html`<stretch-routine pain-check="off" stretches="knee-to-chest bird-dog" rest="10"></stretch-routine>`);
    await click(el, 'None of these apply to me');
    const items = $$(el, '[part="plan"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      'Knee to chest Hold 15–30 seconds, each side, 2–3 times.',
      'Bird dog Hold 5 seconds, each side, 5–6 times.',
    ]);
    // 3 + 2 × (30 + 3 + 30) + 5 = 134; rest 10; 3 + 5 × (5 + 3 + 5) + 4 × 3 = 80 → 224 s
    expect(el.estimatedSeconds).to.equal(224);
    expect($(el, '[part="estimate"]').textContent).to.contain('about 4 minutes');
  });

  describe('pain check', () => {
    async function throughPain(before: number, after: number) {
      const el = await mount(html`<stretch-routine pain-check stretches="bird-dog" contact-href="/book" sound="off" vibrate="off"></stretch-routine>`);
      const { details } = recordEvents(el);
      await click(el, 'None of these apply to me');
      await click(el, 'Start the routine');
      expect(el.screen).to.equal('pain-before');
      const radios = $$(el, 'input[type="radio"]') as HTMLInputElement[];
      expect(radios).to.have.length(11);
      await expect(el).to.be.accessible();
      expect(button(el, 'Continue').disabled).to.equal(true);
      radios[before].click();
      await el.updateComplete;
      await click(el, 'Continue');
      expect(el.screen).to.equal('session');
      while (el.status !== 'done') el.next();
      await el.updateComplete;
      expect(el.screen).to.equal('pain-after');
      ($$(el, 'input[type="radio"]')[after] as HTMLInputElement).click();
      await el.updateComplete;
      await click(el, 'Continue');
      return { el, details };
    }

    it('2 or more points worse: stop-and-contact advice and pain-report', async () => {
      const { el, details } = await throughPain(3, 5);
      expect(el.screen).to.equal('pain-advice');
      expect(details['pain-report']).to.deep.equal([
        { scores: [{ moment: 'before', score: 3 }, { moment: 'after', score: 5 }], before: 3, after: 5, worse: true },
      ]);
      expect((details['routine-complete'][0] as { painBefore: number; painAfter: number }).painAfter).to.equal(5);
      expect($(el, '[part="cta-link"]')).to.exist;
      await expect(el).to.be.accessible();
      await click(el, 'See my summary');
      expect(shadowText(el)).to.contain('3 → 5');
    });

    it('7 or more: advice too; a small change: the summary', async () => {
      expect((await throughPain(6, 7)).el.screen).to.equal('pain-advice');
      const { el, details } = await throughPain(4, 5);
      expect(el.screen).to.equal('summary');
      expect(details['pain-report']).to.deep.equal([
        { scores: [{ moment: 'before', score: 4 }, { moment: 'after', score: 5 }], before: 4, after: 5, worse: false },
      ]);
    });

    it('the pain scale is a radio group operated with arrow keys', async () => {
      const el = await mount(html`<stretch-routine pain-check stretches="bird-dog"></stretch-routine>`);
      await click(el, 'None of these apply to me');
      await click(el, 'Start the routine');
      const radios = $$(el, 'input[type="radio"]') as HTMLInputElement[];
      radios[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(radios[2].checked).to.equal(true);
      expect(el.screen).to.equal('pain-before');
    });
  });

  describe('keyboard', () => {
    it('a routine can be completed with the keyboard alone', async () => {
      const el = await mount(
        html`<stretch-routine pain-check="off" .stretches=${[oneSecond('one', 'First'), oneSecond('two', 'Second')]} sound="off" vibrate="off"></stretch-routine>`
      );
      button(el, 'None of these apply to me').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.screen).to.equal('start');
      // Focus follows the patient to the new screen's heading; Tab reaches Start.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Start the routine');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.screen).to.equal('session');
      // Shortcuts while focus is in the session: Space pauses, → goes on, Esc pauses.
      await sendKeys({ press: ' ' });
      expect(el.status).to.equal('paused');
      await sendKeys({ press: ' ' });
      expect(el.status).to.equal('running');
      await sendKeys({ press: 'Escape' });
      expect(el.status).to.equal('paused');
      for (let i = 0; i < 8 && el.screen === 'session'; i++) {
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
      }
      expect(el.screen).to.equal('summary');
    });

    it('shortcuts do nothing when focus is outside the routine', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button id="outside">Host page button</button><stretch-routine pain-check="off" stretches="bird-dog" sound="off" vibrate="off"></stretch-routine></div>`
      );
      const el = wrapper.querySelector('stretch-routine')!;
      await el.updateComplete;
      await click(el, 'None of these apply to me');
      await click(el, 'Start the routine');
      const hostKeys: string[] = [];
      document.addEventListener('keydown', (event) => hostKeys.push(`${event.key}:${event.defaultPrevented}`));
      (wrapper.querySelector('#outside') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'ArrowRight' });
      expect(el.status).to.equal('running');
      expect(el.stepIndex).to.equal(0);
      expect(hostKeys).to.deep.equal(['Escape:false', 'ArrowRight:false']);
      el.pause();
    });
  });

  describe('accessibility', () => {
    it('safety panel, start, hold, rest and summary', async () => {
      const el = await mount(html`<stretch-routine pain-check="off" stretches="head-rolls bird-dog" sound="off" vibrate="off"></stretch-routine>`);
      await expect(el).to.be.accessible();
      await click(el, 'None of these apply to me');
      await expect(el).to.be.accessible();
      await click(el, 'Start the routine');
      el.next();
      el.pause();
      await el.updateComplete;
      expect(el.plan[0].kind).to.equal('get-ready');
      await expect(el).to.be.accessible();
      while (!el.phase.between) el.next();
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Next: Bird dog');
      await expect(el).to.be.accessible();
      const progress = $(el, 'progress') as HTMLProgressElement;
      expect(progress.max).to.equal(2);
      expect(progress.getAttribute('aria-labelledby')).to.equal('progress-text');
      while (el.status !== 'done') el.next();
      await el.updateComplete;
      expect(el.screen).to.equal('summary');
      await expect(el).to.be.accessible();
    });

    it('dark theme and right to left', async () => {
      const el = await mount(html`<stretch-routine pain-check="off" theme="dark"></stretch-routine>`);
      await expect(el).to.be.accessible();
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><stretch-routine pain-check="off" stretches="bird-dog"></stretch-routine></div>`);
      const rtl = wrapper.firstElementChild as StretchRoutine;
      await rtl.updateComplete;
      await click(rtl, 'None of these apply to me');
      await click(rtl, 'Start the routine');
      rtl.pause();
      await rtl.updateComplete;
      await expect(rtl).to.be.accessible();
    });
  });

  describe('remember', () => {
    it('keeps a day streak and a resume point across a reload, and forgets on request', async () => {
      const storage = memoryStorage();
      clock = fakeDate(new Date(2026, 10, 27, 9, 0).getTime());
      const first = await mount(html`<stretch-routine pain-check="off" remember .storage=${storage} stretches="bird-dog" sound="off" vibrate="off"></stretch-routine>`);
      await click(first, 'None of these apply to me');
      await click(first, 'Start the routine');
      while (first.status !== 'done') first.next();
      await first.updateComplete;
      expect(shadowText(first)).to.contain('You stretched today');
      // With remember, the safety confirmation's time is kept too (the check comes back after 12 hours or on another day).
      const safetyAt = new Date(2026, 10, 27, 9, 0).toISOString();
      expect(JSON.parse(storage.data.get(MEMORY_KEY)!)).to.deep.equal({ v: 1, lastFinished: '2026-11-27', streak: 1, safetyAt });
      clock.restore();

      // The next day: start, get to the second stretch, "close the page".
      clock = fakeDate(new Date(2026, 10, 28, 9, 0).getTime());
      const second = await mount(html`<stretch-routine pain-check="off" remember .storage=${storage} stretches="head-rolls bird-dog" sound="off" vibrate="off"></stretch-routine>`);
      expect(second.screen).to.equal('safety');
      await click(second, 'None of these apply to me');
      expect(shadowText(second)).to.contain('You stretched today').not.to.contain('days in a row');
      await click(second, 'Start the routine');
      second.skip();
      second.next();
      await second.updateComplete;
      expect(second.stepIndex).to.equal(1);
      second.remove();

      // Reload: the same routine offers to continue at stretch 2.
      const third = await mount(html`<stretch-routine pain-check="off" remember .storage=${storage} stretches="head-rolls bird-dog" sound="off" vibrate="off"></stretch-routine>`);
      expect(third.screen).to.equal('resume');
      expect(shadowText(third)).to.contain('Stretch 2 of 2: Bird dog');
      await expect(third).to.be.accessible();
      const starts: Array<{ resumed: boolean }> = [];
      third.addEventListener('routine-start', (e) => starts.push(e.detail));
      await click(third, 'Continue');
      expect(third.stepIndex).to.equal(1);
      expect(starts).to.deep.equal([{ stretches: ['head-rolls', 'bird-dog'], resumed: true }]);
      while (third.status !== 'done') third.next();
      await third.updateComplete;
      expect(shadowText(third)).to.contain('You have stretched 2 days in a row.');
      const saved = JSON.parse(storage.data.get(MEMORY_KEY)!);
      expect(saved).to.deep.equal({ v: 1, lastFinished: '2026-11-28', streak: 2, safetyAt: new Date(2026, 10, 28, 9, 0).toISOString() });

      await click(third, 'Forget my progress');
      expect(storage.data.has(MEMORY_KEY)).to.equal(false);
      expect(shadowText(third)).to.contain('Your progress on this device has been cleared.');
    });

    it('without remember, never touches storage', async () => {
      const calls = sinon.spy();
      for (const method of ['getItem', 'setItem', 'removeItem'] as const) sinon.stub(Storage.prototype, method).callsFake(calls);
      const el = await mount(html`<stretch-routine pain-check="off" stretches="bird-dog" sound="off" vibrate="off"></stretch-routine>`);
      await click(el, 'None of these apply to me');
      await click(el, 'Start the routine');
      while (el.status !== 'done') el.next();
      await el.updateComplete;
      expect(el.screen).to.equal('summary');
      expect(calls.callCount).to.equal(0);
      expect(document.cookie).to.equal('');
    });

    it('storage that throws on every call: the routine works, says nothing alarming, loses nothing on screen', async () => {
      const throwing = {
        getItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
        setItem: () => {
          throw new DOMException('quota', 'QuotaExceededError');
        },
        removeItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      };
      const errors = watchPageErrors();
      const el = await mount(html`<stretch-routine pain-check="off" remember .storage=${throwing} stretches="head-rolls bird-dog" sound="off" vibrate="off"></stretch-routine>`);
      await click(el, 'None of these apply to me');
      await click(el, 'Start the routine');
      el.skip();
      el.next();
      await el.updateComplete;
      expect(el.stepIndex).to.equal(1);
      expect(shadowText(el)).to.contain('Bird dog');
      while (el.status !== 'done') el.next();
      await el.updateComplete;
      await click(el, 'Forget my progress');
      errors.stop();
      expect(errors.errors).to.deep.equal([]);
      expect(el.screen).to.equal('summary');
      expect(shadowText(el)).not.to.match(/error|failed/i);
    });

    it('a page whose localStorage getter itself throws (sandboxed iframe)', async () => {
      sinon.stub(window, 'localStorage').get(() => {
        throw new DOMException('sandboxed', 'SecurityError');
      });
      const el = await mount(html`<stretch-routine pain-check="off" remember stretches="bird-dog" sound="off" vibrate="off"></stretch-routine>`);
      await click(el, 'None of these apply to me');
      expect(el.screen).to.equal('start');
    });

    for (const [name, value] of [
      ['corrupt JSON', '{not json'],
      ['a foreign shape', JSON.stringify({ hello: 'world' })],
      ['a future version', JSON.stringify({ v: 99, streak: 3 })],
    ]) {
      it(`discards ${name} under the key with one warning`, async () => {
        const warnings = captureWarnings();
        const storage = memoryStorage({ [MEMORY_KEY]: value });
        const el = await mount(html`<stretch-routine pain-check="off" remember .storage=${storage} stretches="bird-dog"></stretch-routine>`);
        expect(el.screen).to.equal('safety');
        const ours = warnings.messages.filter((m) => m.includes('[backcare-elements]'));
        expect(ours).to.have.length(1);
        expect(ours[0]).to.contain(MEMORY_KEY).and.contain('discarded');
        expect(storage.data.has(MEMORY_KEY)).to.equal(false);
      });
    }
  });

  describe('bad input', () => {
    it('skips an unknown id with one warning and runs the rest', async () => {
      const warnings = captureWarnings();
      const el = await mount(html`<stretch-routine pain-check="off" stretches="knee-to-chest neck-crack bird-dog"></stretch-routine>`);
      expect(el.stretchViews.map((v) => v.id)).to.deep.equal(['knee-to-chest', 'bird-dog']);
      const ours = warnings.messages.filter((m) => m.includes('[backcare-elements]'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('"neck-crack"').and.contain('skipped');
    });

    it('an all-invalid or empty list shows a visible message, not a broken routine', async () => {
      const warnings = captureWarnings();
      const errors = watchPageErrors();
      const invalid = await mount(html`<stretch-routine pain-check="off" stretches="neck-crack spine-twist"></stretch-routine>`);
      expect(shadowText(invalid)).to.contain('This routine has no stretches to show.');
      expect($$(invalid, 'button')).to.have.length(0);
      await expect(invalid).to.be.accessible();
      const empty = await mount(html`<stretch-routine pain-check="off" stretches=""></stretch-routine>`);
      expect(shadowText(empty)).to.contain('This routine has no stretches to show.');
      const broken = await mount(html`<stretch-routine pain-check="off" .stretches=${[{ name: 'No steps' }, 42] as unknown as CustomStretchInput[]}></stretch-routine>`);
      expect(shadowText(broken)).to.contain('This routine has no stretches to show.');
      errors.stop();
      expect(errors.errors).to.deep.equal([]);
      expect(warnings.messages.length).to.be.greaterThan(0);
    });

    it('rest="-1" and get-ready="lots" fall back with a warning each', async () => {
      const warnings = captureWarnings();
      const el = await mount(html`<stretch-routine pain-check="off" stretches="bird-dog knee-to-chest" rest="-1" get-ready="lots"></stretch-routine>`);
      const between = el.plan.find((p) => p.between)!;
      expect(between.duration).to.equal(15);
      expect(el.plan[0].duration).to.equal(3);
      const ours = warnings.messages.filter((m) => m.includes('[backcare-elements]'));
      expect(ours.some((m) => m.includes('rest="-1"'))).to.equal(true);
      expect(ours.some((m) => m.includes('get-ready="lots"'))).to.equal(true);
    });
  });

  it('does not resolve its stretches again on every second of a session, only when its inputs change', async () => {
    const el = await mount(html`<stretch-routine pain-check="off" stretches="bird-dog" sound="off" vibrate="off"></stretch-routine>`);
    await click(el, 'None of these apply to me');
    // Resolving makes a new array of stretch views; the same array means nothing was resolved again.
    const resolved = el.stretchViews;
    clock = fakeClock(SESSION_DAY);
    await click(el, 'Start the routine');
    await clock.tickAsync(5000);
    await el.updateComplete;
    expect(el.status).to.equal('running');
    expect(el.stretchViews).to.equal(resolved);
    el.setAttribute('stretches', 'knee-to-chest');
    await el.updateComplete;
    expect(el.stretchViews).not.to.equal(resolved);
    expect(el.stretchViews.map((v) => v.id)).to.deep.equal(['knee-to-chest']);
  });

  it('releases everything when removed mid-session', async () => {
    const el = await mount(html`<stretch-routine pain-check="off" stretches="bird-dog" sound="off" vibrate="off"></stretch-routine>`);
    await click(el, 'None of these apply to me');
    await click(el, 'Start the routine');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(wakeLock.held).to.equal(1);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(el.hasPendingWork).to.equal(false);
    expect(wakeLock.held).to.equal(0);
  });

  it('shows the picture for the moment: start position in get ready, end position in the hold, the next stretch during a rest', async () => {
    const el = await mount(html`<stretch-routine pain-check="off" stretches="knee-to-chest bird-dog" sound="off" vibrate="off"></stretch-routine>`);
    await click(el, 'None of these apply to me');
    await click(el, 'Start the routine');
    const picture = () => {
      const svg = $(el, 'svg[part="illustration"]');
      return `${svg.dataset.stretch}:${svg.dataset.pose}:${svg.dataset.side}`;
    };
    el.pause();
    await el.updateComplete;
    expect(picture()).to.equal('knee-to-chest:start:right');
    el.next();
    await el.updateComplete;
    expect(picture()).to.equal('knee-to-chest:end:right');
    expect($(el, 'svg[part="illustration"]').getAttribute('aria-label')).to.contain('right knee');
    el.next();
    el.next();
    await el.updateComplete;
    expect(picture()).to.equal('knee-to-chest:end:left');
    while (!el.phase.between) el.next();
    await el.updateComplete;
    expect(picture()).to.equal('bird-dog:start:right');
  });

  it('prints a handout with every stretch, its dose and steps, and no buttons', async () => {
    const el = await mount(html`<stretch-routine pain-check="off" stretches="knee-to-chest bird-dog"></stretch-routine>`);
    // The handout is built when the page is about to print (the Print button or Ctrl+P).
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const handout = $(el, '[part="handout"]');
    expect(getComputedStyle(handout).display).to.equal('none');
    expect(handout.textContent).to.contain('Knee to chest').and.contain('Bird dog').and.contain('Hold 15–30 seconds');
    expect(handout.querySelectorAll('button')).to.have.length(0);
    expect(handout.querySelectorAll('ol')).to.have.length(2);
  });
});
