import type { CounterRow, MeetingDb } from './database';

/** Counter of messages the background refused because they did not match the protocol. */
export const REJECTED_MESSAGES = 'rejected-messages';

/**
 * Adds one to a named counter, remembering the latest detail (e.g. why a message was refused).
 */
export async function incrementCounter(
  db: MeetingDb,
  key: string,
  detail: string,
  nowMs: number,
): Promise<CounterRow> {
  return db.transaction('rw', db.counters, async () => {
    const current = await db.counters.get(key);
    const next: CounterRow = {
      key,
      count: (current?.count ?? 0) + 1,
      lastAtMs: nowMs,
      lastDetail: detail.slice(0, 500),
    };
    await db.counters.put(next);
    return next;
  });
}

/** The current value of a counter (0 when never incremented). */
export async function readCounter(db: MeetingDb, key: string): Promise<number> {
  return (await db.counters.get(key))?.count ?? 0;
}
