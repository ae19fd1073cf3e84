import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { manifest } from 'virtual:backcare-storybook-data';
import { setupLocalization } from '../src/localization/index.js';

/*
 * Autodocs and controls read the Custom Elements Manifest (custom-elements.json, made by
 * `cem analyze` before `npm start` and `npm run build-storybook`): attributes, properties, events,
 * slots, parts and CSS custom properties, each with its description from the element's JSDoc.
 */
setCustomElementsManifest(manifest);

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
  const dir = (globals['dir'] as 'ltr' | 'rtl' | undefined) ?? 'ltr';
  const content = theme && theme !== 'story' ? story({ args: { ...args, theme } }) : story();
  // theme="dark" from the toolbar: put the story on a dark page too, so it looks (and axe measures
  // contrast) as it would on a dark clinic site.
  const page = theme === 'dark' ? 'background: #0e1416; color: #e8eeee; padding: 1em;' : '';
  return html`<div dir=${dir} style="font-family: system-ui, 'Segoe UI', Roboto, sans-serif; ${page}">${content}</div>`;
};

/** Common phone widths (CSS pixels) and a desktop, for the Viewport toolbar. */
const VIEWPORTS = {
  phone320: { name: 'Phone 320 (iPhone SE 1st gen, small Android)', styles: { width: '320px', height: '568px' }, type: 'mobile' },
  phone375: { name: 'Phone 375 (iPhone SE, 6–8)', styles: { width: '375px', height: '667px' }, type: 'mobile' },
  phone390: { name: 'Phone 390 (iPhone 12–15)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  phone412: { name: 'Phone 412 (Pixel, Galaxy)', styles: { width: '412px', height: '915px' }, type: 'mobile' },
  tablet768: { name: 'Tablet 768', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Desktop 1280', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
};

const preview: Preview = {
  decorators: [withThemeAndDir, withLocale],
  // Every element story gets an autodocs page (attributes, properties, events, slots, parts, CSS
  // custom properties from the manifest, with live controls).
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    // The accessibility addon runs axe after every story (and its play function) and fails the
    // story on any violation; `npm run test:stories` runs it on every story in headless Chromium
    // (vitest). target-size (WCAG 2.2 AA, 2.5.8) is off in axe by default: on here.
    a11y: { test: 'error', config: { rules: [{ id: 'target-size', enabled: true }] } },
    viewport: { options: VIEWPORTS },
    docs: { toc: { headingSelector: 'h2, h3' } },
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
