import { css } from 'lit';

export const stretchTimerStyles = css`
  .base {
    display: grid;
    gap: 1em;
    justify-items: center;
    padding: 1em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5em;
  }
  .controls .button {
    min-inline-size: 6.5em;
  }
  .mute {
    background: transparent;
    color: var(--_text);
    border-color: var(--_border);
    min-inline-size: 2.75em;
  }
  .mute[aria-pressed='true'] {
    background: var(--_surface-alt);
  }
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
  }
  :host([compact]) .face {
    inline-size: min(100%, 9em);
  }
  :host([compact]) .time {
    font-size: 2.5em;
  }
  @media print {
    .controls {
      display: none;
    }
  }
`;
