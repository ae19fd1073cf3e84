import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/stretch-program-builder/define.js';
import type { StretchProgramBuilder } from '../../../src/elements/stretch-program-builder/define.js';
describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture<StretchProgramBuilder>(html`<stretch-program-builder page-url="https://clinic.example/stretches"></stretch-program-builder>`);
    el.program = { title: 'T', note: 'N', stretches: [{ id: 'knee-to-chest', hold: 20 }, { id: 'bird-dog' }] };
    await el.updateComplete;
    console.log(el.link, el.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 1500));
    await expect(el).to.be.accessible();
  });
});
