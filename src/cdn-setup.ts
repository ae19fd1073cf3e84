/**
 * What both CDN builds (the one-file `backcare-elements.js` and the autoloader) set up besides the
 * elements: each element shows its `lang` (or the nearest ancestor's), else `<html lang>`, and
 * follows changes. The npm entry points never do this on import (a host app may configure
 * @lit/localize itself); they export `setupLocalization` instead.
 */
import { setupLocalization } from './localization/runtime.js';

setupLocalization({ followHtmlLang: true });
