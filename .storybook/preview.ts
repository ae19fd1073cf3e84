import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setupLocalization } from '../src/localization/index.js';

/*
 * Languages: the preview is set up like the CDN build (each element shows its own lang, the
 * nearest ancestor's, else <html lang>), and the Language toolbar sets <html lang> of the preview
 * page, so it switches every story. Stories that set a lang inside keep it. The elements set dir
 * on their own roots from the language; the page's direction stays with the Direction toolbar
 * (setting dir on <html> would also flip Storybook's own padding and scroll origin).
 */
setupLocalization({ followHtmlLang: true });

const LANGUAGES = [
  { value: 'en', title: 'English' },
  { value: 'es', title: 'Español (Spanish)' },
  { value: 'zh-Hans', title: '中文（简体）(Chinese, Simplified)' },
  { value: 'vi', title: 'Tiếng Việt (Vietnamese)' },
  { value: 'tl', title: 'Tagalog' },
  { value: 'ar', title: 'العربية (Arabic, right to left)' },
  { value: 'fr', title: 'Français (French)' },
  { value: 'de', title: 'Deutsch (German)' },
  { value: 'pl', title: 'Polski (Polish)' },
];

const withLocale: Decorator = (story, { globals }) => {
  const locale = (globals['locale'] as string | undefined) ?? 'en';
  if (document.documentElement.lang !== locale) document.documentElement.lang = locale;
  return story();
};

/**
 * Toolbar globals:
 * - `theme` overrides the story's `theme` arg, so it sets the `theme` attribute on the element
 *   (stories pass `args.theme` to it). "Story" keeps what the story chose.
 * - `dir` wraps the story in `<div dir>`; stories that set their own `dir` inside still win. With
 *   localization set up, each element sets `dir` on its own root from the language it shows, so
 *   the wrapper mirrors the page and slotted content; pick Arabic under Language to mirror the elements.
 * The wrapper also gives the "page" a clinic-like sans-serif font: the elements inherit the host's
 * font on purpose, and Storybook's bare iframe would otherwise show them in the browser's serif.
 */
const withThemeAndDir: Decorator = (story, { args, globals }) => {
  const theme = globals['theme'] as string | undefined;
  const dir = (globals['dir'] as string | undefined) ?? 'ltr';
  const content = theme && theme !== 'story' ? story({ args: { ...args, theme } }) : story();
  return html`<div dir=${dir} style="font-family: system-ui, 'Segoe UI', Roboto, sans-serif">${content}</div>`;
};

const preview: Preview = {
  decorators: [withThemeAndDir, withLocale],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    backgrounds: {
      options: {
        page: { name: 'Clinic page (light)', value: '#f4f7f7' },
        white: { name: 'White', value: '#ffffff' },
        dark: { name: 'Dark page', value: '#0e1416' },
      },
    },
  },
  initialGlobals: {
    backgrounds: { value: 'page' },
    theme: 'story',
    dir: 'ltr',
    locale: 'en',
  },
  globalTypes: {
    theme: {
      description: 'The element’s theme attribute',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'story', title: 'As the story sets it' },
          { value: 'light', title: 'theme="light"', icon: 'sun' },
          { value: 'dark', title: 'theme="dark"', icon: 'moon' },
          { value: 'auto', title: 'theme="auto" (follow the device)', icon: 'mirror' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction around the story',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right (ltr)' },
          { value: 'rtl', title: 'Right to left (rtl)' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'The page language (<html lang>): every element follows it unless a story sets its own lang',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGES,
        dynamicTitle: true,
      },
    },
  },
};

export default preview;
