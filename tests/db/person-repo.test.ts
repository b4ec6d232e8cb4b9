import { afterEach, describe, expect, it } from 'vitest';
import { exportTextFilter } from '@/utils/core/redaction';
import { buildSummary } from '@/utils/core/summary';
import { saveAction } from '@/utils/db/actions-repo';
import { createBackup } from '@/utils/db/backup-repo';
import type { MeetingDb } from '@/utils/db/database';
import { recordCaptureReport } from '@/utils/db/meetings-repo';
import { saveMapping } from '@/utils/db/organisations-repo';
import { collectPersonData, deletePersonData, findPersonData, listKnownNames, mentionFormsOf, NAME_REMOVED, PERSON_DATA_TABLES, PersonDataError } from '@/utils/db/person-repo';
import { ROW_SCHEMAS, type TableName } from '@/utils/db/rows';
import { startItem } from '@/utils/db/items-repo';
import { saveSummary } from '@/utils/db/summary-repo';
import { makeBatch, makeDb, makeRoster, makeUtterance, T0 } from '../helpers/builders';
import { seedEveryTable } from '../helpers/backup-sample';
import { sampleSummaryInput } from '../helpers/summary-fixture';

let db: MeetingDb;
afterEach(async () => {
  await db?.delete();
});

/** A second, finished meeting in Teams where Helen names Tom in full and Tom owns an action from his own words. */
async function seedTeamsMeeting(): Promise<string> {
  const utterances = [
    makeUtterance({ id: 'teams-1:0', speaker: 'RICHARDS, Tom (TOWNSHIPS 1 PCN)', text: 'I will send the access audit round by Friday.', startMs: T0 + 864_000_000, endMs: T0 + 864_010_000, isFinal: true }),
    makeUtterance({ id: 'teams-1:1', speaker: 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)', text: 'Thanks, Tom Richards, and thanks Tom for the draft.', startMs: T0 + 864_020_000, endMs: T0 + 864_030_000, isFinal: true }),
  ];
  const teams = {
    sessionId: 'teams-1',
    platform: 'teams',
    meetingUrl: 'https://teams.microsoft.com/v2/',
    joinedAtMs: T0 + 864_000_000,
    meeting: { code: null, title: 'Access group with Tom Richards', selfName: 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)' },
  } as const;
  const meeting = await recordCaptureReport(
    db,
    makeBatch({
      ...teams,
      utterances,
      roster: [makeRoster(['RICHARDS, Tom (TOWNSHIPS 1 PCN)', 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)'], { atMs: T0 + 864_000_000 })],
    }),
    { tabId: 7, nowMs: T0 + 864_040_000 },
  );
  await recordCaptureReport(db, makeBatch({ ...teams, isPageClosing: true }), { tabId: 7, nowMs: T0 + 864_050_000 });
  await saveAction(
    db,
    meeting.id,
    { kind: 'action', text: 'Send the access audit round', owner: 'Tom Richards', organisation: 'Townships 1 PCN', sector: 'pcn', dueDate: null, dueText: 'by Friday', dueIsNextMeeting: false },
    T0 + 864_060_000,
    { suggestionId: 'teams-1:0#0', quote: 'I will send the access audit round by Friday.', saidAtMs: T0 + 864_000_000 },
  );
  await saveMapping(db, 'RICHARDS, Tom (TOWNSHIPS 1 PCN)', { organisationName: 'Townships 1 PCN', organisationId: null, odsCode: null, sector: 'pcn' }, T0);
  return meeting.id;
}

const TOM = ['Dr Tom Richards', 'RICHARDS, Tom (TOWNSHIPS 1 PCN)'];

describe('PERSON_DATA_TABLES', () => {
  it('says what deleting a person does to every table the database has', () => {
    expect(Object.keys(PERSON_DATA_TABLES).sort()).toEqual((Object.keys(ROW_SCHEMAS) as TableName[]).sort());
    for (const words of Object.values(PERSON_DATA_TABLES)) expect(words.length).toBeGreaterThan(10);
  });
});

describe('mentionFormsOf', () => {
  it('looks for full names only: the display name, the name read from it, and without a title', () => {
    expect(mentionFormsOf(['RICHARDS, Tom (TOWNSHIPS 1 PCN)', 'Dr Tom Richards'])).toEqual([
      'RICHARDS, Tom (TOWNSHIPS 1 PCN)',
      'Dr Tom Richards',
      'Tom Richards',
    ]);
    expect(mentionFormsOf(['Tom'])).toEqual([]);
  });
});

describe('listKnownNames', () => {
  it('lists every name held, with the meetings each is in, and no unknown speaker', async () => {
    db = makeDb();
    await seedEveryTable(db);
    await seedTeamsMeeting();
    await db.utterances.add({ ...makeUtterance({ id: 'x:1', speaker: 'Unknown speaker', isSpeakerUnknown: true, isFinal: true }), meetingId: 'manual-1', source: 'captions' });
    const names = await listKnownNames(db);
    expect(names.map((n) => n.name)).toEqual([
      'Dr Tom Richards',
      'Helen Marsh',
      'Jo Hart',
      'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)',
      'RICHARDS, Tom (TOWNSHIPS 1 PCN)',
      'Tom Richards',
      'Townships 1 PCN',
    ]);
    expect(names.find((n) => n.name === 'Dr Tom Richards')?.meetingCount).toBe(1);
    expect(names.find((n) => n.name === 'Jo Hart')?.meetingCount).toBe(0);
  });
});

describe('findPersonData', () => {
  it('counts what is held about a person under each of their names', async () => {
    db = makeDb();
    const { captured } = await seedEveryTable(db);
    const teams = await seedTeamsMeeting();
    const report = await findPersonData(db, TOM);
    expect(report.meetings.map((m) => m.id).sort()).toEqual([captured, teams].sort());
    expect(report).toMatchObject({
      names: TOM,
      captions: 2,
      attendance: 2,
      actionsOwned: 1,
      rememberedChoices: 1,
      // Helen's caption naming him in full, and the Teams meeting's title.
      mentions: 2,
      // The summary kept with the first meeting.
      summaries: 1,
    });
  });
});

describe('collectPersonData', () => {
  it('gathers what is held about them into one file for a subject access request, redacted as every export is', async () => {
    db = makeDb();
    const { captured } = await seedEveryTable(db);
    const teams = await seedTeamsMeeting();
    const file = await collectPersonData(db, TOM, T0 + 900_000_000, exportTextFilter(true));
    expect(file.format).toBe('primary-care-meeting-companion/person-data');
    expect(file.meetings.map((m) => m.id)).toEqual([captured, teams]);
    expect(file.captions.map((c) => c.speaker)).toEqual(['Dr Tom Richards', 'RICHARDS, Tom (TOWNSHIPS 1 PCN)']);
    expect(file.attendance).toHaveLength(2);
    expect(file.actionsOwned.map((a) => a.text)).toEqual(['Send the access audit round']);
    expect(file.rememberedOrganisations.map((m) => m.organisationName)).toEqual(['Townships 1 PCN']);
    expect(file.mentionedBy.map((m) => m.text)).toEqual(['Thanks, Tom Richards, and thanks Tom for the draft.']);
    expect(JSON.stringify(file)).not.toContain('Helen Marsh');
  });
});

describe('deletePersonData', () => {
  it('deletes their captions, speaking times, attendance and remembered choice, and takes them off actions and summaries', async () => {
    db = makeDb();
    const { captured } = await seedEveryTable(db);
    const teams = await seedTeamsMeeting();
    await saveSummary(db, {
      meetingId: teams,
      savedAtMs: T0 + 864_070_000,
      options: { includeQuotes: true, includeExcerpts: true, namesAs: 'names', redact: true },
      model: buildSummary(sampleSummaryInput()),
    });
    await db.speechSegments.add({ id: 'teams-1:s1', meetingId: teams, source: 'indicators', speaker: 'RICHARDS, Tom (TOWNSHIPS 1 PCN)', isSelf: false, startMs: T0 + 864_000_000, endMs: T0 + 864_010_000, isFinal: true });
    const helenBefore = (await db.utterances.toArray()).filter((u) => u.speaker === 'Helen Marsh');

    const report = await deletePersonData(db, TOM);

    expect(report.captions).toBe(2);
    const utterances = await db.utterances.toArray();
    expect(utterances.map((u) => u.speaker)).not.toContain('Dr Tom Richards');
    expect(utterances.map((u) => u.speaker)).not.toContain('RICHARDS, Tom (TOWNSHIPS 1 PCN)');
    expect(utterances.filter((u) => u.speaker === 'Helen Marsh')).toEqual(helenBefore);
    expect(utterances.find((u) => u.id === 'teams-1:1')?.text).toBe(`Thanks, ${NAME_REMOVED}, and thanks Tom for the draft.`);
    expect((await db.speechSegments.toArray()).map((s) => s.speaker)).toEqual(['Helen Marsh']);
    expect((await db.participants.toArray()).map((p) => p.name).sort()).toEqual(['Helen Marsh', 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)']);
    expect((await db.mappings.toArray()).map((m) => m.displayName)).toEqual(['Jo Hart']);

    const meetings = new Map((await db.meetings.toArray()).map((m) => [m.id, m]));
    expect(meetings.get(captured)?.selfName).toBeNull();
    expect(meetings.get(teams)?.title).toBe(`Access group with ${NAME_REMOVED}`);
    expect(meetings.get(captured)?.figures?.topSpeakers.map((s) => s.speaker)).toEqual(['Helen Marsh']);

    const action = (await db.actions.toArray()).find((a) => a.meetingId === teams)!;
    expect(action).toMatchObject({ text: 'Send the access audit round', owner: null, organisation: 'Townships 1 PCN', quote: null });
    const otherAction = (await db.actions.toArray()).find((a) => a.meetingId === captured)!;
    expect(otherAction.owner).toBe('Helen Marsh');

    const summary = (await db.summaries.get(teams))!.model;
    const text = JSON.stringify(summary);
    expect(text).not.toMatch(/Tom Richards/);
    expect(summary.actions.forPrimaryCare.some((a) => a.owner.includes(NAME_REMOVED))).toBe(true);
    expect(summary.topics.flatMap((t) => t.moments).length).toBeGreaterThan(0);

    const after = await findPersonData(db, TOM);
    expect(after).toMatchObject({ meetings: [], captions: 0, speakingTimes: 0, attendance: 0, actionsOwned: 0, rememberedChoices: 0, mentions: 0, summaries: 0 });
    expect((await listKnownNames(db)).map((n) => n.name)).toEqual(['Helen Marsh', 'Jo Hart', 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)', 'Townships 1 PCN']);
  });

  it('leaves every row valid, so a backup made afterwards restores', async () => {
    db = makeDb();
    await seedEveryTable(db);
    await seedTeamsMeeting();
    await deletePersonData(db, [...TOM, 'Helen Marsh']);
    const { tables } = await createBackup(db, T0 + 900_000_000);
    for (const [name, rows] of Object.entries(tables)) {
      for (const row of rows ?? []) expect(ROW_SCHEMAS[name as TableName].safeParse(row).success, name).toBe(true);
    }
  });

  it('removes a tally button and its turns, and an introduction kept after the transcript was deleted', async () => {
    db = makeDb();
    const { tallied, captured } = await seedEveryTable(db);
    await db.meetings.update(captured, {
      introductions: [{ speaker: 'Dr Tom Richards', organisationText: 'Townships 1 PCN', sector: 'pcn', basis: 'organisation', title: 'clinical director', quote: '', atMs: T0 }],
    });
    await deletePersonData(db, ['Townships 1 PCN', 'Dr Tom Richards']);
    expect((await db.meetings.get(tallied))?.tallyParties).toEqual([]);
    expect(await db.manualSegments.where('meetingId').equals(tallied).count()).toBe(0);
    expect((await db.meetings.get(captured))?.introductions).toEqual([]);
  });

  it('refuses while a meeting they are in is being recorded, and changes nothing', async () => {
    db = makeDb();
    await recordCaptureReport(db, makeBatch({ utterances: [makeUtterance({ speaker: 'Dr Tom Richards', isFinal: true })] }), { tabId: 1, nowMs: T0 + 2_000 });
    const before = await db.utterances.count();
    await expect(deletePersonData(db, ['Dr Tom Richards'])).rejects.toThrow(PersonDataError);
    await expect(deletePersonData(db, ['Dr Tom Richards'])).rejects.toThrow('“Primary Care Commissioning Committee” is being recorded now');
    expect(await db.utterances.count()).toBe(before);
  });

  it('refuses when no name is chosen', async () => {
    db = makeDb();
    await expect(deletePersonData(db, ['  '])).rejects.toThrow('Choose at least one name first.');
  });
});

describe('agenda items and a person', () => {
  it('replaces their full name in item titles the user typed, and no longer names them as the chair of a kept item', async () => {
    db = makeDb();
    const meetingId = await seedTeamsMeeting();
    await startItem(db, meetingId, T0 + 864_020_000, 'Tom Richards’s access audit', T0 + 864_070_000);
    await db.meetings.update(meetingId, {
      itemStarts: [{ key: 'said:teams-1:0:0', number: 4, title: 'Audit by Tom Richards', atMs: T0 + 864_000_000, utteranceId: 'teams-1:0', speaker: 'RICHARDS, Tom (TOWNSHIPS 1 PCN)', themes: [] }],
    });
    await deletePersonData(db, TOM);
    const edit = (await db.itemEdits.toArray())[0]!;
    expect(edit.kind === 'add' && edit.title).toBe(`${NAME_REMOVED}’s access audit`);
    const [kept] = (await db.meetings.get(meetingId))!.itemStarts!;
    expect([kept!.speaker, kept!.title, kept!.number]).toEqual([NAME_REMOVED, `Audit by ${NAME_REMOVED}`, 4]);
  });

  it('replaces their name in item titles of a meeting they were not in', async () => {
    db = makeDb();
    const meetingId = await seedTeamsMeeting();
    const seeded = (await db.meetings.get(meetingId))!;
    await db.meetings.add({
      ...seeded,
      id: 'another-meeting',
      title: 'Estates group',
      itemStarts: [{ key: 'said:other:0', number: 2, title: 'Tom Richards’s estates paper', atMs: seeded.startedAtMs, utteranceId: 'other:0', speaker: 'Margaret Holloway', themes: [] }],
    });
    await deletePersonData(db, TOM);
    const [kept] = (await db.meetings.get('another-meeting'))!.itemStarts!;
    expect([kept!.speaker, kept!.title]).toEqual(['Margaret Holloway', `${NAME_REMOVED}’s estates paper`]);
  });
});
