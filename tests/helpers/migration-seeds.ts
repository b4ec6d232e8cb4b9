import { expect } from 'vitest';
import { analyseMeeting } from '@/utils/core/meeting-analysis';
import { buildMeetingExport, meetingExportSchema } from '@/utils/core/meeting-export';
import { BUILTIN_ORGANISATIONS, OrganisationIndex } from '@/utils/core/org-directory';
import type { MeetingDb } from '@/utils/db/database';
import { getMeetingBundle, recordCaptureReport } from '@/utils/db/meetings-repo';
import { listOrganisations, saveMapping } from '@/utils/db/organisations-repo';
import { tallyTap } from '@/utils/db/tally-repo';
import { listCarriedForward, saveAction } from '@/utils/db/actions-repo';
import { startItem } from '@/utils/db/items-repo';
import { getPrivacySettings, savePrivacySettings } from '@/utils/db/settings-repo';
import { makeBatch, makeUtterance, T0 } from './builders';

/**
 * Rows as each shipped schema version stored them, and what they must look
 * like after upgrading to the latest version. Every version but the latest
 * needs an entry here (tests/db/migrations.test.ts fails otherwise). The
 * backup fixtures (tests/fixtures/backups/) are made from the same seeds.
 */
export const seeds: Record<number, { seed: (db: MeetingDb) => Promise<void>; check: (db: MeetingDb) => Promise<void> }> = {
  1: {
    // Version 1 (the first release): rows written as that version wrote them.
    async seed(db) {
      await db.table('meetings').add({
        id: 'meet-old',
        platform: 'meet',
        code: 'old-meet-ing',
        title: 'October place board',
        url: 'https://meet.google.com/old-meet-ing',
        selfName: 'Dr Tom Richards',
        startedAtMs: T0,
        lastSeenAtMs: T0 + 60_000,
        endedAtMs: T0 + 60_000,
        tabId: null,
        health: null,
        figures: null,
      });
      await db.table('sessions').add({ id: 'session-old', meetingId: 'meet-old', startedAtMs: T0 });
      await db.table('utterances').add({
        id: 'session-old:1',
        meetingId: 'meet-old',
        source: 'captions',
        speaker: 'Helen Marsh',
        isSelf: false,
        text: 'Welcome to the October board.',
        startMs: T0 + 1_000,
        endMs: T0 + 4_000,
        isFinal: true,
      });
      await db.table('participants').add({
        id: 'meet-old|Helen Marsh',
        meetingId: 'meet-old',
        name: 'Helen Marsh',
        isSelf: false,
        intervals: [{ joinMs: T0, leaveMs: T0 + 60_000 }],
        seenIn: ['people-panel'],
      });
      await db.table('counters').add({ key: 'rejected-messages', count: 2, lastAtMs: T0, lastDetail: 'platform: Invalid option' });
    },
    async check(db) {
      const bundle = (await getMeetingBundle(db, 'meet-old'))!;
      expect(bundle.meeting.title).toBe('October place board');
      expect(bundle.utterances.map((u) => [u.speaker, u.text, !!u.isSpeakerUnknown])).toEqual([['Helen Marsh', 'Welcome to the October board.', false]]);
      expect(bundle.manualSegments).toEqual([]);
      expect((await db.counters.get('rejected-messages'))?.count).toBe(2);
      expect(meetingExportSchema.safeParse(buildMeetingExport(bundle, analyseMeeting(bundle, { directory: new OrganisationIndex([]), mappings: new Map(), nowMs: T0 }), T0)).success).toBe(true);
      // The upgraded database takes new data of every kind.
      await recordCaptureReport(db, makeBatch({ utterances: [makeUtterance()] }), { tabId: 1, nowMs: T0 });
      await tallyTap(db, 'meet-old', 'Townships 1 PCN', T0 + 5_000, 'tally-1');
      expect(await db.manualSegments.count()).toBe(1);
    },
  },
  2: {
    // Version 2 (manual tally): a hand-tallied meeting with its turns.
    async seed(db) {
      await db.table('meetings').add({
        id: 'manual-old',
        platform: 'manual',
        code: null,
        title: 'October forum',
        url: '',
        selfName: null,
        startedAtMs: T0,
        lastSeenAtMs: T0 + 60_000,
        endedAtMs: T0 + 60_000,
        tabId: null,
        health: null,
        figures: null,
        tallyParties: ['Townships 1 PCN'],
      });
      await db.table('manualSegments').add({ id: 'tally-old', meetingId: 'manual-old', party: 'Townships 1 PCN', startMs: T0, endMs: T0 + 30_000 });
    },
    async check(db) {
      const bundle = (await getMeetingBundle(db, 'manual-old'))!;
      expect(bundle.manualSegments.map((s) => s.party)).toEqual(['Townships 1 PCN']);
      expect(bundle.meeting.tallyParties).toEqual(['Townships 1 PCN']);
      expect(await listOrganisations(db)).toEqual(BUILTIN_ORGANISATIONS);
      await saveMapping(db, 'Jo Hart', { organisationName: 'Foundry PCN', organisationId: null, odsCode: null, sector: 'pcn' }, T0);
      expect(await db.mappings.count()).toBe(1);
    },
  },
  3: {
    // Version 3 (organisations): two months of one Teams board, and an unrelated Meet call.
    async seed(db) {
      const base = { url: '', selfName: null, tabId: null, health: null, figures: null };
      await db.table('meetings').bulkAdd([
        { ...base, id: 'teams-oct', platform: 'teams', code: null, title: 'Place Board – October 2026', startedAtMs: T0, lastSeenAtMs: T0, endedAtMs: T0 },
        { ...base, id: 'meet-other', platform: 'meet', code: 'abc-defg-hij', title: 'PCN CD catch-up', startedAtMs: T0 + 1_000, lastSeenAtMs: T0, endedAtMs: T0 },
        { ...base, id: 'teams-nov', platform: 'teams', code: null, title: 'Place Board – November 2026', startedAtMs: T0 + 30 * 86_400_000, lastSeenAtMs: T0, endedAtMs: T0 },
      ]);
      await db.table('organisations').add({ id: 'user:1', name: 'Foundry PCN', sector: 'pcn', odsCode: null, aliases: [], source: 'user', odsReport: null, parentCode: null, addedAtMs: T0 });
    },
    async check(db) {
      const [october, other, november] = await Promise.all(['teams-oct', 'meet-other', 'teams-nov'].map((id) => db.meetings.get(id)));
      expect(october!.seriesId).toBe(november!.seriesId);
      expect(other!.seriesId).not.toBe(october!.seriesId);
      expect(await db.organisations.get('user:1')).toMatchObject({ name: 'Foundry PCN' });
      // Actions work on upgraded meetings, and carry forward within the series.
      await saveAction(db, 'teams-oct', { kind: 'action', text: 'Send the estates survey', owner: 'Jo', organisation: null, sector: null, dueDate: null, dueText: null, dueIsNextMeeting: false }, T0);
      expect((await listCarriedForward(db, november!)).map((a) => a.text)).toEqual(['Send the estates survey']);
    },
  },
  4: {
    // Version 4 (actions): a meeting in a series with an action and a dismissed suggestion.
    async seed(db) {
      await db.table('meetings').add({
        id: 'meet-v4', platform: 'meet', code: 'abc-defg-hij', title: 'PCCC', url: '', selfName: null, startedAtMs: T0, lastSeenAtMs: T0, endedAtMs: T0 + 60_000,
        tabId: null, health: null, figures: null, seriesId: 'series-meet-v4',
      });
      await db.table('utterances').add({ id: 'v4:1', meetingId: 'meet-v4', source: 'captions', speaker: 'Helen Marsh', isSelf: false, text: 'Good morning.', startMs: T0, endMs: T0 + 2_000, isFinal: true });
      await db.table('actions').add({
        id: 'act-v4', ref: 'A-2026-001', kind: 'action', meetingId: 'meet-v4', seriesId: 'series-meet-v4', text: 'Send the survey', owner: 'Jo', organisation: null, sector: null,
        dueDate: '2026-12-01', dueText: 'by 1 December', dueIsNextMeeting: false, status: 'open', ragOverride: null, updates: [], closedAtMs: null, source: 'manual',
        suggestionId: null, quote: null, saidAtMs: null, createdAtMs: T0, changedAtMs: T0,
      });
      await db.table('dismissals').add({ id: 'v4:1#0', meetingId: 'meet-v4', dismissedAtMs: T0 });
    },
    async check(db) {
      expect((await db.actions.get('act-v4'))!.text).toBe('Send the survey');
      expect(await db.dismissals.count()).toBe(1);
      expect(await getPrivacySettings(db)).toEqual({ redactPatientDetails: true, retentionDays: null });
      await savePrivacySettings(db, { redactPatientDetails: false, retentionDays: 30 });
      expect((await getPrivacySettings(db)).retentionDays).toBe(30);
      expect(await db.summaries.count()).toBe(0);
    },
  },
  5: {
    // Version 5 (settings and kept summaries): a finished meeting whose chair started two items, with a privacy setting.
    async seed(db) {
      await db.table('meetings').add({
        id: 'meet-v5', platform: 'teams', code: null, title: 'Place board', url: '', selfName: null, startedAtMs: T0, lastSeenAtMs: T0 + 120_000, endedAtMs: T0 + 120_000,
        tabId: null, health: null, figures: null, seriesId: 'series-meet-v5',
      });
      const line = (n: number, speaker: string, text: string) => ({
        id: `v5:${n}`, meetingId: 'meet-v5', source: 'captions', speaker, isSelf: false, text, startMs: T0 + n * 20_000, endMs: T0 + n * 20_000 + 10_000, isFinal: true,
      });
      await db.table('utterances').bulkAdd([
        line(0, 'Helen Marsh', 'Item two, the finance report. Priya?'),
        line(1, 'Priya Shah', 'Thanks Helen, the position is on plan.'),
        line(2, 'Helen Marsh', 'Thank you. Moving on to item three, the estates bid.'),
        line(3, 'Tom Reid', 'The bid went in on Friday.'),
      ]);
      await db.table('settings').put({ key: 'privacy', value: { redactPatientDetails: false, retentionDays: 90 } });
    },
    async check(db) {
      expect((await getPrivacySettings(db)).retentionDays).toBe(90);
      expect(await db.itemEdits.count()).toBe(0);
      const bundle = (await getMeetingBundle(db, 'meet-v5'))!;
      const analysis = analyseMeeting(bundle, { directory: new OrganisationIndex([]), mappings: new Map(), nowMs: T0 + 200_000 });
      expect(analysis.items.map((item) => [item.number, item.title])).toEqual([
        [2, 'Finance report'],
        [3, 'Estates bid'],
      ]);
      await startItem(db, 'meet-v5', T0 + 70_000, 'Questions from the public', T0 + 300_000);
      const edited = analyseMeeting((await getMeetingBundle(db, 'meet-v5'))!, { directory: new OrganisationIndex([]), mappings: new Map(), nowMs: T0 + 400_000 });
      expect(edited.items.map((item) => item.title)).toEqual(['Finance report', 'Estates bid', 'Questions from the public']);
    },
  },
};
