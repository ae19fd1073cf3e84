import { html } from 'lit';

/** A right-pointing chevron; styles rotate it for open disclosures and mirror it in RTL. */
export const chevronIcon = html`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;
