import { expect, fixture, html } from '@open-wc/testing';
// The CDN entry, on a page whose <html> has no lang: English.
import '../../src/cdn.js';
import type { StretchRoutine, StretchTimer } from '../../src/index.js';
import { preloadLocale } from '../../src/localization/index.js';
import { captureWarnings } from '../helpers.js';
import { settle } from './l10n-helpers.js';

/** Requests for translation modules (src/localization/generated/*) this page has made. */
const localeRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/localization\/generated\/(?!locale-codes)/.test(name));

describe('an English page', function () {
  this.timeout(20000);

  it('renders every element and runs a timer without requesting any locale module', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <back-pain-causes expanded></back-pain-causes>
        <stretch-card stretch="bird-dog"></stretch-card>
        <stretch-timer hold="3" sound="off" vibrate="off"></stretch-timer>
        <stretch-routine sound="off" vibrate="off"></stretch-routine>
        <back-pain-guide></back-pain-guide>
        <stretch-card lang="en-GB" stretch="knee-to-chest"></stretch-card>
        <stretch-card lang="xx" stretch="head-rolls"></stretch-card>
      </div>`);
      // The CDN entry loads the routine and the guide when their tags first appear.
      await Promise.all([customElements.whenDefined('stretch-routine'), customElements.whenDefined('back-pain-guide')]);
      await settle(wrapper);
      const timer = wrapper.querySelector('stretch-timer') as StretchTimer;
      timer.start();
      timer.next();
      await timer.updateComplete;
      const routine = wrapper.querySelector('stretch-routine') as StretchRoutine;
      routine.shadowRoot!.querySelector<HTMLButtonElement>('[part="primary-button"]')!.click();
      await settle(wrapper);
      timer.reset();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(localeRequests()).to.deep.equal([]);
    } finally {
      warnings.stub.restore();
    }
  });

  it('(the check above can see a locale request when one is made)', async () => {
    await preloadLocale('es');
    expect(localeRequests().some((name) => /\/generated\/es\.(ts|js)/.test(name))).to.equal(true);
  });
});
