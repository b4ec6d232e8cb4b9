import { seriesKeysFor } from '../core/series';
import { isoDateOf } from '../core/action-log';
import type { MeetingDb, MeetingRow } from './database';

/** A meeting series as the side panel lists it. */
export interface SeriesSummary {
  readonly seriesId: string;
  /** The newest meeting's title. */
  readonly title: string;
  readonly meetingCount: number;
  readonly lastStartedAtMs: number;
}

/** The series a new meeting starts when nothing matches it. */
export function ownSeriesId(meetingId: string): string {
  return `series-${meetingId}`;
}

/**
 * The series a meeting belongs to: the series of an earlier meeting with the
 * same link (Meet code), else the same title once dates are taken out,
 * else a series of its own. Runs inside the caller's transaction.
 */
export async function deriveSeriesId(db: MeetingDb, meeting: Pick<MeetingRow, 'id' | 'platform' | 'code' | 'title' | 'startedAtMs'>): Promise<string> {
  const keys = seriesKeysFor(meeting);
  const earlier = (rows: MeetingRow[]): MeetingRow | undefined =>
    rows
      .filter((m) => m.id !== meeting.id && m.seriesId && m.startedAtMs <= meeting.startedAtMs)
      .sort((a, b) => b.startedAtMs - a.startedAtMs)[0];
  if (meeting.code) {
    const sameLink = earlier(await db.meetings.where('[platform+code]').equals([meeting.platform, meeting.code]).toArray());
    if (sameLink?.seriesId) return sameLink.seriesId;
  }
  if (keys.titleKey) {
    const sameTitle = earlier(await db.meetings.filter((m) => m.title !== null && seriesKeysFor(m).titleKey === keys.titleKey).toArray());
    if (sameTitle?.seriesId) return sameTitle.seriesId;
  }
  return ownSeriesId(meeting.id);
}

/**
 * Gives a meeting its series when it is new or its title or link was just
 * learned, unless the user chose the series by hand. Open actions of the
 * series due "at the next meeting" get this meeting's date.
 */
export async function placeInSeries(db: MeetingDb, meeting: MeetingRow, previous: MeetingRow | undefined): Promise<void> {
  if (previous?.seriesChosenByUser && previous.seriesId) {
    meeting.seriesId = previous.seriesId;
    meeting.seriesChosenByUser = true;
    return;
  }
  const isUnchanged = previous?.seriesId && previous.title === meeting.title && previous.code === meeting.code;
  meeting.seriesId = isUnchanged ? previous.seriesId : await deriveSeriesId(db, meeting);
  if (meeting.seriesId !== previous?.seriesId) await settleNextMeetingDates(db, meeting);
}

/** "Before the next meeting" becomes a date once the next meeting of the series is seen. */
async function settleNextMeetingDates(db: MeetingDb, meeting: MeetingRow): Promise<void> {
  if (!meeting.seriesId) return;
  const meetingDate = isoDateOf(meeting.startedAtMs);
  const waiting = await db.actions
    .where('seriesId')
    .equals(meeting.seriesId)
    .filter((a) => a.status === 'open' && a.dueDate === null && a.dueIsNextMeeting === true && a.meetingId !== meeting.id && (a.saidAtMs ?? 0) < meeting.startedAtMs)
    .toArray();
  for (const action of waiting) await db.actions.update(action.id, { dueDate: meetingDate });
}

/** The start of the meeting after `meeting` in its series, if one is recorded. */
export async function findNextMeetingInSeries(db: MeetingDb, meeting: Pick<MeetingRow, 'seriesId' | 'startedAtMs'>): Promise<number | null> {
  if (!meeting.seriesId) return null;
  const later = (await db.meetings.where('seriesId').equals(meeting.seriesId).toArray()).filter((m) => m.startedAtMs > meeting.startedAtMs);
  return later.length ? Math.min(...later.map((m) => m.startedAtMs)) : null;
}

/** Every series, newest first. */
export async function listSeries(db: MeetingDb): Promise<SeriesSummary[]> {
  const meetings = await db.meetings.orderBy('startedAtMs').reverse().toArray();
  const byId = new Map<string, { title: string; meetingCount: number; lastStartedAtMs: number }>();
  for (const meeting of meetings) {
    const seriesId = meeting.seriesId ?? ownSeriesId(meeting.id);
    const found = byId.get(seriesId);
    if (found) found.meetingCount += 1;
    else byId.set(seriesId, { title: meeting.title ?? 'Untitled meeting', meetingCount: 1, lastStartedAtMs: meeting.startedAtMs });
  }
  return [...byId].map(([seriesId, s]) => ({ seriesId, ...s }));
}

/** The meetings of one series, oldest first. */
export async function listSeriesMeetings(db: MeetingDb, seriesId: string): Promise<MeetingRow[]> {
  return (await db.meetings.where('seriesId').equals(seriesId).toArray()).sort((a, b) => a.startedAtMs - b.startedAtMs);
}

/**
 * Moves a meeting, with its actions, into another series (merge) or into a
 * series of its own (split). The choice is the user's and is never undone
 * by the automatic grouping.
 */
export async function moveMeetingToSeries(db: MeetingDb, meetingId: string, target: { readonly seriesId: string } | 'own'): Promise<string> {
  return db.transaction('rw', [db.meetings, db.actions], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error('That meeting is no longer stored.');
    const seriesId = target === 'own' ? ownSeriesId(meetingId) : target.seriesId;
    if (target !== 'own' && (await db.meetings.where('seriesId').equals(seriesId).count()) === 0) {
      throw new Error('That series no longer exists.');
    }
    await db.meetings.update(meetingId, { seriesId, seriesChosenByUser: true });
    await db.actions.where('meetingId').equals(meetingId).modify({ seriesId });
    return seriesId;
  });
}

/** Merges a whole series into another: every meeting and action moves. */
export async function mergeSeries(db: MeetingDb, fromSeriesId: string, intoSeriesId: string): Promise<number> {
  if (fromSeriesId === intoSeriesId) return 0;
  return db.transaction('rw', [db.meetings, db.actions], async () => {
    const moved = await db.meetings.where('seriesId').equals(fromSeriesId).modify({ seriesId: intoSeriesId, seriesChosenByUser: true });
    await db.actions.where('seriesId').equals(fromSeriesId).modify({ seriesId: intoSeriesId });
    return moved;
  });
}
