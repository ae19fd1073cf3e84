import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * Toolbar globals:
 * - `theme` overrides the story's `theme` arg, so it sets the `theme` attribute on the element
 *   (stories pass `args.theme` to it). "Story" keeps what the story chose.
 * - `dir` wraps the story in `<div dir>`; stories that set their own `dir` inside still win.
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
  decorators: [withThemeAndDir],
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
  },
};

export default preview;
