import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/define.js';
import type { BackPainGuide } from '../../../src/index.js';
import { GUIDE_SECTIONS } from '../../../src/elements/back-pain-guide/back-pain-guide.js';
import { disclaimer, urgentSigns } from '../../../src/content/safety.js';
import { deepElements, settle } from '../../localization/l10n-helpers.js';
import { $, $$, captureWarnings } from '../../helpers.js';

async function mount(template: ReturnType<typeof html>) {
  const el = await fixture<BackPainGuide>(template);
  await settle(el);
  return el;
}

/** Every non-empty combination of the guide's sections, in the guide's order. */
function combinations(): string[][] {
  const all: string[][] = [];
  for (let mask = 1; mask < 1 << GUIDE_SECTIONS.length; mask++) {
    all.push(GUIDE_SECTIONS.filter((_, index) => mask & (1 << index)));
  }
  return all;
}

/** Not inside a closed <details> (in its own shadow root): a reader meets it without opening anything. */
const shownWithoutOpening = (el: Element) => !el.closest('details:not([open])');

/** The guide's elements in reading order, through the shadow roots. */
function readingOrder(guide: Element): Element[] {
  return deepElements(guide);
}

const isStartButton = (el: Element) =>
  el.matches('[part="start-button"]') || (el.localName === 'button' && el.closest('.routine-entry') !== null);

describe('<back-pain-guide>: safety before the first Start', () => {
  afterEach(() => sinon.restore());

  for (const sections of combinations()) {
    const hasStart = sections.includes('stretches') || sections.includes('routine');
    it(`sections="${sections.join(' ')}": ${hasStart ? 'urgent-care signs and disclaimer before the first Start' : 'no Start button'}`, async () => {
      const el = await mount(html`<back-pain-guide sections=${sections.join(' ')} contact-href="/book"></back-pain-guide>`);
      const order = readingOrder(el);
      const firstStart = order.findIndex(isStartButton);
      if (!hasStart) {
        expect(firstStart).to.equal(-1);
        expect($$(el, '[part="safety"]')).to.have.length(0);
        return;
      }
      expect(firstStart, 'a Start button').to.be.greaterThan(-1);
      const urgent = order.findIndex((node) => node.matches('[part="urgent"]') && shownWithoutOpening(node));
      const disclaimerList = order.findIndex((node) => node.matches('[part="disclaimer"]') && shownWithoutOpening(node));
      expect(urgent, 'visible urgent-care signs').to.be.greaterThan(-1);
      expect(disclaimerList, 'visible disclaimer').to.be.greaterThan(-1);
      expect(urgent, 'urgent-care signs before the first Start').to.be.lessThan(firstStart);
      expect(disclaimerList, 'disclaimer before the first Start').to.be.lessThan(firstStart);
      const urgentText = order[urgent].textContent!;
      for (const sign of urgentSigns) expect(urgentText).to.contain(sign());
      const disclaimerText = order[disclaimerList].textContent!;
      for (const line of disclaimer) expect(disclaimerText).to.contain(line());
      // The signs are shown once: by the causes section when it is there, else by the safety section.
      const visibleUrgent = order.filter((node) => node.matches('[part="urgent"]') && shownWithoutOpening(node));
      expect(visibleUrgent, 'urgent-care signs shown once').to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  it('the safety section sits right before the stretches (or the routine when the stretches are not shown)', async () => {
    const full = await mount(html`<back-pain-guide></back-pain-guide>`);
    const parts = [...full.shadowRoot!.querySelector('article')!.children].map((child) => child.getAttribute('part') ?? child.localName);
    expect(parts).to.deep.equal(['header', 'causes', 'why-move', 'safety', 'section', 'routine-entry', 'contact']);
    const routineOnly = await mount(html`<back-pain-guide sections="routine contact"></back-pain-guide>`);
    const routineParts = [...routineOnly.shadowRoot!.querySelector('article')!.children].map((child) => child.getAttribute('part') ?? child.localName);
    expect(routineParts).to.deep.equal(['header', 'safety', 'routine-entry', 'contact']);
  });

  it('passes emergency-number to the cards and the safety section', async () => {
    const el = await mount(html`<back-pain-guide sections="stretches" emergency-number="999"></back-pain-guide>`);
    expect($(el, '[part="urgent"]').textContent).to.contain('Call 999 now');
    for (const card of $$(el, 'stretch-card')) expect(card.getAttribute('emergency-number')).to.equal('999');
  });

  it('video-url reaches the kneeling back extension card (the stretch whose article text has the video) and the routine', async () => {
    const url = 'https://videos.example.com/kneeling-back-extension';
    const el = await mount(html`<back-pain-guide video-url=${url}></back-pain-guide>`);
    const cards = $$(el, 'stretch-card');
    const withVideo = cards.filter((card) => card.hasAttribute('video-url')).map((card) => card.getAttribute('stretch'));
    expect(withVideo).to.deep.equal(['kneeling-back-extension']);
    const card = cards.find((c) => c.getAttribute('stretch') === 'kneeling-back-extension')!;
    expect((card.shadowRoot!.querySelector('[part="video-link"]') as HTMLAnchorElement).href).to.equal(url);
    $(el, '.routine-entry button').click();
    await settle(el);
    expect($(el, 'stretch-routine').getAttribute('video-url')).to.equal(url);
  });

  it('a javascript: video-url: one warning, no link anywhere', async () => {
    const warnings = captureWarnings();
    const el = await mount(html`<back-pain-guide video-url="javascript:alert(1)"></back-pain-guide>`);
    const ours = warnings.messages.filter((m) => m.includes('<back-pain-guide>') && m.includes('video-url'));
    expect(ours).to.have.length(1);
    for (const card of $$(el, 'stretch-card')) expect(card.hasAttribute('video-url')).to.equal(false);
  });
});
