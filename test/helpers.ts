import sinon from 'sinon';
import { fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** Stubs console.warn and returns the backcare warnings printed so far, as strings. */
export function captureWarnings() {
  const stub = sinon.stub(console, 'warn');
  return {
    stub,
    get messages(): string[] {
      return stub.getCalls().map((call) => call.args.map(String).join(' '));
    },
  };
}

/** Collects uncaught errors on the page while a test runs, so we can assert none reached the host. */
export function watchPageErrors() {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function $(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No ${selector} in <${el.localName}>`);
  return found;
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
}

/** Replaces navigator.wakeLock with a fake that records requests and releases. */
export function installFakeWakeLock() {
  const sentinels: Array<{ released: boolean; release: () => Promise<void> }> = [];
  const fake = {
    request: async () => {
      const sentinel = {
        released: false,
        type: 'screen',
        release: async () => {
          sentinel.released = true;
        },
        addEventListener() {},
        removeEventListener() {},
      };
      sentinels.push(sentinel);
      return sentinel;
    },
  };
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: fake });
  return {
    sentinels,
    get held() {
      return sentinels.filter((s) => !s.released).length;
    },
    restore() {
      delete (navigator as unknown as Record<string, unknown>).wakeLock;
    },
  };
}

/** Pretends the tab is hidden or visible, and tells listeners. */
export function setVisibility(state: 'hidden' | 'visible') {
  if (state === 'visible') {
    delete (document as unknown as Record<string, unknown>).visibilityState;
  } else {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  }
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Fakes timers, frames, `performance` and `Date` together (the timer reads `performance.now()`). */
export function fakeClock(now?: number): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    ...(now === undefined ? {} : { now }),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date'],
  });
}

/**
 * Adds `el` to the page, lets it render twice, and returns the backcare warnings it printed.
 * Fails the test if anything was thrown into the page.
 */
export async function mountCountingWarnings<T extends LitElement>(
  el: T
): Promise<{ el: T; warnings: string[] }> {
  const stub = sinon.stub(console, 'warn');
  const errors = watchPageErrors();
  try {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
  } finally {
    errors.stop();
    stub.restore();
  }
  if (errors.errors.length) throw new Error(`Thrown into the page: ${errors.errors.map(String).join('; ')}`);
  const warnings = stub.getCalls().map((call) => call.args.map(String).join(' ')).filter((m) => m.includes('[backcare-elements]'));
  return { el, warnings };
}
