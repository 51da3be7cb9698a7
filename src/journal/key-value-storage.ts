/** The small storage interface every durable piece uses; tests pass an in-memory one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /**
   * Every key held, so the journal can see other widget instances' records. Storages
   * without it are seen as holding only what this instance asks for by name.
   */
  keys?(): string[];
}

export function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
    keys: () => [...items.keys()],
  };
}

/** `Storage` (localStorage, sessionStorage) as a `KeyValueStorage` that can list its keys. */
export function webStorage(storage: Storage): KeyValueStorage {
  return {
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
    keys: () => {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key !== null) keys.push(key);
      }
      return keys;
    },
  };
}

/**
 * The browser's localStorage, or memory when it is blocked: third-party iframes lose
 * storage access under strict privacy settings, and reading `window.localStorage` then throws.
 */
export function browserStorage(): { storage: KeyValueStorage; durable: boolean } {
  try {
    const storage = window.localStorage;
    const probe = '__handoff_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return { storage: webStorage(storage), durable: true };
  } catch {
    return { storage: memoryStorage(), durable: false };
  }
}
