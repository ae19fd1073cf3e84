import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';
import type { CustomStretchInput } from '../src/index.js';

interface CardArgs {
  stretch: string;
  hold?: string;
  reps?: string;
  sides?: string;
  rest?: string;
  videoUrl?: string;
  emergencyNumber?: string;
  compact: boolean;
  headingLevel?: number;
  theme?: 'light' | 'dark' | 'auto';
}

const attr = (value: string | number | undefined) => (value == null || value === '' ? nothing : value);

const card = (args: CardArgs) => html`
  <stretch-card
    style="max-inline-size: 48em"
    stretch=${args.stretch}
    hold=${attr(args.hold)}
    reps=${attr(args.reps)}
    sides=${attr(args.sides)}
    rest=${attr(args.rest)}
    video-url=${attr(args.videoUrl)}
    emergency-number=${attr(args.emergencyNumber)}
    heading-level=${attr(args.headingLevel)}
    theme=${attr(args.theme)}
    ?compact=${args.compact}
  ></stretch-card>
`;

const meta: Meta<CardArgs> = {
  title: 'Elements/stretch-card',
  component: 'stretch-card',
  render: card,
  args: { stretch: 'knee-to-chest', compact: false },
  argTypes: {
    stretch: { control: 'select', options: ['head-rolls', 'kneeling-back-extension', 'knee-to-chest', 'bird-dog'] },
    sides: { control: 'select', options: ['', 'each', 'none'] },
    theme: { control: 'select', options: ['light', 'dark', 'auto'] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
  },
};
export default meta;
type Story = StoryObj<CardArgs>;

export const HeadRolls: Story = { args: { stretch: 'head-rolls' } };
export const KneelingBackExtension: Story = {
  args: { stretch: 'kneeling-back-extension', videoUrl: 'https://clinic.example/videos/kneeling-extension' },
};
export const KneeToChest: Story = { args: { stretch: 'knee-to-chest' } };
export const BirdDog: Story = { args: { stretch: 'bird-dog' } };
export const Compact: Story = { args: { stretch: 'bird-dog', compact: true } };

/** Opens the "Before you start" disclosure: the disclaimer and the urgent-care and see-a-doctor signs. */
const openSafety: Story['play'] = async ({ canvasElement }) => {
  const el = canvasElement.querySelector('stretch-card') as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  (el.shadowRoot!.querySelector('[part="safety-details"]') as HTMLDetailsElement).open = true;
};
export const BeforeYouStartOpen: Story = { args: { stretch: 'knee-to-chest' }, play: openSafety };
/** In `compact`, the stretch's cautions are inside the disclosure. */
export const CompactBeforeYouStartOpen: Story = { args: { stretch: 'head-rolls', compact: true }, play: openSafety };
export const ClinicEmergencyNumber: Story = { args: { stretch: 'bird-dog', emergencyNumber: '999' }, play: openSafety };
/** A hold over 120 s: the card uses it and the console warns once with the catalog's range. */
export const UnusualDose: Story = { args: { stretch: 'knee-to-chest', hold: '150' } };
export const WithOverrides: Story = { args: { stretch: 'knee-to-chest', hold: '20', reps: '2', rest: '10' } };
export const Dark: Story = { args: { stretch: 'bird-dog', theme: 'dark' }, globals: { backgrounds: { value: 'dark' } } };
export const RightToLeft: Story = { render: (args) => html`<div lang="ar" dir="rtl">${card(args)}</div>` };
export const PhoneWidth: Story = { render: (args) => html`<div style="max-inline-size: 360px">${card(args)}</div>` };

const wallAngel: CustomStretchInput = {
  id: 'wall-angel',
  name: 'Wall angel',
  summary: 'Opens the chest and works the muscles between your shoulder blades.',
  steps: [
    'Stand with your back, head and bottom against a wall.',
    'Raise your arms to shoulder height, elbows bent, backs of your hands on the wall.',
    'Slowly slide your arms up the wall as far as is comfortable.',
    'Slide them back down.',
  ],
  feelIt: 'Between your shoulder blades and across your chest.',
  hold: 5,
  reps: '8-10',
  sides: 'none',
  rest: 3,
  cautions: ['Keep your lower back against the wall.'],
};

/** A clinic's own stretch, through the `stretch` property. */
export const CustomStretch: Story = { render: () => html`<stretch-card .stretch=${wallAngel}></stretch-card>` };

/** The same, as a JSON script child: works in page builders that can only paste HTML. */
export const CustomStretchFromJson: Story = {
  render: () => html`<stretch-card>
    <script type="application/json">
      {
        "name": "Cat-cow",
        "steps": ["Get on your hands and knees.", "Round your back up toward the ceiling.", "Let your belly drop toward the floor."],
        "hold": 5,
        "reps": 5
      }
    </script>
  </stretch-card>`,
};

/** An unknown id shows a short message instead of a broken card (and warns in the console). */
export const UnknownStretch: Story = { args: { stretch: 'neck-crack' } };
