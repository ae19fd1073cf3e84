import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg } from '../../localization/lit-localize.js';
import { BackcareElement } from '../../internal/backcare-element.js';
import { baseStyles } from '../../internal/base-styles.js';
import { renderHeading } from '../../internal/heading.js';
import { subLevel } from '../../internal/attributes.js';
import { resolveContactLink } from '../shared/contact.js';
import { parseEmergencyNumber } from '../../internal/attributes.js';
import { chevronIcon } from '../../internal/icons.js';
import {
  causes,
  causesIntro,
  causesTitle,
  closingText,
  defaultPrevalenceFigure,
  onsetIntro,
  onsets,
  prevalenceFollowUp,
  prevalenceSentence,
} from '../../content/index.js';
import type { CauseId } from '../../content/types.js';
import { renderSafetySigns, safetySignsStyles } from '../shared/safety-signs.js';
import { backPainCausesStyles } from './back-pain-causes.styles.js';
import { CauseToggleEvent } from './back-pain-causes.events.js';

export { CauseToggleEvent, type CauseToggleDetail } from './back-pain-causes.events.js';

/**
 * The article's facts about back pain: how common it is, the two ways it usually starts, the three
 * common causes as disclosures, when to get help, and the clinic's call to action.
 *
 * @summary Explains what causes back pain, with urgent-care signs and the clinic's contact link.
 * @tag back-pain-causes
 *
 * @fires {CauseToggleEvent} cause-toggle - A patient opened or closed a cause. `detail: { cause, open }`.
 *
 * @slot prevalence - Replaces the sentence about how common back pain is.
 * @slot cta - The clinic's own call-to-action button or link, shown under the closing sentence.
 *
 * @csspart base - The outer card.
 * @csspart title - The top heading.
 * @csspart prevalence - The "how common" statement.
 * @csspart onsets - The list of the two ways back pain starts.
 * @csspart onset - One way back pain starts.
 * @csspart causes - The group of cause disclosures.
 * @csspart cause - One cause (`<details>`).
 * @csspart cause-summary - The clickable name of a cause (`<summary>`).
 * @csspart cause-body - The explanation of a cause.
 * @csspart expand-all - The "Open all" / "Close all" button.
 * @csspart urgent - The "Get help now" box.
 * @csspart see-doctor - The "See a doctor soon" box.
 * @csspart cta - The closing call to action.
 * @csspart cta-link - The contact link made from `contact-href`.
 * @csspart section-title - Each section's heading.
 *
 * @cssprop [--backcare-color-accent=light-dark(#0b6b6b, #6fd6cb)] - Accent: links, buttons, markers.
 * @cssprop [--backcare-color-on-accent=light-dark(#ffffff, #06201e)] - Text on the accent colour.
 * @cssprop [--backcare-color-text=light-dark(#1d2426, #e8eeee)] - Body text.
 * @cssprop [--backcare-color-muted=light-dark(#4b5759, #b4c0c1)] - Secondary text.
 * @cssprop [--backcare-color-surface=light-dark(#ffffff, #172022)] - Card background.
 * @cssprop [--backcare-color-surface-alt=accent mixed 9% into the surface] - Tinted tiles.
 * @cssprop [--backcare-color-border=light-dark(#c9d6d5, #3b4d50)] - Decorative borders.
 * @cssprop [--backcare-color-border-strong=light-dark(#869796, #62777a)] - Outlines of the cause disclosures (3:1 contrast).
 * @cssprop [--backcare-color-urgent=light-dark(#a4161a, #ff8a80)] - Urgent-care warning colour.
 * @cssprop [--backcare-color-urgent-surface=light-dark(#fdecea, #3a1c1c)] - Urgent box background.
 * @cssprop [--backcare-color-focus=light-dark(#1a56db, #9ec5ff)] - Focus ring.
 * @cssprop [--backcare-radius=0.75em] - Corner radius.
 * @cssprop [--backcare-space=1em] - Base spacing.
 * @cssprop [--backcare-font-size=medium] - Base font size; everything scales from it.
 * @cssprop [--backcare-line-height=1.5] - Line height of the text (the page's own line-height does not reach inside; nor do its letter-spacing, word-spacing, text-align, text-transform, text-indent or white-space).
 */
export class BackPainCauses extends BackcareElement {
  static override styles = [baseStyles, safetySignsStyles, backPainCausesStyles];

  static override properties: PropertyDeclarations = {
    prevalence: {},
    expanded: { type: Boolean },
    contactHref: { attribute: 'contact-href' },
    contactLabel: { attribute: 'contact-label' },
    emergencyNumber: { attribute: 'emergency-number' },
    hideCta: { attribute: 'hide-cta', type: Boolean },
  };

  /** How common back pain is, e.g. "8 in 10" or "Over 80%". Default: the clinic's "More than 80%". */
  declare prevalence: string | undefined;
  /** Opens every cause. Patients can still close them one by one. */
  declare expanded: boolean;
  /** The clinic's contact page, `mailto:` or `tel:` link. Other schemes are refused. */
  declare contactHref: string | undefined;
  /** The contact link's text. Default: "Contact our doctors". */
  declare contactLabel: string | undefined;
  /** The emergency number to name (digits only, e.g. 911, 999, 112). Default: a generic sentence. */
  declare emergencyNumber: string | undefined;
  /** Leaves out the closing call to action, for pages (such as `<back-pain-guide>`) that close with their own. */
  declare hideCta: boolean;

  /** Which causes are open; the source of truth that `<details>` is rendered from. */
  #openCauses: ReadonlySet<CauseId> = new Set();

  constructor() {
    super();
    this.expanded = false;
    this.hideCta = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('expanded')) {
      this.#openCauses = this.expanded ? new Set(causes.map((cause) => cause.id)) : new Set();
    }
  }

  get #allOpen(): boolean {
    return this.#openCauses.size === causes.length;
  }

  #setCauseOpen(id: CauseId, open: boolean): void {
    const next = new Set(this.#openCauses);
    if (open) next.add(id);
    else next.delete(id);
    this.#openCauses = next;
    this.requestUpdate();
    this.dispatchEvent(new CauseToggleEvent({ cause: id, open }));
  }

  #onDetailsToggle(id: CauseId, event: Event): void {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    // Our own re-render also toggles <details>; only a change the state does not know of is the patient's.
    if (open === this.#openCauses.has(id)) return;
    this.#setCauseOpen(id, open);
  }

  #onExpandAllClick(): void {
    const open = !this.#allOpen;
    for (const cause of causes) {
      if (this.#openCauses.has(cause.id) !== open) this.#setCauseOpen(cause.id, open);
    }
  }

  get #prevalenceFigure(): string {
    if (this.prevalence == null) return defaultPrevalenceFigure();
    const figure = this.prevalence.trim();
    if (figure === '') {
      this.warner.warn(`prevalence="${this.prevalence}" is empty; using the default.`);
      return defaultPrevalenceFigure();
    }
    return figure;
  }

  protected override render() {
    const level = this.resolvedHeadingLevel;
    const sectionLevel = subLevel(level);
    const contact = this.hideCta ? undefined : resolveContactLink(this.contactHref, this.contactLabel, this.warner);
    const emergencyNumber = parseEmergencyNumber(this.emergencyNumber, this.warner);

    return html`
      <article part="base" class="base" aria-labelledby="title">
        ${renderHeading(level, causesTitle(), 'title', 'title')}

        <div part="prevalence" class="prevalence">
          <slot name="prevalence">
            <p class="prevalence-sentence">${prevalenceSentence(this.#prevalenceFigure)}</p>
          </slot>
          <p>${prevalenceFollowUp()}</p>
        </div>

        <section aria-labelledby="onset-title">
          <p id="onset-title">${onsetIntro()}</p>
          <ul part="onsets" class="onsets">
            ${onsets.map(
              (onset) => html`
                <li part="onset" class="onset">
                  <span class="onset-title">${onset.title()}</span>
                  <span>${onset.text()}</span>
                </li>
              `
            )}
          </ul>
        </section>

        <section aria-labelledby="causes-title">
          <div class="causes-header">
            ${renderHeading(sectionLevel, msg('Common causes', { id: 'causes.list-title' }), 'section-title', 'causes-title')}
            <button part="expand-all" class="expand-all" type="button" @click=${this.#onExpandAllClick}>
              ${this.#allOpen
                ? msg('Close all', { id: 'causes.close-all' })
                : msg('Open all', { id: 'causes.open-all' })}
            </button>
          </div>
          <p>${causesIntro()}</p>
          <div part="causes" class="causes">
            ${causes.map(
              (cause) => html`
                <details
                  part="cause"
                  data-cause=${cause.id}
                  ?open=${this.#openCauses.has(cause.id)}
                  @toggle=${(event: Event) => this.#onDetailsToggle(cause.id, event)}
                >
                  <summary part="cause-summary">${chevronIcon}<span>${cause.name()}</span></summary>
                  <div part="cause-body" class="cause-body">
                    ${cause.explanation.map((line) => html`<p>${line()}</p>`)}
                    ${cause.signs ? html`<p>${cause.signs()}</p>` : nothing}
                  </div>
                </details>
              `
            )}
          </div>
        </section>

        ${renderSafetySigns(sectionLevel, emergencyNumber)}

        ${this.hideCta
          ? nothing
          : html`<footer part="cta" class="cta">
              <p>${closingText()}</p>
              <slot name="cta">
                ${contact
                  ? html`<a part="cta-link" class="button" href=${contact.href}>${contact.label}</a>`
                  : nothing}
              </slot>
            </footer>`}
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'back-pain-causes': BackPainCauses;
  }
}
