import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
// Staff only: the builder has its own define module, outside src/define.ts.
import '../src/elements/stretch-program-builder/define.js';
import type { CustomStretchInput, Program } from '../src/index.js';
import type { StretchProgramBuilder } from '../src/elements/stretch-program-builder/define.js';

interface BuilderArgs {
  pageUrl: string;
  lang?: string;
  preview: 'on' | 'off';
  theme?: 'light' | 'dark' | 'auto';
  program?: Program;
  customStretches?: CustomStretchInput[];
}

const CLINIC_STRETCHES: CustomStretchInput[] = [
  {
    id: 'clinic-cat-cow',
    name: 'Cat–cow',
    summary: 'Loosens the whole spine.',
    steps: ['Kneel on all fours, hands under your shoulders.', 'Breathe out and round your back up.', 'Breathe in and let your back sag gently.'],
    hold: 5,
    reps: 8,
  },
];

const FULL_PROGRAM: Program = {
  title: 'Low back, week 2',
  note: 'Every morning, before work. Move slowly and breathe out as you stretch. If the pain runs down your leg, stop and call us.',
  stretches: [
    { id: 'knee-to-chest', hold: 20, reps: 3, rest: 10 },
    { id: 'clinic-cat-cow', reps: 10 },
    { id: 'bird-dog', hold: 8 },
    { id: 'kneeling-back-extension' },
  ],
};

const attr = (value: string | undefined) => (value == null || value === '' ? nothing : value);

const meta: Meta<BuilderArgs> = {
  title: 'Elements/stretch-program-builder',
  component: 'stretch-program-builder',
  render: (args) => html`<stretch-program-builder
    style="max-inline-size: 80em"
    page-url=${args.pageUrl}
    lang=${attr(args.lang)}
    preview=${args.preview}
    theme=${attr(args.theme)}
    .customStretches=${args.customStretches ?? CLINIC_STRETCHES}
    .program=${args.program ?? { stretches: [] }}
  ></stretch-program-builder>`,
  args: {
    pageUrl: 'https://www.example-clinic.com/stretches',
    preview: 'on',
  },
  argTypes: {
    theme: { control: 'select', options: ['light', 'dark', 'auto'] },
    preview: { control: 'inline-radio', options: ['on', 'off'] },
    lang: { control: 'select', options: ['', 'en', 'es', 'zh-Hans', 'vi', 'tl', 'ar', 'fr', 'de', 'pl'] },
  },
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<BuilderArgs>;

/** A new program: nothing chosen yet, so no link. */
export const Empty: Story = {};

/** Four stretches (one the clinic's own) with their doses, a title and a note: the link, its QR code and the preview. */
export const FullProgram: Story = { args: { program: FULL_PROGRAM } };

/** Values outside the safe ranges and a note that is too long: each shows why it is refused, and there is no link until they are fixed. */
export const Errors: Story = {
  args: { program: { ...FULL_PROGRAM, stretches: [{ id: 'knee-to-chest', hold: 900, reps: 0 }, { id: 'bird-dog', rest: 601 }] } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('stretch-program-builder') as StretchProgramBuilder;
    await el.updateComplete;
    const note = el.shadowRoot!.querySelector('#note') as HTMLTextAreaElement;
    note.value = `${FULL_PROGRAM.note} ${'Keep going every day. '.repeat(8)}`;
    note.dispatchEvent(new Event('input'));
    await el.updateComplete;
  },
};

/** The builder in Arabic, right to left, with a program for an Arabic-speaking patient. */
export const Arabic: Story = {
  args: { lang: 'ar', program: { ...FULL_PROGRAM, title: 'أسفل الظهر، الأسبوع الثاني', note: 'كل صباح قبل العمل. تحرّك ببطء.', lang: 'ar' } },
};
