/*
 * The parts of @lit/localize that every element uses, imported from their own modules. The
 * package's index also re-exports its runtime, transform and decorator modules, whose top-level
 * code bundlers cannot drop (about 0.4 KB gzipped in every element bundle). `msg` and `str` are the
 * same bindings as the index's: lit-localize's extractor finds messages by their type, not their path.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
export { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize/internal/locale-status-event.js';
export type { LocaleModule } from '@lit/localize/internal/types.js';
