import { expect, fixture, html } from '@open-wc/testing';
import { LOCALE_STATUS_EVENT, msg } from '@lit/localize';
import '../../src/define.js';
import type { StretchCard } from '../../src/index.js';
import { setupLocalization, withLocale, formatNumber } from '../../src/localization/index.js';
import { $, captureWarnings } from '../helpers.js';
import { settle, shadowRootChildren } from './l10n-helpers.js';

// A host app with its own messages in es-419 and de, using setupLocalization instead of
// configureLocalization.
const loaded: string[] = [];
const statuses: string[] = [];
window.addEventListener(LOCALE_STATUS_EVENT, (event) => statuses.push((event as CustomEvent).detail.status));
const l10n = setupLocalization({
  sourceLocale: 'en',
  targetLocales: ['es-419', 'de'],
  loadLocale: async (locale) => {
    loaded.push(locale);
    return { templates: { 'host.greeting': locale === 'de' ? 'Hallo' : 'Hola', 'timer.button.start': 'HOST' } };
  },
});
const hostGreeting = () => msg('Hello', { id: 'host.greeting' });

describe('setupLocalization with the host’s own locales', function () {
  this.timeout(20000);

  it('serves the host’s messages and ours in one page language', async () => {
    const card = await fixture<StretchCard>(html`<stretch-card stretch="bird-dog"></stretch-card>`);
    await settle(card);
    expect(hostGreeting()).to.equal('Hello');
    await l10n.setLocale('es-419');
    await settle(card);
    expect(l10n.getLocale()).to.equal('es-419');
    expect(hostGreeting()).to.equal('Hola');
    expect($(card, '[part="name"]').textContent!.trim()).to.equal('Perro de caza (bird dog)');
    // Our own ids win inside our elements, even when the host uses the same id.
    const timer = card.shadowRoot!.querySelector('stretch-timer')!;
    expect($(timer, '[part="start-button"]').textContent!.trim()).to.equal('Empezar');
    expect(shadowRootChildren(card)[0].getAttribute('lang')).to.equal('es');
    expect(statuses).to.include.members(['loading', 'ready']);
  });

  it('takes a language the host does not have for our elements only', async () => {
    const card = await fixture<StretchCard>(html`<stretch-card stretch="bird-dog"></stretch-card>`);
    await l10n.setLocale('pl');
    await settle(card);
    expect(hostGreeting()).to.equal('Hello');
    expect($(card, '[part="name"]').textContent!.trim()).to.equal('Pies myśliwski (bird dog)');
    expect(loaded).to.deep.equal(['es-419']);
  });

  it('does not follow <html lang> when the host brings its own locales', async () => {
    await l10n.setLocale('de');
    const card = await fixture<StretchCard>(html`<stretch-card stretch="head-rolls"></stretch-card>`);
    document.documentElement.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(card);
    expect($(card, '[part="name"]').textContent!.trim()).to.equal('Kopfkreisen');
    document.documentElement.removeAttribute('lang');
  });

  it('warns on an unknown page language and shows English', async () => {
    const warnings = captureWarnings();
    try {
      await l10n.setLocale('qq');
      const card = await fixture<StretchCard>(html`<stretch-card stretch="head-rolls"></stretch-card>`);
      await settle(card);
      expect($(card, '[part="name"]').textContent!.trim()).to.equal('Head rolls');
      expect(warnings.messages.filter((m) => m.includes('lang="qq"'))).to.have.length(1);
    } finally {
      warnings.stub.restore();
    }
  });

  it('formats numbers in the language asked for', () => {
    expect(withLocale('ar-EG', () => formatNumber(30))).to.equal('٣٠');
    expect(withLocale('de', () => formatNumber(1234.5))).to.equal('1.234,5');
  });
});
