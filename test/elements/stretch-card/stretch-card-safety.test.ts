import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/define.js';
import { STRETCH_IDS, stretches, type StretchCard } from './card-test-exports.js';
import { ALL_LOCALES, preloadLocale, setupLocalization, TARGET_LOCALES } from '../../../src/localization/index.js';
import { stopLine, disclaimer, urgentSigns } from '../../../src/content/safety.js';
import { templates as es } from '../../../src/localization/generated/es.js';
import { templates as zhHans } from '../../../src/localization/generated/zh-Hans.js';
import { templates as vi } from '../../../src/localization/generated/vi.js';
import { templates as tl } from '../../../src/localization/generated/tl.js';
import { templates as ar } from '../../../src/localization/generated/ar.js';
import { templates as fr } from '../../../src/localization/generated/fr.js';
import { templates as de } from '../../../src/localization/generated/de.js';
import { templates as pl } from '../../../src/localization/generated/pl.js';
import { $, captureWarnings, installFakeWakeLock } from '../../helpers.js';

const l10n = setupLocalization({ followHtmlLang: false });
const TRANSLATED: Record<string, Record<string, unknown>> = { es, 'zh-Hans': zhHans, vi, tl, ar, fr, de, pl };

/** The text a locale shows for a message id: the generated translation, or the English source. */
function expected(locale: string, id: string, english: string): string {
  return locale === 'en' ? english : String(TRANSLATED[locale][id]);
}

async function mount(template: ReturnType<typeof html>) {
  const el = await fixture<StretchCard>(template);
  await el.updateComplete;
  await (el.shadowRoot!.querySelector('stretch-timer') as HTMLElement & { updateComplete: Promise<unknown> } | null)?.updateComplete;
  return el;
}

/** True when `a` comes before `b` in document order (both in the card's shadow root). */
const precedes = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('<stretch-card>: safety before Start', () => {
  let wakeLock: ReturnType<typeof installFakeWakeLock>;
  before(() => Promise.all(TARGET_LOCALES.map((locale) => preloadLocale(locale))));
  beforeEach(() => (wakeLock = installFakeWakeLock()));
  afterEach(async () => {
    wakeLock.restore();
    sinon.restore();
    await l10n.setLocale('en');
  });

  for (const locale of ALL_LOCALES) {
    for (const compact of [false, true]) {
      it(`${locale}, ${compact ? 'compact' : 'full'}: the stop line and the disclosure come before Start, in the locale`, async () => {
        await l10n.setLocale(locale);
        const el = await mount(html`<stretch-card stretch="knee-to-chest" ?compact=${compact}></stretch-card>`);
        const line = $(el, '[part="stop-line"]');
        expect(line.textContent!.trim()).to.equal(expected(locale, 'safety.stop-line', 'Stop if your pain gets worse or feels sharp.'));
        if (locale !== 'en') expect(line.textContent!.trim()).not.to.equal('Stop if your pain gets worse or feels sharp.');
        const details = $(el, '[part="safety-details"]') as HTMLDetailsElement;
        expect(details.localName).to.equal('details');
        expect($(el, '[part="safety-summary"]').textContent!.trim()).to.equal(
          expected(locale, 'safety.disclaimer.title', 'Before you start')
        );
        const timer = $(el, 'stretch-timer');
        expect(precedes(line, timer), 'line before the timer').to.equal(true);
        expect(precedes(details, timer), 'disclosure before the timer').to.equal(true);
        expect(timer.shadowRoot!.querySelector('[part="start-button"]'), 'the Start button is in the timer').to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('the disclosure holds the disclaimer and the urgent-care signs, and opens and closes by keyboard', async () => {
    const el = await mount(html`<stretch-card stretch="bird-dog"></stretch-card>`);
    const details = $(el, '[part="safety-details"]') as HTMLDetailsElement;
    const text = details.textContent!;
    for (const line of disclaimer) expect(text).to.contain(line());
    for (const sign of urgentSigns) expect(text).to.contain(sign());
    expect(details.querySelector('[part="urgent"]')).to.not.equal(null);
    expect(details.querySelector('[part="see-doctor"]')).to.not.equal(null);
    expect(details.open).to.equal(false);
    await expect(el).to.be.accessible();

    const summary = $(el, '[part="safety-summary"]');
    summary.focus();
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(details.open, 'Enter opens').to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: ' ' });
    expect(details.open, 'Space closes').to.equal(false);
  });

  it('full: the cautions stay in "Take care", outside the disclosure; compact: they move inside it', async () => {
    const entry = stretches['head-rolls'];
    const full = await mount(html`<stretch-card stretch="head-rolls"></stretch-card>`);
    const fullCare = $(full, '.info [part="cautions"]');
    for (const caution of entry.cautions) expect(fullCare.textContent).to.contain(caution());
    expect($(full, '[part="safety-details"]').querySelector('[part="cautions"]')).to.equal(null);

    const compact = await mount(html`<stretch-card stretch="head-rolls" compact></stretch-card>`);
    expect(compact.shadowRoot!.querySelector('.info')).to.equal(null);
    const details = $(compact, '[part="safety-details"]') as HTMLDetailsElement;
    for (const caution of entry.cautions) expect(details.querySelector('[part="cautions"]')!.textContent).to.contain(caution());
    details.open = true;
    await compact.updateComplete;
    await expect(compact).to.be.accessible();
  });

  it('names the clinic\'s emergency number in the disclosure', async () => {
    const el = await mount(html`<stretch-card stretch="bird-dog" emergency-number="999"></stretch-card>`);
    expect($(el, '[part="urgent"]').textContent).to.contain('Call 999 now');
  });

  it('every catalog stretch has the line, full and compact, in dark and right-to-left too', async () => {
    for (const id of STRETCH_IDS) {
      const el = await mount(html`<stretch-card stretch=${id} theme="dark" dir="rtl" compact></stretch-card>`);
      expect($(el, '[part="stop-line"]').textContent!.trim()).to.equal(stopLine());
      ($(el, '[part="safety-details"]') as HTMLDetailsElement).open = true;
      await expect(el).to.be.accessible();
    }
  });
});

describe('<stretch-card>: unusual doses', () => {
  let wakeLock: ReturnType<typeof installFakeWakeLock>;
  beforeEach(() => (wakeLock = installFakeWakeLock()));
  afterEach(() => {
    wakeLock.restore();
    sinon.restore();
  });

  const ours = (messages: string[]) => messages.filter((m) => m.includes('[backcare-elements]'));

  it('warns once, naming the attribute, the value and the catalog range, and uses the value', async () => {
    const warnings = captureWarnings();
    // knee-to-chest holds 15–30 s: 90 is more than twice that (and under the 120 s ceiling).
    const el = await mount(html`<stretch-card stretch="knee-to-chest" hold="90"></stretch-card>`);
    el.requestUpdate();
    await el.updateComplete;
    const messages = ours(warnings.messages);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('<stretch-card>').and.contain('hold="90"').and.contain('15-30 s').and.contain('more than twice');
    expect(($(el, 'stretch-timer') as HTMLElement & { hold: string }).getAttribute('hold')).to.equal('90-90');
  });

  it('above the usual maxima (120 s hold, 30 reps, 300 s rest): one warning each', async () => {
    const warnings = captureWarnings();
    await mount(html`<stretch-card stretch="bird-dog" hold="150" reps="40" rest="400"></stretch-card>`);
    const messages = ours(warnings.messages);
    expect(messages).to.have.length(3);
    expect(messages.find((m) => m.includes('hold="150"'))).to.contain('above the usual maximum of 120 s').and.contain('5 s');
    expect(messages.find((m) => m.includes('reps="40"'))).to.contain('above the usual maximum of 30').and.contain('5-6');
    expect(messages.find((m) => m.includes('rest="400"'))).to.contain('above the usual maximum of 300 s');
  });

  it('usual values, and values within twice the range, do not warn', async () => {
    const warnings = captureWarnings();
    await mount(html`<stretch-card stretch="knee-to-chest" hold="20-60" reps="6" rest="10"></stretch-card>`);
    expect(ours(warnings.messages)).to.deep.equal([]);
  });

  it('beyond the hard limits: the existing fallback, one warning, no unusual-dose warning on top', async () => {
    const warnings = captureWarnings();
    const el = await mount(html`<stretch-card stretch="knee-to-chest" hold="700"></stretch-card>`);
    const messages = ours(warnings.messages);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('hold="700"').and.contain('from 1 to 600');
    expect(el.view!.dose.hold).to.deep.equal({ min: 15, max: 30 });
  });

  it('a timer on its own warns above the usual maxima; inside a card only the card warns', async () => {
    const warnings = captureWarnings();
    await fixture(html`<stretch-timer hold="200" reps="3"></stretch-timer>`);
    let messages = ours(warnings.messages);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('<stretch-timer>').and.contain('hold="200"').and.contain('no catalog range');
    warnings.stub.resetHistory();
    await mount(html`<stretch-card stretch="head-rolls" hold="200"></stretch-card>`);
    messages = ours(warnings.messages);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('<stretch-card>');
  });
});
