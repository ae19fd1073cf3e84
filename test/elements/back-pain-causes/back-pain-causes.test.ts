import { expect, fixture, html, oneEvent, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/define.js';
import { BackPainCauses, CauseToggleEvent } from '../../../src/index.js';
import { defineElement } from '../../../src/internal/define.js';
import {
  causes,
  closingText,
  onsets,
  prevalenceFollowUp,
  soonSigns,
  urgentSigns,
  soonTitle,
  urgentTitle,
  causesTitle,
} from '../../../src/content/index.js';
import { $, $$, captureWarnings, shadowText, mountCountingWarnings } from '../../helpers.js';

async function causesFixture(template = html`<back-pain-causes></back-pain-causes>`) {
  const el = await fixture<BackPainCauses>(template);
  await el.updateComplete;
  return el;
}

describe('<back-pain-causes>', () => {
  afterEach(() => sinon.restore());

  describe('content', () => {
    it('renders every fact from the article and the safety text', async () => {
      const el = await causesFixture();
      const text = shadowText(el);
      expect(text).to.contain(causesTitle());
      expect(text).to.contain('More than 80% of people have back pain at least once in their lives.');
      expect(text).to.contain(prevalenceFollowUp());
      for (const onset of onsets) {
        expect(text).to.contain(onset.title());
        expect(text).to.contain(onset.text());
      }
      for (const cause of causes) {
        expect(text).to.contain(cause.name());
        for (const line of cause.explanation) expect(text).to.contain(line());
        if (cause.signs) expect(text).to.contain(cause.signs());
      }
      expect(text).to.contain(urgentTitle());
      for (const sign of urgentSigns) expect(text).to.contain(sign());
      expect(text).to.contain(soonTitle());
      for (const sign of soonSigns) expect(text).to.contain(sign());
      expect(text).to.contain(closingText());
      expect(text).to.contain('such as 911, 999 or 112');
    });

    it('shows the three causes as closed native disclosures, in the article order', async () => {
      const el = await causesFixture();
      const details = $$(el, 'details') as HTMLDetailsElement[];
      expect(details.map((d) => d.dataset.cause)).to.deep.equal(['strains-sprains', 'herniated-disc', 'sciatica']);
      expect(details.every((d) => !d.open)).to.equal(true);
      expect($$(el, 'summary')).to.have.length(3);
    });

    it('words a percentage figure and a count figure correctly', async () => {
      const count = await causesFixture(html`<back-pain-causes prevalence="8 in 10"></back-pain-causes>`);
      expect(shadowText(count)).to.contain('8 in 10 people have back pain at least once in their lives.');
      const percent = await causesFixture(html`<back-pain-causes prevalence="58–84%"></back-pain-causes>`);
      expect(shadowText(percent)).to.contain('58–84% of people have back pain');
    });

    it('lets a slot replace the prevalence sentence', async () => {
      const el = await causesFixture(html`<back-pain-causes><p slot="prevalence">Most of our patients</p></back-pain-causes>`);
      const slot = $(el, 'slot[name="prevalence"]') as HTMLSlotElement;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Most of our patients']);
    });

    it('names the emergency number when the clinic sets one', async () => {
      const el = await causesFixture(html`<back-pain-causes emergency-number="999"></back-pain-causes>`);
      expect(shadowText(el)).to.contain('Call 999 now if you have back pain with any of these:');
    });
  });

  describe('headings', () => {
    it('uses h2 and h3 by default', async () => {
      const el = await causesFixture();
      expect($(el, '.title').localName).to.equal('h2');
      expect($$(el, '.section-title').map((h) => h.localName)).to.deep.equal(['h3', 'h3', 'h3']);
    });

    it('follows heading-level, never past h6', async () => {
      const el = await causesFixture(html`<back-pain-causes heading-level="4"></back-pain-causes>`);
      expect($(el, '.title').localName).to.equal('h4');
      expect($(el, '.section-title').localName).to.equal('h5');
      el.headingLevel = 6;
      await el.updateComplete;
      expect($(el, '.title').localName).to.equal('h6');
      expect($(el, '.section-title').localName).to.equal('h6');
    });
  });

  describe('disclosures and the cause-toggle event', () => {
    it('opens a cause on click and fires cause-toggle with the cause and its state', async () => {
      const el = await causesFixture();
      const summary = $$(el, 'summary')[1];
      setTimeout(() => summary.click());
      const opened = (await oneEvent(el, 'cause-toggle')) as CauseToggleEvent;
      expect(opened).to.be.instanceOf(CauseToggleEvent);
      expect(opened.detail).to.deep.equal({ cause: 'herniated-disc', open: true });
      expect(opened.bubbles && opened.composed).to.equal(true);
      setTimeout(() => summary.click());
      const closed = (await oneEvent(el, 'cause-toggle')) as CauseToggleEvent;
      expect(closed.detail).to.deep.equal({ cause: 'herniated-disc', open: false });
    });

    it('opens and closes a cause from the keyboard (Enter and Space)', async () => {
      const el = await causesFixture();
      const events: CauseToggleEvent[] = [];
      el.addEventListener('cause-toggle', (e) => events.push(e));
      const details = $$(el, 'details')[0] as HTMLDetailsElement;
      $$(el, 'summary')[0].focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => details.open);
      await sendKeys({ press: ' ' });
      await waitFor(() => !details.open);
      await waitFor(() => events.length === 2);
      expect(events.map((e) => e.detail.open)).to.deep.equal([true, false]);
    });

    it('reaches every summary with Tab', async () => {
      const el = await causesFixture();
      $(el, '.expand-all').focus();
      for (const index of [0, 1, 2]) {
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal($$(el, 'summary')[index]);
      }
    });

    it('opens every cause with the expanded attribute, without firing events', async () => {
      const spy = sinon.spy();
      const el = await causesFixture(html`<back-pain-causes expanded @cause-toggle=${(event: Event) => spy(event)}></back-pain-causes>`);
      await nextTask();
      expect(($$(el, 'details') as HTMLDetailsElement[]).every((d) => d.open)).to.equal(true);
      el.expanded = false;
      await el.updateComplete;
      await nextTask();
      expect(($$(el, 'details') as HTMLDetailsElement[]).every((d) => !d.open)).to.equal(true);
      expect(spy.callCount).to.equal(0);
    });

    it('opens and closes all with the "Open all" button, one event per cause that changed', async () => {
      const el = await causesFixture();
      const events: CauseToggleEvent[] = [];
      el.addEventListener('cause-toggle', (e) => events.push(e));
      $$(el, 'summary')[0].click();
      await waitFor(() => events.length === 1);
      const button = $(el, '.expand-all');
      expect(button.textContent!.trim()).to.equal('Open all');
      button.click();
      await el.updateComplete;
      await nextTask();
      expect(events.map((e) => `${e.detail.cause}:${e.detail.open}`)).to.deep.equal([
        'strains-sprains:true',
        'herniated-disc:true',
        'sciatica:true',
      ]);
      expect(($$(el, 'details') as HTMLDetailsElement[]).every((d) => d.open)).to.equal(true);
      expect(button.textContent!.trim()).to.equal('Close all');
      button.click();
      await el.updateComplete;
      await nextTask();
      expect(events).to.have.length(6);
      expect(($$(el, 'details') as HTMLDetailsElement[]).every((d) => !d.open)).to.equal(true);
    });
  });

  describe('call to action', () => {
    it('shows the closing sentence without any link when no contact is given', async () => {
      const el = await causesFixture();
      expect($(el, '.cta').textContent).to.contain(closingText());
      expect($$(el, '.cta a')).to.have.length(0);
    });

    it('links to contact-href with contact-label', async () => {
      const el = await causesFixture(
        html`<back-pain-causes contact-href="/book" contact-label="Book a visit"></back-pain-causes>`
      );
      const link = $(el, '[part="cta-link"]') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('/book');
      expect(link.textContent!.trim()).to.equal('Book a visit');
    });

    it('uses the default label when only contact-href is given', async () => {
      const el = await causesFixture(html`<back-pain-causes contact-href="tel:+15550100"></back-pain-causes>`);
      expect($(el, '[part="cta-link"]').textContent!.trim()).to.equal('Contact our doctors');
    });

    it('shows a slotted call to action instead of the link', async () => {
      const el = await causesFixture(
        html`<back-pain-causes contact-href="/book"><a slot="cta" href="/mine">Our own button</a></back-pain-causes>`
      );
      const slot = $(el, 'slot[name="cta"]') as HTMLSlotElement;
      expect(slot.assignedElements()).to.have.length(1);
      expect(slot.assignedElements()[0].textContent).to.equal('Our own button');
    });
  });

  describe('bad input', () => {
    const cases: Array<{ name: string; attrs: Record<string, string>; warning: string; check: (el: BackPainCauses) => void }> = [
      {
        name: 'heading-level="9"',
        attrs: { 'heading-level': '9' },
        warning: 'heading-level="9" is not 2–6; using 2.',
        check: (el) => expect($(el, '.title').localName).to.equal('h2'),
      },
      {
        name: 'theme="purple"',
        attrs: { theme: 'purple' },
        warning: 'theme="purple" is not one of light, dark, auto',
        check: (el) => expect(getComputedStyle(el).colorScheme).to.equal('normal'),
      },
      {
        name: 'a javascript: contact-href',
        attrs: { 'contact-href': 'javascript:alert(1)', 'contact-label': 'Book' },
        warning: 'contact-href="javascript:alert(1)" is not an allowed URL',
        check: (el) => {
          expect($$(el, 'a')).to.have.length(0);
          expect(shadowText(el)).to.contain(closingText());
        },
      },
      {
        name: 'a data: contact-href',
        attrs: { 'contact-href': 'data:text/html,<b>x</b>' },
        warning: 'contact-href="data:text/html,<b>x</b>" is not an allowed URL',
        check: (el) => expect($$(el, 'a')).to.have.length(0),
      },
      {
        name: 'an empty contact-label',
        attrs: { 'contact-href': '/book', 'contact-label': '' },
        warning: 'contact-label="" is empty; using "Contact our doctors".',
        check: (el) => expect($(el, '[part="cta-link"]').textContent!.trim()).to.equal('Contact our doctors'),
      },
      {
        name: 'an empty prevalence',
        attrs: { prevalence: ' ' },
        warning: 'prevalence=" " is empty; using the default.',
        check: (el) => expect(shadowText(el)).to.contain('More than 80% of people'),
      },
      {
        name: 'a non-numeric emergency-number',
        attrs: { 'emergency-number': 'call me' },
        warning: 'emergency-number="call me" is not 2–6 digits',
        check: (el) => expect(shadowText(el)).to.contain('such as 911, 999 or 112'),
      },
    ];

    for (const { name, attrs, warning, check } of cases) {
      it(`${name}: one warning naming it, a visible fallback, nothing thrown`, async () => {
        const created = document.createElement('back-pain-causes');
        for (const [key, value] of Object.entries(attrs)) created.setAttribute(key, value);
        const { el, warnings: ours } = await mountCountingWarnings(created);
        expect(ours, ours.join('\n')).to.have.length(1);
        expect(ours[0]).to.contain('<back-pain-causes>').and.contain(warning);
        check(el);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('defined twice', () => {
    it('tolerates a second define call and a second import without errors or warnings', async () => {
      const warnings = captureWarnings();
      defineElement('back-pain-causes', BackPainCauses);
      defineElement('back-pain-causes', class extends BackPainCauses {});
      await import('../../../src/elements/back-pain-causes/define.js');
      expect(customElements.get('back-pain-causes')).to.equal(BackPainCauses);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('theme and direction', () => {
    it('switches colours with theme="dark"', async () => {
      const light = await causesFixture(html`<back-pain-causes theme="light"></back-pain-causes>`);
      const dark = await causesFixture(html`<back-pain-causes theme="dark"></back-pain-causes>`);
      const surface = (el: Element) => getComputedStyle($(el, '.base')).backgroundColor;
      expect(getComputedStyle(dark).colorScheme).to.equal('dark');
      expect(surface(light)).to.equal('rgb(255, 255, 255)');
      expect(surface(dark)).to.equal('rgb(23, 32, 34)');
    });

    it('takes custom properties from the host page', async () => {
      const el = await causesFixture(
        html`<back-pain-causes style="--backcare-color-accent: rgb(200, 0, 100); --backcare-font-size: 20px" contact-href="/x"></back-pain-causes>`
      );
      expect(getComputedStyle($(el, '[part="cta-link"]')).backgroundColor).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(el).fontSize).to.equal('20px');
    });

    it('sizes from the host font in em, ignoring a 62.5% root font size', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const el = await causesFixture(html`<div style="font-size: 16px"><back-pain-causes></back-pain-causes></div>`);
        const inner = el.querySelector('back-pain-causes')!;
        await (inner as BackPainCauses).updateComplete;
        expect(parseFloat(getComputedStyle($(inner, '.title')).fontSize)).to.equal(24);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('lays out right to left under dir="rtl"', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><back-pain-causes></back-pain-causes></div>`);
      const el = wrapper.querySelector('back-pain-causes')!;
      await el.updateComplete;
      const prevalence = getComputedStyle($(el, '.prevalence'));
      expect(prevalence.direction).to.equal('rtl');
      expect(prevalence.borderRightWidth).not.to.equal('0px');
      expect(prevalence.borderLeftWidth).to.equal('0px');
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    const states = {
      default: html`<back-pain-causes></back-pain-causes>`,
      expanded: html`<back-pain-causes expanded></back-pain-causes>`,
      'with a contact link': html`<back-pain-causes contact-href="/book" contact-label="Book a visit"></back-pain-causes>`,
      'with a slotted CTA': html`<back-pain-causes><a slot="cta" href="/mine">Book now</a></back-pain-causes>`,
      dark: html`<back-pain-causes theme="dark" expanded contact-href="/book"></back-pain-causes>`,
      'heading level 4': html`<back-pain-causes heading-level="4"></back-pain-causes>`,
    };
    for (const [name, template] of Object.entries(states)) {
      it(`is accessible: ${name}`, async () => {
        const el = await causesFixture(template);
        await expect(el).to.be.accessible();
      });
    }

    it('has no contrast failures in the dark theme on a dark page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="background:#000;color:#fff;padding:1em"><back-pain-causes theme="dark" expanded contact-href="/b"></back-pain-causes></div>`
      );
      const el = wrapper.querySelector('back-pain-causes')!;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  it('re-renders when a property changes', async () => {
    const el = await causesFixture();
    el.prevalence = '9 in 10';
    await elementUpdated(el);
    expect(shadowText(el)).to.contain('9 in 10 people');
  });
});

function nextTask() {
  return new Promise((resolve) => setTimeout(resolve));
}

async function waitFor(predicate: () => boolean, timeout = 2000) {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error('Timed out waiting for condition');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
