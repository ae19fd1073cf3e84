import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/define.js';
import type { BackPainGuide } from '../../../src/index.js';
import { closingText, guideTitle, whyMove, stretches, STRETCH_IDS } from '../../../src/content/index.js';
import { $, $$, captureWarnings, shadowText } from '../../helpers.js';

async function mount(template = html`<back-pain-guide contact-href="/book" contact-label="Book a visit"></back-pain-guide>`) {
  const el = await fixture<BackPainGuide>(template);
  await el.updateComplete;
  await Promise.all([...el.shadowRoot!.querySelectorAll('*')].map((child) => (child as { updateComplete?: Promise<unknown> }).updateComplete));
  return el;
}

describe('<back-pain-guide>', () => {
  afterEach(() => sinon.restore());

  it('shows the whole article in its order: opening, causes, why moving helps, the stretches, the routine, the contact', async () => {
    const el = await mount();
    const order = [...el.shadowRoot!.querySelector('article')!.children].map(
      (child) => child.getAttribute('part') ?? child.localName
    );
    expect(order).to.deep.equal(['header', 'causes', 'why-move', 'safety', 'section', 'routine-entry', 'contact']);
    expect(shadowText(el)).to.contain(guideTitle());
    for (const line of whyMove) expect(shadowText(el)).to.contain(line());
    const cards = $$(el, 'stretch-card');
    expect(cards.map((card) => card.getAttribute('stretch'))).to.deep.equal([...STRETCH_IDS]);
    expect(cards[0].shadowRoot!.textContent).to.contain(stretches['head-rolls'].name());
    expect($(el, '[part="contact"]').textContent).to.contain(closingText());
    expect(($(el, '[part="cta-link"]') as HTMLAnchorElement).getAttribute('href')).to.equal('/book');
  });

  it('reuses <back-pain-causes> (without its own closing call to action) and nests headings under its level', async () => {
    const el = await mount(html`<back-pain-guide heading-level="3"></back-pain-guide>`);
    const causes = $(el, 'back-pain-causes');
    expect(causes.hasAttribute('hide-cta')).to.equal(true);
    expect(causes.shadowRoot!.querySelector('[part="cta"]')).to.equal(null);
    expect($(el, '.title').localName).to.equal('h3');
    expect(causes.shadowRoot!.querySelector('.title')!.localName).to.equal('h4');
    expect($(el, 'stretch-card').shadowRoot!.querySelector('[part="name"]')!.localName).to.equal('h5');
  });

  it('opens the routine from "Do the whole routine" with the guide\'s stretches and contact', async () => {
    const el = await mount(html`<back-pain-guide stretches="knee-to-chest bird-dog" contact-href="/book"></back-pain-guide>`);
    expect($$(el, 'stretch-routine')).to.have.length(0);
    $(el, '.routine-entry button').click();
    await el.updateComplete;
    const routine = $(el, 'stretch-routine') as HTMLElement & { updateComplete: Promise<unknown>; stretchViews: Array<{ id: string }> };
    await routine.updateComplete;
    expect(routine.stretchViews.map((v) => v.id)).to.deep.equal(['knee-to-chest', 'bird-dog']);
    expect(routine.getAttribute('contact-href')).to.equal('/book');
    expect($$(el, 'stretch-card').map((c) => c.getAttribute('stretch'))).to.deep.equal(['knee-to-chest', 'bird-dog']);
    await expect(el).to.be.accessible();
  });

  it('shows only the chosen sections', async () => {
    const el = await mount(html`<back-pain-guide sections="why-move contact"></back-pain-guide>`);
    expect($$(el, 'back-pain-causes')).to.have.length(0);
    expect($$(el, 'stretch-card')).to.have.length(0);
    expect($$(el, '[part="why-move"]')).to.have.length(1);
    expect($$(el, '[part="contact"]')).to.have.length(1);
  });

  it('bad sections and stretches: one warning each, sensible fallbacks', async () => {
    const warnings = captureWarnings();
    const el = await mount(html`<back-pain-guide sections="nonsense" stretches="bird-dog neck-crack"></back-pain-guide>`);
    const ours = warnings.messages.filter((m) => m.includes('[backcare-elements]'));
    expect(ours.some((m) => m.includes('sections="nonsense"') && m.includes('Showing all'))).to.equal(true);
    expect(ours.some((m) => m.includes('"neck-crack"'))).to.equal(true);
    expect($$(el, 'stretch-card').map((c) => c.getAttribute('stretch'))).to.deep.equal(['bird-dog']);
    expect($$(el, 'back-pain-causes')).to.have.length(1);
  });

  it('is accessible, in light and dark', async () => {
    await expect(await mount()).to.be.accessible();
    await expect(await mount(html`<back-pain-guide theme="dark"></back-pain-guide>`)).to.be.accessible();
  });

  it('reads well from 320 px to 1280 px: nothing overflows', async () => {
    for (const width of [320, 1280]) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"><back-pain-guide></back-pain-guide></div>`);
      const el = wrapper.firstElementChild as BackPainGuide;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.scrollWidth, `width ${width}`).to.be.at.most(width);
      for (const card of $$(el, 'stretch-card')) expect(card.getBoundingClientRect().width).to.be.at.most(width);
    }
  });
});
