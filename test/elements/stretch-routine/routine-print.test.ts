import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/define.js';
import type { StretchRoutine } from '../../../src/index.js';
import { $$, installFakeWakeLock, fakeClock } from '../../helpers.js';

const handout = (el: StretchRoutine) => el.shadowRoot!.querySelector('[part="handout"]');

function button(el: StretchRoutine, label: string): HTMLButtonElement {
  const found = $$(el, 'button').find((b) => b.textContent!.trim() === label) as HTMLButtonElement | undefined;
  if (!found) throw new Error(`No "${label}" button on the ${el.screen} screen`);
  return found;
}

describe('<stretch-routine> print handout', () => {
  let wakeLock: ReturnType<typeof installFakeWakeLock>;
  beforeEach(() => (wakeLock = installFakeWakeLock()));
  afterEach(() => {
    wakeLock.restore();
    sinon.restore();
  });

  it('is never built on a session tick, only when printing, and is dropped after printing', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine pain-check="off" stretches="knee-to-chest bird-dog" sound="off" vibrate="off"></stretch-routine>`);
    await el.updateComplete;
    expect(handout(el)).to.equal(null);
    const added: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && (node.matches('[part="handout"]') || node.querySelector('[part="handout"]'))) added.push('handout');
        }
      }
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    button(el, 'None of these apply to me').click();
    await el.updateComplete;
    const clock = fakeClock();
    try {
      button(el, 'Start the routine').click();
      await el.updateComplete;
      let renders = 0;
      for (let second = 0; second < 20; second++) {
        await clock.tickAsync(1000);
        await el.updateComplete;
        renders += 1;
      }
      expect(renders).to.equal(20);
      expect(el.stepIndex).to.equal(0);
      expect(el.phase.kind).to.equal('hold');
    } finally {
      clock.restore();
    }
    expect(added).to.deep.equal([]);
    expect(handout(el)).to.equal(null);

    // Ctrl+P: built synchronously in beforeprint, before the browser lays out the page for print.
    window.dispatchEvent(new Event('beforeprint'));
    expect(handout(el)).to.not.equal(null);
    expect(handout(el)!.textContent).to.contain('Knee to chest').and.contain('Bird dog');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(handout(el)).to.equal(null);
    observer.disconnect();
  });

  it('the Print button builds the handout before opening the print dialog', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine pain-check="off" stretches="bird-dog" sound="off"></stretch-routine>`);
    button(el, 'None of these apply to me').click();
    await el.updateComplete;
    let builtWhenPrinting = false;
    sinon.stub(window, 'print').callsFake(() => {
      builtWhenPrinting = handout(el) !== null;
    });
    button(el, 'Print').click();
    expect(builtWhenPrinting).to.equal(true);
    await el.updateComplete;
    expect(el).to.be.accessible();
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(handout(el)).to.equal(null);
  });

  it('stops listening for print when removed', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine pain-check="off" stretches="bird-dog" sound="off"></stretch-routine>`);
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(handout(el)).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
  });
});
