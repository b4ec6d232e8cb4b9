import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingDb } from '@/utils/db/database';
import { saveAction } from '@/utils/db/actions-repo';
import { loadMeetingAnalysis } from '@/utils/db/analysis-repo';
import { createBackup } from '@/utils/db/backup-repo';
import { parseBackup } from '@/utils/db/backup-format';
import { meetingEvidenceSchema } from '@/utils/db/evidence-schema';
import { recordCaptureReport } from '@/utils/db/meetings-repo';
import { saveMapping } from '@/utils/db/organisations-repo';
import { meetingRowSchema } from '@/utils/db/rows';
import { keepSeriesEvidence, loadMeetingEvidence, loadSeriesEvidence } from '@/utils/db/series-evidence-repo';
import { liveQuery } from 'dexie';
import type { SeriesEvidence } from '@/utils/core/series-types';
import { moveMeetingToSeries } from '@/utils/db/series-repo';
import { deletePersonData } from '@/utils/db/person-repo';
import { assignSpeaker } from '@/utils/db/tally-repo';
import { makeBatch, makeDb, makeRoster, makeUtterance } from '../helpers/builders';
import { loadSampleMeeting } from '../helpers/meeting';

// Count the analyses: kept evidence must spare them.
vi.mock('@/utils/db/analysis-repo', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/utils/db/analysis-repo')>();
  return { ...actual, loadMeetingAnalysis: vi.fn(actual.loadMeetingAnalysis) };
});

const DAY_MS = 86_400_000;
/** Wednesday 18 November 2026, 10:00 local time. */
const START_MS = new Date(2026, 10, 18, 10, 0, 0).getTime();

let db: MeetingDb;
beforeEach(() => {
  db = makeDb();
  vi.mocked(loadMeetingAnalysis).mockClear();
});
afterEach(async () => {
  await db.delete();
});

/**
 * The sample committee meeting captured in Meet and ended, `monthsAgo` before
 * 18 November, with Jo Smith present (organisation not known) and silent.
 */
async function recordSample(sessionId: string, monthsAgo: number, options: { end?: boolean } = {}): Promise<{ id: string; seriesId: string; startMs: number; endMs: number }> {
  const script = loadSampleMeeting();
  const startMs = START_MS - monthsAgo * 28 * DAY_MS;
  const utterances = script.lines.map((line, i) =>
    makeUtterance({
      id: `${sessionId}:${i + 1}`,
      speaker: line.speaker,
      isSelf: line.speaker === script.selfName,
      text: line.text,
      startMs: startMs + line.atS * 1000,
      endMs: startMs + (line.atS + line.durationS) * 1000,
      isFinal: true,
    }),
  );
  const endMs = startMs + Math.max(...script.lines.map((l) => (l.atS + l.durationS) * 1000)) + 5_000;
  const meeting = await recordCaptureReport(
    db,
    makeBatch({
      sessionId,
      joinedAtMs: startMs,
      meeting: { code: 'pcc-shef-nov', title: script.title, selfName: script.selfName },
      utterances,
      roster: [makeRoster([...script.participants.map((p) => p.name), 'Jo Smith'], { atMs: startMs })],
      isPageClosing: options.end ?? true,
    }),
    { tabId: 7, nowMs: endMs },
  );
  return { id: meeting.id, seriesId: meeting.seriesId!, startMs, endMs };
}

const NOW_MS = START_MS + 2 * DAY_MS;

describe('series evidence kept with each meeting', () => {
  it('works out each meeting’s evidence, keeps it on the meeting row, and builds the series', async () => {
    const october = await recordSample('s-oct', 1);
    const november = await recordSample('s-nov', 0);
    expect(november.seriesId).toBe(october.seriesId);

    const series = await loadSeriesEvidence(db, october.seriesId, NOW_MS);
    expect(series.meetings.map((m) => m.meetingId)).toEqual([october.id, november.id]);
    expect(series.meetings[0]).toMatchObject({ figuresSource: 'captions', people: 13, primaryCarePeople: 5 });
    expect(series.overall.meetings).toBe(2);
    expect(series.trend).toBe('not-enough-meetings');
    expect(vi.mocked(loadMeetingAnalysis)).toHaveBeenCalledTimes(2);

    for (const { id } of [october, november]) {
      const row = (await db.meetings.get(id))!;
      expect(row.evidence?.basis).toMatch(/^v1\|/);
      expect(row.evidence?.value.meetingId).toBe(id);
      // The stored row, evidence and all, is one the row schema (and so a backup) accepts.
      expect(meetingRowSchema.safeParse(row).success).toBe(true);
    }
  });

  it('the evidence schema takes exactly what meetingEvidence gives', async () => {
    const { id } = await recordSample('s-nov', 0);
    const evidence = (await loadMeetingEvidence(db, id, NOW_MS))!;
    expect(meetingEvidenceSchema.parse(JSON.parse(JSON.stringify(evidence)))).toEqual(evidence);
    expect(meetingEvidenceSchema.safeParse({ ...evidence, extra: 1 }).success).toBe(false);
    expect(meetingEvidenceSchema.safeParse({ ...evidence, primaryCareTalkShareRatio: 1.5 }).success).toBe(false);
    expect(await loadMeetingEvidence(db, 'no-such-meeting', NOW_MS)).toBeUndefined();
  });

  it('reads inside a live query without writing, and keeps the evidence afterwards', async () => {
    const october = await recordSample('s-oct', 1);
    await recordSample('s-nov', 0);
    const live = await new Promise<SeriesEvidence>((resolve, reject) => {
      const subscription = liveQuery(() => loadSeriesEvidence(db, october.seriesId, NOW_MS, { keep: false })).subscribe({
        next: (value) => {
          subscription.unsubscribe();
          resolve(value);
        },
        error: reject,
      });
    });
    expect(live.meetings).toHaveLength(2);
    expect((await db.meetings.toArray()).every((m) => m.evidence === undefined)).toBe(true);
    await keepSeriesEvidence(db, october.seriesId, NOW_MS);
    expect((await db.meetings.toArray()).every((m) => m.evidence !== undefined)).toBe(true);
  });

  it('drops the kept evidence when a caption is given a speaker or a person’s data is deleted', async () => {
    const october = await recordSample('s-oct', 1);
    const november = await recordSample('s-nov', 0);
    await keepSeriesEvidence(db, october.seriesId, NOW_MS);
    const [first] = await db.utterances.where('meetingId').equals(october.id).toArray();
    await assignSpeaker(db, october.id, [first!.id], 'Jo Smith');
    expect((await db.meetings.get(october.id))!.evidence).toBeUndefined();
    expect((await db.meetings.get(november.id))!.evidence).toBeDefined();
    await deletePersonData(db, ['Jo Smith']);
    expect((await db.meetings.toArray()).every((m) => m.evidence === undefined)).toBe(true);
  });

  it('uses the kept evidence while nothing it depends on has changed', async () => {
    const october = await recordSample('s-oct', 1);
    await recordSample('s-nov', 0);
    const first = await loadSeriesEvidence(db, october.seriesId, NOW_MS);
    vi.mocked(loadMeetingAnalysis).mockClear();

    const again = await loadSeriesEvidence(db, october.seriesId, NOW_MS + DAY_MS);
    expect(vi.mocked(loadMeetingAnalysis)).not.toHaveBeenCalled();
    expect(again).toEqual(first);
  });

  it('works a meeting out again after a decision is confirmed in it, and only that meeting', async () => {
    const october = await recordSample('s-oct', 1);
    const november = await recordSample('s-nov', 0);
    await loadSeriesEvidence(db, october.seriesId, NOW_MS);
    vi.mocked(loadMeetingAnalysis).mockClear();

    // Closing the action log, under "Matters arising", where nobody from primary care spoke.
    await saveAction(
      db,
      november.id,
      { kind: 'decision', text: 'Actions fourteen to sixteen are closed', owner: null, organisation: null, sector: null, dueDate: null, dueText: null, dueIsNextMeeting: false },
      november.endMs + 60_000,
      { suggestionId: 's-nov:40#0', quote: 'So we close fourteen, fifteen and sixteen.', saidAtMs: november.startMs + 293_300 },
    );
    const series = await loadSeriesEvidence(db, october.seriesId, NOW_MS);
    expect(vi.mocked(loadMeetingAnalysis)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(loadMeetingAnalysis).mock.calls[0]![1]).toBe(november.id);
    expect(series.meetings[1]!.decisions).toBe(1);
    expect(series.meetings[1]!.decisionsWithoutPrimaryCare).toEqual([
      { ref: expect.stringMatching(/^D-\d{4}-001$/), text: 'Actions fourteen to sixteen are closed', itemLabel: 'Matters arising and the action log', isWithoutPrimaryCare: true },
    ]);
    expect(series.overall.decisionsWithoutPrimaryCare).toBe(1);
  });

  it('works every meeting out again after an organisation is assigned to someone', async () => {
    const october = await recordSample('s-oct', 1);
    await recordSample('s-nov', 0);
    const before = await loadSeriesEvidence(db, october.seriesId, NOW_MS);
    vi.mocked(loadMeetingAnalysis).mockClear();

    await saveMapping(db, 'Jo Smith', { organisationName: 'Foundry PCN', organisationId: null, odsCode: null, sector: 'pcn' }, NOW_MS);
    const after = await loadSeriesEvidence(db, october.seriesId, NOW_MS);
    expect(vi.mocked(loadMeetingAnalysis)).toHaveBeenCalledTimes(2);
    expect(after.meetings.map((m) => m.primaryCarePeople)).toEqual(before.meetings.map((m) => m.primaryCarePeople + 1));
    expect(after.overall.primaryCareSeatShareRatio).toBeGreaterThan(before.overall.primaryCareSeatShareRatio!);
  });

  it('a meeting moved to another series leaves one series and joins the other, without being analysed again', async () => {
    const september = await recordSample('s-sep', 2);
    await recordSample('s-oct', 1);
    const november = await recordSample('s-nov', 0);
    const before = await loadSeriesEvidence(db, september.seriesId, NOW_MS);
    expect(before.overall.meetings).toBe(3);
    vi.mocked(loadMeetingAnalysis).mockClear();

    const ownSeries = await moveMeetingToSeries(db, november.id, 'own');
    const left = await loadSeriesEvidence(db, september.seriesId, NOW_MS);
    const joined = await loadSeriesEvidence(db, ownSeries, NOW_MS);
    expect(left.overall.meetings).toBe(2);
    expect(left.meetings.map((m) => m.meetingId)).not.toContain(november.id);
    expect(joined.meetings.map((m) => m.meetingId)).toEqual([november.id]);
    expect(vi.mocked(loadMeetingAnalysis)).not.toHaveBeenCalled();
  });

  it('does not keep the evidence of a meeting still being recorded', async () => {
    const live = await recordSample('s-live', 0, { end: false });
    const evidence = await loadMeetingEvidence(db, live.id, NOW_MS);
    expect(evidence?.people).toBe(13);
    expect((await db.meetings.get(live.id))!.evidence).toBeUndefined();
  });

  it('a backup with kept evidence reads back', async () => {
    const { seriesId } = await recordSample('s-nov', 0);
    await loadSeriesEvidence(db, seriesId, NOW_MS);
    const parsed = parseBackup(JSON.stringify(await createBackup(db, NOW_MS)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.backup.tables.meetings?.[0]!.evidence?.value.people).toBe(13);
  });
});
