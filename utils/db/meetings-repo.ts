import { Dexie, type EntityTable, type IDType } from 'dexie';
import type {
  CaptureHealth,
  MeetingFacts,
  Platform,
  RosterSnapshot,
  SpeechSegmentUpdate,
  TalkSource,
  UtteranceUpdate,
} from '../core/model';
import { analyseTalk } from '../core/meeting-analysis';
import { summariseTalk } from '../core/talk-time';
import { placeInSeries } from './series-repo';
import type {
  ActionRow,
  ItemEditRow,
  ManualSegmentRow,
  MeetingDb,
  MeetingRow,
  ParticipantRow,
  SpeechSegmentRow,
  UtteranceRow,
} from './database';

/** A rejoin (new tab, reload, crash) within this window continues the same meeting. */
export const REJOIN_WINDOW_MS = 15 * 60_000;

/** What a capture session reports; the `capture/batch` message satisfies it. */
export interface CaptureReport {
  readonly sessionId: string;
  readonly platform: Platform;
  readonly meetingUrl: string;
  readonly joinedAtMs: number;
  readonly meeting: MeetingFacts;
  readonly health: CaptureHealth;
  readonly utterances: readonly UtteranceUpdate[];
  readonly speech: readonly SpeechSegmentUpdate[];
  readonly roster: readonly RosterSnapshot[];
  readonly isPageClosing: boolean;
}

const SELF_LABEL = 'You';

function participantId(meetingId: string, name: string): string {
  return `${meetingId}|${name}`;
}

/**
 * Stores one capture report in a single transaction and returns its meeting.
 *
 * A new session joins the latest meeting with the same platform and meeting
 * code seen within {@link REJOIN_WINDOW_MS}; otherwise it starts a meeting.
 * Utterances and speech segments are upserted by id, so refinements replace
 * earlier text and a retried report changes nothing; a final record is never
 * replaced by an older partial one.
 */
export async function recordCaptureReport(
  db: MeetingDb,
  report: CaptureReport,
  context: { readonly tabId: number | null; readonly nowMs: number },
): Promise<MeetingRow> {
  return db.transaction(
    'rw',
    [db.meetings, db.sessions, db.utterances, db.speechSegments, db.participants, db.manualSegments, db.actions],
    async () => {
      const existing = await findMeetingForSession(db, report, context.nowMs, context.tabId);
      const isEnding = report.isPageClosing || report.health.callState === 'left';
      const selfName = report.meeting.selfName ?? existing?.selfName ?? null;
      const meeting: MeetingRow = {
        // What the side panel keeps on a live meeting (typed tally parties, number keys, the figures source) stays.
        ...existing,
        id: existing?.id ?? `${report.platform}-${report.sessionId}`,
        platform: report.platform,
        code: report.meeting.code ?? existing?.code ?? null,
        title: report.meeting.title ?? existing?.title ?? null,
        url: report.meetingUrl,
        selfName,
        startedAtMs: Math.min(existing?.startedAtMs ?? report.joinedAtMs, report.joinedAtMs),
        lastSeenAtMs: context.nowMs,
        endedAtMs: isEnding ? context.nowMs : null,
        tabId: context.tabId ?? existing?.tabId ?? null,
        health: report.health,
        figures: existing?.figures ?? null,
      };
      await placeInSeries(db, meeting, existing);
      await db.meetings.put(meeting);
      if (!(await db.sessions.get(report.sessionId))) {
        await db.sessions.put({ id: report.sessionId, meetingId: meeting.id, startedAtMs: report.joinedAtMs });
        if (existing) await dropSupersededPartials(db, meeting.id, report);
      }
      await upsertKeepingFinal(
        db.utterances,
        report.utterances.map((u): UtteranceRow => ({ ...u, meetingId: meeting.id, source: 'captions' })),
        keepAssignedSpeaker,
      );
      await upsertKeepingFinal(
        db.speechSegments,
        report.speech.map((s): SpeechSegmentRow => ({ ...s, meetingId: meeting.id, source: 'indicators' })),
      );
      if (selfName && !existing?.selfName) await nameSelf(db, meeting.id, selfName);
      await applyAttendance(db, meeting, report);
      if (isEnding) meeting.figures = await refreshFigures(db, meeting.id);
      return meeting;
    },
  );
}

async function findMeetingForSession(
  db: MeetingDb,
  report: CaptureReport,
  nowMs: number,
  tabId: number | null,
): Promise<MeetingRow | undefined> {
  const session = await db.sessions.get(report.sessionId);
  if (session) return db.meetings.get(session.meetingId);
  const isRecent = (m: MeetingRow): boolean => nowMs - m.lastSeenAtMs <= REJOIN_WINDOW_MS;
  const latest = (meetings: MeetingRow[]): MeetingRow | undefined =>
    meetings.filter(isRecent).sort((a, b) => b.lastSeenAtMs - a.lastSeenAtMs)[0];
  if (report.meeting.code) {
    return latest(await db.meetings.where('[platform+code]').equals([report.platform, report.meeting.code]).toArray());
  }
  // Teams shows no meeting code: a rejoin is the same title in the same tab.
  if (!report.meeting.title || tabId === null) return undefined;
  return latest(
    (await db.meetings.where('tabId').equals(tabId).toArray()).filter(
      (m) => m.platform === report.platform && m.title === report.meeting.title,
    ),
  );
}

const comparable = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A session that joins a meeting (the extension was updated or reloaded, and
 * its content script put back) re-reads the caption rows still on screen. An
 * earlier session cut off mid-utterance left those rows' words unfinished;
 * the new reading of the same speaker's words replaces them, so they are not
 * stored twice. Runs once per session, on its first report.
 */
async function dropSupersededPartials(db: MeetingDb, meetingId: string, report: CaptureReport): Promise<void> {
  if (!report.utterances.length) return;
  const partials = await db.utterances
    .where('meetingId')
    .equals(meetingId)
    .filter((u) => !u.isFinal && !u.id.startsWith(report.sessionId))
    .toArray();
  const superseded = partials.filter((old) =>
    report.utterances.some(
      (u) => u.speaker === old.speaker && comparable(old.text) !== '' && comparable(u.text).startsWith(comparable(old.text)),
    ),
  );
  if (superseded.length) await db.utterances.bulkDelete(superseded.map((u) => u.id));
}

/**
 * Upserts utterances or speech segments by id, except where a final record
 * would be replaced by an older partial one (a retried or late batch).
 */
async function upsertKeepingFinal<Row extends { id: string; isFinal: boolean; endMs: number }>(
  table: EntityTable<Row, 'id'>,
  rows: readonly Row[],
  keepFromStored: (incoming: Row, stored: Row) => Row = (incoming) => incoming,
): Promise<void> {
  if (!rows.length) return;
  const stored = await table.bulkGet(rows.map((row) => row.id as IDType<Row, 'id'>));
  const isStale = (incoming: Row, existing: Row | undefined): boolean =>
    !!existing && existing.isFinal && !incoming.isFinal && incoming.endMs <= existing.endMs;
  const merged = rows.flatMap((row, i) => {
    const existing = stored[i];
    if (isStale(row, existing)) return [];
    return [existing ? keepFromStored(row, existing) : row];
  });
  await table.bulkPut(merged);
}

/** A speaker the user assigned stays, whatever capture sends later for that utterance. */
function keepAssignedSpeaker(incoming: UtteranceRow, stored: UtteranceRow): UtteranceRow {
  if (!stored.speakerAssignedByUser) return incoming;
  return { ...incoming, speaker: stored.speaker, isSelf: stored.isSelf, isSpeakerUnknown: false, speakerAssignedByUser: true };
}

/** Replaces "You" with the local user's name once it is known. */
async function nameSelf(db: MeetingDb, meetingId: string, selfName: string): Promise<void> {
  await db.utterances
    .where('meetingId')
    .equals(meetingId)
    .filter((u) => u.isSelf && u.speaker === SELF_LABEL)
    .modify({ speaker: selfName });
  await db.speechSegments
    .where('meetingId')
    .equals(meetingId)
    .filter((s) => s.isSelf && s.speaker === SELF_LABEL)
    .modify({ speaker: selfName });
  const placeholder = await db.participants.get(participantId(meetingId, SELF_LABEL));
  if (placeholder) {
    await db.participants.delete(placeholder.id);
    const named = await db.participants.get(participantId(meetingId, selfName));
    await db.participants.put({
      ...placeholder,
      id: participantId(meetingId, selfName),
      name: selfName,
      intervals: named ? mergeIntervals([...named.intervals, ...placeholder.intervals]) : placeholder.intervals,
      seenIn: [...new Set([...(named?.seenIn ?? []), ...placeholder.seenIn])],
    });
  }
}

function mergeIntervals(intervals: ParticipantRow['intervals']): ParticipantRow['intervals'] {
  return [...intervals].sort((a, b) => a.joinMs - b.joinMs);
}

/**
 * Turns roster snapshots and caption speakers into attendance intervals.
 *
 * Anyone shown is present from that moment; a complete list (People panel)
 * also marks everyone missing from it as having left. Speaking in the
 * captions is evidence of presence too.
 */
async function applyAttendance(db: MeetingDb, meeting: MeetingRow, report: CaptureReport): Promise<void> {
  const hasNews = report.roster.length || report.utterances.length || meeting.endedAtMs !== null;
  if (!hasNews) return;
  const rows = new Map(
    (await db.participants.where('meetingId').equals(meeting.id).toArray()).map((p) => [p.name, p]),
  );
  const changed = new Set<ParticipantRow>();

  const markPresent = (name: string, isSelf: boolean, atMs: number, source: ParticipantRow['seenIn'][number]): void => {
    const resolvedName = isSelf && meeting.selfName ? meeting.selfName : name;
    let row = rows.get(resolvedName);
    if (!row) {
      row = { id: participantId(meeting.id, resolvedName), meetingId: meeting.id, name: resolvedName, isSelf, intervals: [], seenIn: [] };
      rows.set(resolvedName, row);
    }
    const last = row.intervals[row.intervals.length - 1];
    if (!last || last.leaveMs !== null) {
      row.intervals.push({ joinMs: Math.max(atMs, last?.leaveMs ?? 0), leaveMs: null });
      changed.add(row);
    }
    if (!row.seenIn.includes(source)) {
      row.seenIn.push(source);
      changed.add(row);
    }
  };

  const markAbsent = (row: ParticipantRow, atMs: number): void => {
    const last = row.intervals[row.intervals.length - 1];
    if (last && last.leaveMs === null) {
      last.leaveMs = Math.max(atMs, last.joinMs);
      changed.add(row);
    }
  };

  for (const snapshot of [...report.roster].sort((a, b) => a.atMs - b.atMs)) {
    const present = new Set<string>();
    for (const p of snapshot.participants) {
      markPresent(p.name, p.isSelf, snapshot.atMs, snapshot.source);
      present.add(p.isSelf && meeting.selfName ? meeting.selfName : p.name);
    }
    if (snapshot.isComplete) {
      for (const row of rows.values()) if (!present.has(row.name)) markAbsent(row, snapshot.atMs);
    }
  }
  for (const u of report.utterances) {
    if (u.isSpeakerUnknown) continue;
    const name = u.isSelf && meeting.selfName ? meeting.selfName : u.speaker;
    const row = rows.get(name);
    const isOpen = row?.intervals.some((i) => i.leaveMs === null);
    if (!isOpen) markPresent(u.speaker, u.isSelf, u.startMs, 'captions');
  }
  if (meeting.endedAtMs !== null) {
    for (const row of rows.values()) markAbsent(row, meeting.endedAtMs);
  }
  if (changed.size) await db.participants.bulkPut([...changed]);
}

/**
 * The meeting a tab is showing or showed most recently, if any.
 */
export async function findMeetingForTab(db: MeetingDb, tabId: number): Promise<MeetingRow | undefined> {
  const meetings = await db.meetings.where('tabId').equals(tabId).toArray();
  return meetings.sort((a, b) => b.lastSeenAtMs - a.lastSeenAtMs)[0];
}

/** All meetings, newest first. */
export async function listMeetings(db: MeetingDb): Promise<MeetingRow[]> {
  return db.meetings.orderBy('startedAtMs').reverse().toArray();
}

/** Everything stored about one meeting: what the one meeting analysis reads. */
export interface MeetingBundle {
  readonly meeting: MeetingRow;
  readonly participants: ParticipantRow[];
  readonly utterances: UtteranceRow[];
  readonly speechSegments: SpeechSegmentRow[];
  readonly manualSegments: ManualSegmentRow[];
  /** The user's changes to the agenda items, oldest first. */
  readonly itemEdits: ItemEditRow[];
  /** Actions and decisions confirmed or added in this meeting. */
  readonly records: ActionRow[];
  readonly dismissedSuggestionIds: string[];
}

/** Loads a meeting with everything recorded with it (utterances and speech in time order). */
export async function getMeetingBundle(db: MeetingDb, meetingId: string): Promise<MeetingBundle | undefined> {
  const tables = [db.meetings, db.participants, db.utterances, db.speechSegments, db.manualSegments, db.itemEdits, db.actions, db.dismissals];
  return db.transaction('r', tables, async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) return undefined;
    const [participants, utterances, speechSegments, manualSegments, itemEdits, records, dismissedSuggestionIds] = await Promise.all([
      db.participants.where('meetingId').equals(meetingId).toArray(),
      db.utterances.where('[meetingId+startMs]').between([meetingId, Dexie.minKey], [meetingId, Dexie.maxKey]).toArray(),
      db.speechSegments.where('meetingId').equals(meetingId).sortBy('startMs'),
      db.manualSegments.where('meetingId').equals(meetingId).sortBy('startMs'),
      db.itemEdits.where('meetingId').equals(meetingId).sortBy('createdAtMs'),
      db.actions.where('meetingId').equals(meetingId).toArray(),
      db.dismissals.where('meetingId').equals(meetingId).primaryKeys(),
    ]);
    return { meeting, participants, utterances, speechSegments, manualSegments, itemEdits, records, dismissedSuggestionIds };
  });
}

/**
 * Ends the meetings a closed tab was capturing.
 */
export async function endMeetingsForTab(db: MeetingDb, tabId: number, nowMs: number): Promise<number> {
  return db.transaction('rw', [db.meetings, db.participants, db.utterances, db.speechSegments, db.manualSegments], async () => {
    const open = (await db.meetings.where('tabId').equals(tabId).toArray()).filter((m) => m.endedAtMs === null);
    for (const meeting of open) await closeMeeting(db, meeting, Math.min(nowMs, meeting.lastSeenAtMs + 2_000));
    return open.length;
  });
}

/**
 * Closes meetings whose tab stopped reporting (browser crash or kill) and
 * forgets tab ids, which the browser reuses after a restart.
 */
export async function closeStaleMeetings(
  db: MeetingDb,
  nowMs: number,
  options: { readonly forgetTabs: boolean } = { forgetTabs: false },
): Promise<number> {
  return db.transaction('rw', [db.meetings, db.participants, db.utterances, db.speechSegments, db.manualSegments], async () => {
    let closed = 0;
    for (const meeting of await db.meetings.toArray()) {
      const isAbandoned = meeting.endedAtMs === null && (options.forgetTabs || nowMs - meeting.lastSeenAtMs > REJOIN_WINDOW_MS);
      if (isAbandoned) {
        await closeMeeting(db, meeting, meeting.lastSeenAtMs);
        closed += 1;
      }
      if (options.forgetTabs && meeting.tabId !== null) await db.meetings.update(meeting.id, { tabId: null });
    }
    return closed;
  });
}

/**
 * Closes meetings still open whose tab is not among `liveTabIds` (the meeting
 * tabs open now), at the last time they reported. Run when the extension is
 * installed, updated or reloaded, and when a browser that was killed starts
 * again: a meeting whose tab is gone cannot report its end itself.
 */
export async function closeMeetingsWithoutTab(db: MeetingDb, liveTabIds: ReadonlySet<number>): Promise<number> {
  return db.transaction('rw', [db.meetings, db.participants, db.utterances, db.speechSegments, db.manualSegments], async () => {
    const orphaned = (await db.meetings.toArray()).filter(
      (m) => m.endedAtMs === null && m.platform !== 'manual' && (m.tabId === null || !liveTabIds.has(m.tabId)),
    );
    for (const meeting of orphaned) await closeMeeting(db, meeting, meeting.lastSeenAtMs);
    return orphaned.length;
  });
}

/** Recomputes and stores a meeting's headline figures, from the talk the meeting's analysis shows. */
export async function refreshFigures(db: MeetingDb, meetingId: string): Promise<MeetingRow['figures']> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) return null;
  const [utterances, speechSegments, manualSegments] = await Promise.all([
    db.utterances.where('meetingId').equals(meetingId).toArray(),
    db.speechSegments.where('meetingId').equals(meetingId).toArray(),
    db.manualSegments.where('meetingId').equals(meetingId).toArray(),
  ]);
  const { talk } = analyseTalk({ meeting, utterances, speechSegments, manualSegments }, { nowMs: meeting.lastSeenAtMs });
  const figures = talk.primary ? summariseTalk(talk.primary) : null;
  await db.meetings.update(meetingId, { figures });
  return figures;
}

/**
 * Keeps the figures source the user chose for a meeting, so the side panel,
 * the summary, the exports and the history all show the same figures.
 */
export async function setTalkSource(db: MeetingDb, meetingId: string, talkSource: TalkSource): Promise<void> {
  await db.transaction('rw', [db.meetings, db.utterances, db.speechSegments, db.manualSegments], async () => {
    await db.meetings.update(meetingId, { talkSource });
    const meeting = await db.meetings.get(meetingId);
    if (meeting && meeting.endedAtMs !== null) await refreshFigures(db, meetingId);
  });
}

/** Marks a meeting ended at `endedAtMs`, closing attendance and finalising utterances. */
async function closeMeeting(db: MeetingDb, meeting: MeetingRow, endedAtMs: number): Promise<void> {
  await db.meetings.update(meeting.id, { endedAtMs });
  await db.utterances
    .where('meetingId')
    .equals(meeting.id)
    .filter((u) => !u.isFinal)
    .modify({ isFinal: true });
  const participants = await db.participants.where('meetingId').equals(meeting.id).toArray();
  for (const p of participants) {
    const last = p.intervals[p.intervals.length - 1];
    if (last && last.leaveMs === null) {
      last.leaveMs = Math.max(endedAtMs, last.joinMs);
      await db.participants.put(p);
    }
  }
  await refreshFigures(db, meeting.id);
}

/**
 * The meeting the side panel should show: the one in `tabId` if there is one,
 * otherwise the most recently active meeting still in progress in another tab.
 */
export async function findMeetingToShow(
  db: MeetingDb,
  tabId: number | null,
): Promise<{ meeting: MeetingRow; isInThisTab: boolean } | undefined> {
  if (tabId !== null) {
    const own = await findMeetingForTab(db, tabId);
    if (own) return { meeting: own, isInThisTab: true };
  }
  const open = (await db.meetings.toArray()).filter((m) => m.endedAtMs === null);
  const latest = open.sort((a, b) => b.lastSeenAtMs - a.lastSeenAtMs)[0];
  return latest ? { meeting: latest, isInThisTab: false } : undefined;
}

/** A meeting that cannot be deleted: the message is for the user. */
export class DeleteMeetingError extends Error {}

/**
 * Deletes a finished meeting and everything recorded with it (captions,
 * timings, attendance, tally, actions and decisions, dismissed suggestions,
 * its kept summary), in one transaction. A live meeting is refused: capture
 * would only recreate it.
 */
export async function deleteMeeting(db: MeetingDb, meetingId: string): Promise<void> {
  const byMeeting = [db.sessions, db.utterances, db.speechSegments, db.participants, db.manualSegments, db.actions, db.dismissals, db.itemEdits] as const;
  await db.transaction('rw', [db.meetings, db.summaries, ...byMeeting], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) return;
    if (meeting.endedAtMs === null) throw new DeleteMeetingError('This meeting is still being recorded. Delete it once the call has ended.');
    for (const table of byMeeting) await table.where('meetingId').equals(meetingId).delete();
    await db.summaries.delete(meetingId);
    await db.meetings.delete(meetingId);
  });
}
