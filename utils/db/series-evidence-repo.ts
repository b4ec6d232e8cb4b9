import { buildSeriesEvidence, meetingEvidence, type EvidenceRecord } from '../core/series-evidence';
import type { MeetingEvidence, SeriesEvidence } from '../core/series-types';
import { loadMeetingAnalysis } from './analysis-repo';
import type { ActionRow, MeetingDb, MeetingRow } from './database';
import { meetingEvidenceSchema } from './evidence-schema';
import { listSeriesMeetings } from './series-repo';

/*
 * A series' evidence, drawn from what each meeting contributes. Each
 * meeting's evidence is kept on its row with a fingerprint (`basis`) of what
 * it was worked out from; while the fingerprint holds, the series draws
 * without analysing the meeting again (a three-hour meeting takes a few
 * hundred milliseconds to analyse), and when it changes the meeting is
 * analysed afresh and the new evidence kept.
 */

/** Raised when what meetingEvidence gives changes, so evidence kept by an earlier version is worked out again. */
const EVIDENCE_VERSION = 1;

/** FNV-1a: a short, stable fingerprint of text (not a secret, only a change detector). */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** What every meeting's evidence depends on outside the meeting: the organisation directory and the user's remembered choices. */
async function directoryBasis(db: MeetingDb): Promise<string> {
  const [organisations, mappings] = await Promise.all([db.organisations.count(), db.mappings.toArray()]);
  const latestChoice = mappings.reduce((latest, m) => Math.max(latest, m.savedAtMs), 0);
  return `o${organisations}|m${mappings.length}:${latestChoice}`;
}

/**
 * The fingerprint of what one meeting's evidence was worked out from: the
 * meeting (last seen, end, retention, figures source, title, headline
 * figures), its actions and decisions (how many, the latest change, and
 * their wording, status, owner's organisation and due date, which can change
 * without a change time when a person's data is deleted), how many item
 * edits, captions and participants it has, and the directory's.
 */
async function meetingBasis(db: MeetingDb, meeting: MeetingRow, directory: string): Promise<string> {
  const [actions, itemEdits, utterances, participants] = await Promise.all([
    db.actions.where('meetingId').equals(meeting.id).toArray(),
    db.itemEdits.where('meetingId').equals(meeting.id).count(),
    db.utterances.where('meetingId').equals(meeting.id).count(),
    db.participants.where('meetingId').equals(meeting.id).count(),
  ]);
  const latestChange = actions.reduce((latest, a) => Math.max(latest, a.changedAtMs), 0);
  const actionWords = hashOf(
    actions
      .map((a) => [a.id, a.kind, a.text, a.status, a.organisation ?? '', a.sector ?? '', a.dueDate ?? '', a.saidAtMs ?? ''].join('\u0001'))
      .sort()
      .join('\u0002'),
  );
  return [
    `v${EVIDENCE_VERSION}`,
    `s${meeting.startedAtMs}:${meeting.lastSeenAtMs}:${meeting.endedAtMs ?? '-'}:${meeting.transcriptDeletedAtMs ?? '-'}`,
    `f${meeting.talkSource ?? '-'}:${meeting.figures?.totalTalkMs ?? '-'}:${meeting.figures?.speakerCount ?? '-'}`,
    `t${hashOf(meeting.title ?? '')}`,
    `a${actions.length}:${latestChange}:${actionWords}`,
    `e${itemEdits}|u${utterances}|p${participants}`,
    directory,
  ].join('|');
}

/** A stored action or decision as the evidence reads it. */
function recordOf(row: ActionRow): EvidenceRecord {
  return { ref: row.ref, kind: row.kind, text: row.text, organisation: row.organisation, sector: row.sector, status: row.status, dueDate: row.dueDate, atMs: row.saidAtMs };
}

/**
 * One meeting's evidence: the kept one while its basis holds, else worked
 * out from the meeting's analysis (without language tools: suggestions are
 * not needed, the confirmed records come from the actions table) and kept
 * on a finished meeting's row.
 */
async function evidenceFor(db: MeetingDb, meeting: MeetingRow, directory: string, nowMs: number, keep: boolean): Promise<MeetingEvidence | undefined> {
  const basis = await meetingBasis(db, meeting, directory);
  if (meeting.evidence?.basis === basis) return meeting.evidence.value;
  const loaded = await loadMeetingAnalysis(db, meeting.id, nowMs);
  if (!loaded) return undefined;
  const { bundle, analysis } = loaded;
  const value = meetingEvidence({
    meeting: { id: bundle.meeting.id, title: bundle.meeting.title, startedAtMs: bundle.meeting.startedAtMs, endedAtMs: bundle.meeting.endedAtMs },
    analysis,
    records: bundle.records.map(recordOf),
    isTranscriptDeleted: bundle.meeting.transcriptDeletedAtMs !== undefined,
  });
  // A live meeting changes every second; keep only evidence a backup could restore (within the row schema's bounds).
  if (keep && bundle.meeting.endedAtMs !== null && meetingEvidenceSchema.safeParse(value).success) {
    await db.meetings.update(meeting.id, { evidence: { basis, value } });
  }
  return value;
}

/** One meeting's evidence, kept or worked out afresh (and kept); undefined when the meeting is not stored. */
export async function loadMeetingEvidence(db: MeetingDb, meetingId: string, nowMs: number): Promise<MeetingEvidence | undefined> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) return undefined;
  return evidenceFor(db, meeting, await directoryBasis(db), nowMs, true);
}

/**
 * A series in one picture: each meeting's evidence (kept, or worked out
 * afresh when what it depends on changed) put together by
 * buildSeriesEvidence, overdue by the local date at `nowMs`.
 *
 * With `keep` (the default) evidence worked out afresh is kept on finished
 * meetings' rows. A Dexie live query may not write, so the Series view reads
 * with `keep: false` and then calls {@link keepSeriesEvidence} outside it.
 */
export async function loadSeriesEvidence(db: MeetingDb, seriesId: string, nowMs: number, options: { readonly keep?: boolean } = {}): Promise<SeriesEvidence> {
  const [meetings, directory] = await Promise.all([listSeriesMeetings(db, seriesId), directoryBasis(db)]);
  const evidence: MeetingEvidence[] = [];
  for (const meeting of meetings) {
    const found = await evidenceFor(db, meeting, directory, nowMs, options.keep ?? true);
    if (found) evidence.push(found);
  }
  return buildSeriesEvidence(evidence, nowMs);
}

/** Keeps fresh evidence on the series' finished meetings, so the next draw reads it instead of analysing them again. */
export async function keepSeriesEvidence(db: MeetingDb, seriesId: string, nowMs: number): Promise<void> {
  await loadSeriesEvidence(db, seriesId, nowMs, { keep: true });
}
