import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';

interface GuideArgs {
  contactHref?: string;
  contactLabel?: string;
  stretches?: string;
  sections?: string;
  videoUrl?: string;
  emergencyNumber?: string;
  headingLevel?: number;
  theme?: 'light' | 'dark' | 'auto';
  painCheck: boolean;
}

const attr = (value: string | number | undefined) => (value == null || value === '' ? nothing : value);

const guide = (args: GuideArgs) => html`
  <back-pain-guide
    style="max-inline-size: 56em"
    contact-href=${attr(args.contactHref)}
    contact-label=${attr(args.contactLabel)}
    stretches=${attr(args.stretches)}
    sections=${attr(args.sections)}
    video-url=${attr(args.videoUrl)}
    emergency-number=${attr(args.emergencyNumber)}
    heading-level=${attr(args.headingLevel)}
    theme=${attr(args.theme)}
    ?pain-check=${args.painCheck}
  ></back-pain-guide>
`;

const meta: Meta<GuideArgs> = {
  title: 'Elements/back-pain-guide',
  component: 'back-pain-guide',
  render: guide,
  args: { contactHref: '/contact', contactLabel: 'Book an assessment', painCheck: false },
  argTypes: {
    theme: { control: 'select', options: ['light', 'dark', 'auto'] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    sections: { control: 'text', description: 'causes why-move stretches routine contact' },
  },
};
export default meta;
type Story = StoryObj<GuideArgs>;

export const Desktop: Story = {};
export const Phone: Story = { render: (args) => html`<div style="max-inline-size: 360px">${guide(args)}</div>` };
export const TwoStretches: Story = { args: { stretches: 'knee-to-chest bird-dog' } };
/** Without the causes section, "Before you start" carries the urgent-care signs before the first Start. */
export const OnlyStretches: Story = { args: { sections: 'stretches routine' } };
export const OnlyRoutine: Story = { args: { sections: 'routine contact' } };
/** The clinic's link to the article's video reaches the kneeling back extension card and the routine. */
export const WithVideoAndEmergencyNumber: Story = {
  args: { videoUrl: 'https://clinic.example/videos/kneeling-extension', emergencyNumber: '911' },
};
export const Dark: Story = { args: { theme: 'dark' }, globals: { backgrounds: { value: 'dark' } } };
export const RightToLeft: Story = { render: (args) => html`<div lang="ar" dir="rtl">${guide(args)}</div>` };
export const RoutineOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('back-pain-guide') as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    (el.shadowRoot!.querySelector('.routine-entry button') as HTMLButtonElement).click();
  },
};
