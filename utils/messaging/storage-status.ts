import { browser } from 'wxt/browser';

/**
 * Whether the extension's IndexedDB is full, kept in `storage.session`: when
 * the database refuses writes, the warning cannot travel through it.
 */
const STORAGE_FULL_KEY = 'storageFullSinceMs';

// Saves a storage write per batch: the worker only clears the flag once per start.
let isKnownClear = false;

/** Records that the database refused a write for lack of space (or that it accepts writes again). */
export async function reportStorageFull(isFull: boolean, nowMs: number): Promise<void> {
  try {
    if (isFull) {
      isKnownClear = false;
      const current = await browser.storage.session.get(STORAGE_FULL_KEY);
      if (typeof current[STORAGE_FULL_KEY] !== 'number') await browser.storage.session.set({ [STORAGE_FULL_KEY]: nowMs });
    } else if (!isKnownClear) {
      await browser.storage.session.remove(STORAGE_FULL_KEY);
      isKnownClear = true;
    }
  } catch {
    // No session storage (an old browser): the panel's stale-tab warning still shows.
  }
}

/** Calls `onChange` with when storage filled up (null when it has room), now and on every change. */
export function watchStorageFull(onChange: (sinceMs: number | null) => void): () => void {
  const read = (value: unknown): number | null => (typeof value === 'number' ? value : null);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'session' && STORAGE_FULL_KEY in changes) onChange(read(changes[STORAGE_FULL_KEY]!.newValue));
  };
  try {
    browser.storage.onChanged.addListener(listener);
    void browser.storage.session
      .get(STORAGE_FULL_KEY)
      .then((stored) => onChange(read(stored[STORAGE_FULL_KEY])))
      .catch(() => onChange(null));
  } catch {
    onChange(null);
  }
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Whether an error from Dexie or IndexedDB means the browser refused to store more. */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    current = inner ?? cause;
  }
  return false;
}
