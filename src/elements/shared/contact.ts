import { defaultContactLabel } from '../../content/article.js';
import { safeUrl } from '../../internal/url.js';
import type { Warner } from '../../internal/warn.js';

export interface ContactLink {
  href: string;
  label: string;
}

/**
 * The clinic's call-to-action link from `contact-href` and `contact-label`. A refused URL drops
 * the link (the closing sentence still shows); an empty label falls back to the default label.
 */
export function resolveContactLink(
  href: string | null | undefined,
  label: string | null | undefined,
  warner: Warner
): ContactLink | undefined {
  const resolvedLabel = label?.trim();
  if (label != null && !resolvedLabel) {
    warner.warn(`contact-label="${label}" is empty; using "${defaultContactLabel()}".`);
  }
  if (href == null) {
    if (resolvedLabel) warner.warn(`contact-label="${label}" has no contact-href, so no link is shown.`);
    return undefined;
  }
  const url = safeUrl(href);
  if (!url) {
    warner.warn(
      `contact-href="${href}" is not an allowed URL (use https:, http:, mailto:, tel: or a relative link); the link is left out.`
    );
    return undefined;
  }
  return { href: url, label: resolvedLabel || defaultContactLabel() };
}
