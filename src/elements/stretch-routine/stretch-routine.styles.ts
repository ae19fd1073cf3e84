import { css } from 'lit';

export const stretchRoutineStyles = css`
  .title {
    font-size: 1.4em;
  }
  .screen,
  .safety,
  .summary,
  .advice {
    display: grid;
    gap: 1em;
    justify-items: start;
  }
  .screen > *,
  .safety > *,
  .summary > *,
  .advice > * {
    max-inline-size: 100%;
  }
  .help,
  .session,
  .pain,
  .safety > .disclaimer {
    justify-self: stretch;
  }
  .screen-heading:focus,
  [data-screen-focus]:focus {
    outline: none;
  }
  .screen-title,
  .stretch-name {
    font-size: 1.2em;
  }
  .section-title {
    font-size: 1.05em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .button.big {
    font-size: 1.1em;
    min-inline-size: 8em;
  }
  .disclaimer {
    display: grid;
    gap: 0.5em;
    align-content: start;
    padding: 1em;
    border: 0.125em solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .disclaimer ul,
  .advice-list {
    display: grid;
    gap: 0.25em;
    padding-inline-start: 1.25em;
  }
  .advice {
    padding: 1em;
    border: 0.125em solid var(--_urgent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_urgent-surface);
  }

  .plan {
    display: grid;
    gap: 0.5em;
    padding-inline-start: 1.5em;
  }
  .plan li::marker {
    color: var(--_accent);
    font-weight: 700;
  }
  .plan-name {
    display: block;
    font-weight: 700;
  }
  .plan-dose,
  .hint,
  .next-up {
    color: var(--_muted);
  }
  .estimate,
  .streak {
    font-weight: 600;
  }
  .notice {
    color: var(--_muted);
  }
  .program {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    padding: 0.75em 1em;
    border-inline-start: 0.25em solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .program p {
    margin: 0;
  }
  .program-title {
    font-weight: 700;
  }
  .program-note {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .session {
    display: grid;
    gap: 1em;
    border-radius: calc(var(--_radius) * 0.75);
  }
  .progress {
    display: grid;
    gap: 0.35em;
    font-weight: 600;
  }
  progress {
    inline-size: 100%;
    block-size: 0.6em;
    accent-color: var(--_accent);
  }
  .stage {
    display: grid;
    gap: 1em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    align-items: center;
  }
  .stretch-info {
    display: grid;
    gap: 0.5em;
    align-content: start;
  }
  .dose {
    font-weight: 600;
  }
  .picture {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0.5em;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
    text-align: center;
  }
  .picture svg {
    inline-size: 100%;
    max-block-size: 14em;
  }
  .caption {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
  }
  .how summary {
    display: flex;
    align-items: center;
    min-block-size: 2.75em;
    font-weight: 600;
    color: var(--_accent);
    cursor: pointer;
  }
  .how ol {
    display: grid;
    gap: 0.35em;
    padding-inline-start: 1.5em;
  }
  .timer-area {
    display: grid;
    justify-items: center;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5em;
  }
  .controls .button {
    min-inline-size: 5.5em;
  }
  .controls [aria-pressed='true'] {
    background: var(--_surface-alt);
  }
  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }

  .pain {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .pain legend {
    padding: 0;
    margin-block-end: 0.75em;
  }
  .pain-scale {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(3.25em, 1fr));
    gap: 0.4em;
  }
  .pain-option {
    position: relative;
    display: grid;
    justify-items: center;
    align-content: start;
    gap: 0.15em;
    min-block-size: 2.75em;
    padding: 0.4em 0.2em;
    border: 0.125em solid var(--_border-strong);
    border-radius: calc(var(--_radius) * 0.6);
    cursor: pointer;
    text-align: center;
  }
  .pain-option input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .pain-option:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .pain-option:has(input:focus-visible) {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }
  .pain-number {
    font-weight: 700;
    font-size: 1.1em;
  }
  .pain-words {
    font-size: 0.75em;
    line-height: 1.2;
  }

  .summary dl {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  .summary dt {
    font-weight: 700;
  }
  .summary dd {
    margin: 0;
  }
  .unavailable {
    color: var(--_muted);
  }

  .handout {
    display: none;
  }
  @media print {
    .screen,
    [role='status'] {
      display: none;
    }
    .base {
      border: 0;
      padding: 0;
    }
    .handout {
      display: grid;
      gap: 1em;
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

  /* Pain safety: "It hurts", the cautions during a stretch, the severe-pain and pain screens. */
  .hurts-row {
    display: flex;
    justify-content: center;
  }
  .button.hurts {
    min-block-size: 2.75em;
    min-inline-size: 8em;
    border-color: var(--_urgent);
    background: var(--_surface);
    color: var(--_urgent);
  }
  .cautions {
    display: grid;
    gap: 0.25em;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_urgent);
    background: var(--_urgent-surface);
  }
  .cautions-title {
    font-weight: 600;
  }
  .cautions ul,
  .pain-advice-list {
    display: grid;
    gap: 0.25em;
    padding-inline-start: 1.25em;
  }
  .advice .help,
  .severe .help {
    justify-self: stretch;
  }
  .severe {
    display: grid;
    gap: 1em;
    justify-items: start;
  }
`;
