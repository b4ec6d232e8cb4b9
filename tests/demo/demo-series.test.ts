import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingDb } from '@/utils/db/database';
import { parseBackup } from '@/utils/db/backup-format';
import { itemFlags } from '@/utils/core/agenda-items';
import { loadMeetingAnalysis } from '@/utils/db/analysis-repo';
import { listSeries } from '@/utils/db/series-repo';
import { makeDb } from '../helpers/builders';
import { DEMO_BACKUP_AT_MS, DEMO_SERIES_FILE, DEMO_SERIES_TITLE, makeDemoSeries } from './make-demo-series';

const file = resolve(import.meta.dirname, '../..', DEMO_SERIES_FILE);
/** The backup as committed: one field a line, so a change reads as a diff, and small enough to ship with the demo. */
const serialise = (backup: unknown) => `${JSON.stringify(backup, null, 1)}\n`;

let db: MeetingDb;
afterEach(async () => {
  await db?.delete();
});

describe("the demo's earlier meetings of its series", () => {
  it('are what tests/demo/make-demo-series.ts makes with the product’s own repositories (UPDATE_DEMO_SERIES=1 rewrites the file)', async () => {
    db = makeDb();
    const text = serialise(await makeDemoSeries(db));
    if (process.env.UPDATE_DEMO_SERIES === '1') writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(text.length).toBeLessThan(400 * 1024);
  });

  it('are one series of six monthly meetings that the options page would restore, with the demo’s title and link', async () => {
    const parsed = parseBackup(readFileSync(file, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const meetings = [...parsed.backup.tables.meetings!].sort((a, b) => a.startedAtMs - b.startedAtMs);
    expect(meetings.map((m) => new Date(m.startedAtMs).toISOString().slice(0, 7))).toEqual(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    expect(new Set(meetings.map((m) => m.seriesId)).size).toBe(1);
    expect(meetings.every((m) => m.title?.startsWith(DEMO_SERIES_TITLE))).toBe(true);
    expect(meetings.filter((m) => m.code === 'pcc-shef-nov')).toHaveLength(4);
    expect(meetings.map((m) => m.platform)).toEqual(['meet', 'meet', 'meet', 'teams', 'manual', 'meet']);
    expect(meetings.filter((m) => m.transcriptDeletedAtMs)).toHaveLength(1);
    expect(parsed.backup.tables.manualSegments!.length).toBeGreaterThan(10);
    expect(parsed.backup.tables.settings).toEqual([]);
    expect(parsed.backup.createdAt).toBe(new Date(DEMO_BACKUP_AT_MS).toISOString());
  });

  it('show primary care holding about 40% of the seats and a falling share of the talk, with a general practice funding decision taken without primary care', async () => {
    db = makeDb();
    await makeDemoSeries(db);
    expect(await listSeries(db)).toHaveLength(1);
    const figures = [];
    for (const meeting of await db.meetings.orderBy('startedAtMs').toArray()) {
      const { analysis } = (await loadMeetingAnalysis(db, meeting.id, DEMO_BACKUP_AT_MS))!;
      const pc = analysis.organisations.primaryCare;
      figures.push({
        talk: Math.round(pc.talkShareRatio * 100),
        seats: Math.round(pc.attendeeShareRatio * 100),
        decidedWithout: analysis.items.filter((i) => itemFlags(i, { confirmedOnly: true }).some((f) => f.kind === 'decided-without-primary-care')).map((i) => i.title),
      });
    }
    // Primary care's share of the talk drifts down while its seats stay near 40%.
    expect(figures.map((f) => f.talk)).toEqual([36, 31, 29, 25, 24, 21]);
    expect(figures.map((f) => f.seats).every((seats) => seats >= 35 && seats <= 46)).toBe(true);
    expect(figures.flatMap((f) => f.decidedWithout)).toEqual([
      'General practice funding: the local enhanced services budget for next year',
      'General practice funding: the proposal to change the practice resilience…',
    ]);

    const actions = (await db.actions.toArray()).filter((a) => a.kind === 'action');
    const overdue = actions.filter((a) => a.status === 'open' && a.dueDate !== null && a.dueDate < '2026-11-18');
    expect(overdue.length).toBeGreaterThanOrEqual(5);
    expect(new Set(overdue.map((a) => a.organisation)).size).toBeGreaterThanOrEqual(3);
    expect(actions.filter((a) => a.status === 'done').length).toBeGreaterThanOrEqual(8);
    // Said "before the next meeting" in October: it gets the demo meeting's date when that joins the series.
    expect(actions.filter((a) => a.status === 'open' && a.dueDate === null && a.dueIsNextMeeting)).toHaveLength(1);
  });
});
