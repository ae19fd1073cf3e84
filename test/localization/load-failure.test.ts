import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { StretchCard, StretchTimer } from '../../src/index.js';
import { setupLocalization, type TargetLocale } from '../../src/localization/index.js';
import { localeLoaders } from '../../src/localization/loaders.js';
import { $, captureWarnings, shadowText } from '../helpers.js';
import { MESSAGE_ID, settle, shadowRootChildren, visibleTexts } from './l10n-helpers.js';

// Spanish fails to load (offline), Vietnamese loads a broken module, German has only one
// translation (an out-of-date file), French loads slowly; the rest load normally.
let frenchLoads = 0;
setupLocalization({
  followHtmlLang: false,
  loadBackcareLocale: (locale: TargetLocale) => {
    if (locale === 'es') return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    if (locale === 'vi') return Promise.resolve({} as never);
    if (locale === 'de') return Promise.resolve({ templates: { 'timer.button.start': 'Los' } });
    if (locale === 'fr') {
      frenchLoads++;
      return new Promise((resolve) => setTimeout(() => resolve(localeLoaders.fr()), 300));
    }
    return localeLoaders[locale]();
  },
});

const startLabel = (timer: Element) => $(timer, '[part="start-button"]').textContent!.trim();

describe('when a locale module fails to load', function () {
  this.timeout(20000);

  it('keeps English on screen and warns once', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es">
        <stretch-card stretch="bird-dog"></stretch-card><stretch-timer></stretch-timer><stretch-timer></stretch-timer>
      </div>`);
      await settle(wrapper);
      const [card, timer] = [...wrapper.children] as [StretchCard, StretchTimer];
      card.requestUpdate();
      await settle(wrapper);
      expect($(card, '[part="name"]').textContent!.trim()).to.equal('Bird dog');
      expect(startLabel(timer)).to.equal('Start');
      // The root says what is shown: English.
      expect(shadowRootChildren(timer)[0].getAttribute('lang')).to.equal('en');
      const failures = warnings.messages.filter((m) => m.includes('"es" translations'));
      expect(failures).to.have.length(1);
      expect(failures[0]).to.contain('showing English');
    } finally {
      warnings.stub.restore();
    }
  });

  it('treats a module without templates as a failure', async () => {
    const warnings = captureWarnings();
    try {
      const timer = await fixture<StretchTimer>(html`<stretch-timer lang="vi"></stretch-timer>`);
      await settle(timer);
      expect(startLabel(timer)).to.equal('Start');
      expect(warnings.messages.filter((m) => m.includes('"vi" translations'))).to.have.length(1);
    } finally {
      warnings.stub.restore();
    }
  });

  it('shows the source text, never a message id, for ids a translation lacks', async () => {
    const card = await fixture<StretchCard>(html`<stretch-card lang="de" stretch="knee-to-chest" video-url="https://example.com/v"></stretch-card>`);
    await settle(card);
    const timer = card.shadowRoot!.querySelector('stretch-timer')!;
    expect(startLabel(timer)).to.equal('Los');
    expect($(timer, '[part="next-button"]').textContent!.trim()).to.equal('Next');
    expect(visibleTexts(card).filter((text) => MESSAGE_ID.test(text))).to.deep.equal([]);
    expect(shadowText(card)).to.contain('Knee to chest');
  });

  it('waits for a slow locale instead of flashing English, and loads it once for all elements', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr">
      <stretch-timer></stretch-timer><stretch-timer></stretch-timer><stretch-card stretch="bird-dog"></stretch-card>
    </div>`);
    await settle(wrapper);
    const timers = [...wrapper.querySelectorAll('stretch-timer')];
    expect(timers.map(startLabel)).to.deep.equal(['Démarrer', 'Démarrer']);
    expect(frenchLoads).to.equal(1);
  });
});
