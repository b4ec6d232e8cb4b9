import { afterEach, describe, expect, it } from 'vitest';
import { computeMeetingTalk } from '@/utils/core/talk-time';
import { countWords } from '@/utils/core/text';
import type { MeetingDb } from '@/utils/db/database';
import { getMeetingBundle, recordCaptureReport } from '@/utils/db/meetings-repo';
import { loadMeetingAnalysis } from '@/utils/db/analysis-repo';
import { renameItem } from '@/utils/db/items-repo';
import { applyRetention } from '@/utils/db/retention-repo';
import { getPrivacySettings, getSummaryOptions, savePrivacySettings, saveSummaryOptions, SettingsError } from '@/utils/db/settings-repo';
import { getSavedSummary, loadSummaryInput } from '@/utils/db/summary-repo';
import { makeBatch, makeDb, makeUtterance, T0 } from '../helpers/builders';
import { seedFinishedMeeting } from '../helpers/finished-meeting';

const DAY_MS = 86_400_000;

let db: MeetingDb;
afterEach(async () => {
  await db?.delete();
});


describe('settings', () => {
  it('refuses a retention period that is not a whole number of days from 1 to 3650, in plain words', async () => {
    db = makeDb();
    for (const [days, message] of [
      [0, 'Keep transcripts for at least 1 day.'],
      [3651, 'Keep transcripts for at most 3650 days.'],
      [1.5, 'Give the number of days as a whole number.'],
      ['30', 'Give the number of days as a whole number.'],
    ] as const) {
      await expect(savePrivacySettings(db, { redactPatientDetails: true, retentionDays: days as number })).rejects.toThrow(new SettingsError(message));
    }
    expect(await getPrivacySettings(db)).toEqual({ redactPatientDetails: true, retentionDays: null });
  });

  it('falls back to the defaults when a stored value is damaged, and keeps summary options', async () => {
    db = makeDb();
    // @ts-expect-error the row type refuses this damaged value; it is stored to show that reading survives one
    await db.settings.put({ key: 'privacy', value: { redactPatientDetails: 'yes' } });
    expect(await getPrivacySettings(db)).toEqual({ redactPatientDetails: true, retentionDays: null });
    await saveSummaryOptions(db, { includeQuotes: false, includeExcerpts: true, namesAs: 'roles', redact: true });
    expect(await getSummaryOptions(db)).toEqual({ includeQuotes: false, includeExcerpts: true, namesAs: 'roles', redact: true });
  });
});

describe('retention', () => {
  it('keeps everything until a period is set', async () => {
    db = makeDb();
    const meetingId = await seedFinishedMeeting(db);
    expect(await applyRetention(db, T0 + 400 * DAY_MS)).toBe(0);
    expect((await getMeetingBundle(db, meetingId))!.utterances.every((u) => u.text.length > 0)).toBe(true);
  });

  it('deletes transcript text after the period, keeping figures, organisations, actions and a summary', async () => {
    db = makeDb();
    const meetingId = await seedFinishedMeeting(db);
    await savePrivacySettings(db, { redactPatientDetails: true, retentionDays: 30 });
    const before = (await getMeetingBundle(db, meetingId))!;
    const talkBefore = computeMeetingTalk({ utterances: before.utterances, speechSegments: before.speechSegments }).primary!;
    const endedAtMs = before.meeting.endedAtMs!;

    expect(await applyRetention(db, endedAtMs + 29 * DAY_MS)).toBe(0);
    expect(await applyRetention(db, endedAtMs + 31 * DAY_MS)).toBe(1);

    const after = (await getMeetingBundle(db, meetingId))!;
    expect(after.utterances.map((u) => u.text)).toEqual(['', '', '']);
    expect(after.utterances.map((u) => u.wordCount)).toEqual(before.utterances.map((u) => countWords(u.text)));
    expect(after.utterances.map((u) => u.wordCount)).toEqual([10, 11, 18]);
    expect(after.meeting.transcriptDeletedAtMs).toBe(endedAtMs + 31 * DAY_MS);
    expect(after.meeting.introductions).toEqual([expect.objectContaining({ speaker: 'Dr Tom Richards', organisationText: 'Townships 1 PCN', quote: '' })]);
    const talkAfter = computeMeetingTalk({ utterances: after.utterances, speechSegments: after.speechSegments }).primary!;
    expect(talkAfter.participants).toEqual(talkBefore.participants);

    const actions = await db.actions.toArray();
    expect(actions.map((a) => [a.text, a.quote])).toEqual([['Share the access data', null]]);

    // Organisations stay resolved from the kept introductions.
    const input = (await loadSummaryInput(db, meetingId, endedAtMs + 32 * DAY_MS))!;
    expect(input.analysis.resolutions.get('Dr Tom Richards')!.organisation!.name).toBe('Townships 1 PCN');

    // The summary saved first still has the moments, with the NHS number hidden.
    const saved = (await getSavedSummary(db, meetingId))!;
    expect(saved.savedAtMs).toBe(endedAtMs + 31 * DAY_MS);
    const quotes = saved.model.topics.flatMap((t) => t.moments.map((m) => m.quote));
    expect(quotes.some((q) => q?.includes('[NHS number]'))).toBe(true);
    expect(JSON.stringify(saved.model)).not.toContain('943 476 5919');

    expect(await applyRetention(db, endedAtMs + 60 * DAY_MS)).toBe(0);
  });

  it('never touches a live meeting', async () => {
    db = makeDb();
    await recordCaptureReport(db, makeBatch({ utterances: [makeUtterance({ isFinal: true })] }), { tabId: 1, nowMs: T0 });
    await savePrivacySettings(db, { redactPatientDetails: true, retentionDays: 1 });
    expect(await applyRetention(db, T0 + 10 * DAY_MS)).toBe(0);
    expect((await db.utterances.toArray())[0]!.text).toBe('Good morning everyone.');
  });
});

describe('agenda items and retention', () => {
  it('keeps the items the chair started, their primary care themes and the user\'s edits after the words are deleted', async () => {
    db = makeDb();
    const meetingId = await seedFinishedMeeting(db, [
      ['Helen Marsh', 'Right, item four, the GP access improvement scheme. Tom?'],
      ['Dr Tom Richards', 'Thanks. Practices have moved to the new telephony and the online consultation tool.'],
      ['Dr Tom Richards', 'Appointments in general practice are up and the GP patient survey is better.'],
      ['Helen Marsh', 'Thank you. Moving on to item five, the estates strategy.'],
    ]);
    await renameItem(db, meetingId, (await loadMeetingAnalysis(db, meetingId, T0 + 90_000))!.analysis.items[1]!.key, 'Estates', T0 + 90_000);
    const before = (await loadMeetingAnalysis(db, meetingId, T0 + 100_000))!.analysis.items;
    expect(before.map((item) => [item.number, item.title])).toEqual([
      [4, 'GP access improvement scheme'],
      [5, 'Estates'],
    ]);
    expect(before[0]!.concern.themes.length).toBeGreaterThan(0);

    await savePrivacySettings(db, { redactPatientDetails: true, retentionDays: 30 });
    expect(await applyRetention(db, T0 + 31 * DAY_MS)).toBe(1);
    const after = (await loadMeetingAnalysis(db, meetingId, T0 + 31 * DAY_MS))!;
    expect(after.bundle.utterances.every((u) => u.text === '')).toBe(true);
    expect(after.analysis.items.map((item) => [item.key, item.number, item.title, item.startMs, [...item.concern.themes]])).toEqual(
      before.map((item) => [item.key, item.number, item.title, item.startMs, [...item.concern.themes]]),
    );
  });
});
