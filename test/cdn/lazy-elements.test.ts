import { expect, fixture, html } from '@open-wc/testing';
// Only the CDN entry (src/cdn.ts), as the one-file build defines the elements.
import '../../src/cdn.js';
import { shadowText } from '../helpers.js';

const loaded = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));

describe('the CDN entry: the card, the routine and the guide load on first use', function () {
  this.timeout(20000);

  it('defines the causes and the timer at once, and loads no card, routine or guide code', () => {
    for (const tag of ['back-pain-causes', 'stretch-timer']) expect(customElements.get(tag), tag).to.exist;
    for (const tag of ['stretch-card', 'stretch-routine', 'back-pain-guide', 'stretch-program-builder']) expect(customElements.get(tag), tag).to.equal(undefined);
    expect(loaded(/elements\/(stretch-card|stretch-routine|back-pain-guide|stretch-program-builder)\//)).to.deep.equal([]);
  });

  it('defines <stretch-card> when its tag appears, and it renders its steps', async () => {
    const el = await fixture(html`<div><stretch-card stretch="bird-dog"></stretch-card></div>`);
    await customElements.whenDefined('stretch-card');
    const card = el.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await card.updateComplete;
    expect(shadowText(card)).to.contain('Bird dog');
    expect(customElements.get('stretch-routine')).to.equal(undefined);
  });

  it('defines <stretch-routine> when its tag appears, and it renders', async () => {
    const el = await fixture(html`<div><stretch-routine></stretch-routine></div>`);
    await customElements.whenDefined('stretch-routine');
    const routine = el.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await routine.updateComplete;
    expect(shadowText(routine).length).to.be.above(50);
    expect(customElements.get('back-pain-guide')).to.equal(undefined);
  });

  it('defines <back-pain-guide> when one is added later', async () => {
    const host = await fixture(html`<div></div>`);
    host.innerHTML = '<section><back-pain-guide></back-pain-guide></section>';
    await customElements.whenDefined('back-pain-guide');
    const guide = host.querySelector('back-pain-guide') as HTMLElement & { updateComplete: Promise<boolean> };
    await guide.updateComplete;
    expect(shadowText(guide).length).to.be.above(200);
  });
});
