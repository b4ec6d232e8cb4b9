import { findIntroductions, type IntroductionClaim } from '../core/introductions';
import { tallyAsSpeech } from '../core/manual-tally';
import { OrganisationIndex } from '../core/org-directory';
import { resolveParticipants } from '../core/org-resolution';
import type { SummaryInput } from '../core/summary';
import { computeMeetingTalk } from '../core/talk-time';
import { handledSuggestionIds, listActionsForMeeting, listCarriedForward, withMeetings } from './actions-repo';
import type { MeetingDb, SummaryRow } from './database';
import { getMeetingBundle } from './meetings-repo';
import { listMappings, listOrganisations, mappingsByKey } from './organisations-repo';

/** Finds suggestion ids in a meeting's final captions (the side panel passes the detector; the background passes none). */
export type SuggestionFinder = (
  utterances: readonly { readonly id: string; readonly speaker: string; readonly text: string; readonly startMs: number; readonly isSpeakerUnknown?: boolean }[],
  meetingStartMs: number,
) => readonly { readonly id: string }[];

/**
 * Everything the summary of one meeting is built from, resolved the way the
 * side panel resolves it: organisations from the directory, the user's
 * choices and the introductions (kept on the meeting once its transcript is
 * deleted), talk from the preferred source, and the series' open actions.
 */
export async function loadSummaryInput(
  db: MeetingDb,
  meetingId: string,
  nowMs: number,
  findSuggestions: SuggestionFinder | null = null,
): Promise<SummaryInput | undefined> {
  const bundle = await getMeetingBundle(db, meetingId);
  if (!bundle) return undefined;
  const { meeting } = bundle;
  const [records, mappingRows, actions, carried, handled] = await Promise.all([
    listOrganisations(db),
    listMappings(db),
    listActionsForMeeting(db, meetingId),
    listCarriedForward(db, meeting).then((rows) => withMeetings(db, rows)),
    handledSuggestionIds(db, meetingId),
  ]);
  const directory = new OrganisationIndex(records);
  const introductions: ReadonlyMap<string, IntroductionClaim> = meeting.transcriptDeletedAtMs
    ? new Map((meeting.introductions ?? []).map((claim) => [claim.speaker, claim]))
    : findIntroductions(bundle.utterances, meeting.startedAtMs, directory);
  const endMs = meeting.endedAtMs ?? Math.max(nowMs, meeting.lastSeenAtMs);
  const talk = computeMeetingTalk({
    utterances: bundle.utterances,
    speechSegments: bundle.speechSegments,
    manualSegments: tallyAsSpeech(bundle.manualSegments, endMs),
  }).primary;
  const attendees = [...new Set([...bundle.participants.map((p) => p.name), ...(talk?.participants.map((p) => p.speaker) ?? [])])];
  const resolutions = resolveParticipants(attendees, { directory, mappings: mappingsByKey(mappingRows), introductions });
  const pending = findSuggestions
    ? findSuggestions(bundle.utterances.filter((u) => u.isFinal), meeting.startedAtMs).filter((s) => !handled.has(s.id)).length
    : 0;
  return {
    meeting,
    utterances: bundle.utterances,
    talk,
    attendees,
    resolutions,
    introductions,
    actions,
    carriedForward: carried,
    pendingSuggestions: pending,
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
