import type { LanguageTools } from '../core/language';
import type { SummaryInput } from '../core/summary';
import { handledSuggestionIds, listActionsForMeeting, listCarriedForward, withMeetings } from './actions-repo';
import { loadMeetingAnalysis } from './analysis-repo';
import type { MeetingDb, SummaryRow } from './database';

/**
 * Everything the summary of one meeting is built from: the meeting's one
 * analysis (as the side panel shows it), its confirmed actions and
 * decisions, the series' open actions, and how many suggestions are still
 * to review (counted only when `language` is given: the background has no
 * date reader and does not count them).
 */
export async function loadSummaryInput(
  db: MeetingDb,
  meetingId: string,
  nowMs: number,
  language?: LanguageTools,
): Promise<SummaryInput | undefined> {
  const loaded = await loadMeetingAnalysis(db, meetingId, nowMs, language);
  if (!loaded) return undefined;
  const { bundle, analysis } = loaded;
  const { meeting } = bundle;
  const [actions, carried, handled] = await Promise.all([
    listActionsForMeeting(db, meetingId),
    listCarriedForward(db, meeting).then((rows) => withMeetings(db, rows)),
    handledSuggestionIds(db, meetingId),
  ]);
  return {
    meeting,
    analysis,
    actions,
    carriedForward: carried,
    pendingSuggestions: analysis.suggestions.filter((s) => !handled.has(s.id)).length,
    transcriptDeletedAtMs: meeting.transcriptDeletedAtMs ?? null,
    nowMs,
  };
}

/** The summary kept with a meeting, if one was saved. */
export function getSavedSummary(db: MeetingDb, meetingId: string): Promise<SummaryRow | undefined> {
  return db.summaries.get(meetingId);
}

/** Keeps a summary with its meeting, replacing any earlier one. */
export async function saveSummary(db: MeetingDb, row: SummaryRow): Promise<void> {
  await db.summaries.put(row);
}
