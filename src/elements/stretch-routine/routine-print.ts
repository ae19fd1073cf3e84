import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * When the routine's print handout exists: from the Print button or the page's `beforeprint`
 * (Ctrl+P, the browser menu) until `afterprint`. The handout is built only then, never on a
 * session tick. `beforeprint` renders synchronously: the browser lays the page out for print
 * right after its listeners return.
 */
export class RoutinePrintController implements ReactiveController {
  readonly #host: ReactiveElement & { performUpdate(): void };
  #printing = false;
  readonly #before = () => this.#set(true);
  readonly #after = () => this.#set(false);

  constructor(host: ReactiveElement) {
    this.#host = host as ReactiveElement & { performUpdate(): void };
    host.addController(this);
  }

  /** Whether the page is printing (or about to). */
  get printing(): boolean {
    return this.#printing;
  }

  /** The Print button: builds the handout, then opens the browser's print dialog. */
  print(): void {
    this.#set(true);
    window.print();
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
  }

  #set(printing: boolean): void {
    if (printing === this.#printing) return;
    this.#printing = printing;
    this.#host.requestUpdate();
    if (printing && this.#host.hasUpdated && this.#host.isUpdatePending) this.#host.performUpdate();
  }
}
