/**
 * A storage that never throws. Reading `window.localStorage` itself throws in sandboxed iframes
 * and with storage disabled, and writes can fail on quota: every call is wrapped, and a failure
 * simply means nothing is remembered.
 */
export interface SafeStorage {
  get(key: string): string | undefined;
  /** Returns false when the write failed. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function safeStorage(source: () => StorageLike | undefined): SafeStorage {
  const storage = (): StorageLike | undefined => {
    try {
      return source();
    } catch {
      return undefined;
    }
  };
  return {
    get(key) {
      try {
        return storage()?.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        const target = storage();
        if (!target) return false;
        target.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing to clean up if storage is unavailable.
      }
    },
  };
}

/** The page's localStorage, looked up only when first used. */
export function pageLocalStorage(): StorageLike | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}
