/**
 * The one-file CDN build: `<script type="module" src=".../backcare-elements.js">` defines every
 * element and sets up localization from `<html lang>` (src/cdn-setup.ts, shared with the autoloader).
 */
import './define.js';
import './cdn-setup.js';
