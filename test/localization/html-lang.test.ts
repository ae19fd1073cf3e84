import { expect, fixture, html } from '@open-wc/testing';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import sinon from 'sinon';
// The CDN entry: defines every element and follows <html lang>.
import '../../src/cdn.js';
import type { StretchCard, StretchTimer } from '../../src/index.js';
import { isLocalizationSetUp, preloadLocale } from '../../src/localization/index.js';
import { $, captureWarnings, shadowText } from '../helpers.js';
import { settle, shadowRootChildren } from './l10n-helpers.js';

const root = document.documentElement;

/** Sets (or removes) <html lang> and waits until the page language is ready. */
async function setHtmlLang(value: string | null) {
  const ready = new Promise<void>((resolve) => {
    const onStatus = (event: Event) => {
      if ((event as CustomEvent).detail.status === 'ready') {
        window.removeEventListener(LOCALE_STATUS_EVENT, onStatus);
        resolve();
      }
    };
    window.addEventListener(LOCALE_STATUS_EVENT, onStatus);
  });
  if (value === null) root.removeAttribute('lang');
  else root.setAttribute('lang', value);
  await ready;
}

const rootLang = (el: Element) => shadowRootChildren(el)[0]?.getAttribute('lang');
const rootDir = (el: Element) => shadowRootChildren(el)[0]?.getAttribute('dir');
const heading = (card: Element) => $(card, '[part="name"]').textContent!.trim();

describe('the CDN entry follows <html lang>', function () {
  this.timeout(20000);
  let warnings: ReturnType<typeof captureWarnings> | undefined;

  afterEach(async () => {
    warnings?.stub.restore();
    warnings = undefined;
    if (root.getAttribute('lang') !== 'en') await setHtmlLang('en');
  });

  it('sets localization up on import', () => {
    expect(isLocalizationSetUp()).to.equal(true);
  });

  it('renders in <html lang> and follows every later change', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><stretch-card stretch="knee-to-chest"></stretch-card></div>`);
    const card = wrapper.firstElementChild as StretchCard;
    await settle(wrapper);
    expect(heading(card)).to.equal('Knee to chest');
    expect(rootLang(card)).to.equal('en');

    await setHtmlLang('es');
    await settle(wrapper);
    expect(heading(card)).to.equal('Rodilla al pecho');
    expect(rootLang(card)).to.equal('es');
    expect(rootDir(card)).to.equal('ltr');

    await setHtmlLang('ar');
    await settle(wrapper);
    expect(heading(card)).to.equal('الركبة إلى الصدر');
    expect(rootLang(card)).to.equal('ar');
    expect(rootDir(card)).to.equal('rtl');
    // The card's own timer follows too.
    const timer = card.shadowRoot!.querySelector('stretch-timer') as StretchTimer;
    expect(rootDir(timer)).to.equal('rtl');
    expect($(timer, '[part="start-button"]').textContent!.trim()).to.equal('ابدأ');

    await setHtmlLang(null);
    await settle(wrapper);
    expect(heading(card)).to.equal('Knee to chest');
    expect(rootDir(card)).to.equal('ltr');
  });

  it('falls back by language family', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><stretch-card stretch="bird-dog"></stretch-card></div>`);
    const card = wrapper.firstElementChild as StretchCard;
    const cases: Array<[string, string, string]> = [
      ['es-MX', 'es', 'Perro de caza (bird dog)'],
      ['zh-CN', 'zh-Hans', '鸟狗式'],
      ['zh-SG', 'zh-Hans', '鸟狗式'],
      ['zh', 'zh-Hans', '鸟狗式'],
      ['de-AT', 'de', 'Vierfüßlerstand mit Beinstrecken (Bird Dog)'],
      ['fil-PH', 'tl', 'Pag-angat ng binti nang nakatukod (Bird dog)'],
      ['fr-CA', 'fr', 'Bird dog (chien d’arrêt)'],
      ['en-GB', 'en', 'Bird dog'],
    ];
    for (const [tag, locale, name] of cases) {
      await setHtmlLang(tag);
      await settle(wrapper);
      expect(rootLang(card), tag).to.equal(locale);
      expect(heading(card), tag).to.equal(name);
    }
  });

  it('shows English, with one warning, for an unknown or malformed <html lang>', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <stretch-card stretch="bird-dog"></stretch-card><stretch-timer></stretch-timer>
    </div>`);
    const card = wrapper.firstElementChild as StretchCard;
    warnings = captureWarnings();
    for (const tag of ['pt-BR', 'xx', '123']) {
      await setHtmlLang(tag);
      await settle(wrapper);
      card.requestUpdate();
      await settle(wrapper);
      expect(heading(card), tag).to.equal('Bird dog');
      expect(rootLang(card), tag).to.equal('en');
      expect(warnings.messages.filter((m) => m.includes(`lang="${tag}"`)), tag).to.have.length(1);
    }
    expect(warnings.messages.find((m) => m.includes('lang="123"'))).to.contain('not a valid language tag');
    expect(warnings.messages.find((m) => m.includes('lang="xx"'))).to.contain('showing English');
  });

  it('an element’s own lang, else the nearest ancestor’s, wins over <html lang>', async () => {
    await setHtmlLang('es');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <stretch-card lang="fr" stretch="bird-dog"></stretch-card>
      <section lang="de"><div><stretch-card stretch="bird-dog"></stretch-card></div></section>
      <stretch-card stretch="bird-dog"></stretch-card>
    </div>`);
    await settle(wrapper);
    const [french, german, spanish] = [...wrapper.querySelectorAll('stretch-card')];
    expect(rootLang(french)).to.equal('fr');
    expect(rootLang(german)).to.equal('de');
    expect(rootLang(spanish)).to.equal('es');
    expect(shadowText(french)).to.contain('Mettez-vous à quatre pattes');
    expect(shadowText(german)).to.contain('Gehen Sie auf Hände und Knie.');
    expect(shadowText(spanish)).to.contain('Póngase en el suelo sobre las manos y las rodillas.');
    // The timer inside each card follows its card.
    const innerStart = (card: Element) =>
      $(card.shadowRoot!.querySelector('stretch-timer')!, '[part="start-button"]').textContent!.trim();
    expect([innerStart(french), innerStart(german), innerStart(spanish)]).to.deep.equal(['Démarrer', 'Start', 'Empezar']);
  });

  it('follows later changes of an element’s and an ancestor’s lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><stretch-card stretch="head-rolls"></stretch-card></div>`);
    const card = wrapper.firstElementChild as StretchCard;
    await settle(wrapper);
    expect(rootLang(card)).to.equal('en');

    card.setAttribute('lang', 'pl');
    await preloadLocale('pl');
    await settle(wrapper);
    expect(heading(card)).to.equal('Krążenia głowy');
    const timer = card.shadowRoot!.querySelector('stretch-timer')!;
    expect(rootLang(timer)).to.equal('pl');

    card.removeAttribute('lang');
    wrapper.setAttribute('lang', 'vi');
    await preloadLocale('vi');
    await new Promise((resolve) => setTimeout(resolve));
    await settle(wrapper);
    expect(heading(card)).to.equal('Xoay đầu');
    expect(rootLang(timer)).to.equal('vi');
  });

  it('warns once for an unknown or malformed lang on elements and shows English', async () => {
    warnings = captureWarnings();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <stretch-timer lang="42"></stretch-timer><stretch-timer lang="42"></stretch-timer>
      <stretch-card lang="xx-YY" stretch="bird-dog"></stretch-card>
    </div>`);
    await settle(wrapper);
    for (const el of wrapper.children) (el as StretchTimer).requestUpdate();
    await settle(wrapper);
    const [timer] = [...wrapper.children] as StretchTimer[];
    expect($(timer, '[part="start-button"]').textContent!.trim()).to.equal('Start');
    expect(rootLang(timer)).to.equal('en');
    expect(warnings.messages.filter((m) => m.includes('lang="42"'))).to.have.length(1);
    expect(warnings.messages.filter((m) => m.includes('lang="xx-YY"'))).to.have.length(1);
  });

  it('announces the timer’s milestones in the page language', async () => {
    await setHtmlLang('es');
    const timer = await fixture<StretchTimer>(html`<stretch-timer sides="each" sound="off" vibrate="off"></stretch-timer>`);
    await timer.updateComplete;
    timer.start();
    await timer.updateComplete;
    expect($(timer, '[role="status"]').textContent!.trim()).to.equal('Prepárese. Empiece por el lado derecho.');
    timer.next();
    await timer.updateComplete;
    expect($(timer, '[role="status"]').textContent!.trim()).to.equal('Mantenga, lado derecho.');
    timer.reset();
  });
});

describe('spoken cues use a voice for the chosen language, or stay silent', function () {
  this.timeout(20000);
  const spoken: Array<{ text: string; lang: string; voice: string }> = [];
  let sandbox: sinon.SinonSandbox;
  const voice = (lang: string, name = lang) => ({ lang, name, default: false, localService: true, voiceURI: name });

  beforeEach(() => {
    spoken.length = 0;
    sandbox = sinon.createSandbox();
    class FakeUtterance {
      voice: { name: string } | null = null;
      lang = '';
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    }
    sandbox.replace(window, 'SpeechSynthesisUtterance', FakeUtterance as unknown as typeof SpeechSynthesisUtterance);
    sandbox.stub(speechSynthesis, 'speak').callsFake((u: SpeechSynthesisUtterance) => {
      spoken.push({ text: u.text, lang: u.lang, voice: (u.voice as unknown as { name: string }).name });
    });
    sandbox.stub(speechSynthesis, 'cancel');
  });
  afterEach(async () => {
    sandbox.restore();
    await setHtmlLang('en');
  });

  async function startTimer() {
    const timer = await fixture<StretchTimer>(html`<stretch-timer voice="on" sound="off" vibrate="off"></stretch-timer>`);
    await timer.updateComplete;
    timer.start();
    timer.reset();
  }

  it('speaks Spanish with a Spanish voice', async () => {
    sandbox.stub(speechSynthesis, 'getVoices').returns([voice('en-US'), voice('es-ES')] as unknown as SpeechSynthesisVoice[]);
    await setHtmlLang('es');
    await startTimer();
    expect(spoken).to.deep.equal([{ text: 'Prepárese.', lang: 'es-ES', voice: 'es-ES' }]);
  });

  it('picks a Mandarin (zh-CN) voice for Simplified Chinese, and Filipino for Tagalog', async () => {
    sandbox
      .stub(speechSynthesis, 'getVoices')
      .returns([voice('zh-HK'), voice('zh-CN'), voice('fil-PH')] as unknown as SpeechSynthesisVoice[]);
    await setHtmlLang('zh-Hans');
    await startTimer();
    await setHtmlLang('tl');
    await startTimer();
    expect(spoken).to.deep.equal([
      { text: '准备。', lang: 'zh-CN', voice: 'zh-CN' },
      { text: 'Maghanda.', lang: 'fil-PH', voice: 'fil-PH' },
    ]);
  });

  it('stays silent (never English) when there is no voice for the language', async () => {
    sandbox.stub(speechSynthesis, 'getVoices').returns([voice('en-US'), voice('en-GB')] as unknown as SpeechSynthesisVoice[]);
    await setHtmlLang('vi');
    await startTimer();
    expect(spoken).to.deep.equal([]);
  });
});
