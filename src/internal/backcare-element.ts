import { LitElement, type PropertyDeclarations } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { parseHeadingLevel, parseTheme, type HeadingLevel, type Theme } from './attributes.js';
import { Warner } from './warn.js';

/**
 * What every backcare element shares: the `theme` and `heading-level` attributes, a per-element
 * warner for bad input, and re-rendering when the active locale changes.
 *
 * Properties are declared with `static properties` and `declare` fields instead of decorators, so
 * the same source runs unchanged through esbuild, Vite (Storybook) and the test runner.
 */
export class BackcareElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
  };

  /** Colour scheme: `light`, `dark` or `auto` (follow the device). Absent: follow the host page. */
  declare theme: Theme | string | undefined;
  /** Level (2–6) of the element's top heading; sub-headings go one level deeper. Default 2. */
  declare headingLevel: number | string | undefined;

  protected readonly warner = new Warner(this.localName);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** The validated heading level; bad values warn once and fall back to 2. */
  protected get resolvedHeadingLevel(): HeadingLevel {
    return parseHeadingLevel(this.headingLevel, this.warner);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('theme')) parseTheme(this.theme, this.warner);
  }
}
