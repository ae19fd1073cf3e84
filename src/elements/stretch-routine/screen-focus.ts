import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Focus follows the patient to a new screen (to its `[data-screen-focus]` heading) when the
 * screen changes under their focus, and never pulls focus in from the host page.
 */
export class ScreenFocusController implements ReactiveController {
  readonly #host: ReactiveElement;
  #moveFocus = false;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Call before changing screen: checked now, because the button that was clicked is gone once the new screen renders. */
  screenChanging(): void {
    this.#moveFocus = this.#host.matches(':focus-within');
  }

  hostUpdated(): void {
    if (!this.#moveFocus) return;
    this.#moveFocus = false;
    this.#host.renderRoot.querySelector<HTMLElement>('[data-screen-focus]')?.focus();
  }
}
