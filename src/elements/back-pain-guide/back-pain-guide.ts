import { html, nothing, type PropertyDeclarations } from 'lit';
import { msg } from '../../localization/lit-localize.js';
import { BackcareElement } from '../../internal/backcare-element.js';
import { baseStyles } from '../../internal/base-styles.js';
import { renderHeading } from '../../internal/heading.js';
import { subLevel } from '../../internal/attributes.js';
import { parseEmergencyNumber } from '../../internal/attributes.js';
import { resolveContactLink } from '../shared/contact.js';
import { renderSafetySigns, safetySignsStyles } from '../shared/safety-signs.js';
import { safeUrl } from '../../internal/url.js';
import { disclaimer, disclaimerTitle } from '../../content/safety.js';
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
import { isStretchId, stretches } from '../../content/stretches.js';
import { STRETCH_IDS } from '../../content/types.js';
import { backPainGuideStyles } from './back-pain-guide.styles.js';

export const GUIDE_SECTIONS = ['causes', 'why-move', 'stretches', 'routine', 'contact'] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/**
 * The clinic article as one drop-in: the opening, how common back pain is and how it starts, the
 * causes (a `<back-pain-causes>`), why moving helps, each stretch as a `<stretch-card>`, a guided
 * `<stretch-routine>`, and the clinic's call to action, in the article's order.
 *
 * Safety comes before movement: whatever `sections` shows, the disclaimer and the urgent-care
 * signs come before the first Start button in reading order. With `causes` shown, its "Get help
 * now" and "See a doctor soon" boxes come first; a "Before you start" section with the disclaimer
 * (and the signs, when `causes` is not shown) sits right before the stretches or the routine.
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
 * @csspart safety - The "Before you start" section before the first Start button: the disclaimer, and the urgent-care signs when `causes` is not shown.
 * @csspart disclaimer - The disclaimer list in it.
 * @csspart urgent - The "Get help now" box in it (when `causes` is not shown).
 * @csspart see-doctor - The "See a doctor soon" box in it (when `causes` is not shown).
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
  static override styles = [baseStyles, safetySignsStyles, backPainGuideStyles];

  static override properties: PropertyDeclarations = {
    contactHref: { attribute: 'contact-href' },
    contactLabel: { attribute: 'contact-label' },
    emergencyNumber: { attribute: 'emergency-number' },
    videoUrl: { attribute: 'video-url' },
    stretches: {},
    sections: {},
    painCheck: { attribute: 'pain-check' },
    remember: { type: Boolean },
  };

  /** The clinic's contact link (https:, http:, mailto:, tel: or relative). */
  declare contactHref: string | undefined;
  /** The contact link's text. Default "Contact our doctors". */
  declare contactLabel: string | undefined;
  /** The emergency number named in the safety text (2–6 digits). */
  declare emergencyNumber: string | undefined;
  /**
   * The clinic's link to the article's video demonstration (the article says "Click here to watch
   * a video demonstration" for the kneeling back and hip extension, without a URL): https: or
   * http:. Passed as `video-url` to the card of every stretch whose article text promises a video
   * (`articleMentionsVideo`) and to the routine.
   */
  declare videoUrl: string | undefined;
  /** Which stretches to show and run, as catalog ids separated by spaces. Default: all four. */
  declare stretches: string | undefined;
  /** Which sections to show, separated by spaces: `causes why-move stretches routine contact`. Default: all. */
  declare sections: string | undefined;
  /** Passed to the routine: its pain check is on by default; `pain-check="off"` turns it off. */
  declare painCheck: boolean | string | undefined;
  /** Passed to the routine: remember progress on this device. */
  declare remember: boolean;

  #routineOpen = false;

  constructor() {
    super();
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

  get #videoUrl(): string | undefined {
    if (this.videoUrl == null || this.videoUrl === '') return undefined;
    const url = safeUrl(this.videoUrl);
    if (!url) this.warner.warn(`video-url="${this.videoUrl}" is not an allowed URL (use https: or http:); the video link is left out.`);
    return url;
  }

  /** The disclaimer, and the urgent-care signs when the causes section (which has them) is not shown. */
  #renderSafety(level: ReturnType<typeof subLevel>, emergencyNumber: string | undefined, withSigns: boolean) {
    return html`<section part="safety" class="safety" aria-labelledby="safety-title">
      ${renderHeading(level, disclaimerTitle(), 'section-title', 'safety-title')}
      <ul part="disclaimer" class="disclaimer">
        ${disclaimer.map((line) => html`<li>${line()}</li>`)}
      </ul>
      ${withSigns ? renderSafetySigns(subLevel(level), emergencyNumber) : nothing}
    </section>`;
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
    const emergencyNumber = parseEmergencyNumber(this.emergencyNumber, this.warner);
    const videoUrl = this.#videoUrl;
    const hasStart = ids.length > 0 && (shown.has('stretches') || shown.has('routine'));
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

        ${hasStart ? this.#renderSafety(inner, emergencyNumber, !shown.has('causes')) : nothing}

        ${shown.has('stretches') && ids.length
          ? html`<section aria-labelledby="stretches-title">
              ${renderHeading(inner, stretchesTitle(), 'section-title', 'stretches-title')}
              <p>${stretchesIntro()}</p>
              <div class="cards">
                ${ids.map(
                  (id) => html`<stretch-card
                    part="card"
                    stretch=${id}
                    heading-level=${subLevel(inner)}
                    emergency-number=${emergencyNumber ?? nothing}
                    video-url=${(isStretchId(id) && stretches[id].articleMentionsVideo && videoUrl) || nothing}
                  ></stretch-card>`
                )}
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
                    video-url=${videoUrl ?? nothing}
                    .painCheck=${this.painCheck}
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
