import type { LitElement } from 'lit';

/** Every element in `root`, looking into open shadow roots too. */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot | Document) => {
    for (const child of node.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    found.push(root);
    walk(root.shadowRoot);
  }
  walk(root);
  return found;
}

/** The backcare elements (custom elements with `updateComplete`) anywhere under `root`. */
export function backcareElements(root: Element): LitElement[] {
  return deepElements(root).filter(
    (el): el is LitElement => el.localName.includes('-') && 'updateComplete' in el && el.shadowRoot !== null
  );
}

/**
 * Waits until every backcare element under `root`, nested ones included, is defined (the CDN entry
 * loads some on first use) and has finished updating.
 */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const undefinedTags = new Set(deepElements(root).filter((el) => el.localName.includes('-') && !customElements.get(el.localName)).map((el) => el.localName));
    await Promise.all([...undefinedTags].map((tag) => customElements.whenDefined(tag)));
    const elements = backcareElements(root);
    const results = await Promise.all(elements.map((el) => el.updateComplete));
    if (results.every(Boolean) && backcareElements(root).length === elements.length) return;
  }
}

const TEXT_ATTRIBUTES = ['aria-label', 'alt', 'title', 'label', 'placeholder'];

/**
 * What a patient sees or hears from an element: the text of each text node in its shadow roots
 * (nested elements included) and the accessible-name attributes, each trimmed, whitespace collapsed.
 */
export function visibleTexts(root: Element): string[] {
  const texts: string[] = [];
  const add = (value: string | null | undefined) => {
    const text = (value ?? '').replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
  };
  const walkShadow = (shadow: ShadowRoot) => {
    const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        add(node.nodeValue);
      } else {
        const el = node as Element;
        for (const name of TEXT_ATTRIBUTES) add(el.getAttribute(name));
        if (el.shadowRoot) walkShadow(el.shadowRoot);
      }
    }
  };
  if (root.shadowRoot) walkShadow(root.shadowRoot);
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walkShadow(el.shadowRoot);
  return texts;
}

/** True for text that contains words (not just numbers, times or symbols). */
export function hasWords(text: string): boolean {
  return /\p{L}{2,}/u.test(text);
}

/** The top elements of an element's shadow root (where lang and dir are set). */
export function shadowRootChildren(el: Element): Element[] {
  return [...(el.shadowRoot?.children ?? [])];
}

/** A message id as it would look if one ever leaked to the screen ("timer.button.start"). */
export const MESSAGE_ID = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/;
