import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define.js';
import type { CustomStretchInput, StretchRoutine } from '../src/index.js';

interface RoutineArgs {
  stretches: string;
  rest: string;
  getReady: string;
  painCheck: boolean;
  remember: boolean;
  contactHref?: string;
  contactLabel?: string;
  theme?: 'light' | 'dark' | 'auto';
  sound: 'on' | 'off';
}

const attr = (value: string | undefined) => (value == null || value === '' ? nothing : value);

const routine = (args: RoutineArgs) => html`
  <stretch-routine
    style="max-inline-size: 52em"
    stretches=${args.stretches}
    rest=${args.rest}
    get-ready=${args.getReady}
    pain-check=${args.painCheck ? 'on' : 'off'}
    ?remember=${args.remember}
    contact-href=${attr(args.contactHref)}
    contact-label=${attr(args.contactLabel)}
    theme=${attr(args.theme)}
    sound=${args.sound}
  ></stretch-routine>
`;

type Play = NonNullable<StoryObj<RoutineArgs>['play']>;

/** Clicks the buttons (by their text) of the story's routine, one after another. */
function clickThrough(...labels: string[]): Play {
  return async ({ canvasElement }) => {
    const el = canvasElement.querySelector('stretch-routine') as StretchRoutine;
    for (const label of labels) {
      await el.updateComplete;
      const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
      if (!button) throw new Error(`No "${label}" button on the ${el.screen} screen`);
      button.click();
    }
    await el.updateComplete;
  };
}

/** Starts the session and moves `nexts` phases on, then pauses. */
function sessionAt(nexts: number): Play {
  return async (context) => {
    await clickThrough('None of these apply to me', 'Start the routine')(context);
    const el = context.canvasElement.querySelector('stretch-routine') as StretchRoutine;
    for (let i = 0; i < nexts; i++) el.next();
    el.pause();
    await el.updateComplete;
  };
}

const meta: Meta<RoutineArgs> = {
  title: 'Elements/stretch-routine',
  component: 'stretch-routine',
  render: routine,
  args: {
    stretches: 'head-rolls kneeling-back-extension knee-to-chest bird-dog',
    rest: '15',
    getReady: '3',
    // The element's pain check is on by default; these stories turn it off (pain-check="off") unless
    // they are about it, so they can click straight from Start into the session.
    painCheck: false,
    remember: false,
    contactHref: '/contact',
    contactLabel: 'Book an assessment',
    sound: 'off',
  },
  argTypes: {
    theme: { control: 'select', options: ['light', 'dark', 'auto'] },
    sound: { control: 'inline-radio', options: ['on', 'off'] },
  },
};
export default meta;
type Story = StoryObj<RoutineArgs>;

export const SafetyCheck: Story = {};
export const StopAdvice: Story = { play: clickThrough('I have one or more of these') };
export const StartScreen: Story = { play: clickThrough('None of these apply to me') };
export const Hold: Story = { play: sessionAt(1) };
export const RestBetweenStretches: Story = { play: sessionAt(12) };
export const PainCheck: Story = { args: { painCheck: true }, play: clickThrough('None of these apply to me', 'Start the routine') };
export const Summary: Story = {
  args: { stretches: 'knee-to-chest bird-dog' },
  play: async (context) => {
    await clickThrough('None of these apply to me', 'Start the routine')(context);
    const el = context.canvasElement.querySelector('stretch-routine') as StretchRoutine;
    el.skip();
    while (el.status !== 'done') el.next();
    await el.updateComplete;
  },
};
export const PainAdvice: Story = {
  args: { painCheck: true, stretches: 'bird-dog' },
  play: async (context) => {
    const el = context.canvasElement.querySelector('stretch-routine') as StretchRoutine;
    await clickThrough('None of these apply to me', 'Start the routine')(context);
    const pick = async (score: number) => {
      await el.updateComplete;
      (el.shadowRoot!.querySelector(`input[value="${score}"]`) as HTMLInputElement).click();
    };
    await pick(2);
    await clickThrough('Continue')(context);
    while (el.status !== 'done') el.next();
    await pick(7);
    await clickThrough('Continue')(context);
  },
};

/** Picks a score on the pain scale on show. */
async function pick(el: StretchRoutine, score: number) {
  await el.updateComplete;
  (el.shadowRoot!.querySelector(`input[value="${score}"]`) as HTMLInputElement).click();
  await el.updateComplete;
}

/** Pain 8 before the session: advice not to stretch today, the clinic's contact and the urgent-care signs. */
export const SeverePainToday: Story = {
  args: { painCheck: true, stretches: 'knee-to-chest bird-dog' },
  play: async (context) => {
    const el = context.canvasElement.querySelector('stretch-routine') as StretchRoutine;
    await clickThrough('None of these apply to me', 'Start the routine')(context);
    await pick(el, 8);
    await clickThrough('Continue')(context);
    await expect(el.screen).toBe('severe-pain');
  },
};

/** "It hurts" during a hold: the session pauses and asks for a score now. */
export const ItHurtsScoreNow: Story = {
  args: { painCheck: true, stretches: 'knee-to-chest bird-dog' },
  play: async (context) => {
    const el = context.canvasElement.querySelector('stretch-routine') as StretchRoutine;
    await clickThrough('None of these apply to me', 'Start the routine')(context);
    await pick(el, 2);
    await clickThrough('Continue')(context);
    el.next();
    await clickThrough('It hurts')(context);
    await pick(el, 3); // 1 above the before score, under 7: no stop advice
    await expect(el.screen).toBe('pain-now');
  },
};

/** A score during the session below the stop thresholds: go on gently, skip this stretch, or stop. */
export const GoGently: Story = {
  args: { painCheck: true, stretches: 'knee-to-chest bird-dog' },
  play: async (context) => {
    await ItHurtsScoreNow.play!(context);
    await clickThrough('Continue')(context);
    const el = context.canvasElement.querySelector('stretch-routine') as StretchRoutine;
    await expect(el.screen).toBe('pain-ease');
  },
};

/** A score of 7 (or 2 above the before score) during the session: stop, rest, contact, urgent-care signs. */
export const StopNow: Story = {
  args: { painCheck: true, stretches: 'knee-to-chest bird-dog' },
  play: async (context) => {
    const el = context.canvasElement.querySelector('stretch-routine') as StretchRoutine;
    await clickThrough('None of these apply to me', 'Start the routine')(context);
    await pick(el, 2);
    await clickThrough('Continue')(context);
    el.next();
    await clickThrough('It hurts')(context);
    await pick(el, 7);
    await clickThrough('Continue')(context);
    await expect(el.screen).toBe('pain-advice');
  },
};

/** The summary after a pain check: the pain-monitoring advice (5 or less, settles within hours, not worse next morning). */
export const SummaryWithPainAdvice: Story = {
  args: { painCheck: true, stretches: 'bird-dog' },
  play: async (context) => {
    const el = context.canvasElement.querySelector('stretch-routine') as StretchRoutine;
    await clickThrough('None of these apply to me', 'Start the routine')(context);
    await pick(el, 2);
    await clickThrough('Continue')(context);
    while (el.status !== 'done') el.next();
    await pick(el, 3);
    await clickThrough('Continue')(context);
    await expect(el.screen).toBe('summary');
  },
};

const savedMidRoutine = () => {
  const data = new Map<string, string>([
    [
      'backcare-elements:routine',
      JSON.stringify({
        v: 1,
        streak: 2,
        lastFinished: new Date(Date.now() - 86400000).toISOString().slice(0, 10),
        resume: { routine: 'head-rolls kneeling-back-extension knee-to-chest bird-dog', step: 2, savedAt: new Date().toISOString() },
        // Confirmed the safety check just now (an older confirmation brings the safety check back first).
        safetyAt: new Date().toISOString(),
      }),
    ],
  ]);
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
};

/** With `remember` and a saved resume point (a fake storage here, so the story leaves yours alone). */
export const ResumePrompt: Story = {
  render: (args) => html`<stretch-routine
    remember
    .storage=${savedMidRoutine()}
    stretches=${args.stretches}
    sound="off"
  ></stretch-routine>`,
};
/** A resume point over 24 hours old: dropped with a one-line notice, and the safety check shows. */
export const ResumeExpired: Story = {
  render: (args) => {
    const yesterday = new Date(Date.now() - 25 * 3600000).toISOString();
    const data = new Map([
      ['backcare-elements:routine', JSON.stringify({ v: 1, streak: 0, resume: { routine: args.stretches, step: 2, savedAt: yesterday }, safetyAt: yesterday })],
    ]);
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
    return html`<stretch-routine remember .storage=${storage} stretches=${args.stretches} sound="off"></stretch-routine>`;
  },
};
export const TwoStretches: Story = { args: { stretches: 'knee-to-chest bird-dog', rest: '10' } };
export const Dark: Story = { args: { theme: 'dark' }, globals: { backgrounds: { value: 'dark' } }, play: sessionAt(1) };
/** Arabic, right to left: the safety panel (the other stories click buttons by their English text). */
export const RightToLeft: Story = { render: (args) => html`<div lang="ar" dir="rtl">${routine(args)}</div>` };
export const PhoneWidth: Story = { render: (args) => html`<div style="max-inline-size: 360px">${routine(args)}</div>`, play: sessionAt(1) };
export const NoStretches: Story = { args: { stretches: 'neck-crack' } };

/**
 * Interaction: a whole short routine, start to summary, with the clock sped up: two custom
 * one-second stretches, no get-ready and no rest, so it runs through every screen in about 3 s
 * of real time, and `routine-complete` reports both done.
 */
export const FinishShortRoutine: Story = {
  render: () => html`<stretch-routine
    .stretches=${[
      { name: 'Shoulder shrug', steps: ['Lift both shoulders toward your ears.', 'Let them drop.'], hold: 1, reps: 1, sides: 'none', rest: 0 },
      { name: 'Side bend', steps: ['Stand tall.', 'Slide your right hand down your right leg.'], hold: 1, reps: 1, sides: 'each', rest: 0 },
    ] satisfies CustomStretchInput[]}
    rest="0"
    get-ready="0"
    pain-check="off"
    sound="off"
    vibrate="off"
  ></stretch-routine>`,
  play: async (context) => {
    const el = context.canvasElement.querySelector('stretch-routine') as StretchRoutine;
    const complete = new Promise<CustomEvent>((resolve) => el.addEventListener('routine-complete', (e) => resolve(e as CustomEvent), { once: true }));
    await clickThrough('None of these apply to me', 'Start the routine')(context);
    const event = await complete;
    await expect(event.detail.done).toHaveLength(2);
    await waitFor(() => expect(el.status).toBe('done'));
  },
};
