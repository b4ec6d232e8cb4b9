import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingDb } from '@/utils/db/database';
import { deleteMeeting, DeleteMeetingError, recordCaptureReport } from '@/utils/db/meetings-repo';
import { saveSummary } from '@/utils/db/summary-repo';
import { buildSummary } from '@/utils/core/summary';
import { loadSummaryInput } from '@/utils/db/summary-repo';
import { makeBatch, makeDb, makeUtterance, T0 } from '../helpers/builders';
import { seedFinishedMeeting } from '../helpers/finished-meeting';

let db: MeetingDb;
afterEach(async () => {
  await db?.delete();
});

/** How many rows each table holds for a meeting. */
async function rowsFor(meetingId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [db.sessions, db.utterances, db.speechSegments, db.participants, db.manualSegments, db.actions, db.dismissals]) {
    counts[table.name] = await table.where('meetingId').equals(meetingId).count();
  }
  counts.summaries = (await db.summaries.get(meetingId)) ? 1 : 0;
  counts.meetings = (await db.meetings.get(meetingId)) ? 1 : 0;
  return counts;
}

describe('deleteMeeting', () => {
  it('deletes a finished meeting and everything recorded with it, leaving other meetings alone', async () => {
    db = makeDb();
    const meetingId = await seedFinishedMeeting(db);
    const input = await loadSummaryInput(db, meetingId, T0 + 90_000);
    await saveSummary(db, { meetingId, savedAtMs: T0 + 90_000, options: { includeQuotes: true, includeExcerpts: false, namesAs: 'names', redact: true }, model: buildSummary(input!) });
    const other = await recordCaptureReport(
      db,
      makeBatch({
        sessionId: 'session-0002',
        meetingUrl: 'https://meet.google.com/abc-defg-hij',
        meeting: { code: 'abc-defg-hij', title: 'Estates group', selfName: 'Dr Tom Richards' },
        utterances: [makeUtterance({ id: 'session-0002:1' })],
      }),
      { tabId: 2, nowMs: T0 + 100_000 },
    );
    const before = await rowsFor(meetingId);
    expect(before).toMatchObject({ meetings: 1, summaries: 1, actions: 1 });
    expect(before.utterances).toBeGreaterThan(0);

    await deleteMeeting(db, meetingId);

    expect(Object.values(await rowsFor(meetingId)).every((n) => n === 0)).toBe(true);
    expect((await rowsFor(other.id)).utterances).toBe(1);
  });

  it('refuses a meeting still being recorded, and changes nothing', async () => {
    db = makeDb();
    const live = await recordCaptureReport(db, makeBatch({ utterances: [makeUtterance()] }), { tabId: 1, nowMs: T0 + 5_000 });
    const before = await rowsFor(live.id);
    await expect(deleteMeeting(db, live.id)).rejects.toThrow(DeleteMeetingError);
    await expect(deleteMeeting(db, live.id)).rejects.toThrow('This meeting is still being recorded. Delete it once the call has ended.');
    expect(await rowsFor(live.id)).toEqual(before);
  });

  it('does nothing for a meeting that is already gone', async () => {
    db = makeDb();
    await expect(deleteMeeting(db, 'no-such-meeting')).resolves.toBeUndefined();
  });
});
