import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, css, html, nothing, type PropertyDeclarations } from 'lit';
import '../src/define.js';
import { baseStyles } from '../src/internal/base-styles.js';
import {
  illustrationCaption,
  illustrationStyles,
  renderStretchIllustration,
  type PictureSide,
  type Pose,
} from '../src/illustrations/index.js';
import { STRETCH_IDS, type StretchId } from '../src/index.js';

/**
 * A bare frame for one illustration, with the elements' theme tokens (`theme` attribute,
 * `--backcare-color-*`), as `<stretch-card>` shows it. Only for these stories.
 */
class IllustrationPreview extends LitElement {
  static override properties: PropertyDeclarations = {
    stretch: {},
    pose: {},
    side: {},
    loop: { type: Boolean },
    theme: { reflect: true },
  };
  declare stretch: StretchId;
  declare pose: Pose;
  declare side: PictureSide | undefined;
  declare loop: boolean;
  declare theme: string | undefined;

  static override styles = [
    baseStyles,
    illustrationStyles,
    css`
      figure {
        display: grid;
        gap: 0.25em;
        margin: 0;
        padding: 0.5em 0.75em 0.75em;
        border-radius: calc(var(--_radius) * 0.75);
        background: var(--_surface-alt);
        text-align: center;
      }
      figcaption {
        color: var(--_muted);
        font-weight: 600;
      }
    `,
  ];

  constructor() {
    super();
    this.stretch = 'knee-to-chest';
    this.pose = 'start';
    this.loop = false;
  }

  protected override render() {
    return html`<figure>
      ${renderStretchIllustration(this.stretch, this.pose, this.side, { animate: this.loop })}
      <figcaption>${illustrationCaption(this.stretch, this.pose, this.side)}</figcaption>
    </figure>`;
  }
}
if (!customElements.get('illustration-preview')) customElements.define('illustration-preview', IllustrationPreview);

interface PictureArgs {
  stretch: StretchId;
  pose: Pose;
  side?: PictureSide;
  animate: boolean;
  theme?: 'light' | 'dark';
}

const ONE_SIDED = new Set<StretchId>(['head-rolls', 'knee-to-chest', 'bird-dog']);
const sidesOf = (id: StretchId): Array<PictureSide | undefined> => (ONE_SIDED.has(id) ? ['right', 'left'] : [undefined]);

const picture = (args: PictureArgs) => html`<illustration-preview
  stretch=${args.stretch}
  pose=${args.pose}
  side=${args.side ?? nothing}
  ?loop=${args.animate}
  theme=${args.theme ?? nothing}
></illustration-preview>`;

/** Start and end, for each side the stretch has, in a grid that is one column on a phone. */
const set = (id: StretchId, theme?: 'light' | 'dark') => html`<div
  style="display: grid; gap: 0.75em; grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr)); max-inline-size: 80em"
  data-stretch=${id}
>
  ${sidesOf(id).flatMap((side) =>
    (['start', 'end'] as const).map((pose) => picture({ stretch: id, pose, side, animate: false, theme }))
  )}
</div>`;

const meta: Meta<PictureArgs> = {
  title: 'Illustrations',
  render: picture,
  args: { stretch: 'knee-to-chest', pose: 'start', side: 'right', animate: false },
  argTypes: {
    stretch: { control: 'select', options: [...STRETCH_IDS] },
    pose: { control: 'inline-radio', options: ['start', 'end'] },
    side: { control: 'inline-radio', options: ['right', 'left'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One inline SVG per catalog stretch, each with a start and an end position, drawn in one style and coloured by ' +
          '`--backcare-color-accent` and the text colour. One-sided stretches are drawn for the side being timed (the left ' +
          'side is the right side mirrored). Head rolls is seen from behind, so its right is your right. ' +
          'Use `renderStretchIllustration(id, pose, side, { animate })` with `illustrationStyles`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<PictureArgs>;

/** One picture, with controls. */
export const Picture: Story = {};

/** The gentle loop between the two poses (still with `prefers-reduced-motion: reduce`). */
export const Animated: Story = { args: { stretch: 'bird-dog', animate: true } };

/** All four stretches, start and end, both sides. */
export const AllLight: Story = {
  render: () => html`<div style="display: grid; gap: 1.5em">${STRETCH_IDS.map((id) => set(id, 'light'))}</div>`,
};

/** The same in the dark theme. */
export const AllDark: Story = {
  render: () => html`<div style="display: grid; gap: 1.5em">${STRETCH_IDS.map((id) => set(id, 'dark'))}</div>`,
  globals: { backgrounds: { value: 'dark' } },
};

/** A clinic's own accent colour: the pictures follow `--backcare-color-accent`. */
export const ClinicAccent: Story = {
  render: () => html`<div style="--backcare-color-accent: #7b2d8e">${set('bird-dog', 'light')}</div>`,
};

const dark = { backgrounds: { value: 'dark' } };
export const HeadRolls: Story = { render: () => set('head-rolls', 'light') };
export const HeadRollsDark: Story = { render: () => set('head-rolls', 'dark'), globals: dark };
export const KneelingBackExtension: Story = { render: () => set('kneeling-back-extension', 'light') };
export const KneelingBackExtensionDark: Story = { render: () => set('kneeling-back-extension', 'dark'), globals: dark };
export const KneeToChest: Story = { render: () => set('knee-to-chest', 'light') };
export const KneeToChestDark: Story = { render: () => set('knee-to-chest', 'dark'), globals: dark };
export const BirdDog: Story = { render: () => set('bird-dog', 'light') };
export const BirdDogDark: Story = { render: () => set('bird-dog', 'dark'), globals: dark };

/** In a card: the picture follows the timer (start the timer to see the loop, the hold and the sides). */
export const InACard: Story = {
  render: (args) => html`<stretch-card style="max-inline-size: 48em" stretch=${args.stretch} theme=${args.theme ?? nothing}></stretch-card>`,
};

/**
 * A custom stretch brings its own picture with `image` (an https:, http: or relative URL) and
 * `imageAlt`. Here the URL is a `data:` URL, which is refused with a console warning, so the
 * neutral labelled placeholder shows, as it does for a custom stretch without a picture.
 */
export const CustomRefusedImage: Story = {
  render: () => html`<stretch-card
    style="max-inline-size: 48em"
    .stretch=${{
      name: 'Wall angel',
      steps: ['Stand with your back against a wall.', 'Slide your arms up the wall.', 'Slide them back down.'],
      hold: 5,
      image: 'data:,refused',
      imageAlt: 'Standing against a wall, arms raised',
    }}
  ></stretch-card>`,
};

/** A slotted picture replaces the built-in one. */
export const SlottedPicture: Story = {
  render: () => html`<stretch-card style="max-inline-size: 48em" stretch="bird-dog">
    <svg slot="picture" role="img" aria-label="Our own drawing of the bird dog" viewBox="0 0 160 120">
      <rect x="8" y="8" width="144" height="104" rx="8" fill="none" stroke="currentColor" stroke-dasharray="4 4"></rect>
      <text x="80" y="64" text-anchor="middle" font-size="12" fill="currentColor">The clinic's own picture</text>
    </svg>
  </stretch-card>`,
};
