import { html, nothing, type PropertyDeclarations } from 'lit';
import { msg } from '../../localization/lit-localize.js';
import { BackcareElement } from '../../internal/backcare-element.js';
import { baseStyles } from '../../internal/base-styles.js';
import { renderHeading } from '../../internal/heading.js';
import { subLevel } from '../../internal/attributes.js';
import { resolveContactLink } from '../../internal/contact.js';
import { closingText, whyMove, whyMoveTitle } from '../../content/article.js';
import {
  contactTitle,
  guideIntro,
  guideTitle,
  routineIntro,
  routineTitle,
  stretchesIntro,
  stretchesTitle,
} from '../../content/guide.js';
import { isStretchId } from '../../content/stretches.js';
import { STRETCH_IDS } from '../../content/types.js';
import { backPainGuideStyles } from './back-pain-guide.styles.js';

export const GUIDE_SECTIONS = ['causes', 'why-move', 'stretches', 'routine', 'contact'] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/**
 * The clinic article as one drop-in: the opening, how common back pain is and how it starts, the
 * causes (a `<back-pain-causes>`), why moving helps, each stretch as a `<stretch-card>`, a guided
 * `<stretch-routine>`, and the clinic's call to action, in the article's order.
 *
 * @summary The whole back-pain article: causes, why moving helps, the stretches, the routine, the contact.
 * @tag back-pain-guide
 *
 * @slot cta - The clinic's own call to action at the end (instead of the `contact-href` link).
 *
 * @csspart base - The guide.
 * @csspart title - The guide's heading.
 * @csspart causes - The `<back-pain-causes>` element.
 * @csspart why-move - The "Why moving helps" section.
 * @csspart section-title - The section headings.
 * @csspart card - Each `<stretch-card>`.
 * @csspart routine-entry - The "Do the whole routine" box.
 * @csspart routine - The `<stretch-routine>` once opened.
 * @csspart contact - The closing call to action.
 * @csspart cta-link - The contact link made from `contact-href`.
 *
 * @cssprop [--backcare-color-accent=light-dark(#0b6b6b, #6fd6cb)] - Accent, passed on to every inner element.
 * @cssprop [--backcare-color-text=light-dark(#1d2426, #e8eeee)] - Text.
 * @cssprop [--backcare-color-surface=light-dark(#ffffff, #172022)] - Card backgrounds.
 * @cssprop [--backcare-radius=0.75em] - Corner radius.
 * @cssprop [--backcare-font-size=medium] - Base font size.
 * @cssprop [--backcare-line-height=1.5] - Line height of the text (the page's own line-height does not reach inside; nor do its letter-spacing, word-spacing, text-align, text-transform, text-indent or white-space).
 */
export class BackPainGuide extends BackcareElement {
  static override styles = [baseStyles, backPainGuideStyles];

  static override properties: PropertyDeclarations = {
    contactHref: { attribute: 'contact-href' },
    contactLabel: { attribute: 'contact-label' },
    emergencyNumber: { attribute: 'emergency-number' },
    stretches: {},
    sections: {},
    painCheck: { attribute: 'pain-check', type: Boolean },
    remember: { type: Boolean },
  };

  /** The clinic's contact link (https:, http:, mailto:, tel: or relative). */
  declare contactHref: string | undefined;
  /** The contact link's text. Default "Contact our doctors". */
  declare contactLabel: string | undefined;
  /** The emergency number named in the safety text (2–6 digits). */
  declare emergencyNumber: string | undefined;
  /** Which stretches to show and run, as catalog ids separated by spaces. Default: all four. */
  declare stretches: string | undefined;
  /** Which sections to show, separated by spaces: `causes why-move stretches routine contact`. Default: all. */
  declare sections: string | undefined;
  /** Passed to the routine: a pain check before and after. */
  declare painCheck: boolean;
  /** Passed to the routine: remember progress on this device. */
  declare remember: boolean;

  #routineOpen = false;

  constructor() {
    super();
    this.painCheck = false;
    this.remember = false;
  }

  get #shownSections(): ReadonlySet<GuideSection> {
    if (this.sections == null) return new Set(GUIDE_SECTIONS);
    const names = this.sections.trim().split(/[\s,]+/).filter(Boolean);
    const known = names.filter((name): name is GuideSection => (GUIDE_SECTIONS as readonly string[]).includes(name));
    if (known.length !== names.length || known.length === 0) {
      this.warner.warn(
        `sections="${this.sections}" ${known.length ? 'contains unknown names' : 'names no section'}; use ${GUIDE_SECTIONS.join(', ')}.${known.length ? '' : ' Showing all.'}`
      );
    }
    return new Set(known.length ? known : GUIDE_SECTIONS);
  }

  get #stretchIds(): string[] {
    if (this.stretches == null) return [...STRETCH_IDS];
    const ids = this.stretches.trim().split(/[\s,]+/).filter(Boolean);
    const valid = ids.filter((id) => isStretchId(id));
    for (const id of ids) {
      if (!isStretchId(id)) this.warner.warn(`stretches contains "${id}", which is not a known stretch (use ${STRETCH_IDS.join(', ')}); it is skipped.`);
    }
    return valid;
  }

  #openRoutine(): void {
    this.#routineOpen = true;
    this.requestUpdate();
    void this.updateComplete.then(async () => {
      const routine = this.renderRoot.querySelector('stretch-routine');
      await routine?.updateComplete;
      routine?.shadowRoot?.querySelector<HTMLElement>('[data-screen-focus]')?.focus();
    });
  }

  protected override render() {
    const level = this.resolvedHeadingLevel;
    const inner = subLevel(level);
    const shown = this.#shownSections;
    const ids = this.#stretchIds;
    const contact = resolveContactLink(this.contactHref, this.contactLabel, this.warner);
    return html`
      <article part="base" class="base" aria-labelledby="guide-title">
        <header class="intro">
          ${renderHeading(level, guideTitle(), 'title', 'guide-title')}
          <p class="lede">${guideIntro()}</p>
        </header>

        ${shown.has('causes')
          ? html`<back-pain-causes
              part="causes"
              heading-level=${inner}
              hide-cta
              emergency-number=${this.emergencyNumber ?? nothing}
            ></back-pain-causes>`
          : nothing}

        ${shown.has('why-move')
          ? html`<section part="why-move" class="why" aria-labelledby="why-title">
              ${renderHeading(inner, whyMoveTitle(), 'section-title', 'why-title')}
              <ul>
                ${whyMove.map((line) => html`<li>${line()}</li>`)}
              </ul>
            </section>`
          : nothing}

        ${shown.has('stretches') && ids.length
          ? html`<section aria-labelledby="stretches-title">
              ${renderHeading(inner, stretchesTitle(), 'section-title', 'stretches-title')}
              <p>${stretchesIntro()}</p>
              <div class="cards">
                ${ids.map((id) => html`<stretch-card part="card" stretch=${id} heading-level=${subLevel(inner)}></stretch-card>`)}
              </div>
            </section>`
          : nothing}

        ${shown.has('routine') && ids.length
          ? html`<section part="routine-entry" class="routine-entry" aria-labelledby="routine-entry-title">
              ${renderHeading(inner, routineTitle(), 'section-title', 'routine-entry-title')}
              ${this.#routineOpen
                ? html`<stretch-routine
                    part="routine"
                    stretches=${ids.join(' ')}
                    heading-level=${subLevel(inner)}
                    contact-href=${contact?.href ?? nothing}
                    contact-label=${contact?.label ?? nothing}
                    emergency-number=${this.emergencyNumber ?? nothing}
                    ?pain-check=${this.painCheck}
                    ?remember=${this.remember}
                  ></stretch-routine>`
                : html`<p>${routineIntro()}</p>
                    <button class="button" type="button" @click=${this.#openRoutine}>
                      ${msg('Start the guided routine', { id: 'guide.routine.open' })}
                    </button>`}
            </section>`
          : nothing}

        ${shown.has('contact')
          ? html`<footer part="contact" class="contact" aria-labelledby="contact-title">
              ${renderHeading(inner, contactTitle(), 'section-title', 'contact-title')}
              <p>${closingText()}</p>
              <slot name="cta">
                ${contact ? html`<a part="cta-link" class="button" href=${contact.href}>${contact.label}</a>` : nothing}
              </slot>
            </footer>`
          : nothing}
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'back-pain-guide': BackPainGuide;
  }
}
