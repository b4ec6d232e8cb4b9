/**
 * A bounded memo: the side panel analyses a live meeting again every second,
 * so what was read from each sentence is kept and only new sentences are
 * read. The oldest entry goes first once `limit` are kept, so memory stays
 * about a three-hour meeting's worth however long the panel stays open.
 */
export type Memo<T> = (key: string, read: () => T) => T;

export function createMemo<T>(limit: number): Memo<T> {
  const kept = new Map<string, T>();
  return (key, read) => {
    if (kept.has(key)) return kept.get(key)!;
    const value = read();
    if (kept.size >= limit) kept.delete(kept.keys().next().value!);
    kept.set(key, value);
    return value;
  };
}
