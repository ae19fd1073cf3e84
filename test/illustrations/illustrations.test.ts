import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import {
  illustrationAlt,
  illustrationCaption,
  illustrationStyles,
  pictureForTimer,
  renderStretchIllustration,
  type PictureSide,
  type Pose,
} from '../../src/illustrations/index.js';
import { STRETCH_IDS, type StretchId } from '../../src/index.js';
import { buildPlan } from '../../src/timer/plan.js';

const ONE_SIDED: StretchId[] = ['head-rolls', 'knee-to-chest', 'bird-dog'];
const POSES: Pose[] = ['start', 'end'];
const SIDES: Array<PictureSide | undefined> = ['right', 'left', undefined];

/** Renders into a host whose shadow root has the illustration styles and the theme tokens. */
async function draw(id: StretchId, pose: Pose, side: PictureSide | undefined, animate = false) {
  const host = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
  const root = host.attachShadow({ mode: 'open' });
  const tokens = new CSSStyleSheet();
  tokens.replaceSync(':host { --_text: #1d2426; --_accent: #0b6b6b; --_muted: #4b5759; --_surface: #fff; display: block }');
  root.adoptedStyleSheets = [tokens, illustrationStyles.styleSheet!];
  render(renderStretchIllustration(id, pose, side, { animate }), root);
  const svg = root.querySelector('svg')!;
  return { host, svg };
}

/** The points of a path's "M x y L x y …" data. */
function points(path: Element): Array<[number, number]> {
  return (path.getAttribute('d') ?? '')
    .slice(1)
    .split('L')
    .map((pair) => pair.trim().split(/\s+/).map(Number) as [number, number]);
}

function center(rect: DOMRect) {
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

describe('illustrations', () => {
  describe('every stretch, pose and side', () => {
    for (const id of STRETCH_IDS) {
      for (const pose of POSES) {
        for (const side of SIDES) {
          it(`${id} ${pose} ${side ?? '(no side)'}: an accessible <svg role="img"> named by its alt text`, async () => {
            const { host, svg } = await draw(id, pose, side);
            expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
            expect(svg.getAttribute('role')).to.equal('img');
            expect(svg.getAttribute('aria-label')).to.equal(illustrationAlt(id, pose, side));
            expect(svg.dataset.pose).to.equal(pose);
            const drawnSide = ONE_SIDED.includes(id) ? (side ?? 'right') : 'none';
            expect(svg.dataset.side).to.equal(drawnSide);
            // One pose when still; every element in the SVG namespace (svg`` fragments, not html``).
            const groups = svg.querySelectorAll('g.pose');
            expect(groups).to.have.length(1);
            expect((groups[0] as SVGGElement).dataset.pose).to.equal(pose);
            for (const child of svg.querySelectorAll('*')) expect(child.namespaceURI).to.equal('http://www.w3.org/2000/svg');
            // Nothing a strict CSP blocks, nothing fetched.
            expect(svg.querySelectorAll('[style]')).to.have.length(0);
            expect(svg.querySelectorAll('image, use, [href], foreignObject')).to.have.length(0);
            // The moving part is drawn in the accent colour.
            expect(svg.querySelectorAll('.pose .a').length).to.be.greaterThan(0);
            await expect(host).to.be.accessible();
          });
        }
      }
    }
  });

  it('start and end are different drawings', async () => {
    for (const id of STRETCH_IDS) {
      const { svg: start } = await draw(id, 'start', 'right');
      const { svg: end } = await draw(id, 'end', 'right');
      expect(start.querySelector('.pose')!.innerHTML, id).not.to.equal(end.querySelector('.pose')!.innerHTML);
    }
  });

  describe('sides', () => {
    it('one-sided stretches mirror for the left side; the right side and two-sided stretches are not mirrored', async () => {
      for (const id of ONE_SIDED) {
        const { svg: right } = await draw(id, 'end', 'right');
        const { svg: left } = await draw(id, 'end', 'left');
        expect(right.querySelector('.scene')!.hasAttribute('transform'), id).to.equal(false);
        expect(left.querySelector('.scene')!.getAttribute('transform'), id).to.equal('matrix(-1 0 0 1 160 0)');
        expect(left.querySelector('.pose')!.innerHTML, id).to.equal(right.querySelector('.pose')!.innerHTML);
        // The moving part sits mirror-wise: as far from the left edge on one as from the right edge on the other.
        const box = right.getBoundingClientRect();
        const r = center([...right.querySelectorAll('.pose .a')].map((e) => e.getBoundingClientRect()).reduce(union));
        const l = center([...left.querySelectorAll('.pose .a')].map((e) => e.getBoundingClientRect()).reduce(union));
        const leftBox = left.getBoundingClientRect();
        expect(r.x - box.left, id).to.be.closeTo(leftBox.right - l.x, 1);
      }
      const { svg: kneeling } = await draw('kneeling-back-extension', 'end', 'left');
      expect(kneeling.querySelector('.scene')!.hasAttribute('transform')).to.equal(false);
      expect(kneeling.dataset.side).to.equal('none');
    });

    it('head rolls faces the viewer (it has a face), so the right ear tips toward the picture’s left', async () => {
      for (const side of ['right', 'left'] as const) {
        const { svg } = await draw('head-rolls', 'end', side);
        expect(svg.querySelectorAll('.pose .face-eye')).to.have.length(2);
        const box = svg.getBoundingClientRect();
        const head = center(svg.querySelector('.pose ellipse.a')!.getBoundingClientRect());
        const middle = box.left + box.width / 2;
        if (side === 'right') expect(head.x).to.be.lessThan(middle - 5);
        else expect(head.x).to.be.greaterThan(middle + 5);
      }
    });

    it('alt text names the position and the side', () => {
      expect(illustrationAlt('knee-to-chest', 'end', 'right')).to.equal('Lying on your back, right knee pulled toward your chest');
      expect(illustrationAlt('knee-to-chest', 'end', 'left')).to.equal('Lying on your back, left knee pulled toward your chest');
      expect(illustrationAlt('bird-dog', 'end', 'left')).to.equal('On your hands and knees, left leg stretched straight out behind you');
      expect(illustrationAlt('head-rolls', 'end', 'right')).to.equal('Sitting tall, right ear tipped toward your right shoulder');
      const all = new Set<string>();
      for (const id of ONE_SIDED) {
        for (const pose of POSES) {
          const right = illustrationAlt(id, pose, 'right');
          const left = illustrationAlt(id, pose, 'left');
          expect(right, `${id} ${pose}`).to.match(/\bright\b/).and.not.match(/\bleft\b/);
          expect(left, `${id} ${pose}`).to.match(/\bleft\b/).and.not.match(/\bright\b/);
          // No side given: the picture is drawn for the right side, and says so.
          expect(illustrationAlt(id, pose, undefined)).to.equal(right);
          all.add(right).add(left);
        }
      }
      for (const pose of POSES) {
        const text = illustrationAlt('kneeling-back-extension', pose, 'left');
        expect(text).not.to.match(/\b(right|left)\b/);
        all.add(text);
      }
      expect(all.size).to.equal(14);
    });

    it('captions name the side and the position', () => {
      expect(illustrationCaption('knee-to-chest', 'start', 'right')).to.equal('Right side · Start position');
      expect(illustrationCaption('bird-dog', 'end', 'left')).to.equal('Left side · End position');
      expect(illustrationCaption('kneeling-back-extension', 'end', 'left')).to.equal('End position');
    });
  });

  describe('anatomy', () => {
    it('bird dog: hands under the shoulders, knees under the hips, the lifted leg level with the hip', async () => {
      const { svg: start } = await draw('bird-dog', 'start', 'right');
      const [nearLeg] = [...start.querySelectorAll('.pose path.l.a')].map(points);
      const [hip, knee] = nearLeg;
      expect(knee[0]).to.be.closeTo(hip[0], 0.5);
      const arm = points([...start.querySelectorAll('.pose path.l:not(.a):not(.b)')].pop()!);
      expect(arm[1][0]).to.be.closeTo(arm[0][0], 0.5);
      const { svg: end } = await draw('bird-dog', 'end', 'right');
      const [lifted] = [...end.querySelectorAll('.pose path.l.a')].map(points);
      expect(lifted[2][1]).to.be.closeTo(lifted[0][1], 0.5);
      // The other knee stays down under the hip.
      const other = points(end.querySelector('.pose path.l.b')!);
      expect(other[1][0]).to.be.closeTo(other[0][0], 0.5);
    });

    it('kneeling back extension: knees stay put and the back stays straight (hip, shoulder and head in line)', async () => {
      for (const pose of POSES) {
        const { svg } = await draw('kneeling-back-extension', pose, undefined);
        const [hip, shoulder] = points(svg.querySelector('.pose path.t')!);
        const headEl = svg.querySelector('.pose ellipse')!;
        const head: [number, number] = [Number(headEl.getAttribute('cx')), Number(headEl.getAttribute('cy'))];
        const trunk = Math.atan2(shoulder[1] - hip[1], shoulder[0] - hip[0]);
        const neck = Math.atan2(head[1] - shoulder[1], head[0] - shoulder[0]);
        expect(Math.abs(trunk - neck) * (180 / Math.PI), pose).to.be.lessThan(8);
      }
      const knee = async (pose: Pose) => points((await draw('kneeling-back-extension', pose, undefined)).svg.querySelector('.pose path.l:not(.b)')!)[1];
      expect(await knee('start')).to.deep.equal(await knee('end'));
    });

    it('knee to chest: the named knee comes up toward the chest, the other foot stays on the floor', async () => {
      const { svg: start } = await draw('knee-to-chest', 'start', 'right');
      const { svg: end } = await draw('knee-to-chest', 'end', 'right');
      const near = (svg: SVGSVGElement) => points(svg.querySelector('.pose path.l.a')!);
      const [hip] = near(end);
      // The knee moves from beyond the hip (toward the feet) to the chest side of it, and higher.
      expect(near(start)[1][0]).to.be.greaterThan(hip[0]);
      expect(near(end)[1][0]).to.be.lessThan(hip[0]);
      expect(near(end)[1][1]).to.be.lessThan(near(start)[1][1]);
      const far = (svg: SVGSVGElement) => points(svg.querySelector('.pose path.l.b')!);
      expect(far(end)).to.deep.equal(far(start));
      expect(far(end)[3][1]).to.be.greaterThan(100);
    });
  });

  describe('motion', () => {
    afterEach(async () => {
      try {
        await emulateMedia({ reducedMotion: 'no-preference' });
      } catch {
        // not supported in this browser
      }
    });

    it('animate: both poses, cross-fading, resting on the given pose', async () => {
      const { svg } = await draw('bird-dog', 'start', 'left', true);
      expect(svg.classList.contains('animate')).to.equal(true);
      const main = svg.querySelector<SVGGElement>('.pose.main')!;
      const alt = svg.querySelector<SVGGElement>('.pose.alt')!;
      expect(main.dataset.pose).to.equal('start');
      expect(alt.dataset.pose).to.equal('end');
      expect(getComputedStyle(main).animationName).to.equal('backcare-pose-main');
      expect(getComputedStyle(alt).animationName).to.equal('backcare-pose-alt');
      expect(getComputedStyle(alt).display).not.to.equal('none');
      // Still the start pose's name.
      expect(svg.getAttribute('aria-label')).to.equal(illustrationAlt('bird-dog', 'start', 'left'));
    });

    it('with prefers-reduced-motion: reduce, a still picture of the given pose', async function () {
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        this.skip();
      }
      const { svg } = await draw('bird-dog', 'start', 'left', true);
      const main = svg.querySelector<SVGGElement>('.pose.main')!;
      const alt = svg.querySelector<SVGGElement>('.pose.alt')!;
      expect(getComputedStyle(alt).display).to.equal('none');
      expect(getComputedStyle(main).animationName).to.equal('none');
      expect(getComputedStyle(main).opacity).to.equal('1');
    });

    it('not animated: no second pose at all', async () => {
      const { svg } = await draw('bird-dog', 'end', 'right', false);
      expect(svg.classList.contains('animate')).to.equal(false);
      expect(svg.querySelectorAll('.pose.alt')).to.have.length(0);
    });
  });

  describe('pictureForTimer', () => {
    const plan = buildPlan({ hold: 30, reps: 2, sides: 'each', rest: 5, getReady: 3 });
    const at = (index: number) => plan[index];

    it('idle: start pose, first side, still', () => {
      expect(pictureForTimer('idle', at(0), plan)).to.deep.equal({ pose: 'start', side: 'right', animate: false });
    });

    it('each phase while running', () => {
      const seen = plan.map((phase) => {
        const p = pictureForTimer(phase.kind === 'done' ? 'done' : 'running', phase, plan);
        return `${phase.kind}:${p.pose}:${p.side}:${p.animate ? 'loop' : 'still'}`;
      });
      expect(seen).to.deep.equal([
        'get-ready:start:right:loop',
        'hold:end:right:still',
        'switch-sides:start:left:loop',
        'hold:end:left:still',
        'rest:start:right:loop',
        'hold:end:right:still',
        'switch-sides:start:left:loop',
        'hold:end:left:still',
        'done:end:left:still',
      ]);
    });

    it('paused: the same picture, still', () => {
      expect(pictureForTimer('paused', at(0), plan)).to.deep.equal({ pose: 'start', side: 'right', animate: false });
      expect(pictureForTimer('paused', at(3), plan)).to.deep.equal({ pose: 'end', side: 'left', animate: false });
    });

    it('two-sided plans have no side', () => {
      const none = buildPlan({ hold: 5, reps: 2, sides: 'none', rest: 3, getReady: 3 });
      expect(pictureForTimer('running', none[1], none)).to.deep.equal({ pose: 'end', side: undefined, animate: false });
      expect(pictureForTimer('done', none[none.length - 1], none).side).to.equal(undefined);
    });
  });
});

function union(a: DOMRect, b: DOMRect): DOMRect {
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  return new DOMRect(left, top, Math.max(a.right, b.right) - left, Math.max(a.bottom, b.bottom) - top);
}
