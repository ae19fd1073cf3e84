import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
// The npm entry points: importing them must not configure @lit/localize.
import '../../src/index.js';
import '../../src/define.js';
import type { StretchCard } from '../../src/index.js';
import { loadBackcareTemplates, setupLocalization } from '../../src/localization/index.js';
import { $, captureWarnings } from '../helpers.js';
import { settle, shadowRootChildren } from './l10n-helpers.js';

describe('a host app that configures @lit/localize itself', function () {
  this.timeout(20000);
  let setLocale: (locale: string) => Promise<void>;

  it('can still call configureLocalization after importing the package', () => {
    // Throws "lit-localize can only be configured once" if an import had configured it.
    ({ setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['es-419', 'ar'],
      loadLocale: async (locale: string) => ({
        templates: { ...(await loadBackcareTemplates(locale)), 'host.greeting': locale === 'ar' ? 'مرحبا' : 'Hola' },
      }),
    }));
  });

  it('translates backcare elements through the host’s loadLocale when it merges loadBackcareTemplates()', async () => {
    const card = await fixture<StretchCard>(html`<stretch-card stretch="knee-to-chest"></stretch-card>`);
    await settle(card);
    expect($(card, '[part="name"]').textContent!.trim()).to.equal('Knee to chest');
    await setLocale('es-419');
    await settle(card);
    expect($(card, '[part="name"]').textContent!.trim()).to.equal('Rodilla al pecho');
    expect(msg('Hello', { id: 'host.greeting' })).to.equal('Hola');
    expect(shadowRootChildren(card)[0].getAttribute('lang')).to.equal('es-419');
    await setLocale('ar');
    await settle(card);
    expect(shadowRootChildren(card)[0].getAttribute('dir')).to.equal('rtl');
    await setLocale('en');
    await settle(card);
    expect(shadowRootChildren(card)[0].hasAttribute('dir')).to.equal(false);
  });

  it('setupLocalization() then warns once and changes nothing', async () => {
    const warnings = captureWarnings();
    try {
      const handle = setupLocalization();
      setupLocalization();
      expect(warnings.messages.filter((m) => m.includes('already configured'))).to.have.length(1);
      await handle.setLocale('de').then(
        () => expect.fail('should reject'),
        (error: Error) => expect(error.message).to.contain('configured elsewhere')
      );
    } finally {
      warnings.stub.restore();
    }
  });
});
