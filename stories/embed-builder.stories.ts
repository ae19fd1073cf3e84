import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { DEFAULT_EMBED, type EmbedConfig } from './support/embed-builder.js';

/**
 * Pick elements, stretches, doses, language, theme and contact link; see the live result; copy a
 * snippet that makes exactly that result on a blank HTML page (script tag with SRI, or npm import).
 * Each story starts the builder from a different configuration; `npm run test:stories` pastes each
 * story's script-tag snippet into a blank page with the built CDN file and checks what renders.
 */
const meta: Meta<EmbedConfig> = {
  title: 'Embed Builder',
  tags: ['!autodocs'],
  parameters: { layout: 'padded', controls: { disable: true } },
  render: (args) => html`<backcare-embed-builder .config=${{ ...DEFAULT_EMBED, ...args }}></backcare-embed-builder>`,
  args: { ...DEFAULT_EMBED },
};
export default meta;
type Story = StoryObj<EmbedConfig>;

/** Causes and two stretch cards, English, the built-in look. */
export const Builder: Story = {};

/** A Spanish routine with the causes, the sports-physio colours and a phone number. */
export const SpanishSportsPhysioRoutine: Story = {
  args: {
    parts: ['causes', 'routine'],
    stretches: ['head-rolls', 'knee-to-chest', 'bird-dog'],
    rest: '10',
    lang: 'es',
    palette: 'sports-physio',
    contactHref: 'tel:+34910000000',
    contactLabel: 'Llame a la clínica',
  },
};

/** One card with a custom dose, high-contrast colours, dark, in Arabic (right to left). */
export const ArabicHighContrastCard: Story = {
  args: {
    parts: ['cards'],
    stretches: ['knee-to-chest'],
    hold: '20',
    reps: '2',
    lang: 'ar',
    theme: 'dark',
    palette: 'high-contrast',
    contactHref: '',
  },
};

/** The npm import instead of the script tag. */
export const NpmImport: Story = { args: { output: 'npm', parts: ['guide'], palette: 'calm-blue' } };
