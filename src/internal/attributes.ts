import type { Warner } from './warn.js';

export type Theme = 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** `heading-level`: 2–6; anything else warns and falls back to 2. */
export function parseHeadingLevel(value: unknown, warner: Warner): HeadingLevel {
  if (value == null || value === '') return 2;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level as HeadingLevel;
  warner.warn(`heading-level="${String(value)}" is not 2–6; using 2.`);
  return 2;
}

/** The level for a sub-heading, one below the given level and never past h6. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/** `theme`: light, dark or auto; absent means "follow the host page's color-scheme". */
export function parseTheme(value: unknown, warner: Warner): Theme | undefined {
  if (value == null || value === '') return undefined;
  const theme = String(value).trim().toLowerCase();
  if ((THEMES as readonly string[]).includes(theme)) return theme as Theme;
  warner.warn(`theme="${String(value)}" is not one of ${THEMES.join(', ')}; following the page's colour scheme.`);
  return undefined;
}
