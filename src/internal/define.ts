import { VERSION } from './version.js';
import { warnOncePerPage } from './warn.js';

const VERSION_KEY = Symbol.for('backcare-elements.version');

type VersionedConstructor = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Registers a custom element unless the tag is already taken. Two copies of the library on one
 * page (a CDN script plus a bundled npm copy, say) must not throw; when the copies differ in
 * version the first one wins and we say so once.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName) as VersionedConstructor | undefined;
  if (existing) {
    const existingVersion = existing[VERSION_KEY];
    if (existingVersion !== VERSION) {
      // Keyed by the other copy's version, so a second copy warns once, not once per tag.
      warnOncePerPage(
        existingVersion ? `version:${existingVersion}` : `foreign:${tagName}`,
        existingVersion
          ? `version ${existingVersion} of backcare-elements is already on this page (<${tagName}> and the others); ` +
              `version ${VERSION} was not registered. Load the library only once per page.`
          : `<${tagName}> is already defined by another script; version ${VERSION} was not registered. Load the library only once per page.`
      );
    }
    return;
  }
  (elementClass as VersionedConstructor)[VERSION_KEY] = VERSION;
  customElements.define(tagName, elementClass);
}
