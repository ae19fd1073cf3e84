/**
 * The one-file CDN build's larger elements, loaded on first use: `<stretch-card>` (with the stretch
 * catalog), `<stretch-routine>` and `<back-pain-guide>` (which holds cards and a routine) are chunks
 * next to the CDN file, loaded and defined when their tag first appears in the document, now or
 * later, as the stretch drawings load when a card first renders. A page with only the causes never
 * downloads them; `dist/cdn/backcare-elements.css` keeps their space meanwhile. `<back-pain-causes>`
 * and `<stretch-timer>` are in the file itself.
 * `<stretch-program-builder>` (clinic staff) is a chunk too, with its QR encoder.
 */
import { startAutoloader } from './autoloader.js';

startAutoloader(
  {
    'stretch-card': () => import('./elements/stretch-card/define.js'),
    'stretch-routine': () => import('./elements/stretch-routine/define.js'),
    'back-pain-guide': () => import('./elements/back-pain-guide/define.js'),
    // Staff only: a clinic's own builder page loads it; a patient's page never sees the tag.
    'stretch-program-builder': () => import('./elements/stretch-program-builder/define.js'),
  },
  globalThis.document,
  'backcare-elements.cdn-lazy-elements'
);
