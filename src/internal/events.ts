/**
 * Base for every event the library fires: it bubbles and crosses shadow roots, so a clinic can
 * listen on the element or on `document` for its own analytics.
 */
export class BackcareEvent<Detail> extends Event {
  readonly detail: Detail;
  constructor(type: string, detail: Detail) {
    super(type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
