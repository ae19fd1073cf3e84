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
  .face {
    position: relative;
    display: grid;
    place-items: center;
    inline-size: min(100%, 13em);
    aspect-ratio: 1;
  }
  .ring {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    transform: rotate(-90deg);
  }
  .ring circle {
    fill: none;
    stroke-width: 8;
  }
  .ring-track {
    stroke: var(--_border);
  }
  /* The ring steps once a second with the number; a continuous transition would restyle the SVG
     on every frame for the whole hold (measured by the timer benchmark). */
  .ring-progress {
    stroke: var(--_accent);
    stroke-linecap: round;
  }
  .phase-rest .ring-progress,
  .phase-switch-sides .ring-progress,
  .phase-get-ready .ring-progress {
    stroke: var(--_muted);
  }
  .readout {
    position: relative;
    display: grid;
    justify-items: center;
    gap: 0.125em;
    text-align: center;
    padding: 0.5em;
  }
  .phase-name {
    font-weight: 700;
    font-size: 1.05em;
    max-inline-size: 9em;
  }
  .time {
    font-size: 3.25em;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .detail {
    color: var(--_muted);
    font-size: 0.9em;
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
