import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/elements/stretch-program-builder/define.js';
import type { StretchProgramBuilder } from '../../../src/elements/stretch-program-builder/define.js';
import { readProgram, type CustomStretchInput, type Program } from '../../../src/index.js';
import { setupLocalization } from '../../../src/localization/index.js';
import { $, $$, captureWarnings, shadowText } from '../../helpers.js';

setupLocalization({ followHtmlLang: false });

const PAGE = 'https://clinic.example/stretches';
const CUSTOM: CustomStretchInput[] = [
  { id: 'cat-cow', name: 'Cat–cow', steps: ['Kneel on all fours.', 'Round your back, then let it sag gently.'], hold: 5, reps: 8 },
];
const FULL: Program = {
  title: 'Week 2: morning',
  note: 'Every morning before work. Breathe out as you stretch.',
  lang: 'es',
  stretches: [
    { id: 'knee-to-chest', hold: 20, reps: 3, rest: 10 },
    { id: 'cat-cow', reps: 10 },
    { id: 'bird-dog', sides: 'none' },
  ],
};

const codeOf = (link: string) => link.slice(link.indexOf('#program=') + 9);
const active = (el: StretchProgramBuilder) => el.shadowRoot!.activeElement as HTMLElement | null;
const status = (el: StretchProgramBuilder) => $(el, '[role="status"]').textContent!.trim();

async function mount(template = html`<stretch-program-builder page-url=${PAGE} preview="off"></stretch-program-builder>`) {
  const el = await fixture<StretchProgramBuilder>(template);
  await el.updateComplete;
  return el;
}

/** Presses Tab (or Shift+Tab) until the focused control in the builder matches, like a keyboard user. */
async function tabTo(el: StretchProgramBuilder, selector: string) {
  // A target before the focused control: a keyboard user tabs on past the end of the page and
  // round to its start. Chromium's Tab wraps like that; the Firefox and WebKit drivers leave focus
  // in the browser's own UI and have no Shift+Tab, so the test puts focus back on the builder's
  // first field (where that Tab round ends) and goes on with Tab.
  const target = el.shadowRoot!.querySelector(selector);
  const from = active(el);
  if (target && from && from.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING) {
    el.shadowRoot!.querySelector<HTMLElement>('input, select, textarea, button')!.focus();
  }
  for (let i = 0; i < 80; i++) {
    if (active(el)?.matches(selector)) return active(el)!;
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Types one key at a time: WebKit's driver drops the second of two equal keys in one "type" ("900" → "90"). */
async function typeText(value: string) {
  for (const key of value) await sendKeys({ press: key });
}

async function typeInto(el: StretchProgramBuilder, selector: string, value: string) {
  await tabTo(el, selector);
  // Clear the field from the keyboard: End, then Backspace once per character ("press" is what
  // every engine's driver supports; WebDriver has no down/up for a Ctrl+A chord).
  const field = el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  await sendKeys({ press: 'End' });
  for (let i = field.value.length; i > 0; i--) await sendKeys({ press: 'Backspace' });
  await typeText(value);
  await el.updateComplete;
}

describe('<stretch-program-builder>', () => {
  afterEach(() => sinon.restore());

  it('is accessible when empty, and offers no link until a stretch is chosen', async () => {
    const el = await mount();
    expect(el.link).to.equal(undefined);
    expect(shadowText(el)).to.contain('Add at least one stretch to get the patient link.');
    expect($$(el, 'input[type="checkbox"]')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('is used keyboard-only from start to link: choose, order, dose, title, note, language, copy', async () => {
    const el = await mount();
    el.customStretches = CUSTOM;
    await el.updateComplete;
    const changes: Array<{ program: Program; link?: string }> = [];
    el.addEventListener('program-change', (e) => changes.push(e.detail));
    const clipboard = sinon.stub(navigator.clipboard, 'writeText').resolves();

    ($(el, '#title') as HTMLInputElement).focus();
    await typeText('Week 2');
    await typeInto(el, '#note', 'Slowly, every morning.');
    await tabTo(el, '#lang');
    await sendKeys({ press: 'ArrowDown' }); // English
    await sendKeys({ press: 'ArrowDown' }); // Español
    await el.updateComplete;
    expect(($(el, '#lang') as HTMLSelectElement).value).to.equal('es');

    for (const id of ['head-rolls', 'knee-to-chest', 'bird-dog', 'cat-cow']) {
      await tabTo(el, `[data-choice="${id}"]`);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
    }
    expect(status(el)).to.equal('Cat–cow added as number 4.');
    expect(el.program.stretches.map((s) => s.id)).to.deep.equal(['head-rolls', 'knee-to-chest', 'bird-dog', 'cat-cow']);

    // Move head rolls down twice with its Down button; focus follows it.
    await tabTo(el, '[data-row="head-rolls"] [data-move="down"]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(status(el)).to.equal('Head rolls is now number 2 of 4.');
    expect(active(el)?.closest('[data-row]')?.getAttribute('data-row')).to.equal('head-rolls');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.program.stretches.map((s) => s.id)).to.deep.equal(['knee-to-chest', 'bird-dog', 'head-rolls', 'cat-cow']);
    // Cat–cow up once.
    await tabTo(el, '[data-row="cat-cow"] [data-move="up"]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(status(el)).to.equal('Cat–cow is now number 3 of 4.');

    // A hold outside the safe range is refused, with the reason, and announced; no link meanwhile.
    await typeInto(el, '[data-row="knee-to-chest"] [data-field="hold"]', '900');
    expect(active(el)?.getAttribute('aria-invalid')).to.equal('true');
    expect(shadowText(el)).to.contain('Hold must be a whole number of seconds from 1 to 600.');
    expect(status(el)).to.equal('Knee to chest: Hold must be a whole number of seconds from 1 to 600.');
    expect(el.link).to.equal(undefined);
    expect(shadowText(el)).to.contain('Fix the marked values to get the patient link.');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete; // "9"
    await typeInto(el, '[data-row="knee-to-chest"] [data-field="hold"]', '20');
    await typeInto(el, '[data-row="knee-to-chest"] [data-field="reps"]', '3');
    await tabTo(el, '[data-row="bird-dog"] [data-field="sides"]');
    await sendKeys({ press: 'ArrowDown' }); // each → none
    await typeInto(el, '[data-row="bird-dog"] [data-field="rest"]', '0');

    const expected: Program = {
      title: 'Week 2',
      note: 'Slowly, every morning.',
      lang: 'es',
      stretches: [
        { id: 'knee-to-chest', reps: 3, hold: 20 },
        { id: 'bird-dog', sides: 'none', rest: 0 },
        { id: 'cat-cow' },
        { id: 'head-rolls' },
      ],
    };
    const link = el.link!;
    expect(link.startsWith(`${PAGE}#program=`)).to.be.true;
    const read = readProgram(codeOf(link))!;
    expect(read.stretches).to.deep.equal([
      { id: 'knee-to-chest', hold: 20, reps: 3 },
      { id: 'bird-dog', sides: 'none', rest: 0 },
      { id: 'cat-cow' },
      { id: 'head-rolls' },
    ]);
    expect({ ...read, stretches: [] }).to.deep.equal({ ...expected, stretches: [] });
    expect(changes.at(-1)!.link).to.equal(link);

    await tabTo(el, '[data-copy="link"]');
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(clipboard.calledOnceWithExactly(link)).to.be.true;
    expect(status(el)).to.equal('Link copied.');
    await expect(el).to.be.accessible();
  });

  it('reorders by drag and drop', async () => {
    const el = await mount();
    el.program = { stretches: [{ id: 'head-rolls' }, { id: 'knee-to-chest' }, { id: 'bird-dog' }] };
    await el.updateComplete;
    const data = new DataTransfer();
    $(el, '[data-row="bird-dog"] .handle').dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true, composed: true }));
    await el.updateComplete;
    const target = $(el, '[data-row="head-rolls"]');
    const over = new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true, composed: true });
    target.dispatchEvent(over);
    expect(over.defaultPrevented).to.be.true;
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, composed: true }));
    await el.updateComplete;
    expect(el.program.stretches.map((s) => s.id)).to.deep.equal(['bird-dog', 'head-rolls', 'knee-to-chest']);
    expect(status(el)).to.equal('Bird dog is now number 1 of 3.');
  });

  it('with a full program: the fields, the link, the QR code, the preview and the handout; accessible', async () => {
    const el = await mount(html`<stretch-program-builder page-url=${PAGE}></stretch-program-builder>`);
    el.customStretches = CUSTOM;
    el.program = FULL;
    await el.updateComplete;
    expect(readProgram(codeOf(el.link!))).to.deep.equal(FULL);
    expect(($(el, '#link') as HTMLInputElement).value).to.equal(el.link);
    expect($(el, '.output svg.qr').getAttribute('aria-label')).to.equal('QR code of the patient link');
    const routine = $(el, 'stretch-routine') as HTMLElement & { stretchViews: Array<{ id: string; dose: { hold: { max: number }; reps: { min: number } } }> };
    await (routine as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(routine.getAttribute('lang')).to.equal('es');
    expect(routine.stretchViews.map((v) => v.id)).to.deep.equal(['knee-to-chest', 'cat-cow', 'bird-dog']);
    expect(routine.stretchViews[0].dose.hold.max).to.equal(20);
    expect(routine.stretchViews[1].dose.reps.min).to.equal(10);
    const handout = $(el, '.handout');
    expect(handout.textContent).to.contain('Week 2: morning').and.contain('Breathe out').and.contain(el.link!).and.contain('Cat–cow');
    expect(handout.querySelector('svg.qr')).to.exist;
    expect(shadowText(el)).to.contain('54 of 280 characters');
    await expect(el).to.be.accessible();
  });

  it('shows refused values and a too-long note with reasons; accessible', async () => {
    const warnings = captureWarnings();
    const el = await mount();
    el.program = { title: 'T'.repeat(80), note: 'n'.repeat(280), stretches: [{ id: 'bird-dog', hold: 700, reps: 0, rest: 601 }] };
    await el.updateComplete;
    // Over the limits in the form (the codec cuts only what programLink is given directly).
    ($(el, '#note') as HTMLTextAreaElement).value = 'n'.repeat(283);
    $(el, '#note').dispatchEvent(new Event('input'));
    await el.updateComplete;
    const text = shadowText(el);
    expect(text).to.contain('Hold must be a whole number of seconds from 1 to 600.');
    expect(text).to.contain('Rounds must be a whole number from 1 to 50.');
    expect(text).to.contain('Rest must be a whole number of seconds from 0 to 600.');
    expect(text).to.contain('The note is 3 characters too long.').and.contain('283 of 280 characters');
    expect(status(el)).to.equal('The note is 3 characters too long.');
    expect($$(el, '[aria-invalid="true"]')).to.have.length(4);
    expect(el.link).to.equal(undefined);
    await expect(el).to.be.accessible();
    warnings.stub.restore();
  });

  it('leaves out unknown stretches and bad custom stretches with one warning each', async () => {
    const warnings = captureWarnings();
    const el = await mount();
    el.customStretches = [{ id: 'bird-dog', name: 'X', steps: ['x'] }, { name: 'No id', steps: ['x'] } as CustomStretchInput];
    el.program = { stretches: [{ id: 'nope' }, { id: 'bird-dog' }] };
    await el.updateComplete;
    expect(el.program.stretches).to.deep.equal([{ id: 'bird-dog' }]);
    expect(warnings.messages.filter((m) => m.includes('stretch-program-builder'))).to.have.length(3);
    warnings.stub.restore();
  });

  it('in Arabic: translated, right to left, accessible', async () => {
    const el = await mount(html`<stretch-program-builder lang="ar" page-url=${PAGE} preview="off"></stretch-program-builder>`);
    el.customStretches = CUSTOM;
    el.program = FULL;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect($(el, 'article').getAttribute('dir')).to.equal('rtl');
    expect(shadowText(el)).not.to.contain('Prescribe a stretching program');
    expect(shadowText(el)).to.contain('وصف برنامج تمارين إطالة').and.contain('الترتيب والجرعات');
    expect(getComputedStyle($(el, 'article')).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
