import { BackcareEvent } from '../../internal/events.js';
import type { CauseId } from '../../content/types.js';

export interface CauseToggleDetail {
  /** Which cause was opened or closed. */
  cause: CauseId;
  /** `true` when it is now open. */
  open: boolean;
}

/** Fired when a patient opens or closes one of the causes (never for attribute changes). */
export class CauseToggleEvent extends BackcareEvent<CauseToggleDetail> {
  static readonly eventName = 'cause-toggle';
  constructor(detail: CauseToggleDetail) {
    super(CauseToggleEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cause-toggle': CauseToggleEvent;
  }
}
