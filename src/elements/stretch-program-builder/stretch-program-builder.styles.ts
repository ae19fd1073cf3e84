import { css } from 'lit';

export const stretchProgramBuilderStyles = css`
  .title {
    font-size: 1.4em;
  }
  .intro,
  .hint,
  .count {
    color: var(--_muted);
  }
  .layout {
    display: grid;
    gap: 1.5em;
    align-items: start;
  }
  @container (min-width: 60em) {
    .layout {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
    }
  }
  .editor,
  .results {
    display: grid;
    gap: 1.25em;
    min-inline-size: 0;
  }
  fieldset {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0.75em 1em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    padding-inline: 0.35em;
    font-weight: 700;
  }
  .field {
    display: grid;
    gap: 0.25em;
    align-content: start;
  }
  label {
    font-weight: 600;
  }
  input[type='text'],
  textarea,
  select {
    min-block-size: 2.75em;
    padding: 0.4em 0.6em;
    border: 0.0625em solid var(--_border-strong);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    inline-size: 100%;
  }
  textarea {
    resize: vertical;
  }
  input[type='text'][aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_urgent);
    border-width: 0.125em;
  }
  .error,
  .count.over {
    color: var(--_urgent);
    font-weight: 600;
  }
  .choice-list {
    display: grid;
    gap: 0.25em;
    padding: 0;
    list-style: none;
  }
  .check {
    display: flex;
    gap: 0.6em;
    align-items: center;
    min-block-size: 2.75em;
    font-weight: 400;
    cursor: pointer;
  }
  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
    accent-color: var(--_accent);
  }
  .tag {
    color: var(--_muted);
  }
  .order {
    display: grid;
    gap: 0.75em;
  }
  .rows {
    display: grid;
    gap: 0.75em;
    padding: 0;
    list-style: none;
    counter-reset: row;
  }
  .row {
    display: grid;
    gap: 0.6em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    max-inline-size: none;
    counter-increment: row;
  }
  .row.dragging {
    opacity: 0.5;
  }
  .row-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .row-name {
    flex: 1 1 10em;
    font-weight: 700;
  }
  .row-name::before {
    content: counter(row) '. ';
  }
  .handle {
    cursor: grab;
    font-size: 1.25em;
    padding-inline: 0.25em;
    color: var(--_muted);
    user-select: none;
  }
  .row-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .button.small {
    padding-inline: 0.75em;
  }
  .button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: not-allowed;
  }
  .doses {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0.6em;
  }
  .output,
  .preview {
    display: grid;
    gap: 0.75em;
  }
  .with-button {
    display: flex;
    gap: 0.5em;
  }
  .with-button input {
    flex: 1;
    min-inline-size: 0;
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
  }
  .qr-area {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    align-items: start;
  }
  .qr {
    inline-size: 13em;
    block-size: 13em;
    border: 1px solid var(--_border);
  }
  .qr-buttons {
    display: grid;
    gap: 0.5em;
    align-content: start;
  }
  .blocked {
    padding: 0.75em;
    border-inline-start: 0.25em solid var(--_urgent);
    background: var(--_urgent-surface);
  }
  .empty {
    color: var(--_muted);
  }
  .handout {
    display: none;
  }
  @media print {
    .base {
      border: 0;
      padding: 0;
    }
    .intro,
    .layout,
    [role='status'] {
      display: none;
    }
    .base > .title {
      display: none;
    }
    .handout {
      display: grid;
      gap: 1em;
    }
    .handout-title {
      font-size: 1.5em;
    }
    .handout-note {
      white-space: pre-line;
      font-size: 1.1em;
    }
    .handout-link {
      display: flex;
      gap: 1.5em;
      align-items: center;
      break-inside: avoid;
    }
    /* 7 cm with the quiet zone: a full link (version 19, 101 modules) prints at 0.7 mm a module, which a phone reads from paper. */
    .handout-link .qr {
      inline-size: 7cm;
      block-size: 7cm;
      flex: none;
      border: 0;
    }
    .handout-url {
      font-family: ui-monospace, monospace;
      font-size: 0.7em;
      overflow-wrap: anywhere;
    }
    .handout-stretch {
      break-inside: avoid;
      display: grid;
      grid-template-columns: minmax(0, 1fr) 9em;
      gap: 1em;
    }
    .handout-text {
      display: grid;
      gap: 0.35em;
      align-content: start;
    }
    .handout-name {
      font-size: 1.15em;
    }
    .handout-pictures {
      display: grid;
      gap: 0.25em;
      align-content: start;
    }
    .handout-pictures svg {
      inline-size: 100%;
    }
    .handout ol,
    .handout-advice {
      padding-inline-start: 1.5em;
    }
  }
`;
