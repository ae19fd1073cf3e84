import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/define.js';
import type { StretchTimer, TimerCompleteEvent, TimerPhaseEvent } from '../../../src/index.js';
import { $, installFakeWakeLock, setVisibility, shadowText, fakeClock, mountCountingWarnings } from '../../helpers.js';

type Clock = sinon.SinonFakeTimers;

async function mount(template = html`<stretch-timer hold="10" reps="2" rest="5" sound="off" vibrate="off"></stretch-timer>`) {
  const el = await fixture<StretchTimer>(template);
  await el.updateComplete;
  return el;
}

function recordPhases(el: HTMLElement) {
  const phases: TimerPhaseEvent['detail'][] = [];
  el.addEventListener('timer-phase', (event) => phases.push(event.detail));
  return phases;
}

const label = (p: { phase: string; side?: string }) => (p.side ? `${p.phase}:${p.side}` : p.phase);
const startButton = (el: StretchTimer) => $(el, '[part="start-button"]') as HTMLButtonElement;

describe('<stretch-timer>', () => {
  let clock: Clock | undefined;
  let wakeLock: ReturnType<typeof installFakeWakeLock>;
  beforeEach(() => {
    wakeLock = installFakeWakeLock();
  });
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    setVisibility('visible');
    wakeLock.restore();
    sinon.restore();
  });

  describe('autostart', () => {
    it('does not start on its own before the patient has interacted with the page', async () => {
      const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
      if (activation?.hasBeenActive) return; // another test already interacted; nothing to check here
      const el = await mount(html`<stretch-timer autostart hold="5"></stretch-timer>`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.status).to.equal('idle');
    });
  });

  it('walks the full plan with a fake clock: phases in order, then timer-complete', async () => {
    const el = await mount();
    clock = fakeClock();
    const phases = recordPhases(el);
    const completes: TimerCompleteEvent['detail'][] = [];
    el.addEventListener('timer-complete', (e) => completes.push(e.detail));
    startButton(el).click();
    expect(el.status).to.equal('running');
    await clock.tickAsync(2999);
    expect(phases.map(label)).to.deep.equal(['get-ready']);
    expect(el.remainingSeconds).to.equal(1);
    await clock.tickAsync(1);
    expect(phases.map(label)).to.deep.equal(['get-ready', 'hold']);
    await clock.tickAsync(10000 + 5000 + 10000);
    expect(phases.map(label)).to.deep.equal(['get-ready', 'hold', 'rest', 'hold', 'done']);
    expect(phases.map((p) => p.rep)).to.deep.equal([1, 1, 2, 2, 2]);
    expect(completes).to.deep.equal([{ plannedMs: 28000, actualMs: 28000 }]);
    expect(el.status).to.equal('done');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Done');
    expect(startButton(el).textContent!.trim()).to.equal('Start again');
    expect(el.hasPendingWork).to.equal(false);
  });

  it('shows the big number as deadline − now while running', async () => {
    const el = await mount(html`<stretch-timer hold="30" get-ready="0" sound="off" vibrate="off"></stretch-timer>`);
    clock = fakeClock();
    el.start();
    await clock.tickAsync(12400);
    await el.updateComplete;
    expect($(el, '#time-value').textContent).to.equal('18');
    expect($(el, '[role="timer"]')).to.exist;
  });

  it('pauses and resumes: no time passes while paused, and nothing runs', async () => {
    const el = await mount();
    clock = fakeClock();
    const pauses: unknown[] = [];
    el.addEventListener('timer-pause', (e) => pauses.push(e.detail));
    el.start();
    await clock.tickAsync(8000); // 5 s into the first hold
    startButton(el).click();
    expect(el.status).to.equal('paused');
    expect(pauses).to.deep.equal([{ phase: 'hold' }]);
    expect(el.hasPendingWork).to.equal(false);
    expect(wakeLock.held).to.equal(0);
    await clock.tickAsync(60000);
    expect(el.remainingSeconds).to.equal(5);
    await el.updateComplete;
    expect(startButton(el).textContent!.trim()).to.equal('Resume');
    const starts: unknown[] = [];
    el.addEventListener('timer-start', (e) => starts.push(e.detail));
    startButton(el).click();
    expect(starts).to.deep.equal([{ resumed: true }]);
    const done = oneEvent(el, 'timer-complete');
    await clock.tickAsync(5000 + 5000 + 10000);
    expect((await done).detail).to.deep.equal({ plannedMs: 28000, actualMs: 28000 });
  });

  it('Next skips a phase, Back returns, Reset goes back to the start', async () => {
    const el = await mount();
    clock = fakeClock();
    const phases = recordPhases(el);
    el.start();
    await clock.tickAsync(500);
    ($(el, '[part="next-button"]') as HTMLButtonElement).click();
    expect(el.phase.kind).to.equal('hold');
    expect(el.remainingSeconds).to.equal(10);
    el.back();
    expect(el.phase.kind).to.equal('get-ready');
    el.next();
    el.next();
    expect(el.phase.kind).to.equal('rest');
    expect(phases.map(label)).to.deep.equal(['get-ready', 'hold', 'get-ready', 'hold', 'rest']);
    const resets: unknown[] = [];
    el.addEventListener('timer-reset', (e) => resets.push(e));
    ($(el, '[part="reset-button"]') as HTMLButtonElement).click();
    expect(resets).to.have.length(1);
    expect(el.status).to.equal('idle');
    expect(el.phase.kind).to.equal('get-ready');
    expect(el.hasPendingWork).to.equal(false);
  });

  it('after 5 minutes hidden, lands in the right phase and fires each missed phase once, in order', async () => {
    const el = await mount(html`<stretch-timer hold="30" reps="3" sides="each" rest="10" sound="off" vibrate="off"></stretch-timer>`);
    clock = fakeClock();
    const phases = recordPhases(el);
    const completes: unknown[] = [];
    el.addEventListener('timer-complete', (e) => completes.push(e.detail));
    el.start();
    await clock.tickAsync(4000); // into the first hold
    setVisibility('hidden');
    expect(el.hasPendingWork).to.equal(false);
    const eventsWhenHidden = phases.length;
    await clock.tickAsync(300000);
    expect(phases.length).to.equal(eventsWhenHidden); // nothing ran while hidden
    setVisibility('visible');
    // Plan: 3 + 3×(30 + 3 + 30) + 2×10 = 212 s, so 5 minutes later it is done.
    expect(phases.map(label)).to.deep.equal([
      'get-ready:right',
      'hold:right',
      'switch-sides:left',
      'hold:left',
      'rest:right',
      'hold:right',
      'switch-sides:left',
      'hold:left',
      'rest:right',
      'hold:right',
      'switch-sides:left',
      'hold:left',
      'done',
    ]);
    expect(phases.slice(2).every((p) => p.late)).to.equal(true);
    expect(completes).to.have.length(1);
  });

  it('after a shorter hidden spell, resumes mid-phase with the right time left', async () => {
    const el = await mount(html`<stretch-timer hold="30" reps="3" sides="each" rest="10" sound="off" vibrate="off"></stretch-timer>`);
    clock = fakeClock();
    const phases = recordPhases(el);
    el.start();
    await clock.tickAsync(1000);
    setVisibility('hidden');
    await clock.tickAsync(100000); // 101 s from start: 3 + 30 + 3 + 30 + 10 = 76, then 25 s into hold right #2
    setVisibility('visible');
    expect(label(phases[phases.length - 1])).to.equal('hold:right');
    expect(el.phase.rep).to.equal(2);
    expect(el.remainingSeconds).to.equal(5);
    expect(el.hasPendingWork).to.equal(true);
  });

  it('holds a screen wake lock only while running, and re-requests it when the page is visible again', async () => {
    const el = await mount();
    clock = fakeClock();
    el.start();
    await clock.tickAsync(10);
    expect(wakeLock.held).to.equal(1);
    el.pause();
    await clock.tickAsync(10);
    expect(wakeLock.held).to.equal(0);
    el.start();
    await clock.tickAsync(10);
    expect(wakeLock.held).to.equal(1);
    // The browser drops the lock when the page hides.
    wakeLock.sentinels.forEach((s) => (s.released = true));
    setVisibility('hidden');
    setVisibility('visible');
    await clock.tickAsync(10);
    expect(wakeLock.held).to.equal(1);
    await clock.tickAsync(60000);
    expect(el.status).to.equal('done');
    expect(wakeLock.held).to.equal(0);
  });

  it('releases everything when removed mid-hold, and is clean when put back', async () => {
    const el = await mount();
    clock = fakeClock();
    el.start();
    await clock.tickAsync(5000);
    expect(el.phase.kind).to.equal('hold');
    expect(wakeLock.held).to.equal(1);
    const parent = el.parentElement!;
    el.remove();
    await clock.tickAsync(10);
    expect(el.hasPendingWork).to.equal(false);
    expect(wakeLock.held).to.equal(0);
    expect(clock.countTimers()).to.equal(0);
    expect(el.status).to.equal('paused');
    parent.append(el);
    await el.updateComplete;
    expect(el.hasPendingWork).to.equal(false);
    expect(el.remainingSeconds).to.equal(8);
  });

  it('announces each milestone once through a polite status region, and nothing else', async () => {
    const el = await mount(html`<stretch-timer hold="20" reps="2" sides="each" rest="5" sound="off" vibrate="off"></stretch-timer>`);
    clock = fakeClock();
    const region = $(el, '[role="status"]');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    const said: string[] = [];
    const observer = new MutationObserver(() => {
      const text = region.textContent!.trim();
      if (text && text !== said[said.length - 1]) said.push(text);
    });
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    el.start();
    for (let i = 0; i < 120; i++) {
      await clock.tickAsync(1000);
      await el.updateComplete;
    }
    observer.disconnect();
    expect(said).to.deep.equal([
      'Get ready. Start with your right side.',
      'Hold, right side.',
      '10 seconds left.',
      'Switch sides. Next: left side.',
      'Hold, left side.',
      '10 seconds left.',
      'Rest.',
      'Hold, right side.',
      '10 seconds left.',
      'Switch sides. Next: left side.',
      'Hold, left side.',
      '10 seconds left.',
      'Done. Well done!',
    ]);
    // The countdown number itself is a silent timer, not a live region.
    expect($(el, '[role="timer"]').getAttribute('aria-live')).to.equal(null);
  });

  it('gives no "10 seconds left" on holds shorter than 20 s', async () => {
    const el = await mount(html`<stretch-timer hold="15" get-ready="0" sound="off" vibrate="off"></stretch-timer>`);
    clock = fakeClock();
    const region = $(el, '[role="status"]');
    const texts = new Set<string>();
    const observer = new MutationObserver(() => texts.add(region.textContent!.trim()));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    el.start();
    await clock.tickAsync(16000);
    await el.updateComplete;
    observer.disconnect();
    expect([...texts]).not.to.include('10 seconds left.');
  });

  it('counts the upper bound of a hold range, or the target', async () => {
    const range = await mount(html`<stretch-timer hold="15-30" get-ready="0"></stretch-timer>`);
    expect(range.plan[0].duration).to.equal(30);
    const target = await mount(html`<stretch-timer hold="15-30" target="20" get-ready="0"></stretch-timer>`);
    expect(target.plan[0].duration).to.equal(20);
    target.start();
    await target.updateComplete;
    expect(shadowText(target)).to.contain('aim for 15–30 s');
    target.pause();
  });

  it('is operable with the keyboard alone', async () => {
    const el = await mount();
    startButton(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(el.status).to.equal('running');
    await sendKeys({ press: ' ' });
    expect(el.status).to.equal('paused');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="next-button"]'));
    await sendKeys({ press: 'Enter' });
    expect(el.phase.kind).to.equal('hold');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(el.status).to.equal('idle');
  });

  it('has 44 px targets for every button', async () => {
    const el = await mount(html`<stretch-timer hold="10" sound="on"></stretch-timer>`);
    for (const button of el.shadowRoot!.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      expect(box.height, button.textContent!).to.be.at.least(44);
      expect(box.width, button.textContent!).to.be.at.least(44);
    }
  });

  it('the mute button is a toggle', async () => {
    const el = await mount(html`<stretch-timer hold="10"></stretch-timer>`);
    const mute = $(el, '[part="mute-button"]');
    expect(mute.getAttribute('aria-pressed')).to.equal('false');
    mute.click();
    await el.updateComplete;
    expect(mute.getAttribute('aria-pressed')).to.equal('true');
  });

  it('runs against the real clock: a 2-second hold completes on time', async () => {
    const el = await mount(html`<stretch-timer hold="2" get-ready="0" sound="off" vibrate="off"></stretch-timer>`);
    const started = performance.now();
    el.start();
    const event = (await oneEvent(el, 'timer-complete')) as TimerCompleteEvent;
    const wall = performance.now() - started;
    expect(wall).to.be.within(1990, 2400);
    expect(event.detail.plannedMs).to.equal(2000);
    expect(event.detail.actualMs).to.be.within(1990, 2400);
  });

  describe('bad input', () => {
    const cases: Array<[string, Record<string, string>, string, (el: StretchTimer) => void]> = [
      ['hold="-5"', { hold: '-5' }, 'hold="-5" is not a whole number from 1 to 600', (el) => expect(el.plan[1].duration).to.equal(30)],
      ['hold="abc"', { hold: 'abc' }, 'hold="abc"', (el) => expect(el.plan[1].duration).to.equal(30)],
      ['hold="3600"', { hold: '3600' }, 'hold="3600"', (el) => expect(el.plan[1].duration).to.equal(30)],
      ['reps="0"', { reps: '0' }, 'reps="0" is not a whole number from 1 to 50; using 1.', (el) => expect(el.plan.filter((p) => p.kind === 'hold')).to.have.length(1)],
      ['sides="left"', { sides: 'left' }, 'sides="left" is not "each" or "none"', (el) => expect(el.plan.some((p) => p.side)).to.equal(false)],
      ['rest="1e9"', { rest: '1e9', reps: '2' }, 'rest="1e9"', (el) => expect(el.plan.find((p) => p.kind === 'rest')!.duration).to.equal(10)],
      ['get-ready="soon"', { 'get-ready': 'soon' }, 'get-ready="soon"', (el) => expect(el.plan[0].duration).to.equal(3)],
      ['sound="loud"', { sound: 'loud' }, 'sound="loud" is not "on" or "off"', () => undefined],
    ];
    for (const [name, attrs, warning, check] of cases) {
      it(`${name}: one warning and the default`, async () => {
        const created = document.createElement('stretch-timer');
        for (const [key, value] of Object.entries(attrs)) created.setAttribute(key, value);
        const { el, warnings: ours } = await mountCountingWarnings(created);
        expect(ours, ours.join('\n')).to.have.length(1);
        expect(ours[0]).to.contain('<stretch-timer>').and.contain(warning);
        check(el);
      });
    }
  });

  describe('accessibility in every phase', () => {
    it('idle, get ready, hold, switch sides, rest, paused and done', async () => {
      const el = await mount(html`<stretch-timer hold="10" reps="2" sides="each" rest="5" sound="off" vibrate="off"></stretch-timer>`);
      await expect(el).to.be.accessible();
      clock = fakeClock();
      el.start();
      const seen = new Set<string>();
      const check = async () => {
        const key = `${el.status}:${el.phase.kind}`;
        if (seen.has(key)) return;
        seen.add(key);
        await el.updateComplete;
        clock!.restore();
        await expect(el, key).to.be.accessible();
        clock = fakeClock();
      };
      // Each check swaps in a fresh fake clock, so drive the timer by skipping phases instead of time.
      await check();
      for (let i = 0; i < 10 && el.status !== 'done'; i++) {
        el.next();
        await check();
        if (el.phase.kind === 'hold' && !seen.has('paused:hold')) {
          el.pause();
          await check();
          el.start();
        }
      }
      expect([...seen]).to.include.members([
        'running:get-ready',
        'running:hold',
        'running:switch-sides',
        'running:rest',
        'paused:hold',
        'done:done',
      ]);
    });

    it('in the dark theme', async () => {
      const el = await mount(html`<stretch-timer theme="dark" hold="10"></stretch-timer>`);
      await expect(el).to.be.accessible();
    });
  });
});
