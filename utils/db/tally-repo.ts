import {
  checkPartyName,
  planTallyKey,
  planTallySilence,
  planTallyTap,
  planTallyUndo,
  reassignTallyKey,
  type PartyNameCheck,
  type TallyChange,
} from '../core/manual-tally';
import type { MeetingDb, MeetingRow } from './database';
import { refreshFigures } from './meetings-repo';
import { placeInSeries } from './series-repo';
import { assertNever } from '../core/assert-never';

/**
 * Starts a meeting recorded only by hand (no call in a tab: a phone-in,
 * a room, or a platform the extension cannot read).
 */
export async function startManualMeeting(
  db: MeetingDb,
  options: { readonly id: string; readonly title: string; readonly nowMs: number },
): Promise<MeetingRow> {
  const meeting: MeetingRow = {
    id: options.id,
    platform: 'manual',
    code: null,
    title: options.title.replace(/\s+/g, ' ').trim().slice(0, 200) || 'Meeting (manual tally)',
    url: '',
    selfName: null,
    startedAtMs: options.nowMs,
    lastSeenAtMs: options.nowMs,
    endedAtMs: null,
    tabId: null,
    health: null,
    figures: null,
    tallyParties: [],
  };
  await db.transaction('rw', [db.meetings, db.actions], async () => {
    await placeInSeries(db, meeting, undefined);
    await db.meetings.add(meeting);
  });
  return meeting;
}

async function applyChanges(db: MeetingDb, meetingId: string, changes: readonly TallyChange[]): Promise<void> {
  for (const change of changes) {
    switch (change.kind) {
      case 'open':
        await db.manualSegments.add({ ...change.segment, meetingId });
        break;
      case 'close':
        await db.manualSegments.update(change.id, { endMs: change.endMs });
        break;
      case 'delete':
        await db.manualSegments.delete(change.id);
        break;
      case 'reopen':
        await db.manualSegments.update(change.id, { endMs: null });
        break;
      default:
        assertNever(change);
    }
  }
}

async function runTally(
  db: MeetingDb,
  meetingId: string,
  nowMs: number | null,
  plan: (segments: Awaited<ReturnType<typeof loadSegments>>) => TallyChange[],
): Promise<void> {
  await db.transaction('rw', [db.manualSegments, db.meetings], async () => {
    const segments = await loadSegments(db, meetingId);
    const changes = plan(segments);
    await applyChanges(db, meetingId, changes);
    if (nowMs !== null) await db.meetings.update(meetingId, { lastSeenAtMs: nowMs });
  });
}

function loadSegments(db: MeetingDb, meetingId: string) {
  return db.manualSegments.where('meetingId').equals(meetingId).toArray();
}

/** `party` is speaking now; whoever was speaking stops. A party tapped for the first time gets the next free number key. */
export async function tallyTap(db: MeetingDb, meetingId: string, party: string, nowMs: number, newId: string): Promise<void> {
  await db.transaction('rw', [db.manualSegments, db.meetings], async () => {
    await runTally(db, meetingId, nowMs, (segments) => planTallyTap(segments, party, nowMs, newId));
    await giveTallyKey(db, meetingId, party);
  });
}

async function giveTallyKey(db: MeetingDb, meetingId: string, party: string): Promise<void> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) return;
  const keys = planTallyKey(meeting.tallyKeys, party);
  if (keys !== meeting.tallyKeys) await db.meetings.update(meetingId, { tallyKeys: [...keys] });
}

/** Gives `party` number key `key` (1 to 9), or none (null); whoever had it gets the party's old key. */
export async function setTallyKey(db: MeetingDb, meetingId: string, party: string, key: number | null): Promise<void> {
  await db.transaction('rw', db.meetings, async () => {
    const meeting = await db.meetings.get(meetingId);
    if (meeting) await db.meetings.update(meetingId, { tallyKeys: [...reassignTallyKey(meeting.tallyKeys, party, key)] });
  });
}

/** Nobody is speaking now. */
export function tallySilence(db: MeetingDb, meetingId: string, nowMs: number): Promise<void> {
  return runTally(db, meetingId, nowMs, (segments) => planTallySilence(segments, nowMs));
}

/** Takes back the last tap. */
export function tallyUndo(db: MeetingDb, meetingId: string): Promise<void> {
  return runTally(db, meetingId, null, (segments) => planTallyUndo(segments));
}

/** Adds a person or organisation to the tally's buttons, with the next free number key; refuses an empty, too long or repeated name. */
export async function addTallyParty(
  db: MeetingDb,
  meetingId: string,
  input: string,
  alreadyShown: readonly string[],
): Promise<PartyNameCheck> {
  return db.transaction('rw', db.meetings, async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) return { ok: false, error: 'This meeting no longer exists.' };
    const parties = meeting.tallyParties ?? [];
    const check = checkPartyName(input, [...parties, ...alreadyShown]);
    if (check.ok) await db.meetings.update(meetingId, { tallyParties: [...parties, check.name], tallyKeys: [...planTallyKey(meeting.tallyKeys, check.name)] });
    return check;
  });
}

/** Ends a hand-tallied meeting: the current turn stops and the figures are kept. */
export async function endManualMeeting(db: MeetingDb, meetingId: string, nowMs: number): Promise<void> {
  await db.transaction('rw', [db.manualSegments, db.meetings, db.utterances, db.speechSegments], async () => {
    const segments = await loadSegments(db, meetingId);
    const changes = planTallySilence(segments, nowMs);
    await applyChanges(db, meetingId, changes);
    await db.meetings.update(meetingId, { endedAtMs: nowMs, lastSeenAtMs: nowMs });
    await refreshFigures(db, meetingId);
  });
}

/**
 * Gives captions that were shown without an author the speaker the user
 * chose. Capture never overwrites this choice.
 */
export async function assignSpeaker(
  db: MeetingDb,
  meetingId: string,
  utteranceIds: readonly string[],
  speaker: string,
): Promise<number> {
  const name = speaker.replace(/\s+/g, ' ').trim();
  if (!name) return 0;
  return db.transaction('rw', db.utterances, db.meetings, async () => {
    const changed = await db.utterances
      .where('meetingId')
      .equals(meetingId)
      .filter((u) => utteranceIds.includes(u.id))
      .modify({ speaker: name, isSpeakerUnknown: false, speakerAssignedByUser: true, isSelf: false });
    // The series' evidence kept with the meeting counted those words as no one's: work it out again.
    if (changed > 0) await db.meetings.update(meetingId, { evidence: undefined });
    return changed;
  });
}

