import { useEffect, useState } from 'preact/hooks';
import { watchStorageFull } from '@/utils/messaging/storage-status';

/** Whether the extension's storage is full, as the background last found (kept outside IndexedDB). */
export function useStorageFull(): boolean {
  const [sinceMs, setSinceMs] = useState<number | null>(null);
  useEffect(() => watchStorageFull(setSinceMs), []);
  return sinceMs !== null;
}
