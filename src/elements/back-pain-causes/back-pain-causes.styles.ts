import { css } from 'lit';

export const backPainCausesStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.25);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .title {
    font-size: 1.5em;
  }
  .section-title {
    font-size: 1.15em;
  }
  section {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .prevalence {
    display: grid;
    gap: 0.5em;
    padding-inline-start: var(--_space);
    border-inline-start: 0.3em solid var(--_accent);
  }
  .prevalence-sentence {
    font-size: 1.125em;
    font-weight: 600;
  }

  .onsets {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.75em;
    padding: 0;
    list-style: none;
  }
  .onset {
    display: grid;
    gap: 0.25em;
    align-content: start;
    padding: 0.875em 1em;
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .onset-title {
    font-weight: 700;
  }

  .causes-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .expand-all {
    margin-inline-end: -0.75em;
    min-block-size: 2.75em;
    padding: 0.25em 0.75em;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .causes {
    display: grid;
    gap: 0.5em;
  }
  details {
    border: 1px solid var(--_border-strong);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }
  summary {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-block-size: 2.75em;
    padding: 0.625em 1em;
    font-weight: 600;
    cursor: pointer;
    list-style: none;
    border-radius: inherit;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .chevron {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    color: var(--_accent);
    transition: transform 150ms ease;
  }
  .chevron:dir(rtl) {
    transform: scaleX(-1);
  }
  details[open] > summary .chevron,
  details[open] > summary .chevron:dir(rtl) {
    transform: rotate(90deg);
  }
  .cause-body {
    display: grid;
    gap: 0.5em;
    padding: 0 1em 1em;
    padding-inline-start: 2.75em;
  }

  .cta {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  @container (max-width: 30em) {
    .base {
      padding: var(--_space);
    }
    .onset {
      padding: 0.75em;
    }
    .cause-body {
      padding-inline-start: 1em;
    }
  }

  @media print {
    .expand-all {
      display: none;
    }
  }
`;
