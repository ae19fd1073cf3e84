// The tests drive the system's browsers (Debian's Chromium, Firefox ESR and WebKitGTK), never a
// downloaded one. puppeteer (pulled in by @web/test-runner-puppeteer for Firefox) would otherwise
// download a Chrome build at `npm install`, which fails offline and on closed CI runners.
/** @type {import('puppeteer').Configuration} */
module.exports = { skipDownload: true };
