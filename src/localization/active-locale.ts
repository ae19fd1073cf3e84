import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';

/**
 * The locale whose messages `msg()` currently returns. @lit/localize only hands `getLocale` to
 * whoever calls `configureLocalization` (which may be the host app), so we follow its page-wide
 * status event instead.
 */
let active = 'en';

if (typeof window !== 'undefined') {
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    const detail = (event as CustomEvent<LocaleStatusEventDetail>).detail;
    if (detail.status === 'ready') active = detail.readyLocale;
  });
}

export function activeLocale(): string {
  return active;
}
