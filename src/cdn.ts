/**
 * The one-file CDN build: `<script type="module" src=".../backcare-elements.js">` defines every
 * element and sets up localization from `<html lang>` (src/cdn-setup.ts, shared with the autoloader).
 * It imports the elements' define modules, not src/define.ts, whose re-exported API would pull the
 * localization runtime into this file instead of the chunk an English page never loads.
 */
import './elements/define-all.js';
import './cdn-setup.js';
