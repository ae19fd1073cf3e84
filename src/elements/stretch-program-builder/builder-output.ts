import { html, nothing, type ReactiveElement } from 'lit';
import { renderHeading } from '../../internal/heading.js';
import { subLevel, type HeadingLevel } from '../../internal/attributes.js';
import type { StretchView } from '../../content/stretch-view.js';
import { renderHandoutStretches } from '../shared/handout.js';
import type { Program } from '../../program/types.js';
import { renderQrCode, type QrCode } from './qr-code.js';
import { text } from './builder-text.js';

export interface OutputHost {
  link: string | undefined;
  qr: QrCode | undefined;
  /** Why there is no link (refused values, or no stretch). */
  blocked: string | undefined;
  onCopyLink(): void;
  onCopyQr(): void;
  onDownloadQr(): void;
}

/** The patient link, its QR code, and the copy, download and print buttons. */
export function renderOutput(host: OutputHost, level: HeadingLevel) {
  return html`<section part="output" class="output" aria-labelledby="output-title">
    ${renderHeading(level, text.output(), 'section-title', 'output-title')}
    ${host.blocked || !host.link
      ? html`<p class="blocked" part="blocked">${host.blocked}</p>`
      : html`
          <div class="field link-field">
            <label for="link">${text.linkField()}</label>
            <div class="with-button">
              <input id="link" part="link" type="text" dir="ltr" readonly .value=${host.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
              <button class="button" type="button" data-copy="link" @click=${host.onCopyLink}>${text.copyLink()}</button>
            </div>
          </div>
          ${host.qr
            ? html`<div class="qr-area">
                ${renderQrCode(host.qr, text.qrLabel())}
                <div class="qr-buttons">
                  <button class="button secondary" type="button" data-copy="qr" @click=${host.onCopyQr}>${text.copyQr()}</button>
                  <button class="button secondary" type="button" data-download="qr" @click=${host.onDownloadQr}>${text.downloadQr()}</button>
                  <button class="button secondary" type="button" data-print @click=${() => window.print()}>${text.print()}</button>
                </div>
              </div>`
            : html`<p class="error">${text.qrTooLong()}</p>`}
        `}
  </section>`;
}

/** The printed handout: title, note, QR code and link, then each stretch with its dose and steps. Shown only in print. */
export function renderHandout(
  host: ReactiveElement,
  program: Program,
  views: readonly StretchView[],
  output: OutputHost,
  level: HeadingLevel
) {
  if (!output.link || !views.length) return nothing;
  return html`<section part="handout" class="handout" aria-hidden="true">
    ${renderHeading(level, program.title ?? text.handoutTitle(), 'handout-title')}
    ${program.note ? html`<p class="handout-note">${program.note}</p>` : nothing}
    <div class="handout-link">
      ${output.qr ? renderQrCode(output.qr, text.qrLabel()) : nothing}
      <div>
        <p>${text.handoutScan()}</p>
        <p class="handout-url" dir="ltr">${output.link}</p>
      </div>
    </div>
    ${renderHandoutStretches(host, subLevel(level), views)}
  </section>`;
}
