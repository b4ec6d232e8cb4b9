import { afterEach, describe, expect, it } from 'vitest';
import type { Platform } from '@/utils/core/model';
import type { MeetingDb } from '@/utils/db/database';
import { listCarriedForward, saveAction } from '@/utils/db/actions-repo';
import { recordCaptureReport } from '@/utils/db/meetings-repo';
import { listSeries, listSeriesMeetings, mergeSeries, moveMeetingToSeries } from '@/utils/db/series-repo';
import { startManualMeeting } from '@/utils/db/tally-repo';
import { makeBatch, makeDb, T0 } from '../helpers/builders';

const DAY_MS = 86_400_000;

let db: MeetingDb;
afterEach(async () => {
  await db?.delete();
});

/** Records a meeting as a capture session would, `days` after T0. */
async function capture(sessionId: string, days: number, meeting: { platform?: Platform; code: string | null; title: string | null }) {
  const atMs = T0 + days * DAY_MS;
  return recordCaptureReport(
    db,
    makeBatch({
      sessionId,
      platform: meeting.platform ?? 'meet',
      meetingUrl: meeting.code ? `https://meet.google.com/${meeting.code}` : 'https://teams.microsoft.com/v2/',
      joinedAtMs: atMs,
      meeting: { code: meeting.code, title: meeting.title, selfName: null },
    }),
    { tabId: 1, nowMs: atMs },
  );
}

const draft = (text: string, extra: Partial<Parameters<typeof saveAction>[2]> = {}) => ({
  kind: 'action' as const,
  text,
  owner: null,
  organisation: null,
  sector: null,
  dueDate: null,
  dueText: null,
  dueIsNextMeeting: false,
  ...extra,
});

describe('meeting series', () => {
  it('groups meetings with the same Meet link, whatever their titles', async () => {
    db = makeDb();
    const october = await capture('session-oct1', 0, { code: 'pcc-shef-nov', title: 'Primary Care Commissioning Committee' });
    const november = await capture('session-nov1', 28, { code: 'pcc-shef-nov', title: 'PCCC (November)' });
    expect(november.seriesId).toBe(october.seriesId);
  });

  it('groups Teams meetings by title once dates are taken out, and keeps other titles apart', async () => {
    db = makeDb();
    const october = await capture('session-oct1', 0, { platform: 'teams', code: null, title: 'Place Board – October 2026' });
    const november = await capture('session-nov1', 30, { platform: 'teams', code: null, title: 'Place Board – 18 November 2026' });
    const other = await capture('session-oth1', 31, { platform: 'teams', code: null, title: 'LMC liaison' });
    const manual = await startManualMeeting(db, { id: 'manual-dec', title: 'Place board December', nowMs: T0 + 60 * DAY_MS });
    expect(november.seriesId).toBe(october.seriesId);
    expect(manual.seriesId).toBe(october.seriesId);
    expect(other.seriesId).not.toBe(october.seriesId);
    expect((await listSeries(db)).map((s) => [s.title, s.meetingCount])).toEqual([
      ['Place board December', 3],
      ['LMC liaison', 1],
    ]);
  });

  it('joins a series once the title is known, if the first report had none', async () => {
    db = makeDb();
    const october = await capture('session-oct1', 0, { platform: 'teams', code: null, title: 'Place Board – October 2026' });
    const untitled = await capture('session-nov1', 30, { platform: 'teams', code: null, title: null });
    expect(untitled.seriesId).not.toBe(october.seriesId);
    const titled = await capture('session-nov1', 30, { platform: 'teams', code: null, title: 'Place Board – November 2026' });
    expect(titled.seriesId).toBe(october.seriesId);
  });

  it('lets the user split a meeting off and merge it back, moving its actions, and keeps that choice', async () => {
    db = makeDb();
    const october = await capture('session-oct1', 0, { code: 'pcc-shef-nov', title: 'PCCC' });
    const november = await capture('session-nov1', 28, { code: 'pcc-shef-nov', title: 'PCCC' });
    const action = await saveAction(db, november.id, draft('Write to practices'), T0);

    const ownSeries = await moveMeetingToSeries(db, november.id, 'own');
    expect(ownSeries).not.toBe(october.seriesId);
    expect((await db.actions.get(action.id))!.seriesId).toBe(ownSeries);
    // Later reports of the same call do not undo the user's choice.
    expect((await capture('session-nov1', 28, { code: 'pcc-shef-nov', title: 'PCCC' })).seriesId).toBe(ownSeries);

    await moveMeetingToSeries(db, november.id, { seriesId: october.seriesId! });
    expect((await db.meetings.get(november.id))!.seriesId).toBe(october.seriesId);
    expect((await db.actions.get(action.id))!.seriesId).toBe(october.seriesId);
    await expect(moveMeetingToSeries(db, november.id, { seriesId: 'series-gone' })).rejects.toThrow('That series no longer exists.');
  });

  it('merges a whole series into another', async () => {
    db = makeDb();
    const a = await capture('session-aaa1', 0, { platform: 'teams', code: null, title: 'Estates group' });
    const b = await capture('session-bbb1', 7, { platform: 'teams', code: null, title: 'Primary care estates' });
    await saveAction(db, a.id, draft('Survey the Darnall site'), T0);
    expect(await mergeSeries(db, a.seriesId!, b.seriesId!)).toBe(1);
    expect((await listSeriesMeetings(db, b.seriesId!)).map((m) => m.id)).toEqual([a.id, b.id]);
    expect((await db.actions.toArray()).map((x) => x.seriesId)).toEqual([b.seriesId]);
  });

  it('dates "before the next meeting" when the next meeting of the series is seen', async () => {
    db = makeDb();
    const october = await capture('session-oct1', 0, { code: 'pcc-shef-nov', title: 'PCCC' });
    const action = await saveAction(db, october.id, draft('Circulate the data', { dueText: 'before the next meeting', dueIsNextMeeting: true }), T0, {
      suggestionId: 'u1#0',
      quote: 'Circulate the data before the next meeting.',
      saidAtMs: T0 + 60_000,
    });
    expect((await db.actions.get(action.id))!.dueDate).toBeNull();
    const november = await capture('session-nov1', 28, { code: 'pcc-shef-nov', title: 'PCCC' });
    expect((await db.actions.get(action.id))!.dueDate).toBe('2026-12-16');
    expect((await listCarriedForward(db, november)).map((x) => x.id)).toEqual([action.id]);
  });
});
