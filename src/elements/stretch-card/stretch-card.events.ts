import { BackcareEvent } from '../../internal/events.js';

export interface StretchCompleteDetail {
  /** Catalog id, or the custom stretch's `id` ("custom" by default). */
  stretch: string;
  plannedMs: number;
  actualMs: number;
}

/** The card's timer finished every round. */
export class StretchCompleteEvent extends BackcareEvent<StretchCompleteDetail> {
  constructor(detail: StretchCompleteDetail) {
    super('stretch-complete', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stretch-complete': StretchCompleteEvent;
  }
}
