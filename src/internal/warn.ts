const PREFIX = '[backcare-elements]';

const warnedOnPage = new Set<string>();

/** Warns once per page for a given key (for page-wide problems such as two library versions). */
export function warnOncePerPage(key: string, message: string): void {
  if (warnedOnPage.has(key)) return;
  warnedOnPage.add(key);
  console.warn(`${PREFIX} ${message}`);
}

/**
 * A per-element warner: each distinct message is printed once for the element's lifetime,
 * so a re-render with the same bad attribute does not flood the console.
 */
export class Warner {
  readonly #seen = new Set<string>();
  constructor(private readonly tagName: string) {}

  warn(message: string): void {
    if (this.#seen.has(message)) return;
    this.#seen.add(message);
    console.warn(`${PREFIX} <${this.tagName}> ${message}`);
  }
}
