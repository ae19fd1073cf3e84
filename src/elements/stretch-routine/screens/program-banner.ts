import { html, nothing } from 'lit';
import type { Program } from '../../../program/types.js';
import { programNoticeText, programStartText, type ProgramNotice } from '../program-from-link.js';
import type { ProgramSource } from '../routine-program.js';

export interface ProgramBanner {
  program: Program | null;
  source: ProgramSource;
  notices: readonly ProgramNotice[];
  /** `remember` is on: the program is kept on this device. */
  kept: boolean;
  onForget: () => void;
}

/** A notice's line, worded here (in render) so it is in the element's language. */
function noticeText(notice: ProgramNotice): string {
  switch (notice.kind) {
    case 'bad-code':
      return programNoticeText.badCode();
    case 'no-stretches':
      return programNoticeText.noStretches();
    case 'unknown-stretches':
      return programNoticeText.unknown(notice.ids.length);
    case 'clamped':
      return programNoticeText.clamped();
  }
}

/** The start screen's "From your clinic: <title>", the clinician's note, and the link's notices. */
export function renderProgramBanner(banner: ProgramBanner) {
  const { program } = banner;
  return html`
    ${program
      ? html`<div part="program" class="program">
          <p class="program-title">${programStartText.heading(program.title)}</p>
          ${program.note
            ? html`<p part="program-note" class="program-note">
                <span class="visually-hidden">${programStartText.noteLabel()}: </span>${program.note}
              </p>`
            : nothing}
          ${banner.kept && banner.source !== 'none'
            ? html`<p class="program-kept">${programStartText.kept()}</p>
                <button class="button secondary" type="button" @click=${banner.onForget}>${programStartText.forget()}</button>`
            : nothing}
        </div>`
      : nothing}
    ${banner.notices.map((notice) => html`<p class="notice program-notice" role="status">${noticeText(notice)}</p>`)}
  `;
}
