const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * Returns the URL if it is safe to put in an `href` or `src`: `https:`, `http:`, `mailto:`,
 * `tel:` or relative. Anything else (`javascript:`, `data:`, `vbscript:` …) returns undefined.
 */
export function safeUrl(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"), so strip them first.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const compact = trimmed.replace(/[\u0000-\u001F\u007F\s]+/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compact);
  if (!scheme) {
    // No scheme: relative ("/contact", "#book", "?x", "contact.html") or protocol-relative ("//host").
    return trimmed;
  }
  return SAFE_PROTOCOLS.has(scheme[1].toLowerCase() + ':') ? trimmed : undefined;
}
