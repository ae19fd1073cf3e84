import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import type { StretchRoutine, StretchTimer } from '../src/index.js';
import { ALL_LOCALES } from '../src/localization/index.js';

/**
 * Languages. Each element shows its own `lang`, else the nearest ancestor's, else the page's
 * (`<html lang>`, set here by the Language toolbar), with fallback by language family
 * (`es-MX` → Spanish, `zh-SG` → Simplified Chinese, anything unknown → English with one console
 * warning). Translations load lazily, one module per language; English never loads anything.
 * Every translation is unreviewed (see README, "Languages").
 */
interface LanguageArgs {
  lang: string;
}

const meta: Meta<LanguageArgs> = {
  title: 'Localization',
  args: { lang: 'es' },
  argTypes: {
    lang: {
      control: 'select',
      options: [...ALL_LOCALES, 'es-MX', 'zh-SG', 'fil-PH', 'pt-BR', 'xx'],
      description: 'The `lang` of a wrapper around the elements (overrides the page language).',
    },
  },
};
export default meta;
type Story = StoryObj<LanguageArgs>;

/** Starts the timer(s) in a story, so phase names and the live region show in the language. */
const startTimers = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  for (const timer of canvasElement.querySelectorAll<StretchTimer>('stretch-timer')) {
    await timer.updateComplete;
    timer.start();
    timer.next();
  }
};

/** Every element, in the language chosen under Controls (a `lang` on a wrapper). */
export const EveryElement: Story = {
  render: ({ lang }) => html`<div lang=${lang} style="display: grid; gap: 1.5em; max-inline-size: 48em">
    <stretch-routine stretches="knee-to-chest bird-dog" sound="off"></stretch-routine>
    <stretch-timer hold="15-30" reps="2" sides="each" sound="off" style="max-inline-size: 24em"></stretch-timer>
    <stretch-card stretch="knee-to-chest" sound="off"></stretch-card>
    <back-pain-causes expanded contact-href="#book"></back-pain-causes>
  </div>`,
  play: startTimers,
};

/** The routine's safety panel, the first thing a patient reads, in Arabic (right to left). */
export const SafetyPanelArabic: Story = {
  args: { lang: 'ar' },
  render: ({ lang }) => html`<div lang=${lang} style="max-inline-size: 30em">
    <stretch-routine sound="off"></stretch-routine>
  </div>`,
};

/** A running routine session in Simplified Chinese. */
export const RoutineSessionChinese: Story = {
  args: { lang: 'zh-Hans' },
  render: ({ lang }) => html`<div lang=${lang} style="max-inline-size: 30em">
    <stretch-routine stretches="knee-to-chest" sound="off"></stretch-routine>
  </div>`,
  play: async ({ canvasElement }) => {
    const routine = canvasElement.querySelector('stretch-routine') as StretchRoutine;
    await routine.updateComplete;
    for (let i = 0; i < 2; i++) {
      routine.shadowRoot!.querySelector<HTMLButtonElement>('[part="primary-button"]')!.click();
      await routine.updateComplete;
    }
  },
};

/**
 * Several languages on one page: each element follows its own `lang` (or its wrapper's),
 * whatever the page language is. A clinic can name its emergency number by attribute.
 */
export const MixedLanguages: Story = {
  render: () => html`<div style="display: grid; gap: 1.5em; grid-template-columns: repeat(auto-fit, minmax(18em, 1fr))">
    <stretch-timer lang="es-MX" sides="each" sound="off"></stretch-timer>
    <stretch-timer lang="ar" sides="each" sound="off"></stretch-timer>
    <stretch-timer lang="zh-CN" sides="each" sound="off"></stretch-timer>
    <stretch-timer lang="pl" hold="22" reps="5" sound="off"></stretch-timer>
    <section lang="de"><back-pain-causes emergency-number="112"></back-pain-causes></section>
    <section lang="vi"><back-pain-causes></back-pain-causes></section>
  </div>`,
  play: startTimers,
};

/** Unknown or malformed languages show English, with one warning in the console. */
export const Fallbacks: Story = {
  render: () => html`<div style="display: grid; gap: 1em; grid-template-columns: repeat(auto-fit, minmax(16em, 1fr))">
    ${['es-MX', 'zh-SG', 'fil-PH', 'pt-BR', 'xx', '123'].map(
      (lang) => html`<figure style="margin: 0">
        <figcaption><code>lang="${lang}"</code></figcaption>
        <stretch-timer lang=${lang} compact sound="off"></stretch-timer>
      </figure>`
    )}
  </div>`,
};
