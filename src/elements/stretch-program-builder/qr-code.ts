import { svg } from 'lit';
import { encode } from 'uqr';

/*
 * The patient link as a QR code, drawn as one SVG path. `uqr` (MIT, no dependencies, ESM) does the
 * encoding; it is bundled into the builder's module only. Error correction level M (15 % of the
 * code may be damaged or smudged on paper) and the standard quiet zone of 4 modules.
 */

export const QR_ECC = 'M';
export const QR_QUIET_ZONE = 4;

export interface QrCode {
  /** Modules per side, quiet zone included. */
  size: number;
  /** QR version (1–40). */
  version: number;
  /** The dark modules as one path in module units. */
  path: string;
}

/** Encodes text; undefined (never an exception) when it does not fit any QR version. */
export function qrCode(text: string): QrCode | undefined {
  try {
    const result = encode(text, { ecc: QR_ECC, border: QR_QUIET_ZONE });
    let path = '';
    result.data.forEach((row, y) => {
      let x = 0;
      while (x < row.length) {
        if (!row[x]) {
          x++;
          continue;
        }
        const start = x;
        while (x < row.length && row[x]) x++;
        path += `M${start} ${y}h${x - start}v1h${start - x}z`;
      }
    });
    return { size: result.data.length, version: result.version, path };
  } catch {
    return undefined;
  }
}

/** The code as a Lit SVG template (CSP-safe: no inline style). `label` names it for screen readers. */
export function renderQrCode(code: QrCode, label: string) {
  return svg`<svg part="qr-code" class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${code.size} ${code.size}"
    role="img" aria-label=${label} shape-rendering="crispEdges">
    <rect width=${code.size} height=${code.size} fill="#fff"></rect>
    <path d=${code.path} fill="#000"></path>
  </svg>`;
}

/** A standalone SVG file of the code, `pixels` wide, for copying or downloading. */
export function qrSvgFile(code: QrCode, label: string, pixels = 512): string {
  const escaped = label.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixels}" height="${pixels}" viewBox="0 0 ${code.size} ${code.size}" shape-rendering="crispEdges">` +
    `<title>${escaped}</title><rect width="${code.size}" height="${code.size}" fill="#fff"/>` +
    `<path d="${code.path}" fill="#000"/></svg>`
  );
}
