import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { StretchRoutine, StretchTimer } from '../../src/index.js';
import { STRETCH_IDS } from '../../src/content/types.js';
import {
  ALL_LOCALES,
  TARGET_LOCALES,
  formatDays,
  formatSeconds,
  formatTimes,
  preloadLocale,
  setupLocalization,
  withLocale,
  type BackcareLocale,
} from '../../src/localization/index.js';
import { $, $$ } from '../helpers.js';
import { MESSAGE_ID, backcareElements, hasWords, settle, shadowRootChildren, visibleTexts } from './l10n-helpers.js';

// The page language is set per test (the way a host app calls setLocale); elements have no lang
// of their own, so live announcements, made outside an element's render, are in it too.
const l10n = setupLocalization({ followHtmlLang: false });

/**
 * Words that are the same in English and in the translation, on purpose: "Start" and "Pause" are
 * German/Polish/French words too; the Tagalog name keeps the English "Bird dog" in brackets after its Tagalog name.
 */
const SAME_AS_ENGLISH: Partial<Record<BackcareLocale, readonly string[]>> = {
  de: ['Start', 'Pause'],
  fr: ['Pause'],
  pl: ['Start'],
  tl: ['Bird dog'],
};

const memoryStorage = () => {
  const data = new Map<string, string>();
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
};

interface Scene {
  template: () => TemplateResult;
  /** Moves the element through its screens; the texts of every step are collected. */
  steps?: Array<(el: HTMLElement) => Promise<void> | void>;
}

const primary = (el: HTMLElement) => ($(el, '[part="primary-button"]') as HTMLButtonElement).click();

const SCENES: Record<string, Scene> = {
  'back-pain-causes': {
    template: () => html`<back-pain-causes expanded contact-href="/book"></back-pain-causes>`,
  },
  'stretch-card (all four)': {
    template: () => html`${STRETCH_IDS.map(
      (id) => html`<stretch-card stretch=${id} video-url="https://example.com/video" sound="off" vibrate="off"></stretch-card>`
    )}`,
  },
  'stretch-timer': {
    template: () => html`<stretch-timer hold="15-30" reps="2" sides="each" sound="off" vibrate="off"></stretch-timer>`,
    steps: [
      (el) => (el as StretchTimer).start(),
      (el) => (el as StretchTimer).next(),
      (el) => (el as StretchTimer).next(),
      (el) => (el as StretchTimer).next(),
      (el) => (el as StretchTimer).pause(),
      (el) => {
        const timer = el as StretchTimer;
        while (timer.status !== 'done') timer.next();
      },
    ],
  },
  'stretch-routine': {
    template: () =>
      html`<stretch-routine pain-check remember .storage=${memoryStorage()} stretches="knee-to-chest bird-dog" sound="off" vibrate="off"></stretch-routine>`,
    steps: [
      // safety → start screen → pain before → session → pain after → summary
      primary,
      primary,
      (el) => {
        ($$(el, 'input[type="radio"]')[3] as HTMLInputElement).click();
      },
      primary,
      (el) => (el as StretchRoutine).pause(),
      (el) => {
        const routine = el as StretchRoutine;
        routine.resume();
        routine.next();
        routine.pause();
      },
      (el) => {
        const routine = el as StretchRoutine;
        routine.skip();
        while (routine.screen === 'session') routine.next();
      },
      (el) => {
        ($$(el, 'input[type="radio"]')[9] as HTMLInputElement).click();
      },
      primary,
    ],
  },
  'stretch-routine (pain safety)': {
    template: () => html`<stretch-routine stretches="knee-to-chest bird-dog" contact-href="/book" sound="off" vibrate="off"></stretch-routine>`,
    steps: [
      // safety → start → pain 8 before → severe pain today → continue gently → It hurts → 3 →
      // go gently → go on → It hurts → 9 → stop advice → summary (with the pain-monitoring advice)
      primary,
      primary,
      (el) => ($$(el, 'input[type="radio"]')[8] as HTMLInputElement).click(),
      primary,
      (el) => ($$(el, 'button').find((b) => b.classList.contains('secondary')) as HTMLButtonElement).click(),
      (el) => ($(el, '[part="hurts-button"]') as HTMLButtonElement).click(),
      (el) => ($$(el, 'input[type="radio"]')[3] as HTMLInputElement).click(),
      primary,
      primary,
      (el) => ($(el, '[part="hurts-button"]') as HTMLButtonElement).click(),
      (el) => ($$(el, 'input[type="radio"]')[9] as HTMLInputElement).click(),
      (el) => {
        primary(el);
        expect((el as StretchRoutine).screen).to.equal('pain-advice');
      },
      (el) => {
        primary(el);
        expect((el as StretchRoutine).screen).to.equal('summary');
      },
    ],
  },
  'back-pain-guide': {
    template: () => html`<back-pain-guide contact-href="/book"></back-pain-guide>`,
  },
};

/** Renders a scene with the page in `lang`, runs its steps, and returns every text seen. */
async function collect(lang: string, scene: Scene) {
  await l10n.setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div>${scene.template()}</div>`);
  await settle(wrapper);
  const texts = new Set(visibleTexts(wrapper));
  const first = wrapper.firstElementChild as HTMLElement;
  for (const step of scene.steps ?? []) {
    await step(first);
    await settle(wrapper);
    for (const text of visibleTexts(wrapper)) texts.add(text);
  }
  return { wrapper, texts };
}

const english = new Map<string, Set<string>>();

async function englishTexts(name: string): Promise<Set<string>> {
  let texts = english.get(name);
  if (!texts) {
    texts = (await collect('en', SCENES[name])).texts;
    english.set(name, texts);
  }
  return texts;
}

describe('every element in every locale', function () {
  this.timeout(60000);

  before(async () => {
    await Promise.all(TARGET_LOCALES.map((locale) => preloadLocale(locale)));
  });

  for (const locale of TARGET_LOCALES) {
    describe(locale, () => {
      for (const name of Object.keys(SCENES)) {
        it(`${name}: no English left, lang/dir set, no raw ids, accessible`, async () => {
          const englishSeen = await englishTexts(name);
          const { wrapper, texts } = await collect(locale, SCENES[name]);
          const allowed = SAME_AS_ENGLISH[locale] ?? [];
          // A text is left over when it is exactly what English showed and still has words once
          // the names that stay English are taken out ("2. Bird dog" in Tagalog is fine).
          const withoutAllowed = (text: string) => [...allowed].reduce((rest, name) => rest.split(name).join(''), text);
          const leftovers = [...texts].filter((text) => englishSeen.has(text) && hasWords(withoutAllowed(text)));
          expect(leftovers, `English text left in ${locale}`).to.deep.equal([]);
          expect([...texts].filter((text) => MESSAGE_ID.test(text)), 'raw message ids').to.deep.equal([]);

          const dir = locale === 'ar' ? 'rtl' : 'ltr';
          for (const el of backcareElements(wrapper)) {
            for (const child of shadowRootChildren(el)) {
              expect(child.getAttribute('lang'), `${el.localName} root lang`).to.equal(locale);
              expect(child.getAttribute('dir'), `${el.localName} root dir`).to.equal(dir);
            }
            expect((el as unknown as { currentLocale: string }).currentLocale).to.equal(locale);
          }
          for (const el of [...wrapper.children]) await expect(el).to.be.accessible();
        });
      }
    });
  }
});

describe('English (the source) under the same runtime', () => {
  it('renders every scene with lang="en" dir="ltr" and no ids', async () => {
    for (const name of Object.keys(SCENES)) {
      const { wrapper, texts } = await collect('en-US', SCENES[name]);
      expect([...texts].filter((text) => MESSAGE_ID.test(text))).to.deep.equal([]);
      for (const el of backcareElements(wrapper)) {
        for (const child of shadowRootChildren(el)) {
          expect(child.getAttribute('lang')).to.equal('en');
          expect(child.getAttribute('dir')).to.equal('ltr');
        }
      }
    }
  });
});

describe('plural forms and numbers', () => {
  before(async () => {
    await Promise.all(ALL_LOCALES.map((locale) => preloadLocale(locale)));
  });
  const one = (n: number) => ({ min: n, max: n });

  it('English: one / other', () => {
    withLocale('en', () => {
      expect(formatSeconds(one(1))).to.equal('1 second');
      expect(formatSeconds(one(2))).to.equal('2 seconds');
      expect(formatSeconds({ min: 15, max: 30 })).to.equal('15–30 seconds');
      expect(formatTimes(one(1))).to.equal('once');
      expect(formatTimes(one(3))).to.equal('3 times');
      expect(formatDays(1)).to.equal('1 day');
      expect(formatDays(4)).to.equal('4 days');
    });
  });

  it('Polish: one / few / many', () => {
    withLocale('pl', () => {
      expect(formatSeconds(one(1))).to.equal('1 sekunda');
      expect(formatSeconds(one(2))).to.equal('2 sekundy');
      expect(formatSeconds(one(5))).to.equal('5 sekund');
      expect(formatSeconds(one(22))).to.equal('22 sekundy');
      expect(formatSeconds(one(25))).to.equal('25 sekund');
      expect(formatSeconds({ min: 15, max: 30 })).to.equal('15–30 sekund');
      expect(formatTimes(one(1))).to.equal('raz');
      expect(formatTimes(one(3))).to.equal('3 razy');
      expect(formatTimes(one(5))).to.equal('5 razy');
      expect(formatDays(1)).to.equal('1 dzień');
      expect(formatDays(3)).to.equal('3 dni');
    });
  });

  it('Arabic: zero / one / two / few / many / other', () => {
    withLocale('ar', () => {
      const digits = (text: string) => text.replace(/[^\d٠-٩]/g, '');
      expect(formatSeconds(one(0))).to.contain('ثانية');
      expect(formatSeconds(one(2))).to.contain('ثانيتين');
      expect(formatSeconds(one(3))).to.contain('ثوانٍ');
      expect(formatSeconds(one(10))).to.contain('ثوانٍ');
      expect(formatSeconds(one(11))).to.contain('ثانية');
      expect(formatSeconds(one(100))).to.contain('ثانية');
      expect(formatTimes(one(1))).to.equal('مرة واحدة');
      expect(formatTimes(one(2))).to.contain('مرتين');
      expect(formatTimes(one(5))).to.contain('مرات');
      expect(formatDays(2)).to.contain('يومين');
      expect(formatDays(7)).to.contain('أيام');
      expect(formatDays(12)).to.contain('يومًا');
      // The digits are whichever Intl uses for "ar", and the number itself is right.
      expect(digits(formatSeconds(one(30)))).to.be.oneOf(['30', '٣٠']);
    });
  });

  it('French says "0 seconde" and German "3-mal"; Chinese, Vietnamese and Tagalog do not inflect', () => {
    withLocale('fr', () => expect(formatSeconds(one(0))).to.equal('0 seconde'));
    withLocale('fr', () => expect(formatSeconds(one(2))).to.equal('2 secondes'));
    withLocale('de', () => expect(formatTimes(one(3))).to.equal('3-mal'));
    withLocale('de', () => expect(formatTimes(one(1))).to.equal('einmal'));
    withLocale('zh-CN', () => expect(formatSeconds(one(5))).to.equal('5秒'));
    withLocale('vi', () => expect(formatTimes(one(2))).to.equal('2 lần'));
    withLocale('tl', () => expect(formatSeconds(one(5))).to.equal('5 segundo'));
    withLocale('es-MX', () => expect(formatSeconds(one(1))).to.equal('1 segundo'));
  });

  it('the dose sentence keeps numbers and sides in every locale', () => {
    for (const locale of TARGET_LOCALES) {
      const text = withLocale(locale, () => formatSeconds({ min: 15, max: 30 }));
      expect(text.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))), locale).to.match(/15\s*[–-]\s*30/);
    }
  });
});

describe('right to left in Arabic', () => {
  before(() => preloadLocale('ar'));

  const left = (el: HTMLElement) => el.getBoundingClientRect().left;

  it('mirrors the timer buttons: Start is the rightmost, Next is to its left', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 40em">
      <stretch-timer lang="ar" sound="off" vibrate="off"></stretch-timer>
      <stretch-timer lang="en" sound="off" vibrate="off"></stretch-timer>
    </div>`);
    await settle(wrapper);
    const [arabic, english] = [...wrapper.children] as StretchTimer[];
    expect(getComputedStyle($(arabic, '.controls')).direction).to.equal('rtl');
    expect(left($(arabic, '[part="start-button"]'))).to.be.greaterThan(left($(arabic, '[part="next-button"]')));
    expect(left($(arabic, '[part="next-button"]'))).to.be.greaterThan(left($(arabic, '[part="reset-button"]')));
    expect(left($(english, '[part="start-button"]'))).to.be.lessThan(left($(english, '[part="next-button"]')));
    expect(shadowRootChildren(arabic)[0].getAttribute('dir')).to.equal('rtl');
  });

  it('mirrors the routine session controls', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" style="inline-size: 60em">
      <stretch-routine pain-check="off" stretches="bird-dog" sound="off" vibrate="off"></stretch-routine>
    </div>`);
    const routine = wrapper.firstElementChild as StretchRoutine;
    await settle(wrapper);
    primary(routine);
    await routine.updateComplete;
    primary(routine);
    await routine.updateComplete;
    routine.pause();
    await routine.updateComplete;
    const buttons = $$(routine, '[part="controls"] button');
    // Back comes first in the source; in Arabic it sits at the right end.
    expect(left(buttons[0])).to.be.greaterThan(left(buttons[1]));
    expect(getComputedStyle($(routine, '[part="progress"]')).direction).to.equal('rtl');
  });

  it('sets dir="ltr" on a Spanish element inside an Arabic page section', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><stretch-card lang="es" stretch="bird-dog"></stretch-card></div>`);
    await settle(wrapper);
    const card = wrapper.firstElementChild!;
    expect(shadowRootChildren(card)[0].getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle($(card, 'ol')).direction).to.equal('ltr');
  });
});
