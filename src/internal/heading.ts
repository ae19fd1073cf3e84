import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HeadingLevel } from './attributes.js';

/**
 * Renders a native heading at a level the host page chooses. A switch over static templates
 * keeps real `<h2>`…`<h6>` elements without needing `lit/static-html`.
 */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  part: string,
  id?: string
): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part=${part} class=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part} id=${ifDefined(id)}>${content}</h6>`;
  }
}
