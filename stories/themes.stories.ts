import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define.js';
import { CLINIC_THEMES, type ClinicTheme } from './support/themes.js';

/**
 * Three sample clinic themes, applied live: each sets only `--backcare-*` custom properties (and
 * the `theme` attribute) on the elements, on a page of the clinic's own colour. The Theming page
 * shows them with their CSS; the Embed Builder offers them as "Clinic colours".
 */
const themed = (theme: ClinicTheme) => html`<div
  data-clinic-theme=${theme.id}
  style=${styleMap({ background: theme.page, padding: '1em', display: 'grid', gap: '1.5em', borderRadius: '0.5em' })}
>
  <back-pain-causes theme=${theme.scheme} contact-href="/contact" contact-label="Book an assessment" style=${styleMap(theme.tokens)}></back-pain-causes>
  <stretch-card stretch="knee-to-chest" theme=${theme.scheme} style=${styleMap(theme.tokens)}></stretch-card>
  <stretch-timer hold="20" reps="1" sides="none" label="Hold timer" theme=${theme.scheme} style=${styleMap({ ...theme.tokens, maxInlineSize: '24em' })}></stretch-timer>
</div>`;

const meta: Meta = {
  title: 'Themes',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
};
export default meta;
type Story = StoryObj;

const story = (id: string): Story => {
  const theme = CLINIC_THEMES.find((t) => t.id === id)!;
  return { name: theme.name, render: () => themed(theme), parameters: { docs: { description: { story: theme.description } } } };
};

export const CalmBlueClinic = story('calm-blue');
export const WarmSportsPhysio = story('sports-physio');
export const HighContrastAccessible = story('high-contrast');
