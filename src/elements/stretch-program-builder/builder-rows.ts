import { html, nothing } from 'lit';
import { DOSE_LIMITS } from '../../content/dose.js';
import type { Sides } from '../../content/types.js';
import { DOSE_FIELDS, type Choice, type DoseField, type DraftProblems, type DraftStretch } from './builder-model.js';
import { dragLabel, fieldError, fieldLabel, moveDownLabel, moveUpLabel, removeLabel, text } from './builder-text.js';

/** What the rows need from the builder. */
export interface RowsHost {
  rows: readonly DraftStretch[];
  choices: readonly Choice[];
  problems: DraftProblems;
  onToggle(id: string, on: boolean): void;
  onField(index: number, field: DoseField, value: string): void;
  onSides(index: number, sides: Sides): void;
  onMove(from: number, to: number, focus: 'up' | 'down' | 'handle'): void;
  onRemove(index: number): void;
  dragFrom: number | undefined;
  setDragFrom(index: number | undefined): void;
}

/** The catalog and the clinic's stretches as checkboxes. */
export function renderChoices(host: RowsHost) {
  const chosen = new Set(host.rows.map((row) => row.id));
  return html`<fieldset part="choices" class="choices">
    <legend>${text.choose()}</legend>
    <p class="hint" id="choose-hint">${text.chooseHint()}</p>
    <ul class="choice-list">
      ${host.choices.map(
        (choice) => html`<li>
          <label class="check">
            <input
              type="checkbox"
              data-choice=${choice.id}
              aria-describedby="choose-hint"
              .checked=${chosen.has(choice.id)}
              @change=${(event: Event) => host.onToggle(choice.id, (event.target as HTMLInputElement).checked)}
            />
            <span>${choice.view.name}${choice.custom ? html` <span class="tag">(${text.clinicStretch()})</span>` : nothing}</span>
          </label>
        </li>`
      )}
    </ul>
  </fieldset>`;
}

function renderField(host: RowsHost, row: DraftStretch, index: number, field: DoseField) {
  const id = `row-${index}-${field}`;
  const refused = host.problems.doses.get(row.id)?.has(field) ?? false;
  const limits = DOSE_LIMITS[field];
  return html`<div class="field">
    <label for=${id}>${fieldLabel(field)}</label>
    <input
      id=${id}
      data-field=${field}
      type="text"
      inputmode="numeric"
      autocomplete="off"
      size="4"
      aria-invalid=${refused ? 'true' : 'false'}
      aria-describedby=${refused ? `${id}-error` : nothing}
      data-min=${limits.min}
      data-max=${limits.max}
      .value=${row[field]}
      @input=${(event: Event) => host.onField(index, field, (event.target as HTMLInputElement).value)}
    />
    ${refused ? html`<p class="error" id=${`${id}-error`}>${fieldError(field)}</p>` : nothing}
  </div>`;
}

/** The chosen stretches in order, each with its dose fields and its move and remove buttons. */
export function renderRows(host: RowsHost, nameOf: (id: string) => string) {
  if (!host.rows.length) return html`<p class="empty">${text.empty()}</p>`;
  const last = host.rows.length - 1;
  return html`<ol part="program" class="rows">
    ${host.rows.map((row, index) => {
      const name = nameOf(row.id);
      return html`<li
        class="row ${host.dragFrom === index ? 'dragging' : ''}"
        data-row=${row.id}
        @dragover=${(event: DragEvent) => {
          if (host.dragFrom === undefined) return;
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
        }}
        @drop=${(event: DragEvent) => {
          event.preventDefault();
          const from = host.dragFrom;
          host.setDragFrom(undefined);
          if (from !== undefined) host.onMove(from, index, 'handle');
        }}
      >
        <div class="row-head">
          <span
            class="handle"
            draggable="true"
            title=${dragLabel(name)}
            aria-hidden="true"
            @dragstart=${(event: DragEvent) => {
              host.setDragFrom(index);
              event.dataTransfer?.setData('text/plain', row.id);
              if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
            }}
            @dragend=${() => host.setDragFrom(undefined)}
            >⠿</span
          >
          <span class="row-name" id=${`row-${index}-name`}>${name}</span>
          <span class="row-buttons">
            <button
              class="button secondary small"
              type="button"
              data-move="up"
              aria-label=${moveUpLabel(name)}
              aria-disabled=${index === 0 ? 'true' : 'false'}
              @click=${() => index > 0 && host.onMove(index, index - 1, 'up')}
            >
              ${text.up()}
            </button>
            <button
              class="button secondary small"
              type="button"
              data-move="down"
              aria-label=${moveDownLabel(name)}
              aria-disabled=${index === last ? 'true' : 'false'}
              @click=${() => index < last && host.onMove(index, index + 1, 'down')}
            >
              ${text.down()}
            </button>
            <button class="button secondary small" type="button" data-remove aria-label=${removeLabel(name)} @click=${() => host.onRemove(index)}>
              ${text.remove()}
            </button>
          </span>
        </div>
        <div class="doses" role="group" aria-labelledby=${`row-${index}-name`}>
          ${DOSE_FIELDS.slice(0, 2).map((field) => renderField(host, row, index, field))}
          <div class="field">
            <label for=${`row-${index}-sides`}>${text.sides()}</label>
            <select
              id=${`row-${index}-sides`}
              data-field="sides"
              @change=${(event: Event) => host.onSides(index, (event.target as HTMLSelectElement).value as Sides)}
            >
              <option value="each" ?selected=${row.sides === 'each'}>${text.sidesEach()}</option>
              <option value="none" ?selected=${row.sides === 'none'}>${text.sidesNone()}</option>
            </select>
          </div>
          ${renderField(host, row, index, 'rest')}
        </div>
      </li>`;
    })}
  </ol>`;
}
