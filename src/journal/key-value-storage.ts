/** The small storage interface every durable piece uses; tests pass an in-memory one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
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
    return { storage, durable: true };
  } catch {
    return { storage: memoryStorage(), durable: false };
  }
}
