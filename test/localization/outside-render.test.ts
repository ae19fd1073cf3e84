import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
// The CDN entry on a page whose <html> has no lang: the page is English; each element below asks
// for Spanish with its own lang="es".
import '../../src/cdn.js';
import type { StretchRoutine, StretchTimer } from '../../src/index.js';
import { preloadLocale } from '../../src/localization/index.js';
import { $, $$, fakeClock, installFakeWakeLock } from '../helpers.js';
import { hasWords, settle } from './l10n-helpers.js';

/*
 * Text an element makes outside render() — live-region announcements, speech, notices, event
 * details, the print handout, the document title — must be in the element's language, not the
 * page's. Each scene runs twice on this English page: once without lang (English) and once under
 * lang="es"; every such text of the Spanish run must differ from the English one (a text made in
 * the page's language by mistake would be identical), and event details must carry no text at all.
 */

const EVENTS = [
  'cause-toggle',
  'timer-start',
  'timer-pause',
  'timer-phase',
  'timer-complete',
  'timer-reset',
  'stretch-complete',
  'routine-start',
  'routine-step',
  'routine-pause',
  'routine-complete',
  'pain-report',
];

interface Produced {
  /** Each new text of a status region ([role=status]: live announcements and notices), in order. */
  statuses: string[];
  spoken: string[];
  /** The text of the print handout, when the element has one. */
  print: string[];
  details: unknown[];
  title: string;
}

/** Every element and shadow root under `root`, to find status regions in nested elements too. */
function deepQuery(root: Element | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepQuery(el.shadowRoot, selector));
  return found;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Every string anywhere in an event detail. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

type Step = (el: HTMLElement, clock: sinon.SinonFakeTimers) => unknown;

interface Scene {
  template: (lang: string | undefined) => TemplateResult;
  steps: Step[];
  /** Which kinds of outside-render text the scene must produce (so the test cannot pass empty). */
  expects: Array<'statuses' | 'spoken' | 'print' | 'details'>;
}

async function run(scene: Scene, lang: string | undefined): Promise<Produced> {
  const produced: Produced = { statuses: [], spoken: [], print: [], details: [], title: '' };
  const titleBefore = document.title;
  const wrapper = await fixture<HTMLDivElement>(html`<div>${scene.template(lang)}</div>`);
  for (const type of EVENTS) wrapper.addEventListener(type, (event) => produced.details.push((event as CustomEvent).detail));
  const el = wrapper.firstElementChild as HTMLElement;
  // The CDN entry loads <stretch-routine> and <back-pain-guide> when their tag first appears.
  await customElements.whenDefined(el.localName);
  await settle(wrapper);
  const seen = new Set<string>();
  const readStatuses = () => {
    for (const region of deepQuery(el.shadowRoot!, '[role="status"]')) {
      const text = clean(region.textContent);
      if (text && !seen.has(text)) {
        seen.add(text);
        produced.statuses.push(text);
      }
    }
  };
  const speak = speechSynthesis.speak as sinon.SinonStub;
  speak.resetHistory();
  const clock = fakeClock();
  try {
    for (const step of scene.steps) {
      await step(el, clock);
      await clock.tickAsync(0);
      await settle(wrapper);
      readStatuses();
    }
  } finally {
    clock.restore();
  }
  produced.spoken = speak.getCalls().map((call) => (call.args[0] as SpeechSynthesisUtterance).text);
  window.dispatchEvent(new Event('beforeprint'));
  for (const handout of deepQuery(el.shadowRoot!, '[part="handout"]')) produced.print.push(...clean(handout.textContent).split(/(?<=\.) /));
  window.dispatchEvent(new Event('afterprint'));
  produced.title = document.title;
  expect(document.title, 'document title').to.equal(titleBefore);
  return produced;
}

const button = (root: HTMLElement, label: RegExp) => {
  const found = $$(root, 'button').find((b) => label.test(clean(b.textContent)));
  if (!found) throw new Error(`no button ${label} in ${root.localName}`);
  (found as HTMLButtonElement).click();
};
const primary = (el: HTMLElement) => ($(el, '[part="primary-button"]') as HTMLButtonElement).click();
const innerTimer = (el: HTMLElement) => el.shadowRoot!.querySelector('stretch-timer') as StretchTimer;
const memoryStorage = () => {
  const data = new Map<string, string>();
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
};

const routineSteps = (routine: (el: HTMLElement) => StretchRoutine): Step[] => [
  (el) => primary(routine(el)), // safety → start
  (el) => primary(routine(el)), // start → pain before
  (el) => ($$(routine(el), 'input[type="radio"]')[2] as HTMLInputElement).click(),
  (el) => primary(routine(el)), // → session: "Stretch 1 of 2: …" is announced and spoken
  (_el, clock) => clock.tickAsync(3000), // get ready → hold
  (_el, clock) => clock.tickAsync(21000), // "10 seconds left" in the 30-second hold of knee to chest
  (el) => routine(el).pause(),
  (el) => {
    const r = routine(el);
    r.resume();
    while (!r.phase.between) r.next(); // the rest before the next stretch: "Rest. Next: …"
  },
  (el) => {
    const r = routine(el);
    while (r.screen === 'session') r.next();
  },
  (el) => ($$(routine(el), 'input[type="radio"]')[8] as HTMLInputElement).click(),
  (el) => primary(routine(el)), // → pain advice
  (el) => primary(routine(el)), // → summary
  (el) => button(routine(el), /^(Forget my progress|Borrar mi progreso)$/), // the notice
];

const SCENES: Record<string, Scene> = {
  'back-pain-causes': {
    template: (lang) => html`<back-pain-causes lang=${lang ?? 'en'}></back-pain-causes>`,
    steps: [(el) => ($$(el, '[part="cause-summary"]')[0] as HTMLElement).click(), (el) => ($$(el, '[part="cause-summary"]')[1] as HTMLElement).click()],
    expects: ['details'],
  },
  'stretch-timer': {
    template: (lang) =>
      html`<stretch-timer lang=${lang ?? 'en'} hold="25" reps="2" sides="each" voice="on" sound="off" vibrate="off"></stretch-timer>`,
    steps: [
      (el) => (el as StretchTimer).start(),
      (_el, clock) => clock.tickAsync(3000),
      (_el, clock) => clock.tickAsync(16000),
      (el) => (el as StretchTimer).next(),
      (el) => (el as StretchTimer).next(),
      (el) => (el as StretchTimer).pause(),
      (el) => {
        const timer = el as StretchTimer;
        while (timer.status !== 'done') timer.next();
      },
      (el) => (el as StretchTimer).reset(),
    ],
    expects: ['statuses', 'spoken', 'details'],
  },
  'stretch-card': {
    template: (lang) => html`<stretch-card lang=${lang ?? 'en'} stretch="knee-to-chest" voice="on" sound="off" vibrate="off"></stretch-card>`,
    steps: [
      (el) => innerTimer(el).start(),
      (_el, clock) => clock.tickAsync(3000),
      (el) => innerTimer(el).next(),
      (el) => {
        const timer = innerTimer(el);
        while (timer.status !== 'done') timer.next();
      },
    ],
    expects: ['statuses', 'spoken', 'details'],
  },
  'stretch-routine': {
    template: (lang) => html`<stretch-routine
      lang=${lang ?? 'en'}
      pain-check
      remember
      .storage=${memoryStorage()}
      stretches="knee-to-chest bird-dog"
      voice="on"
      sound="off"
      vibrate="off"
    ></stretch-routine>`,
    steps: routineSteps((el) => el as StretchRoutine),
    expects: ['statuses', 'spoken', 'print', 'details'],
  },
  'back-pain-guide': {
    template: (lang) => html`<back-pain-guide lang=${lang ?? 'en'} stretches="knee-to-chest bird-dog" pain-check remember></back-pain-guide>`,
    steps: [
      (el) => {
        localStorage.removeItem('backcare-elements:routine');
        button(el, /./); // the guide's only button opens the routine
      },
      async (el) => {
        const routine = el.shadowRoot!.querySelector('stretch-routine') as StretchRoutine;
        routine.voice = 'on';
        routine.sound = 'off';
        routine.vibrate = 'off';
        await routine.updateComplete;
      },
      ...routineSteps((el) => el.shadowRoot!.querySelector('stretch-routine') as StretchRoutine),
      () => localStorage.removeItem('backcare-elements:routine'),
    ],
    expects: ['statuses', 'spoken', 'print', 'details'],
  },
};

describe('text made outside render() is in the element’s language (lang="es" on an English page)', function () {
  this.timeout(60000);
  let wakeLock: ReturnType<typeof installFakeWakeLock>;

  before(async () => {
    await preloadLocale('es');
  });
  beforeEach(() => {
    wakeLock = installFakeWakeLock();
    const voices = [
      { lang: 'en-US', name: 'English', voiceURI: 'en', localService: true, default: true },
      { lang: 'es-ES', name: 'Español', voiceURI: 'es', localService: true, default: false },
    ] as SpeechSynthesisVoice[];
    class FakeUtterance {
      voice: SpeechSynthesisVoice | null = null;
      lang = '';
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    }
    sinon.replace(window, 'SpeechSynthesisUtterance', FakeUtterance as unknown as typeof SpeechSynthesisUtterance);
    sinon.stub(speechSynthesis, 'getVoices').returns(voices);
    sinon.stub(speechSynthesis, 'speak');
    sinon.stub(speechSynthesis, 'cancel');
  });
  afterEach(() => {
    wakeLock.restore();
    sinon.restore();
  });

  for (const [name, scene] of Object.entries(SCENES)) {
    it(`<${name}>: announcements, speech, notices, print text and event details`, async () => {
      const english = await run(scene, undefined);
      const spanish = await run(scene, 'es');
      for (const kind of scene.expects) {
        expect(spanish[kind].length, `${name} produces ${kind}`).to.be.greaterThan(0);
      }
      for (const kind of ['statuses', 'spoken', 'print'] as const) {
        expect(spanish[kind].length, `${name}: as many ${kind} in Spanish as in English`).to.equal(english[kind].length);
        spanish[kind].forEach((text, index) => {
          const en = english[kind][index];
          if (!hasWords(en)) return;
          expect(text, `${name} ${kind} #${index} is not the English "${en}"`).to.not.equal(en);
          expect(hasWords(text), `${name} ${kind} #${index} has words`).to.equal(true);
        });
      }
      // Event details are language-neutral: ids, kinds, numbers and booleans, the same in both runs.
      for (const value of spanish.details.flatMap(stringsIn)) {
        expect(value, `${name}: event detail string "${value}" is an id, not text`).to.match(/^[a-z0-9-]+$/);
      }
      expect(spanish.details.length).to.equal(english.details.length);
    });
  }

  it('(the comparison catches text made in the page language: an English announcement equals itself)', async () => {
    const english = await run(SCENES['stretch-timer'], undefined);
    const again = await run(SCENES['stretch-timer'], 'en');
    expect(again.statuses).to.deep.equal(english.statuses);
    expect(again.spoken.length).to.be.greaterThan(0);
    expect(again.spoken).to.deep.equal(english.spoken);
  });
});
