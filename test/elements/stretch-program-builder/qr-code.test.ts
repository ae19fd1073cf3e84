import { expect, fixture, html } from '@open-wc/testing';
import type jsQRType from 'jsqr';
import '../../../src/elements/stretch-program-builder/define.js';
import type { StretchProgramBuilder } from '../../../src/elements/stretch-program-builder/define.js';
import { readProgram, type CustomStretchInput, type Program } from '../../../src/index.js';
import { qrCode, QR_QUIET_ZONE } from '../../../src/elements/stretch-program-builder/qr-code.js';
import { $ } from '../../helpers.js';

/** jsQR ships as a UMD script: loaded as a classic script, it sets window.jsQR. */
async function loadJsQR(): Promise<typeof jsQRType> {
  const w = window as unknown as { jsQR?: typeof jsQRType };
  if (!w.jsQR) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/jsqr/dist/jsQR.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('jsQR did not load'));
      document.head.append(script);
    });
  }
  return w.jsQR!;
}

/** Draws an SVG element into a canvas the way a camera would see paper: pixels, no vectors. */
async function pixelsOf(svg: SVGSVGElement, size: number): Promise<ImageData> {
  const markup = new XMLSerializer().serializeToString(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size, size);
  context.drawImage(image, 0, 0, size, size);
  return context.getImageData(0, 0, size, size);
}

const CUSTOM: CustomStretchInput[] = [
  { id: 'clinic-cat-cow', name: 'Cat–cow', steps: ['Kneel on all fours.', 'Round, then arch your back.'] },
  { id: 'clinic-wall-slide', name: 'Wall slide', steps: ['Stand with your back to a wall.', 'Slide down a little.'] },
];
// 280 characters, with accents, so the note's UTF-8 is longer than 280 bytes.
const NOTE = 'Do these every morning, slowly. Breathe out as you stretch; never hold your breath. A mild pull is fine; sharp pain means stop and call us. Après 2 semaines, ajoutez une répétition. Bring this sheet to your next visit on Tuesday so we can adjust the doses together. Thanks a lot!!';

const SIX: Program = {
  title: 'Low back program, week 1',
  note: NOTE,
  lang: 'fr',
  stretches: [
    { id: 'head-rolls', reps: 4 },
    { id: 'kneeling-back-extension', hold: 6, reps: 10, rest: 4 },
    { id: 'knee-to-chest', hold: 25, reps: 3, rest: 8 },
    { id: 'bird-dog', hold: 8, reps: 6, sides: 'none' },
    { id: 'clinic-cat-cow', hold: 5, reps: 10, rest: 2 },
    { id: 'clinic-wall-slide', hold: 15, reps: 5, rest: 20 },
  ],
};

describe('the QR code', () => {
  it('decodes back to the exact link: six stretches and a 280-character note', async () => {
    expect([...NOTE].length).to.equal(280);
    const el = await fixture<StretchProgramBuilder>(
      html`<stretch-program-builder page-url="https://www.example-clinic.com/patients/back-stretches" preview="off"></stretch-program-builder>`
    );
    el.customStretches = CUSTOM;
    el.program = SIX;
    await el.updateComplete;
    const link = el.link!;
    expect(readProgram(link.split('#program=')[1])).to.deep.equal(SIX);
    const code = qrCode(link)!;
    // Printed at 7 cm (the handout's size), a module is 70 mm / size.
    console.log(
      `six-stretch link with a 280-character note: ${link.length} characters; QR version ${code.version}, ${code.size - 2 * QR_QUIET_ZONE} modules + quiet zone, ${(70 / code.size).toFixed(2)} mm per module at 7 cm`
    );
    const jsQR = await loadJsQR();
    const svg = $(el, '.output svg.qr') as unknown as SVGSVGElement;
    // About 4 pixels a module, like a phone camera a hand's width from the page.
    const size = code.size * 4;
    const pixels = await pixelsOf(svg, size);
    const found = jsQR(pixels.data, size, size);
    expect(found, 'jsQR found no code').to.not.equal(null);
    expect(found!.data).to.equal(link);
  });

  it('uses error correction level M or better', async () => {
    const jsQR = await loadJsQR();
    const text = 'https://clinic.example/#program=AQA';
    const code = qrCode(text)!;
    const svg = new DOMParser().parseFromString(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${code.size} ${code.size}"><rect width="${code.size}" height="${code.size}" fill="#fff"/><path d="${code.path}"/></svg>`,
      'image/svg+xml'
    ).documentElement as unknown as SVGSVGElement;
    const pixels = await pixelsOf(svg, code.size * 4);
    // jsQR reports the format's error-correction level through its decoded chunks' version info; check
    // the format bits directly instead: read them from the matrix around the top-left finder.
    const found = jsQR(pixels.data, code.size * 4, code.size * 4);
    expect(found!.data).to.equal(text);
    const dark = (x: number, y: number) => {
      const i = ((y * 4 + 2) * code.size * 4 + (x * 4 + 2)) * 4;
      return pixels.data[i] < 128;
    };
    const q = QR_QUIET_ZONE;
    // Format bits 14 and 13 (x = 0, 1 at row 8 next to the top-left finder), XOR-masked with 1 0:
    // level M is 00 → read 1 0; L is 01 → 1 1; Q is 11 → 0 1; H is 10 → 0 0.
    const bits = [dark(q + 0, q + 8), dark(q + 1, q + 8)].map((b) => (b ? 1 : 0)).join('');
    expect(bits).to.equal('10');
  });
});
