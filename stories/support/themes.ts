/**
 * Three sample clinic themes, each only `--backcare-*` custom properties. Used by the Theming page,
 * the theme stories and the Embed Builder, so what a clinic sees there is what it pastes.
 * Every pair below was checked for WCAG 2.2 AA contrast (text 4.5:1, outlines 3:1) by the story test's axe run.
 */
export interface ClinicTheme {
  id: string;
  name: string;
  description: string;
  /** The `theme` attribute the sample is meant for. */
  scheme: 'light' | 'dark';
  /** The page background the sample sits on (the clinic's own site). */
  page: string;
  tokens: Record<string, string>;
}

export const CLINIC_THEMES: ClinicTheme[] = [
  {
    id: 'calm-blue',
    name: 'Calm blue clinic',
    description: 'A quiet, trustworthy blue with soft corners, on a pale blue-grey page.',
    scheme: 'light',
    page: '#f3f6fa',
    tokens: {
      '--backcare-color-accent': '#1f5fa8',
      '--backcare-color-on-accent': '#ffffff',
      '--backcare-color-text': '#1b2733',
      '--backcare-color-muted': '#475569',
      '--backcare-color-surface': '#ffffff',
      '--backcare-color-border': '#c8d5e6',
      '--backcare-color-border-strong': '#7a8ca3',
      '--backcare-color-focus': '#7c3aed',
      '--backcare-radius': '1em',
    },
  },
  {
    id: 'sports-physio',
    name: 'Warm sports physio',
    description: 'An energetic burnt orange with tight corners and slightly larger text.',
    scheme: 'light',
    page: '#fbf6f1',
    tokens: {
      '--backcare-color-accent': '#b03a00',
      '--backcare-color-on-accent': '#ffffff',
      '--backcare-color-text': '#2b1d14',
      '--backcare-color-muted': '#5f4a3c',
      '--backcare-color-surface': '#fffdfa',
      '--backcare-color-surface-alt': '#fbeee4',
      '--backcare-color-border': '#e8d3c2',
      '--backcare-color-border-strong': '#9b7b63',
      '--backcare-color-focus': '#0b57d0',
      '--backcare-radius': '0.25em',
      '--backcare-font-size': '1.0625em',
    },
  },
  {
    id: 'high-contrast',
    name: 'High-contrast accessible',
    description: 'Black and white with a yellow focus ring, strong outlines and larger text (AAA contrast for text).',
    scheme: 'dark',
    page: '#000000',
    tokens: {
      '--backcare-color-accent': '#ffe14d',
      '--backcare-color-on-accent': '#000000',
      '--backcare-color-text': '#ffffff',
      '--backcare-color-muted': '#e6e6e6',
      '--backcare-color-surface': '#000000',
      '--backcare-color-surface-alt': '#1a1a1a',
      '--backcare-color-border': '#ffffff',
      '--backcare-color-border-strong': '#ffffff',
      '--backcare-color-urgent': '#ff9c9c',
      '--backcare-color-urgent-surface': '#2a0000',
      '--backcare-color-caution': '#ffd27a',
      '--backcare-color-caution-surface': '#1f1600',
      '--backcare-color-focus': '#00e5ff',
      '--backcare-radius': '0.25em',
      '--backcare-font-size': '1.125em',
    },
  },
];

export const themeById = (id: string) => CLINIC_THEMES.find((theme) => theme.id === id);

/** The theme's declarations as CSS text (`--a: 1; --b: 2`). */
export const tokenCss = (theme: ClinicTheme, indent = '') =>
  Object.entries(theme.tokens)
    .map(([name, value]) => `${indent}${name}: ${value};`)
    .join('\n');
