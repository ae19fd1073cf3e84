import { css } from 'lit';

export const stretchCardStyles = css`
  .header {
    display: grid;
    gap: 0.25em;
  }
  .name {
    font-size: 1.35em;
  }
  .summary {
    color: var(--_muted);
  }
  .dose {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    justify-self: start;
    padding: 0.35em 0.8em;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
    font-weight: 600;
  }
  /* Phone: picture, steps, then the timer. Wide: picture over timer beside the steps, so the
     patient sees the picture and the countdown together. */
  .layout {
    display: grid;
    gap: 1.25em;
    grid-template-areas: 'picture' 'info' 'timer';
    align-items: start;
  }
  .layout > .picture {
    grid-area: picture;
  }
  .layout > .info {
    grid-area: info;
  }
  .layout > .start {
    grid-area: timer;
  }
  /* The safety line and the "Before you start" disclosure sit right above the timer's Start. */
  .start {
    display: grid;
    gap: 0.75em;
  }
  @container (min-width: 38em) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas: 'picture info' 'timer info';
    }
  }
  .picture {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0.5em 0.75em 0.75em;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
    text-align: center;
  }
  /* The built-in illustration, a custom image, the placeholder or a slotted picture: one 4:3 box. */
  .picture .backcare-illustration,
  .picture .image,
  .placeholder,
  ::slotted(img),
  ::slotted(svg) {
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 4 / 3;
  }
  .picture .image,
  ::slotted(img) {
    object-fit: contain;
  }
  .placeholder {
    display: grid;
    place-items: center;
    align-content: center;
    gap: 0.5em;
    color: var(--_muted);
  }
  .placeholder svg {
    inline-size: 40%;
    max-inline-size: 6em;
    color: var(--_accent);
  }
  .caption {
    color: var(--_muted);
    font-weight: 600;
  }
  .info {
    display: grid;
    gap: 0.75em;
  }
  .sub-title {
    font-size: 1em;
  }
  ol.steps {
    display: grid;
    gap: 0.4em;
    padding-inline-start: 1.5em;
  }
  ol.steps li::marker {
    color: var(--_accent);
    font-weight: 700;
  }
  ul.cautions {
    display: grid;
    gap: 0.25em;
    padding-inline-start: 1.25em;
  }
  .care {
    display: grid;
    gap: 0.4em;
    padding: 0.75em 1em;
    border-inline-start: 0.25em solid var(--_caution);
    background: var(--_caution-surface);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .video {
    justify-self: start;
    font-weight: 600;
  }
  .unavailable {
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }
  :host([compact]) .base {
    gap: 0.75em;
  }
  @media print {
    stretch-timer {
      display: none;
    }
    .base {
      break-inside: avoid;
    }
  }
`;
