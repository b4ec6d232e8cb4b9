import { analyseTalk } from '../core/meeting-analysis';
import { summariseTalk } from '../core/talk-time';
import type { MeetingDb, MeetingRow, ParticipantRow, UtteranceRow } from './database';
import { placeInSeries } from './series-repo';

/**
 * Stores a meeting imported from a transcript, all or nothing, in one
 * transaction: it joins its series as any meeting does (same link, else the
 * same title apart from the date; open actions of the series due "at the
 * next meeting" get its date), its utterances and participants are added,
 * and its headline figures are computed by the same analysis as a live
 * meeting's (`analyseTalk`, as `refreshFigures` does, from the rows in hand
 * rather than read back). Returns the stored meeting.
 */
export async function saveImportedMeeting(
  db: MeetingDb,
  rows: { readonly meeting: MeetingRow; readonly utterances: readonly UtteranceRow[]; readonly participants: readonly ParticipantRow[] },
): Promise<MeetingRow> {
  return db.transaction('rw', [db.meetings, db.utterances, db.participants, db.actions], async () => {
    if (await db.meetings.get(rows.meeting.id)) throw new Error('A meeting with this id is already stored.');
    const meeting: MeetingRow = { ...rows.meeting };
    const { talk } = analyseTalk({ meeting, utterances: rows.utterances, speechSegments: [], manualSegments: [] }, { nowMs: meeting.lastSeenAtMs });
    meeting.figures = talk.primary ? summariseTalk(talk.primary) : null;
    await placeInSeries(db, meeting, undefined);
    await db.meetings.add(meeting);
    await db.utterances.bulkAdd([...rows.utterances]);
    await db.participants.bulkAdd([...rows.participants]);
    return meeting;
  });
}
