/**
 * Keeps the screen on while a timer runs, so the phone on the floor does not dim mid-hold.
 * Browsers drop the lock when the page is hidden; `reacquire()` asks again when it is visible.
 */
export class ScreenWakeLock {
  #sentinel: WakeLockSentinel | undefined;
  #wanted = false;
  #pending: Promise<void> | undefined;

  get held(): boolean {
    return this.#sentinel !== undefined && !this.#sentinel.released;
  }

  /** Whether the lock has been asked for and not released by us. */
  get isWanted(): boolean {
    return this.#wanted;
  }

  request(): void {
    this.#wanted = true;
    this.#acquire();
  }

  /** Call on `visibilitychange` to visible: the browser released the lock when the page hid. */
  reacquire(): void {
    if (this.#wanted && !this.held) this.#acquire();
  }

  release(): void {
    this.#wanted = false;
    const sentinel = this.#sentinel;
    this.#sentinel = undefined;
    if (sentinel && !sentinel.released) void sentinel.release().catch(() => undefined);
  }

  #acquire(): void {
    const wakeLock = typeof navigator === 'undefined' ? undefined : navigator.wakeLock;
    if (!wakeLock || this.#pending || document.visibilityState !== 'visible') return;
    this.#pending = wakeLock
      .request('screen')
      .then((sentinel) => {
        if (this.#wanted) this.#sentinel = sentinel;
        else void sentinel.release().catch(() => undefined);
      })
      .catch(() => undefined)
      .finally(() => {
        this.#pending = undefined;
      });
  }
}
