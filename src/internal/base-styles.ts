import { css } from 'lit';

/**
 * Shared tokens and resets for every element.
 *
 * The host page's typography stays out: a host rule on `*`, `body` or the element itself matches
 * the host element, and whatever it sets there is inherited by the text inside. These inherited
 * text properties are therefore set on `:host` with `!important`, which (for important
 * declarations) the shadow tree's own styles win over the page's, even over an inline style.
 * The page still gives the font family (colour and size come through `--backcare-color-text`
 * and `--backcare-font-size`); `--backcare-line-height` sets the line height. A reader's own
 * text-spacing stylesheet (user `!important` rules, WCAG 1.4.12) still wins over these. Sizes are in `em` from the host's font size (host
 * pages often set `html { font-size: 62.5% }`, which would shrink `rem`-based widgets).
 * Colours use `light-dark()`, resolved by the `color-scheme` the `theme` attribute sets.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--backcare-color-accent, light-dark(#0b6b6b, #6fd6cb));
    --_on-accent: var(--backcare-color-on-accent, light-dark(#ffffff, #06201e));
    --_text: var(--backcare-color-text, light-dark(#1d2426, #e8eeee));
    --_muted: var(--backcare-color-muted, light-dark(#4b5759, #b4c0c1));
    --_surface: var(--backcare-color-surface, light-dark(#ffffff, #172022));
    --_surface-alt: var(--backcare-color-surface-alt, color-mix(in srgb, var(--_accent) 9%, var(--_surface)));
    --_border: var(--backcare-color-border, light-dark(#c9d6d5, #3b4d50));
    /* Borders that outline a control (at least 3:1 against the surface). */
    --_border-strong: var(--backcare-color-border-strong, light-dark(#869796, #62777a));
    --_urgent: var(--backcare-color-urgent, light-dark(#a4161a, #ff8a80));
    --_urgent-surface: var(--backcare-color-urgent-surface, light-dark(#fdecea, #3a1c1c));
    --_caution: var(--backcare-color-caution, light-dark(#8a5300, #ffc46b));
    --_caution-surface: var(--backcare-color-caution-surface, light-dark(#fff5e0, #33280f));
    --_focus: var(--backcare-color-focus, light-dark(#1a56db, #9ec5ff));
    --_radius: var(--backcare-radius, 0.75em);
    --_space: var(--backcare-space, 1em);

    display: block;
    box-sizing: border-box;
    font-family: inherit;
    font-size: var(--backcare-font-size, medium);
    line-height: var(--backcare-line-height, 1.5) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-transform: none !important;
    text-indent: 0 !important;
    white-space: normal !important;
    color: var(--_text);
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
    font-weight: 700;
  }
  p,
  ul,
  ol {
    margin: 0;
  }
  p,
  li {
    max-inline-size: 70ch;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  /* The framed card most elements draw as their outer box. */
  .surface-card {
    display: grid;
    gap: 1em;
    padding: 1.25em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: 0.5em 1.1em;
    border: 0.125em solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
