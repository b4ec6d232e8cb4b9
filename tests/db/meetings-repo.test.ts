import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingDb } from '@/utils/db/database';
import {
  closeMeetingsWithoutTab,
  closeStaleMeetings,
  endMeetingsForTab,
  findMeetingForTab,
  findMeetingToShow,
  getMeetingBundle,
  listMeetings,
  recordCaptureReport,
  REJOIN_WINDOW_MS,
  setTalkSource,
} from '@/utils/db/meetings-repo';
import { addTallyParty, tallyTap } from '@/utils/db/tally-repo';
import { makeBatch, makeDb, makeRoster, makeUtterance, T0 } from '../helpers/builders';

let db: MeetingDb;
afterEach(async () => {
  await db?.delete();
});

describe('recordCaptureReport', () => {
  it('creates a meeting for a new session and stores its utterances', async () => {
    db = makeDb();
    const meeting = await recordCaptureReport(db, makeBatch({ utterances: [makeUtterance()] }), { tabId: 7, nowMs: T0 + 1_000 });

    const bundle = await getMeetingBundle(db, meeting.id);
    expect(bundle?.meeting).toMatchObject({
      platform: 'meet',
      code: 'pcc-shef-nov',
      title: 'Primary Care Commissioning Committee',
      tabId: 7,
      startedAtMs: T0,
      endedAtMs: null,
    });
    expect(bundle?.utterances.map((u) => [u.speaker, u.text, u.source])).toEqual([
      ['Helen Marsh', 'Good morning everyone.', 'captions'],
    ]);
  });

  it('keeps one record per utterance as its text is refined', async () => {
    db = makeDb();
    const context = { tabId: 7, nowMs: T0 };
    await recordCaptureReport(db, makeBatch({ utterances: [makeUtterance({ text: 'good morning' })] }), context);
    const meeting = await recordCaptureReport(
      db,
      makeBatch({ utterances: [makeUtterance({ text: 'Good morning, everyone.', isFinal: true, endMs: T0 + 4_000 })] }),
      context,
    );

    const bundle = await getMeetingBundle(db, meeting.id);
    expect(bundle?.utterances).toHaveLength(1);
    expect(bundle?.utterances[0]).toMatchObject({ text: 'Good morning, everyone.', isFinal: true });
  });

  it('never replaces a final utterance with an older partial one', async () => {
    db = makeDb();
    const context = { tabId: 7, nowMs: T0 };
    await recordCaptureReport(db, makeBatch({ utterances: [makeUtterance({ text: 'Final words.', isFinal: true, endMs: T0 + 5_000 })] }), context);
    const meeting = await recordCaptureReport(db, makeBatch({ utterances: [makeUtterance({ text: 'final', endMs: T0 + 4_000 })] }), context);

    expect((await getMeetingBundle(db, meeting.id))?.utterances[0]?.text).toBe('Final words.');
  });

  it('joins a new session (reload, new tab) to the same meeting code seen recently', async () => {
    db = makeDb();
    const first = await recordCaptureReport(db, makeBatch(), { tabId: 7, nowMs: T0 });
    const second = await recordCaptureReport(db, makeBatch({ sessionId: 'session-0002', joinedAtMs: T0 + 60_000 }), {
      tabId: 9,
      nowMs: T0 + 60_000,
    });

    expect(second.id).toBe(first.id);
    expect(second.tabId).toBe(9);
    expect(await db.meetings.count()).toBe(1);
  });

  it('joins a Teams rejoin (no meeting code) to the meeting with the same title in the same tab', async () => {
    db = makeDb();
    const teams = { platform: 'teams' as const, meetingUrl: 'https://teams.microsoft.com/v2/', meeting: { code: null, title: 'Place board', selfName: null } };
    const first = await recordCaptureReport(db, makeBatch({ ...teams, isPageClosing: false }), { tabId: 7, nowMs: T0 });
    const rejoin = await recordCaptureReport(db, makeBatch({ ...teams, sessionId: 'session-0002' }), { tabId: 7, nowMs: T0 + 120_000 });
    const otherTab = await recordCaptureReport(db, makeBatch({ ...teams, sessionId: 'session-0003' }), { tabId: 8, nowMs: T0 + 130_000 });
    const otherTitle = await recordCaptureReport(
      db,
      makeBatch({ ...teams, sessionId: 'session-0004', meeting: { code: null, title: 'Quality group', selfName: null } }),
      { tabId: 7, nowMs: T0 + 140_000 },
    );

    expect(rejoin.id).toBe(first.id);
    expect(otherTab.id).not.toBe(first.id);
    expect(otherTitle.id).not.toBe(first.id);
  });

  it('starts a new meeting for the same code after the rejoin window', async () => {
    db = makeDb();
    const first = await recordCaptureReport(db, makeBatch(), { tabId: 7, nowMs: T0 });
    const later = T0 + REJOIN_WINDOW_MS + 60_000;
    const second = await recordCaptureReport(db, makeBatch({ sessionId: 'session-0002', joinedAtMs: later }), { tabId: 7, nowMs: later });

    expect(second.id).not.toBe(first.id);
    expect((await listMeetings(db)).map((m) => m.id)).toEqual([second.id, first.id]);
  });

  it('names the local user once their name is known, replacing "You"', async () => {
    db = makeDb();
    await recordCaptureReport(
      db,
      makeBatch({
        meeting: { code: 'pcc-shef-nov', title: null, selfName: null },
        utterances: [makeUtterance({ speaker: 'You', isSelf: true })],
      }),
      { tabId: 7, nowMs: T0 },
    );
    const meeting = await recordCaptureReport(db, makeBatch(), { tabId: 7, nowMs: T0 + 1_000 });

    const bundle = await getMeetingBundle(db, meeting.id);
    expect(bundle?.utterances[0]?.speaker).toBe('Dr Tom Richards');
    expect(bundle?.participants.map((p) => p.name)).toEqual(['Dr Tom Richards']);
  });

  it('records joins and leaves from the People panel', async () => {
    db = makeDb();
    const context = { tabId: 7, nowMs: T0 };
    await recordCaptureReport(db, makeBatch({ roster: [makeRoster(['Ann', 'Bob'], { atMs: T0 })] }), context);
    const meeting = await recordCaptureReport(
      db,
      makeBatch({ roster: [makeRoster(['Ann'], { atMs: T0 + 60_000 }), makeRoster(['Ann', 'Bob'], { atMs: T0 + 120_000 })] }),
      context,
    );

    const participants = (await getMeetingBundle(db, meeting.id))!.participants;
    const bob = participants.find((p) => p.name === 'Bob')!;
    expect(bob.intervals).toEqual([
      { joinMs: T0, leaveMs: T0 + 60_000 },
      { joinMs: T0 + 120_000, leaveMs: null },
    ]);
  });

  it('never marks anyone as gone from a partial roster (video tiles)', async () => {
    db = makeDb();
    const context = { tabId: 7, nowMs: T0 };
    await recordCaptureReport(db, makeBatch({ roster: [makeRoster(['Ann', 'Bob'], { source: 'tiles', isComplete: false })] }), context);
    const meeting = await recordCaptureReport(
      db,
      makeBatch({ roster: [makeRoster(['Ann'], { source: 'tiles', isComplete: false, atMs: T0 + 5_000 })] }),
      context,
    );

    const bob = (await getMeetingBundle(db, meeting.id))!.participants.find((p) => p.name === 'Bob')!;
    expect(bob.intervals).toEqual([{ joinMs: T0, leaveMs: null }]);
  });

  it('counts a caption speaker as present', async () => {
    db = makeDb();
    const meeting = await recordCaptureReport(db, makeBatch({ utterances: [makeUtterance({ speaker: 'Sue Patel' })] }), { tabId: 7, nowMs: T0 });
    const sue = (await getMeetingBundle(db, meeting.id))!.participants[0]!;
    expect(sue).toMatchObject({ name: 'Sue Patel', seenIn: ['captions'], intervals: [{ joinMs: T0 + 1_000, leaveMs: null }] });
  });

  it('ends the meeting when the page closes, closing attendance and keeping figures', async () => {
    db = makeDb();
    await recordCaptureReport(db, makeBatch({ roster: [makeRoster(['Ann'])], utterances: [makeUtterance({ speaker: 'Ann' })] }), { tabId: 7, nowMs: T0 });
    const meeting = await recordCaptureReport(db, makeBatch({ isPageClosing: true }), { tabId: 7, nowMs: T0 + 90_000 });

    const bundle = (await getMeetingBundle(db, meeting.id))!;
    expect(bundle.meeting.endedAtMs).toBe(T0 + 90_000);
    expect(bundle.participants[0]!.intervals).toEqual([{ joinMs: T0, leaveMs: T0 + 90_000 }]);
    expect(bundle.meeting.figures).toMatchObject({ source: 'captions', speakerCount: 1, topSpeakers: [{ speaker: 'Ann', shareRatio: 1 }] });
  });

  it('reopens an ended meeting when the same session reports again (rejoin)', async () => {
    db = makeDb();
    await recordCaptureReport(db, makeBatch({ health: { ...makeBatch().health, callState: 'left' } }), { tabId: 7, nowMs: T0 });
    const meeting = await recordCaptureReport(db, makeBatch(), { tabId: 7, nowMs: T0 + 5_000 });
    expect(meeting.endedAtMs).toBeNull();
  });

  it('keeps what the side panel stored on a live meeting when capture reports again: typed tally parties, number keys, the figures source', async () => {
    db = makeDb();
    const { id } = await recordCaptureReport(db, makeBatch({ utterances: [makeUtterance()] }), { tabId: 7, nowMs: T0 + 1_000 });
    await addTallyParty(db, id, 'Room phone', []);
    await tallyTap(db, id, 'Helen Marsh', T0 + 1_500, 'tally-1');
    await setTalkSource(db, id, 'manual');
    await recordCaptureReport(db, makeBatch({ roster: [makeRoster(['Aaron Abbott', 'Helen Marsh'])] }), { tabId: 7, nowMs: T0 + 2_000 });
    const meeting = (await db.meetings.get(id))!;
    expect(meeting.tallyParties).toEqual(['Room phone']);
    expect(meeting.tallyKeys?.slice(0, 3)).toEqual(['Room phone', 'Helen Marsh', null]);
    expect(meeting.talkSource).toBe('manual');
    expect(meeting.lastSeenAtMs).toBe(T0 + 2_000);
  });
});

describe('meetings for tabs', () => {
  it('finds the meeting a tab is capturing, or any meeting still in progress', async () => {
    db = makeDb();
    const meeting = await recordCaptureReport(db, makeBatch(), { tabId: 7, nowMs: T0 });

    expect((await findMeetingForTab(db, 7))?.id).toBe(meeting.id);
    expect(await findMeetingToShow(db, 7)).toMatchObject({ isInThisTab: true });
    expect(await findMeetingToShow(db, 8)).toMatchObject({ isInThisTab: false, meeting: { id: meeting.id } });
    expect(await findMeetingToShow(db, null)).toMatchObject({ isInThisTab: false });
  });

  it('shows nothing when no meeting is in progress and the tab has none', async () => {
    db = makeDb();
    await recordCaptureReport(db, makeBatch({ isPageClosing: true }), { tabId: 7, nowMs: T0 });
    expect(await findMeetingToShow(db, 8)).toBeUndefined();
  });

  it('ends the meetings of a closed tab and finalises their utterances', async () => {
    db = makeDb();
    const meeting = await recordCaptureReport(db, makeBatch({ utterances: [makeUtterance()] }), { tabId: 7, nowMs: T0 + 1_000 });

    expect(await endMeetingsForTab(db, 7, T0 + 60_000)).toBe(1);
    const bundle = (await getMeetingBundle(db, meeting.id))!;
    expect(bundle.meeting.endedAtMs).toBe(T0 + 3_000);
    expect(bundle.utterances[0]!.isFinal).toBe(true);
  });

  it('closes meetings left open by a crash on the next browser start and forgets tab ids', async () => {
    db = makeDb();
    const meeting = await recordCaptureReport(db, makeBatch({ roster: [makeRoster(['Ann'])] }), { tabId: 7, nowMs: T0 + 1_000 });

    expect(await closeStaleMeetings(db, T0 + 3_600_000, { forgetTabs: true })).toBe(1);
    const bundle = (await getMeetingBundle(db, meeting.id))!;
    expect(bundle.meeting).toMatchObject({ endedAtMs: T0 + 1_000, tabId: null });
    expect(bundle.participants[0]!.intervals[0]!.leaveMs).toBe(T0 + 1_000);
  });

  it('leaves meetings that are still reporting alone', async () => {
    db = makeDb();
    await recordCaptureReport(db, makeBatch(), { tabId: 7, nowMs: T0 });
    expect(await closeStaleMeetings(db, T0 + 60_000)).toBe(0);
  });

  it('after an update or a killed browser, closes open meetings whose tab is gone and keeps the rest open', async () => {
    db = makeDb();
    const gone = await recordCaptureReport(db, makeBatch(), { tabId: 7, nowMs: T0 + 1_000 });
    const live = await recordCaptureReport(
      db,
      makeBatch({ sessionId: 'session-0002', meeting: { code: 'oth-erme-eti', title: null, selfName: null } }),
      { tabId: 8, nowMs: T0 + 2_000 },
    );
    expect(await closeMeetingsWithoutTab(db, new Set([8]))).toBe(1);
    expect((await getMeetingBundle(db, gone.id))!.meeting.endedAtMs).toBe(T0 + 1_000);
    expect((await getMeetingBundle(db, live.id))!.meeting.endedAtMs).toBeNull();
  });

  it('replaces the unfinished words of a cut-off session with the new session reading the same row, once', async () => {
    db = makeDb();
    const partial = makeUtterance({ id: 'session-0001:3', text: 'the budget for next', isFinal: false });
    const meeting = await recordCaptureReport(db, makeBatch({ utterances: [partial] }), { tabId: 7, nowMs: T0 + 1_000 });
    const other = makeUtterance({ id: 'session-0001:4', speaker: 'Daniel Okafor', text: 'the budget', isFinal: false });
    await recordCaptureReport(db, makeBatch({ utterances: [other] }), { tabId: 7, nowMs: T0 + 1_500 });
    const reread = makeUtterance({ id: 'session-0002:1', text: 'The budget for next year.', isFinal: false });
    await recordCaptureReport(db, makeBatch({ sessionId: 'session-0002', utterances: [reread] }), { tabId: 7, nowMs: T0 + 2_000 });
    const texts = (await getMeetingBundle(db, meeting.id))!.utterances.map((u) => [u.speaker, u.text]);
    // Only the same speaker's unfinished words are replaced.
    expect(texts.sort()).toEqual([
      ['Daniel Okafor', 'the budget'],
      ['Helen Marsh', 'The budget for next year.'],
    ]);
  });
});
