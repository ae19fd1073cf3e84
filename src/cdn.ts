/**
 * The one-file CDN build: `<script type="module" src=".../backcare-elements.js">` defines every
 * element. Localization from `<html lang>` is added here by the localization work.
 */
import './define.js';
