import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { StretchCard, StretchTimer } from '../../src/index.js';
import { STRETCH_IDS } from '../../src/index.js';
import { illustrationAlt } from '../../src/illustrations/index.js';
import { $, $$, captureWarnings, installFakeWakeLock, watchPageErrors, fakeClock } from '../helpers.js';

const PICTURE_URL = new URL('./fixtures/custom-picture.svg', import.meta.url).pathname;
/** Loads, but is not an image: the <img> fires `error` as for a missing file. */
const NOT_A_PICTURE_URL = new URL('./fixtures/not-a-picture.txt', import.meta.url).pathname;

async function mount(template: ReturnType<typeof html>) {
  const el = await fixture<StretchCard>(template);
  await el.updateComplete;
  const timer = el.shadowRoot!.querySelector('stretch-timer') as StretchTimer;
  await timer.updateComplete;
  return { el, timer };
}

/** What the card's picture shows now: "pose:side:loop|still", plus its name and caption. */
function shown(el: StretchCard) {
  const svg = el.shadowRoot!.querySelector<SVGSVGElement>('[part="picture"] svg[part="illustration"]')!;
  return {
    state: `${svg.dataset.pose}:${svg.dataset.side}:${svg.classList.contains('animate') ? 'loop' : 'still'}`,
    label: svg.getAttribute('aria-label'),
    caption: $(el, '[part="picture-caption"]').textContent!.trim(),
  };
}

const custom = {
  id: 'wall-angel',
  name: 'Wall angel',
  steps: ['Stand with your back against a wall.', 'Slide your arms up the wall.'],
  hold: 5,
};

describe('<stretch-card> picture', () => {
  let wakeLock: ReturnType<typeof installFakeWakeLock>;
  beforeEach(() => (wakeLock = installFakeWakeLock()));
  afterEach(() => {
    wakeLock.restore();
    sinon.restore();
  });

  for (const id of STRETCH_IDS) {
    it(`${id}: shows its start position for the first side before the timer starts, and is accessible`, async () => {
      const { el } = await mount(html`<stretch-card stretch=${id}></stretch-card>`);
      const side = id === 'kneeling-back-extension' ? 'none' : 'right';
      const now = shown(el);
      expect(now.state).to.equal(`start:${side}:still`);
      expect(now.label).to.equal(illustrationAlt(id, 'start', 'right'));
      expect(now.caption).to.equal(side === 'none' ? 'Start position' : 'Right side · Start position');
      expect($$(el, '[part="picture"] .placeholder')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }

  it('follows every phase of the timer: start for get ready, switch sides and rest, end for holds, the side timed', async () => {
    const { el, timer } = await mount(html`<stretch-card stretch="knee-to-chest" sound="off" vibrate="off"></stretch-card>`);
    const clock = fakeClock();
    try {
      const seen: string[] = [];
      timer.start();
      await el.updateComplete;
      seen.push(`${timer.phase.kind}=${shown(el).state}`);
      while (timer.status !== 'done') {
        timer.next();
        await el.updateComplete;
        seen.push(`${timer.phase.kind}=${shown(el).state}`);
      }
      expect(seen).to.deep.equal([
        'get-ready=start:right:loop',
        'hold=end:right:still',
        'switch-sides=start:left:loop',
        'hold=end:left:still',
        'rest=start:right:loop',
        'hold=end:right:still',
        'switch-sides=start:left:loop',
        'hold=end:left:still',
        'done=end:left:still',
      ]);
    } finally {
      clock.restore();
    }
  });

  it('changes with the clock, and the alt text and caption name the side held', async () => {
    const { el, timer } = await mount(html`<stretch-card stretch="knee-to-chest" sound="off" vibrate="off"></stretch-card>`);
    const clock = fakeClock();
    try {
      ($(timer, '[part="start-button"]') as HTMLButtonElement).click();
      await clock.tickAsync(3000);
      await el.updateComplete;
      expect(shown(el)).to.deep.equal({
        state: 'end:right:still',
        label: 'Lying on your back, right knee pulled toward your chest',
        caption: 'Right side · End position',
      });
      await clock.tickAsync(30000 + 3000);
      await el.updateComplete;
      expect(shown(el)).to.deep.equal({
        state: 'end:left:still',
        label: 'Lying on your back, left knee pulled toward your chest',
        caption: 'Left side · End position',
      });
      // The left side is the right side's drawing, mirrored.
      expect($(el, '.scene').getAttribute('transform')).to.equal('matrix(-1 0 0 1 160 0)');
    } finally {
      clock.restore();
    }
  });

  it('no loop while paused; Reset goes back to the start position', async () => {
    const { el, timer } = await mount(html`<stretch-card stretch="bird-dog" sound="off" vibrate="off"></stretch-card>`);
    const clock = fakeClock();
    try {
      const start = $(timer, '[part="start-button"]') as HTMLButtonElement;
      start.click();
      await el.updateComplete;
      expect(shown(el).state).to.equal('start:right:loop');
      start.click(); // Pause
      await el.updateComplete;
      expect(timer.status).to.equal('paused');
      expect(shown(el).state).to.equal('start:right:still');
      start.click(); // Resume
      await el.updateComplete;
      expect(shown(el).state).to.equal('start:right:loop');
      await clock.tickAsync(3000 + 5000 + 3000);
      await el.updateComplete;
      expect(shown(el).state).to.equal('end:left:still');
      await timer.updateComplete;
      ($(timer, '[part="reset-button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(timer.status).to.equal('idle');
      expect(shown(el).state).to.equal('start:right:still');
    } finally {
      clock.restore();
    }
  });

  it('a new dose puts the timer and the picture back to the start', async () => {
    const { el, timer } = await mount(html`<stretch-card stretch="bird-dog" sound="off" vibrate="off"></stretch-card>`);
    timer.start();
    timer.next();
    await el.updateComplete;
    expect(shown(el).state).to.equal('end:right:still');
    el.hold = '8';
    await el.updateComplete;
    await timer.updateComplete;
    expect(timer.status).to.equal('idle');
    expect(shown(el).state).to.equal('start:right:still');
  });

  it('sides="none" on a one-sided stretch: the right side is drawn and named', async () => {
    const { el, timer } = await mount(html`<stretch-card stretch="knee-to-chest" sides="none"></stretch-card>`);
    timer.start();
    timer.next();
    await el.updateComplete;
    expect(shown(el).state).to.equal('end:right:still');
    expect(shown(el).caption).to.equal('Right side · End position');
    timer.reset();
  });

  it('with prefers-reduced-motion: reduce, a still picture while the timer runs', async function () {
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      this.skip();
    }
    try {
      const { el, timer } = await mount(html`<stretch-card stretch="head-rolls" sound="off" vibrate="off"></stretch-card>`);
      timer.start();
      await el.updateComplete;
      const svg = $(el, 'svg[part="illustration"]');
      expect(getComputedStyle(svg.querySelector('.pose.alt')!).display).to.equal('none');
      expect(getComputedStyle(svg.querySelector('.pose.main')!).animationName).to.equal('none');
      timer.reset();
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('accessible while the loop runs, in the dark theme and right to left', async () => {
    const { el, timer } = await mount(html`<stretch-card stretch="bird-dog" theme="dark" sound="off" vibrate="off"></stretch-card>`);
    timer.start();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    timer.reset();
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><stretch-card stretch="knee-to-chest"></stretch-card></div>`);
    const rtl = wrapper.firstElementChild as StretchCard;
    await rtl.updateComplete;
    // Pictures are not flipped for right-to-left text: the side drawn is the side named.
    expect(shown(rtl).state).to.equal('start:right:still');
    expect($(rtl, '.scene').hasAttribute('transform')).to.equal(false);
    await expect(rtl).to.be.accessible();
  });

  describe('custom stretches', () => {
    it('an image URL with its own alt text', async () => {
      const { el } = await mount(html`<stretch-card .stretch=${{ ...custom, image: PICTURE_URL, imageAlt: 'Standing against a wall, arms raised' }}></stretch-card>`);
      const img = $(el, '[part="picture"] img[part="image"]') as HTMLImageElement;
      expect(img.getAttribute('src')).to.equal(PICTURE_URL);
      expect(img.alt).to.equal('Standing against a wall, arms raised');
      await img.decode();
      expect(img.naturalWidth).to.be.greaterThan(0);
      expect($$(el, 'svg[part="illustration"], [part="picture-caption"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('an image without alt text is named by the stretch', async () => {
      const { el } = await mount(html`<stretch-card .stretch=${{ ...custom, image: PICTURE_URL }}></stretch-card>`);
      expect(($(el, 'img[part="image"]') as HTMLImageElement).alt).to.equal('Wall angel');
    });

    it('an image that does not load: the placeholder, never a broken image', async () => {
      const { el } = await mount(html`<stretch-card .stretch=${{ ...custom, image: NOT_A_PICTURE_URL }}></stretch-card>`);
      const img = $(el, 'img[part="image"]');
      await new Promise((resolve) => img.addEventListener('error', resolve, { once: true }));
      await el.updateComplete;
      expect($$(el, 'img')).to.have.length(0);
      expect($(el, '[part="picture"] .placeholder').textContent).to.contain('Wall angel');
      await expect(el).to.be.accessible();
    });

    for (const bad of ['javascript:alert(1)', 'JaVa\tScRiPt:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'mailto:x@example.com']) {
      it(`a refused image URL (${bad.slice(0, 16)}…): one warning naming the field and value, and the placeholder`, async () => {
        const warnings = captureWarnings();
        const errors = watchPageErrors();
        const { el } = await mount(html`<stretch-card .stretch=${{ ...custom, image: bad, imageAlt: 'x' }}></stretch-card>`);
        errors.stop();
        const ours = warnings.messages.filter((m) => m.includes('[backcare-elements]'));
        warnings.stub.restore();
        expect(errors.errors).to.deep.equal([]);
        expect(ours, ours.join('\n')).to.have.length(1);
        expect(ours[0]).to.contain('<stretch-card>').and.contain(`stretch.image="${bad}"`);
        expect($$(el, 'img')).to.have.length(0);
        expect($(el, '[part="picture"] .placeholder').textContent).to.contain('Wall angel');
      });
    }

    it('from a JSON script child, too', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('stretch-card');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ ...custom, image: PICTURE_URL, imageAlt: 'Arms up the wall' });
      el.append(script);
      host.append(el);
      await el.updateComplete;
      expect(($(el, 'img[part="image"]') as HTMLImageElement).alt).to.equal('Arms up the wall');
    });

    it('without a picture: a neutral labelled placeholder', async () => {
      const { el } = await mount(html`<stretch-card .stretch=${custom}></stretch-card>`);
      const picture = $(el, '[part="picture"]');
      expect(picture.getAttribute('aria-label')).to.equal('Picture of Wall angel');
      expect($(el, '.placeholder').textContent!.trim()).to.equal('Wall angel');
      expect($(el, '.placeholder svg').getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('a slotted <img> replaces the picture and its caption', async () => {
      const { el } = await mount(html`<stretch-card stretch="bird-dog"
        ><img slot="picture" src=${PICTURE_URL} alt="Our physio showing the bird dog"
      /></stretch-card>`);
      await el.updateComplete;
      const slot = $(el, 'slot[name="picture"]') as HTMLSlotElement;
      expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['img']);
      expect($$(el, '[part="picture-caption"]')).to.have.length(0);
      expect(el.querySelector('img')!.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('a slotted <svg> works for a custom stretch', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card .stretch=${custom}
        ><svg slot="picture" role="img" aria-label="Standing against a wall" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"></circle></svg
      ></stretch-card>`);
      await el.updateComplete;
      expect(($(el, 'slot[name="picture"]') as HTMLSlotElement).assignedElements()[0].localName).to.equal('svg');
      await expect(el).to.be.accessible();
    });
  });
});
