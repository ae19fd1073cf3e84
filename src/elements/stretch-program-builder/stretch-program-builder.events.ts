import { BackcareEvent } from '../../internal/events.js';
import type { Program } from '../../program/types.js';

export interface ProgramChangeDetail {
  /** The program as it stands (refused values left out). */
  program: Program;
  /** The patient link, or undefined while a value is refused or no stretch is chosen. */
  link: string | undefined;
}

/** The clinician changed the program (a stretch, its order, a dose, the title, the note or the language). */
export class ProgramChangeEvent extends BackcareEvent<ProgramChangeDetail> {
  constructor(detail: ProgramChangeDetail) {
    super('program-change', detail);
  }
}

export interface ProgramCopyDetail {
  /** What was copied or downloaded. */
  what: 'link' | 'qr-code' | 'qr-download';
  /** False when the browser refused the clipboard. */
  ok: boolean;
}

/** The clinician copied the link or the QR code, or downloaded the QR code. */
export class ProgramCopyEvent extends BackcareEvent<ProgramCopyDetail> {
  constructor(detail: ProgramCopyDetail) {
    super('program-copy', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'program-change': ProgramChangeEvent;
    'program-copy': ProgramCopyEvent;
  }
}
