import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingDb } from '@/utils/db/database';
import { findMeetingToShow, getMeetingBundle, recordCaptureReport } from '@/utils/db/meetings-repo';
import {
  addTallyParty,
  assignSpeaker,
  endManualMeeting,
  setTallyKey,
  startManualMeeting,
  tallySilence,
  tallyTap,
  tallyUndo,
} from '@/utils/db/tally-repo';
import { makeBatch, makeDb, makeUtterance, T0 } from '../helpers/builders';

let db: MeetingDb;
afterEach(async () => {
  await db?.delete();
});

describe('tally repository', () => {
  it('records turns tapped by hand in a manual meeting, and ends it with figures', async () => {
    db = makeDb();
    const meeting = await startManualMeeting(db, { id: 'manual-1', title: '  PCN CD forum ', nowMs: T0 });
    await tallyTap(db, meeting.id, 'Townships 1 PCN', T0 + 1_000, 't1');
    await tallyTap(db, meeting.id, 'City council', T0 + 31_000, 't2');
    await tallySilence(db, meeting.id, T0 + 41_000);
    await tallyTap(db, meeting.id, 'Townships 1 PCN', T0 + 50_000, 't3');
    await endManualMeeting(db, meeting.id, T0 + 60_000);

    const bundle = (await getMeetingBundle(db, meeting.id))!;
    expect(bundle.meeting).toMatchObject({ platform: 'manual', title: 'PCN CD forum', endedAtMs: T0 + 60_000 });
    expect(bundle.manualSegments.map((s) => [s.party, s.startMs - T0, s.endMs! - T0])).toEqual([
      ['Townships 1 PCN', 1_000, 31_000],
      ['City council', 31_000, 41_000],
      ['Townships 1 PCN', 50_000, 60_000],
    ]);
    expect(bundle.meeting.figures).toEqual({
      source: 'manual',
      totalTalkMs: 50_000,
      speakerCount: 2,
      topSpeakers: [
        { speaker: 'Townships 1 PCN', talkMs: 40_000, shareRatio: 0.8 },
        { speaker: 'City council', talkMs: 10_000, shareRatio: 0.2 },
      ],
    });
  });

  it('undoes the last tap in storage', async () => {
    db = makeDb();
    await startManualMeeting(db, { id: 'manual-1', title: 'Forum', nowMs: T0 });
    await tallyTap(db, 'manual-1', 'ICB', T0, 't1');
    await tallyTap(db, 'manual-1', 'PCN', T0 + 5_000, 't2');
    await tallyUndo(db, 'manual-1');
    expect(await db.manualSegments.toArray()).toEqual([{ id: 't1', meetingId: 'manual-1', party: 'ICB', startMs: T0, endMs: null }]);
  });

  it('shows an open manual meeting as the meeting in progress', async () => {
    db = makeDb();
    await startManualMeeting(db, { id: 'manual-1', title: 'Forum', nowMs: T0 });
    expect(await findMeetingToShow(db, 5)).toMatchObject({ meeting: { id: 'manual-1' }, isInThisTab: false });
  });

  it('adds typed parties and refuses an empty or repeated one with a reason', async () => {
    db = makeDb();
    await startManualMeeting(db, { id: 'manual-1', title: 'Forum', nowMs: T0 });
    expect(await addTallyParty(db, 'manual-1', 'Healthwatch Sheffield', [])).toEqual({ ok: true, name: 'Healthwatch Sheffield' });
    expect(await addTallyParty(db, 'manual-1', 'healthwatch sheffield', [])).toMatchObject({ ok: false });
    expect(await addTallyParty(db, 'manual-1', ' ', [])).toEqual({ ok: false, error: 'Type a name or an organisation first.' });
    expect(await addTallyParty(db, 'missing', 'X', [])).toEqual({ ok: false, error: 'This meeting no longer exists.' });
    expect((await db.meetings.get('manual-1'))?.tallyParties).toEqual(['Healthwatch Sheffield']);
  });

  it('tallies alongside a captured call', async () => {
    db = makeDb();
    const meeting = await recordCaptureReport(db, makeBatch(), { tabId: 3, nowMs: T0 });
    await tallyTap(db, meeting.id, 'Phone-in: LPC', T0 + 2_000, 't1');
    expect((await getMeetingBundle(db, meeting.id))!.manualSegments).toHaveLength(1);
  });
});

describe('assignSpeaker', () => {
  it('gives unknown captions the chosen speaker, and capture never overwrites it', async () => {
    db = makeDb();
    const unknown = makeUtterance({ id: 's:1', speaker: 'Unknown speaker', isSpeakerUnknown: true, text: 'Can you hear me' });
    const meeting = await recordCaptureReport(db, makeBatch({ utterances: [unknown] }), { tabId: 3, nowMs: T0 });

    expect(await assignSpeaker(db, meeting.id, ['s:1'], 'Gemma Lowe')).toBe(1);
    await recordCaptureReport(db, makeBatch({ utterances: [{ ...unknown, text: 'Can you hear me now?', isFinal: true }] }), { tabId: 3, nowMs: T0 + 1_000 });

    const [stored] = (await getMeetingBundle(db, meeting.id))!.utterances;
    expect(stored).toMatchObject({ speaker: 'Gemma Lowe', isSpeakerUnknown: false, speakerAssignedByUser: true, text: 'Can you hear me now?' });
  });

  it('never counts an unknown speaker as an attendee', async () => {
    db = makeDb();
    const meeting = await recordCaptureReport(
      db,
      makeBatch({ utterances: [makeUtterance({ speaker: 'Unknown speaker', isSpeakerUnknown: true })] }),
      { tabId: 3, nowMs: T0 },
    );
    expect((await getMeetingBundle(db, meeting.id))!.participants).toEqual([]);
  });

  it('ignores an empty name', async () => {
    db = makeDb();
    expect(await assignSpeaker(db, 'm', ['x'], '  ')).toBe(0);
  });

  it('keeps number keys with the meeting: given as parties are added or first tapped, and changed by the user', async () => {
    db = makeDb();
    const meeting = await startManualMeeting(db, { id: 'manual-keys', title: 'Place board', nowMs: T0 });
    await addTallyParty(db, meeting.id, 'NHS South Yorkshire ICB', []);
    await tallyTap(db, meeting.id, 'Chair', T0 + 1_000, 't1');
    await addTallyParty(db, meeting.id, 'Townships 1 PCN', []);
    await tallyTap(db, meeting.id, 'Chair', T0 + 2_000, 't2');
    expect((await db.meetings.get(meeting.id))?.tallyKeys?.slice(0, 4)).toEqual(['NHS South Yorkshire ICB', 'Chair', 'Townships 1 PCN', null]);
    await setTallyKey(db, meeting.id, 'Townships 1 PCN', 1);
    expect((await db.meetings.get(meeting.id))?.tallyKeys?.slice(0, 4)).toEqual(['Townships 1 PCN', 'Chair', 'NHS South Yorkshire ICB', null]);
  });
});
