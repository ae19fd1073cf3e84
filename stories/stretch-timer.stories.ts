import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define.js';
import type { StretchTimer } from '../src/index.js';

interface TimerArgs {
  hold: string;
  target?: string;
  reps: string;
  sides: 'each' | 'none';
  rest: string;
  getReady: string;
  sound: 'on' | 'off';
  voice: 'on' | 'off';
  vibrate: 'on' | 'off';
  compact: boolean;
  theme?: 'light' | 'dark' | 'auto';
  label?: string;
}

const attr = (value: string | undefined) => (value == null || value === '' ? nothing : value);

const timer = (args: TimerArgs) => html`
  <stretch-timer
    style="max-inline-size: 24em"
    hold=${args.hold}
    target=${attr(args.target)}
    reps=${args.reps}
    sides=${args.sides}
    rest=${args.rest}
    get-ready=${args.getReady}
    sound=${args.sound}
    voice=${args.voice}
    vibrate=${args.vibrate}
    ?compact=${args.compact}
    theme=${attr(args.theme)}
    label=${attr(args.label)}
  ></stretch-timer>
`;

/** Moves a story's timer to a phase and pauses it there, so every phase can be looked at. */
function showPhase(steps: number, keepRunning = false) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('stretch-timer') as StretchTimer;
    await el.updateComplete;
    el.start();
    for (let i = 0; i < steps; i++) el.next();
    if (!keepRunning) el.pause();
  };
}

const meta: Meta<TimerArgs> = {
  title: 'Elements/stretch-timer',
  component: 'stretch-timer',
  render: timer,
  args: {
    hold: '15-30',
    reps: '2',
    sides: 'each',
    rest: '5',
    getReady: '3',
    sound: 'on',
    voice: 'off',
    vibrate: 'on',
    compact: false,
    label: 'Knee to chest timer',
  },
  argTypes: {
    sides: { control: 'inline-radio', options: ['each', 'none'] },
    sound: { control: 'inline-radio', options: ['on', 'off'] },
    voice: { control: 'inline-radio', options: ['on', 'off'] },
    vibrate: { control: 'inline-radio', options: ['on', 'off'] },
    theme: { control: 'select', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;
type Story = StoryObj<TimerArgs>;

export const Idle: Story = {};
export const SingleHold: Story = { args: { hold: '30', reps: '1', sides: 'none', label: 'Hold timer' } };
export const GetReady: Story = { play: showPhase(0) };
export const HoldRightSide: Story = { play: showPhase(1) };
export const SwitchSides: Story = { play: showPhase(2) };
export const HoldLeftSide: Story = { play: showPhase(3) };
export const Rest: Story = { play: showPhase(4) };
export const Done: Story = { play: showPhase(99, true) };
export const Running: Story = { play: showPhase(1, true) };
export const Compact: Story = { args: { compact: true } };
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  play: showPhase(1),
};
export const RightToLeft: Story = {
  render: (args) => html`<div lang="ar" dir="rtl">${timer(args)}</div>`,
  play: showPhase(1),
};

/** Interaction: Start, Pause, then Next (skips the get-ready count to the first hold). */
export const StartPauseSkip: Story = {
  args: { hold: '5', reps: '1', sides: 'each', getReady: '3', sound: 'off', vibrate: 'off' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('stretch-timer') as StretchTimer;
    await el.updateComplete;
    const button = (part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`) as HTMLButtonElement;
    await userEvent.click(button('start-button'));
    await waitFor(() => expect(el.status).toBe('running'));
    await userEvent.click(button('start-button'));
    await waitFor(() => expect(el.status).toBe('paused'));
    const before = el.phase;
    await userEvent.click(button('next-button'));
    await waitFor(() => expect(el.phase).not.toBe(before));
    await expect(el.status).toBe('paused');
  },
};
