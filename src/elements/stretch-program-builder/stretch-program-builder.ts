import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { BackcareElement } from '../../internal/backcare-element.js';
import { baseStyles } from '../../internal/base-styles.js';
import { renderHeading } from '../../internal/heading.js';
import { subLevel } from '../../internal/attributes.js';
import { illustrationStyles } from '../../illustrations/styles.js';
import { picturesSettled } from '../../illustrations/picture.js';
import { resolveStretch, type StretchView } from '../../content/stretch-view.js';
import type { CustomStretchInput } from '../../content/custom-stretch.js';
import type { Sides } from '../../content/types.js';
import { TARGET_LOCALES } from '../../localization/index.js';
import { PROGRAM_LIMITS, characterCount, type Program } from '../../program/types.js';
import { normalizeProgram, programLink } from '../../program/program-code.js';
import { programStretches } from '../stretch-routine/program-from-link.js';
import {
  choices,
  draftFor,
  draftFromProgram,
  hasProblems,
  move,
  problemsOf,
  toProgram,
  type Choice,
  type DoseField,
  type DraftProblems,
  type DraftStretch,
} from './builder-model.js';
import { renderChoices, renderRows, type RowsHost } from './builder-rows.js';
import { renderHandout, renderOutput, type OutputHost } from './builder-output.js';
import { qrCode, qrSvgFile, type QrCode } from './qr-code.js';
import { added, errorFor, fieldError, moved, noteCount, noteError, removed, text, titleError } from './builder-text.js';
import { stretchProgramBuilderStyles } from './stretch-program-builder.styles.js';
import { ProgramChangeEvent, ProgramCopyEvent } from './stretch-program-builder.events.js';
import { LANGUAGE_NAMES } from '../../localization/language-names.js';

export * from './stretch-program-builder.events.js';


/**
 * For clinic staff: builds a stretching program (stretches, order, doses, title, note, language)
 * and gives the patient link, its QR code and a printable handout. The program travels inside the
 * link's `#program=` fragment: no account, no server. Never load it on a patient's page.
 *
 * @summary Builds a patient's stretching program: link, QR code and printable handout.
 * @tag stretch-program-builder
 *
 * @fires {ProgramChangeEvent} program-change - The clinician changed the program. `detail: { program, link }` (`link` undefined while a value is refused).
 * @fires {ProgramCopyEvent} program-copy - The link or QR code was copied, or the QR code downloaded. `detail: { what, ok }`.
 *
 * @csspart base - The builder card.
 * @csspart title - The builder's heading.
 * @csspart section-title - Each section's heading.
 * @csspart choices - The stretches to choose from.
 * @csspart program - The chosen stretches with their doses (`<ol>`).
 * @csspart output - The link, QR code and buttons.
 * @csspart link - The patient link's text field.
 * @csspart blocked - Why there is no link yet.
 * @csspart qr-code - The QR code (`<svg>`).
 * @csspart preview - The preview area with the patient's `<stretch-routine>`.
 * @csspart handout - The printed handout (shown only when printing).
 * @csspart handout-title - The handout's title (the program's title).
 * @csspart handout-name - Each stretch's name in the handout.
 * @csspart illustration - The stretch pictures in the handout.
 *
 * @cssprop [--backcare-color-accent=light-dark(#0b6b6b, #6fd6cb)] - Accent.
 * @cssprop [--backcare-color-urgent=light-dark(#a4161a, #ff8a80)] - Refused values.
 * @cssprop [--backcare-radius=0.75em] - Corner radius.
 * @cssprop [--backcare-font-size=medium] - Base font size.
 */
export class StretchProgramBuilder extends BackcareElement {
  static override styles = [baseStyles, illustrationStyles, stretchProgramBuilderStyles];

  static override properties: PropertyDeclarations = {
    pageUrl: { attribute: 'page-url' },
    customStretches: { attribute: false },
    program: { attribute: false },
    preview: {},
  };

  /** The address of the clinic's page with `<stretch-routine program-from-link>`. Default: this page's address. */
  declare pageUrl: string | undefined;
  /** The clinic's own stretches (objects with an `id`, a `name` and `steps`), offered after the catalog's. Give the same objects to the patient page's routine. */
  declare customStretches: CustomStretchInput[] | undefined;
  /** `on` (default) shows a live `<stretch-routine>` preview; `off` hides it. */
  declare preview: string | undefined;

  #rows: DraftStretch[] = [];
  #title = '';
  #note = '';
  #lang = '';
  #choices: Choice[] = [];
  #choicesFrom: unknown[] = [Symbol('not yet')];
  #pendingProgram: Program | undefined;
  #announcement = '';
  #dragFrom: number | undefined;
  #focusAfter: string | undefined;

  /** The program as it stands (refused values left out). Setting it replaces the draft. */
  get program(): Program {
    return toProgram(this.#rows, this.#choices, this.#title, this.#note, this.#lang);
  }
  set program(value: Program | undefined) {
    this.#pendingProgram = value ? normalizeProgram(value) : { stretches: [] };
    this.requestUpdate();
  }

  /** The patient link, or undefined while a value is refused or no stretch is chosen. */
  get link(): string | undefined {
    return hasProblems(this.#problems) || !this.#rows.length ? undefined : programLink(this.#pageAddress, this.program);
  }

  get #pageAddress(): string {
    const given = this.pageUrl?.trim();
    if (given) return given;
    return typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}${location.search}`;
  }

  get #problems(): DraftProblems {
    return problemsOf(this.#rows, this.#title, this.#note);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const inputs = [this.customStretches, this.currentLocale];
    if (!inputs.every((value, index) => value === this.#choicesFrom[index])) {
      this.#choicesFrom = inputs;
      this.#choices = choices(this.customStretches, this.warner);
      this.#rows = this.#rows.filter((row) => this.#choices.some((choice) => choice.id === row.id));
    }
    if (this.#pendingProgram) this.#adopt(this.#pendingProgram);
  }

  #adopt(program: Program): void {
    this.#pendingProgram = undefined;
    this.#title = program.title ?? '';
    this.#note = program.note ?? '';
    this.#lang = program.lang && program.lang in LANGUAGE_NAMES ? program.lang : '';
    if (program.lang && !this.#lang) this.warner.warn(`program.lang="${program.lang}" is not one of ${TARGET_LOCALES.join(', ')} or en; the page's language is used.`);
    const rows: DraftStretch[] = [];
    for (const stretch of program.stretches) {
      const choice = this.#choices.find((item) => item.id === stretch.id);
      if (!choice) this.warner.warn(`program has the stretch "${stretch.id}", which is neither in the catalog nor in customStretches; it is left out.`);
      else if (rows.some((row) => row.id === stretch.id)) this.warner.warn(`program has "${stretch.id}" twice; the second is left out.`);
      else rows.push(draftFromProgram(stretch, choice));
    }
    this.#rows = rows;
  }

  // --- editing -------------------------------------------------------------------------------

  #nameOf = (id: string): string => this.#choices.find((choice) => choice.id === id)?.view.name ?? id;

  #changed(announcement?: string): void {
    if (announcement !== undefined) this.#announcement = announcement;
    this.requestUpdate();
    this.dispatchEvent(new ProgramChangeEvent({ program: this.program, link: this.link }));
  }

  #say(sentence: string): void {
    // A repeated sentence would not be read again: vary it invisibly.
    this.#announcement = this.#announcement === sentence ? `${sentence}\u00a0` : sentence;
    this.requestUpdate();
  }

  #rowsHost(): RowsHost {
    return {
      rows: this.#rows,
      choices: this.#choices,
      problems: this.#problems,
      dragFrom: this.#dragFrom,
      setDragFrom: (index) => {
        this.#dragFrom = index;
        this.requestUpdate();
      },
      onToggle: (id, on) =>
        this.inLocale(() => {
          const choice = this.#choices.find((item) => item.id === id);
          if (!choice) return;
          if (on && !this.#rows.some((row) => row.id === id)) {
            this.#rows = [...this.#rows, draftFor(choice)];
            this.#changed(added(choice.view.name, this.#rows.length));
          } else if (!on) {
            this.#rows = this.#rows.filter((row) => row.id !== id);
            this.#changed(removed(choice.view.name));
          }
        }),
      onField: (index, field, value) => this.inLocale(() => this.#onField(index, field, value)),
      onSides: (index, sides: Sides) => {
        this.#rows = this.#rows.map((row, at) => (at === index ? { ...row, sides } : row));
        this.#changed();
      },
      onMove: (from, to, focus) =>
        this.inLocale(() => {
          const id = this.#rows[from]?.id;
          if (!id) return;
          this.#rows = move(this.#rows, from, to);
          // Keep focus on the button that was pressed, in the stretch's new place (or the other button at an end).
          const atEnd = (focus === 'up' && to === 0) || (focus === 'down' && to === this.#rows.length - 1);
          const button = focus === 'handle' ? 'up' : atEnd ? (focus === 'up' ? 'down' : 'up') : focus;
          this.#focusAfter = `[data-row="${CSS.escape(id)}"] [data-move="${button}"]`;
          this.#changed(moved(this.#nameOf(id), to + 1, this.#rows.length));
        }),
      onRemove: (index) =>
        this.inLocale(() => {
          const id = this.#rows[index]?.id;
          if (!id) return;
          this.#rows = this.#rows.filter((_, at) => at !== index);
          this.#focusAfter = `[data-choice="${CSS.escape(id)}"]`;
          this.#changed(removed(this.#nameOf(id)));
        }),
    };
  }

  #onField(index: number, field: DoseField, value: string): void {
    const row = this.#rows[index];
    if (!row) return;
    const before = this.#problems.doses.get(row.id)?.has(field) ?? false;
    this.#rows = this.#rows.map((item, at) => (at === index ? { ...item, [field]: value } : item));
    const after = this.#problems.doses.get(row.id)?.has(field) ?? false;
    // Announce a refusal when it appears, not on every keystroke.
    this.#changed(after && !before ? errorFor(this.#nameOf(row.id), fieldError(field)) : undefined);
  }

  #onText(which: 'title' | 'note' | 'lang', value: string): void {
    this.inLocale(() => {
      const before = this.#problems;
      if (which === 'title') this.#title = value;
      else if (which === 'note') this.#note = value;
      else this.#lang = value;
      const after = this.#problems;
      let sentence: string | undefined;
      if (after.title && !before.title) sentence = titleError(PROGRAM_LIMITS.title);
      if (after.note && !before.note) sentence = noteError(characterCount(this.#note.trim()) - PROGRAM_LIMITS.note);
      this.#changed(sentence);
    });
  }

  // --- outputs -------------------------------------------------------------------------------

  async #copy(textToCopy: string, what: 'link' | 'qr-code'): Promise<void> {
    let ok = false;
    try {
      await navigator.clipboard.writeText(textToCopy);
      ok = true;
    } catch {
      ok = false;
    }
    this.inLocale(() => this.#say(ok ? (what === 'link' ? text.copiedLink() : text.copiedQr()) : text.copyFailed()));
    if (!ok && what === 'link') this.renderRoot.querySelector<HTMLInputElement>('#link')?.select();
    this.dispatchEvent(new ProgramCopyEvent({ what, ok }));
  }

  #outputHost(): OutputHost {
    const link = this.link;
    const qr = link ? qrCode(link) : undefined;
    const svgFile = (code: QrCode) => this.inLocale(() => qrSvgFile(code, text.qrLabel()));
    return {
      link,
      qr,
      blocked: !this.#rows.length ? text.needStretch() : hasProblems(this.#problems) ? text.fixFirst() : undefined,
      onCopyLink: () => link && void this.#copy(link, 'link'),
      onCopyQr: () => qr && void this.#copy(svgFile(qr), 'qr-code'),
      onDownloadQr: () => {
        if (!qr) return;
        const url = URL.createObjectURL(new Blob([svgFile(qr)], { type: 'image/svg+xml' }));
        const anchor = document.createElement('a');
        anchor.href = url;
        anchor.download = 'program-qr-code.svg';
        anchor.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        this.dispatchEvent(new ProgramCopyEvent({ what: 'qr-download', ok: true }));
      },
    };
  }

  /** Resolves once rendered with the handout's pictures. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    return (await picturesSettled(this)) ? super.getUpdateComplete() : result;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusAfter) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusAfter)?.focus();
      this.#focusAfter = undefined;
    }
  }

  // --- rendering -----------------------------------------------------------------------------

  protected override render() {
    const level = this.resolvedHeadingLevel;
    const inner = subLevel(level);
    const problems = this.#problems;
    const program = this.program;
    const output = this.#outputHost();
    const noteChars = characterCount(this.#note.trim());
    const views = program.stretches
      .map((stretch) =>
        resolveStretch({ stretch: programStretches({ stretches: [stretch] }, this.#customInputs())[0] }, {}, this.warner)
      )
      .filter((view): view is StretchView => view !== undefined);
    return html`
      <article part="base" class="base surface-card" aria-labelledby="builder-title">
        ${renderHeading(level, text.title(), 'title', 'builder-title')}
        <p class="intro">${text.intro()}</p>
        <div class="layout">
          <div class="editor">
            <fieldset class="details">
              <legend>${text.details()}</legend>
              <div class="field">
                <label for="title">${text.titleField()}</label>
                <input id="title" type="text" autocomplete="off" .value=${this.#title} aria-invalid=${problems.title ? 'true' : 'false'}
                  aria-describedby=${problems.title ? 'title-error' : nothing}
                  @input=${(e: Event) => this.#onText('title', (e.target as HTMLInputElement).value)} />
                ${problems.title ? html`<p class="error" id="title-error">${titleError(PROGRAM_LIMITS.title)}</p>` : nothing}
              </div>
              <div class="field">
                <label for="note">${text.noteField()}</label>
                <textarea id="note" rows="4" .value=${this.#note} aria-invalid=${problems.note ? 'true' : 'false'}
                  aria-describedby=${problems.note ? 'note-hint note-count note-error' : 'note-hint note-count'}
                  @input=${(e: Event) => this.#onText('note', (e.target as HTMLTextAreaElement).value)}></textarea>
                <p class="hint" id="note-hint">${text.noteHint()}</p>
                <p class="count ${problems.note ? 'over' : ''}" id="note-count">${noteCount(noteChars, PROGRAM_LIMITS.note)}</p>
                ${problems.note ? html`<p class="error" id="note-error">${noteError(noteChars - PROGRAM_LIMITS.note)}</p>` : nothing}
              </div>
              <div class="field">
                <label for="lang">${text.langField()}</label>
                <select id="lang" @change=${(e: Event) => this.#onText('lang', (e.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${this.#lang === ''}>${text.langPage()}</option>
                  ${Object.entries(LANGUAGE_NAMES).map(
                    ([code, name]) => html`<option value=${code} lang=${code} ?selected=${this.#lang === code}>${name}</option>`
                  )}
                </select>
              </div>
            </fieldset>
            ${renderChoices(this.#rowsHost())}
            <section class="order" aria-labelledby="order-title">
              ${renderHeading(inner, text.order(), 'section-title', 'order-title')}
              ${renderRows(this.#rowsHost(), this.#nameOf)}
            </section>
          </div>
          <div class="results">
            ${renderOutput(output, inner)}
            ${this.preview === 'off' ? nothing : this.#renderPreview(inner, program)}
          </div>
        </div>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
        ${renderHandout(this, program, views, output, inner)}
      </article>
    `;
  }

  #customInputs(): CustomStretchInput[] {
    return this.#choices.flatMap((choice) => (choice.custom ? [{ ...choice.custom, id: choice.id }] : []));
  }

  #renderPreview(level: ReturnType<typeof subLevel>, program: Program) {
    return html`<section part="preview" class="preview" aria-labelledby="preview-title">
      ${renderHeading(level, text.preview(), 'section-title', 'preview-title')}
      ${program.stretches.length
        ? html`<stretch-routine
            heading-level=${Math.min(6, level + 1)}
            lang=${this.#lang || nothing}
            sound="off"
            vibrate="off"
            .stretches=${programStretches(program, this.#customInputs())}
          ></stretch-routine>`
        : html`<p class="empty">${text.previewEmpty()}</p>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stretch-program-builder': StretchProgramBuilder;
  }
}
