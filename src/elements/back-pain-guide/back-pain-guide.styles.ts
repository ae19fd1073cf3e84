import { css } from 'lit';

export const backPainGuideStyles = css`
  .base {
    display: grid;
    gap: 2em;
  }
  /* With an explicit theme the guide paints its own surface; otherwise it sits on the page's. */
  :host([theme]) .base {
    padding: 1.25em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .intro {
    display: grid;
    gap: 0.5em;
  }
  .title {
    font-size: 1.75em;
  }
  .lede {
    font-size: 1.1em;
  }
  section {
    display: grid;
    gap: 1em;
  }
  .section-title {
    font-size: 1.35em;
  }
  /* "Before you start": the disclaimer (and the signs without the causes section) before any Start. */
  .safety {
    padding: 1.25em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }
  .safety .disclaimer {
    display: grid;
    gap: 0.35em;
    padding-inline-start: 1.25em;
  }
  .help-box .section-title {
    font-size: 1.1em;
  }
  .why {
    padding: 1.25em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .why ul {
    display: grid;
    gap: 0.35em;
    padding-inline-start: 1.25em;
  }
  .cards {
    display: grid;
    gap: 1.25em;
  }
  .routine-entry {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding: 1.25em;
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  stretch-routine {
    justify-self: stretch;
  }
  .contact {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding-block-start: 1.25em;
    border-block-start: 1px solid var(--_border);
  }
  @container (max-width: 30em) {
    .why,
    .routine-entry {
      padding: 1em;
    }
    .base {
      gap: 1.5em;
    }
  }
  @media print {
    .routine-entry {
      display: none;
    }
  }
`;
