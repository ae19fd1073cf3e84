import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/define.js';
import {
  STRETCH_IDS,
  buildPlan,
  holdSecondsForTest,
  stretches,
  type StretchCard,
  type StretchCompleteEvent,
  type StretchTimer,
  type TimerPhaseEvent,
} from './card-test-exports.js';
import { $, $$, installFakeWakeLock, shadowText, fakeClock, mountCountingWarnings } from '../../helpers.js';

async function mount(template: ReturnType<typeof html>) {
  const el = await fixture<StretchCard>(template);
  await el.updateComplete;
  const timer = el.shadowRoot!.querySelector('stretch-timer') as StretchTimer | null;
  await timer?.updateComplete;
  return { el, timer };
}

const custom = {
  id: 'wall-angel',
  name: 'Wall angel',
  steps: ['Stand with your back against a wall.', 'Slide your arms up the wall.', 'Slide them back down.'],
  feelIt: 'Between your shoulder blades.',
  hold: 8,
  reps: 2,
  sides: 'none' as const,
  rest: 4,
  cautions: ['Keep your lower back against the wall.'],
};

describe('<stretch-card>', () => {
  let wakeLock: ReturnType<typeof installFakeWakeLock>;
  beforeEach(() => (wakeLock = installFakeWakeLock()));
  afterEach(() => {
    wakeLock.restore();
    sinon.restore();
  });

  describe('catalog stretches', () => {
    for (const id of STRETCH_IDS) {
      it(`${id}: name, steps as <ol>, where you feel it, dose in words, cautions`, async () => {
        const { el } = await mount(html`<stretch-card stretch=${id}></stretch-card>`);
        const entry = stretches[id];
        const text = shadowText(el);
        expect($(el, '[part="name"]').textContent).to.equal(entry.name());
        const steps = $$(el, 'ol[part="steps"] > li').map((li) => li.textContent);
        expect(steps).to.deep.equal(entry.steps.map((step) => step()));
        expect(text).to.contain(entry.feelIt());
        for (const caution of entry.cautions) expect(text).to.contain(caution());
        expect($(el, '[part="picture"]').getAttribute('aria-label')).to.contain(entry.name());
        await expect(el).to.be.accessible();
      });

      it(`${id}: the timer walks the whole plan with a fake clock and the card fires stretch-complete`, async () => {
        const { el, timer } = await mount(html`<stretch-card stretch=${id} sound="off" vibrate="off"></stretch-card>`);
        const dose = stretches[id].dose;
        const expected = buildPlan({
          hold: holdSecondsForTest(dose),
          reps: dose.reps.min,
          sides: dose.sides,
          rest: dose.rest,
          getReady: 3,
        });
        expect(timer!.plan).to.deep.equal(expected);
        const clock = fakeClock();
        try {
          const phases: string[] = [];
          const completes: StretchCompleteEvent['detail'][] = [];
          el.addEventListener('timer-phase', (e: TimerPhaseEvent) => phases.push(`${e.detail.phase}${e.detail.side ? ':' + e.detail.side : ''}`));
          el.addEventListener('stretch-complete', (e) => completes.push(e.detail));
          ($(timer!, '[part="start-button"]') as HTMLButtonElement).click();
          const total = expected.reduce((sum, phase) => sum + phase.duration, 0);
          await clock.tickAsync(total * 1000);
          expect(phases).to.deep.equal(expected.map((p) => `${p.kind}${p.side ? ':' + p.side : ''}`));
          expect(completes).to.deep.equal([{ stretch: id, plannedMs: total * 1000, actualMs: total * 1000 }]);
        } finally {
          clock.restore();
        }
      });
    }

    it('shows the dose in words', async () => {
      const { el } = await mount(html`<stretch-card stretch="knee-to-chest"></stretch-card>`);
      expect($(el, '[part="dose"]').textContent!.trim()).to.equal('Hold 15–30 seconds, each side, 2–3 times.');
      const { el: kneeling } = await mount(html`<stretch-card stretch="kneeling-back-extension"></stretch-card>`);
      expect($(kneeling, '[part="dose"]').textContent!.trim()).to.equal('Hold 5 seconds, 8–10 times.');
    });
  });

  it('takes dose overrides by attribute', async () => {
    const { el, timer } = await mount(
      html`<stretch-card stretch="knee-to-chest" hold="20" reps="1" sides="none" rest="2"></stretch-card>`
    );
    expect($(el, '[part="dose"]').textContent!.trim()).to.equal('Hold 20 seconds, once.');
    expect(timer!.plan.map((p) => p.kind)).to.deep.equal(['get-ready', 'hold', 'done']);
    expect(timer!.plan[1].duration).to.equal(20);
  });

  it('links a video in a new tab, safely', async () => {
    const { el } = await mount(
      html`<stretch-card stretch="kneeling-back-extension" video-url="https://video.example/kneeling"></stretch-card>`
    );
    const link = $(el, '[part="video-link"]') as HTMLAnchorElement;
    expect(link.href).to.equal('https://video.example/kneeling');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent).to.contain('opens in a new tab');
  });

  it('compact: only the name, the dose and the timer', async () => {
    const { el, timer } = await mount(html`<stretch-card stretch="bird-dog" compact></stretch-card>`);
    expect($$(el, 'ol')).to.have.length(0);
    expect($$(el, '[part="picture"]')).to.have.length(0);
    expect($(el, '[part="dose"]')).to.exist;
    expect(timer).to.exist;
    expect(timer!.compact).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('follows heading-level', async () => {
    const { el } = await mount(html`<stretch-card stretch="bird-dog" heading-level="3"></stretch-card>`);
    expect($(el, '[part="name"]').localName).to.equal('h3');
    expect($(el, '.sub-title').localName).to.equal('h4');
  });

  describe('custom stretches', () => {
    it('through the stretch property', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card .stretch=${custom}></stretch-card>`);
      await el.updateComplete;
      expect($(el, '[part="name"]').textContent).to.equal('Wall angel');
      expect($$(el, 'ol > li').map((li) => li.textContent)).to.deep.equal(custom.steps);
      const timer = el.shadowRoot!.querySelector('stretch-timer')!;
      await timer.updateComplete;
      expect(timer.plan.map((p) => `${p.kind}/${p.duration}`)).to.deep.equal(['get-ready/3', 'hold/8', 'rest/4', 'hold/8', 'done/0']);
      await expect(el).to.be.accessible();
    });

    it('through a <script type="application/json"> child, and follows changes to it', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card
        ><script type="application/json">
          {"name": "Cat-cow", "steps": ["Get on your hands and knees.", "Round your back up.", "Let your belly drop."], "hold": 5, "reps": 3}
        </script></stretch-card
      >`);
      await el.updateComplete;
      expect($(el, '[part="name"]').textContent).to.equal('Cat-cow');
      el.querySelector('script')!.textContent = JSON.stringify({ name: 'Pelvic tilt', steps: ['Lie on your back.'] });
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect($(el, '[part="name"]').textContent).to.equal('Pelvic tilt');
    });

    it('walks the custom plan with a fake clock and reports its own id', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card .stretch=${custom} sound="off" vibrate="off"></stretch-card>`);
      await el.updateComplete;
      const timer = el.shadowRoot!.querySelector('stretch-timer')!;
      await timer.updateComplete;
      const clock = fakeClock();
      try {
        const completes: unknown[] = [];
        el.addEventListener('stretch-complete', (e) => completes.push(e.detail));
        timer.start();
        timer.pause();
        await clock.tickAsync(30000);
        timer.start();
        await clock.tickAsync(23000);
        expect(completes).to.deep.equal([{ stretch: 'wall-angel', plannedMs: 23000, actualMs: 23000 }]);
      } finally {
        clock.restore();
      }
    });
  });

  describe('bad input', () => {
    async function mountWithWarnings(build: () => StretchCard) {
      const { el, warnings: ours } = await mountCountingWarnings(build());
      return { el, ours };
    }
    const card = (attrs: Record<string, string>) => () => {
      const el = document.createElement('stretch-card');
      for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
      return el;
    };

    it('an unknown stretch id: a visible message and one warning listing the valid ids', async () => {
      const { el, ours } = await mountWithWarnings(card({ stretch: 'neck-crack' }));
      expect(shadowText(el)).to.equal('This stretch is not available.');
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('stretch="neck-crack"');
      for (const id of STRETCH_IDS) expect(ours[0]).to.contain(id);
      await expect(el).to.be.accessible();
    });

    it('no stretch at all: the same visible message', async () => {
      const { el, ours } = await mountWithWarnings(card({}));
      expect(shadowText(el)).to.equal('This stretch is not available.');
      expect(ours).to.have.length(1);
    });

    const overrides: Array<[Record<string, string>, string, (el: StretchCard) => void]> = [
      [{ hold: '-5' }, 'hold="-5"', (el) => expect($(el, '[part="dose"]').textContent).to.contain('15–30 seconds')],
      [{ hold: 'abc' }, 'hold="abc"', (el) => expect($(el, '[part="dose"]').textContent).to.contain('15–30 seconds')],
      [{ reps: '0' }, 'reps="0"', (el) => expect($(el, '[part="dose"]').textContent).to.contain('2–3 times')],
      [{ sides: 'left' }, 'sides="left"', (el) => expect($(el, '[part="dose"]').textContent).to.contain('each side')],
      [{ rest: '1e9' }, 'rest="1e9"', (el) => expect(el.view!.dose.rest).to.equal(5)],
      [{ 'video-url': 'javascript:alert(1)' }, 'video-url="javascript:alert(1)"', (el) => expect($$(el, 'a')).to.have.length(0)],
    ];
    for (const [attrs, warning, check] of overrides) {
      it(`${warning}: falls back to the catalog default with one warning`, async () => {
        const { el, ours } = await mountWithWarnings(card({ stretch: 'knee-to-chest', ...attrs }));
        expect(ours, ours.join('\n')).to.have.length(1);
        expect(ours[0]).to.contain('<stretch-card>').and.contain(warning);
        check(el);
      });
    }

    const badCustom: Array<[string, unknown, string, boolean]> = [
      ['missing name', { steps: ['Do it.'] }, 'stretch.name is missing', false],
      ['missing steps', { name: 'X' }, 'stretch.steps must be a list', false],
      ['steps of the wrong type', { name: 'X', steps: [1, 2] }, 'stretch.steps must be a list', false],
      ['not an object', 42, 'stretch must be a catalog id or an object', true],
      ['a 3,600 s hold', { name: 'X', steps: ['Do it.'], hold: 3600 }, 'stretch.hold="3600"', true],
      ['a negative rest', { name: 'X', steps: ['Do it.'], rest: -3 }, 'stretch.rest="-3"', true],
      ['reps as text', { name: 'X', steps: ['Do it.'], reps: 'lots' }, 'stretch.reps="lots"', true],
    ];
    for (const [name, value, warning, showsSomething] of badCustom) {
      it(`a custom stretch with ${name}: one warning and a visible fallback`, async () => {
        const { el, ours } = await mountWithWarnings(() => {
          const element = document.createElement('stretch-card');
          element.stretch = value as never;
          return element;
        });
        expect(ours, ours.join('\n')).to.have.length(1);
        expect(ours[0]).to.contain(warning);
        if (showsSomething && typeof value === 'object') {
          expect($(el, '[part="name"]').textContent).to.equal('X');
        } else {
          expect(shadowText(el)).to.equal('This stretch is not available.');
        }
      });
    }

    it('broken JSON in the script child: one warning and the visible message', async () => {
      const { el, ours } = await mountWithWarnings(() => {
        const element = document.createElement('stretch-card');
        element.innerHTML = '<script type="application/json">{"name": "X", steps: [}</script>';
        return element;
      });
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('not valid JSON');
      expect(shadowText(el)).to.equal('This stretch is not available.');
    });
  });

  describe('theme and direction', () => {
    it('dark and right-to-left are accessible', async () => {
      const { el } = await mount(html`<stretch-card stretch="bird-dog" theme="dark"></stretch-card>`);
      await expect(el).to.be.accessible();
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><stretch-card stretch="knee-to-chest"></stretch-card></div>`);
      const rtl = wrapper.firstElementChild as StretchCard;
      await rtl.updateComplete;
      expect(getComputedStyle($(rtl, 'ol')).direction).to.equal('rtl');
      await expect(rtl).to.be.accessible();
    });
  });

  it('mounting and removing 1,000 cards leaves no timers, listeners or wake locks behind', async function () {
    this.timeout(120000);
    const added = new Map<string, number>();
    const count = (type: string, delta: number) => added.set(type, (added.get(type) ?? 0) + delta);
    const docAdd = sinon.spy(document, 'addEventListener');
    const docRemove = sinon.spy(document, 'removeEventListener');
    const winAdd = sinon.spy(window, 'addEventListener');
    const winRemove = sinon.spy(window, 'removeEventListener');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const cards: StretchCard[] = [];
    for (let i = 0; i < 1000; i++) {
      const el = document.createElement('stretch-card');
      el.setAttribute('stretch', STRETCH_IDS[i % STRETCH_IDS.length]);
      el.setAttribute('compact', '');
      el.setAttribute('sound', 'off');
      host.append(el);
      cards.push(el);
    }
    await Promise.all(cards.map((el) => el.updateComplete));
    const timers = cards.map((el) => el.shadowRoot!.querySelector('stretch-timer')!);
    await Promise.all(timers.map((t) => t.updateComplete));
    // Start a few so there is something to release.
    timers.slice(0, 50).forEach((t) => t.start());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(wakeLock.held).to.be.greaterThan(0);
    host.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const call of docAdd.getCalls()) count(`document:${call.args[0]}`, 1);
    for (const call of docRemove.getCalls()) count(`document:${call.args[0]}`, -1);
    for (const call of winAdd.getCalls()) count(`window:${call.args[0]}`, 1);
    for (const call of winRemove.getCalls()) count(`window:${call.args[0]}`, -1);
    expect(added.get('document:visibilitychange')).to.equal(0);
    expect(added.get('window:pageshow')).to.equal(0);
    expect(timers.filter((t) => t.hasPendingWork)).to.have.length(0);
    expect(wakeLock.held).to.equal(0);
  });
});
