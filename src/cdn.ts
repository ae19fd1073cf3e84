/**
 * The one-file CDN build: `<script type="module" src=".../backcare-elements.js">` defines every
 * element and sets up localization from `<html lang>` (src/cdn-setup.ts, shared with the autoloader).
 * It imports the elements' define modules, not src/define.ts, whose re-exported API would pull the
 * localization runtime into this file instead of the chunk an English page never loads.
 * `<back-pain-causes>` and `<stretch-timer>` are in this file; `<stretch-card>`, `<stretch-routine>`,
 * `<back-pain-guide>` (and the staff's `<stretch-program-builder>`) are chunks loaded and defined when
 * their tag first appears (src/cdn-lazy-elements.ts), so the first download stays small.
 */
import './elements/back-pain-causes/define.js';
import './elements/stretch-timer/define.js';
import './cdn-lazy-elements.js';
import './cdn-setup.js';
