// The host page's typography stays out of the elements (issue 16): a hostile theme on `*`, `body`
// or the element itself changes neither their height (within 10%) nor their alignment, and WCAG
// 2.2's text spacing, applied inside the shadow roots, clips or overlaps no text.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';

const HOSTILE = `
  * { line-height: 3; letter-spacing: .3em; word-spacing: 1em; text-align: justify; text-transform: uppercase;
      text-indent: 4em; white-space: nowrap }
  body { text-align: justify }
`;

/** WCAG 2.2 success criterion 1.4.12, applied inside every shadow root (and to each host). */
const TEXT_SPACING = `
  :host, * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p, li, dd, dt, blockquote, figcaption { margin-block-end: 2em !important; }
`;

const ELEMENTS: Array<[string, TemplateResult]> = [
  ['back-pain-causes', html`<back-pain-causes contact-href="/contact" contact-label="Book an assessment" expanded></back-pain-causes>`],
  ['stretch-card', html`<stretch-card stretch="knee-to-chest"></stretch-card>`],
  ['stretch-timer', html`<stretch-timer hold="20" reps="3" label="Hold timer"></stretch-timer>`],
  ['stretch-routine', html`<stretch-routine contact-href="/contact"></stretch-routine>`],
  ['back-pain-guide', html`<back-pain-guide contact-href="/contact"></back-pain-guide>`],
];

type Upgraded = HTMLElement & { updateComplete: Promise<boolean> };

const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

async function mount(template: TemplateResult, width = 390): Promise<Upgraded> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px">${template}</div>`);
  const el = wrapper.firstElementChild as Upgraded;
  await el.updateComplete;
  await frame();
  return el;
}

/** Every shadow root under `root`, nested ones included. */
function shadowRoots(root: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Element) => {
    if (node.shadowRoot) {
      found.push(node.shadowRoot);
      node.shadowRoot.querySelectorAll('*').forEach(visit);
    }
  };
  visit(root);
  return found;
}

/** Text-bearing elements inside the shadow roots (their own text nodes, not only descendants'). */
function textElements(el: Element): HTMLElement[] {
  return shadowRoots(el).flatMap((root) =>
    [...root.querySelectorAll<HTMLElement>('*')].filter(
      (node) =>
        node instanceof HTMLElement &&
        [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) &&
        node.getClientRects().length > 0 &&
        !node.closest('.visually-hidden')
    )
  );
}

const TYPOGRAPHY = ['lineHeight', 'letterSpacing', 'wordSpacing', 'textAlign', 'textTransform', 'textIndent', 'whiteSpace'] as const;

/** The text properties a host theme could leak in, with where they were read. */
function typography(node: HTMLElement) {
  const style = getComputedStyle(node);
  return {
    where: `<${node.localName} class="${node.className}"> "${node.textContent!.trim().slice(0, 24)}"`,
    ...Object.fromEntries(TYPOGRAPHY.map((name) => [name, style[name]])),
  } as Record<(typeof TYPOGRAPHY)[number] | 'where', string>;
}

function addStyle(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

describe('host typography', () => {
  for (const [tag, template] of ELEMENTS) {
    describe(`<${tag}>`, () => {
      it("keeps its height and typography under a hostile theme (on *, body and the element's own style)", async () => {
        const cleanEl = await mount(template);
        const clean = cleanEl.getBoundingClientRect().height;
        const cleanStyles = textElements(cleanEl).map(typography);
        const remove = addStyle(HOSTILE);
        try {
          const el = await mount(template);
          el.style.setProperty('line-height', '4', 'important');
          el.style.setProperty('text-align', 'right', 'important');
          await frame();
          const hostile = el.getBoundingClientRect().height;
          expect(Math.abs(hostile - clean) / clean, `height ${hostile} vs ${clean} px`).to.be.below(0.1);
          const hostileStyles = textElements(el).map(typography);
          expect(hostileStyles.length).to.equal(cleanStyles.length);
          expect(hostileStyles).to.deep.equal(cleanStyles);
          for (const style of hostileStyles) {
            expect(['start', 'left', 'center'], `${style.where} text-align`).to.include(style.textAlign);
            expect(style.textTransform, `${style.where} text-transform`).to.not.equal('uppercase');
            expect(style.textIndent, `${style.where} text-indent`).to.equal('0px');
          }
        } finally {
          remove();
        }
      });

      it('clips or overlaps no text under WCAG 2.2 text spacing', async () => {
        const el = await mount(template);
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(TEXT_SPACING);
        for (const root of shadowRoots(el)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        await frame();
        expect(getComputedStyle(textElements(el)[0]).letterSpacing).to.not.equal('normal');
        const problems: string[] = [];
        const elements = textElements(el);
        for (const node of elements) {
          const where = `<${node.localName} class="${node.className}">${node.textContent!.trim().slice(0, 30)}`;
          if (node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0) problems.push(`${where}: ${node.scrollWidth} > ${node.clientWidth} px wide`);
          const style = getComputedStyle(node);
          if (style.overflowY !== 'visible' && node.scrollHeight > node.clientHeight + 1) problems.push(`${where}: clipped vertically`);
        }
        // Controls must not overlap one another.
        const controls = shadowRoots(el).flatMap((root) => [...root.querySelectorAll<HTMLElement>('button, a, label, summary')]).filter((n) => n.getClientRects().length);
        for (let i = 0; i < controls.length; i++) {
          for (let j = i + 1; j < controls.length; j++) {
            const [a, b] = [controls[i].getBoundingClientRect(), controls[j].getBoundingClientRect()];
            if (controls[i].contains(controls[j]) || controls[j].contains(controls[i])) continue;
            const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
            if (overlap) problems.push(`"${controls[i].textContent!.trim().slice(0, 20)}" overlaps "${controls[j].textContent!.trim().slice(0, 20)}"`);
          }
        }
        expect(problems).to.deep.equal([]);
      });
    });
  }

  it('starts text at the right in a right-to-left page', async () => {
    const remove = addStyle(HOSTILE);
    try {
      const el = await mount(html`<back-pain-causes dir="rtl" lang="ar"></back-pain-causes>`);
      const heading = el.shadowRoot!.querySelector('h2, h3')!;
      expect(getComputedStyle(heading).textAlign).to.equal('start');
      expect(getComputedStyle(heading).direction).to.equal('rtl');
    } finally {
      remove();
    }
  });

  it('takes its line height from --backcare-line-height', async () => {
    const el = await mount(html`<back-pain-causes style="--backcare-line-height: 2; font-size: 10px"></back-pain-causes>`);
    const p = getComputedStyle(el.shadowRoot!.querySelector('p')!);
    expect(parseFloat(p.lineHeight)).to.be.closeTo(2 * parseFloat(p.fontSize), 0.01);
  });
});
