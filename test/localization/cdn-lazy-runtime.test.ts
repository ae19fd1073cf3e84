import { expect, fixture, html } from '@open-wc/testing';
// Only the CDN entry: nothing here may import the localization runtime itself.
import '../../src/cdn.js';
import type { StretchCard } from '../../src/index.js';
import { $, captureWarnings, shadowText } from '../helpers.js';
import { settle, shadowRootChildren } from './l10n-helpers.js';

/** Requests this page made for the localization runtime (src/localization/runtime.ts). */
const runtimeRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/localization\/runtime\.(ts|js)/.test(name));

const heading = (card: Element) => $(card, '[part="name"]').textContent!.trim();
const rootLang = (el: Element) => shadowRootChildren(el)[0]?.getAttribute('lang');

describe('the CDN entry on an English page', function () {
  this.timeout(20000);

  it('loads no localization runtime while every language asked for is English', async () => {
    const warnings = captureWarnings();
    try {
      document.documentElement.setAttribute('lang', 'en-GB');
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <back-pain-causes></back-pain-causes>
        <stretch-card stretch="bird-dog"></stretch-card>
        <section lang="en-US"><stretch-card stretch="knee-to-chest"></stretch-card></section>
      </div>`);
      await settle(wrapper);
      const [card] = wrapper.querySelectorAll<StretchCard>('stretch-card');
      expect(heading(card)).to.equal('Bird dog');
      expect(rootLang(card)).to.equal('en');
      expect(card.currentLocale).to.equal('en');
      expect(shadowText(wrapper.querySelector('back-pain-causes')!)).to.contain('What causes back pain?');
      expect(runtimeRequests()).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.stub.restore();
      document.documentElement.removeAttribute('lang');
    }
  });

  it('loads the runtime for the first other language and shows it without English first', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><stretch-card stretch="bird-dog"></stretch-card></div>`);
    await settle(wrapper);
    const card = wrapper.firstElementChild as StretchCard;
    expect(runtimeRequests()).to.deep.equal([]);

    const spanish = document.createElement('stretch-card') as StretchCard;
    spanish.setAttribute('lang', 'es');
    spanish.setAttribute('stretch', 'bird-dog');
    const headings: string[] = [];
    wrapper.append(spanish);
    // The first render waits for the runtime and the Spanish translations.
    await spanish.updateComplete;
    headings.push(heading(spanish));
    await settle(wrapper);
    expect(runtimeRequests()).to.have.length(1);
    expect(headings).to.deep.equal(['Perro de caza (bird dog)']);
    expect(rootLang(spanish)).to.equal('es');

    // The runtime has taken over: a later change of an existing element's lang follows too.
    card.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(wrapper);
    await settle(wrapper);
    expect(heading(card)).to.equal('Bird dog (chien d’arrêt)');
  });
});
