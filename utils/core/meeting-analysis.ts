import { findItemStarts, type SaidItemStart } from './agenda';
import { applyItemEdits, computeItems, type ItemEdit, type ItemRecord, type KeptItemStart, type MeetingItem } from './agenda-items';
import { resolveSuggestedOwner, type ActionOwner, type MeetingPerson } from './action-owner';
import { detectActions, type ActionSuggestion } from './actions';
import type { DateReader, LanguageTools } from './language';
import { parseDisplayName } from './display-name-parser';
import { findIntroductions, type IntroductionClaim } from './introductions';
import { tallyAsSpeech } from './manual-tally';
import type { AttendanceInterval, TalkSource } from './model';
import type { SectorId } from './taxonomy';
import { computeOrganisationAnalytics, computeTimeline, type OrganisationAnalytics, type TimelineSegment } from './org-analytics';
import type { OrganisationIndex } from './org-directory';
import { resolveParticipants, type Resolution, type UserMapping } from './org-resolution';
import { computeMeetingTalk, type MeetingTalk, type TimedSpeech } from './talk-time';
import type { TranscriptTiming } from './transcript-format';

/** One stored caption utterance, as the analysis reads it (an utterance row satisfies this). */
export interface AnalysedUtterance {
  readonly id: string;
  readonly speaker: string;
  readonly text: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly isFinal: boolean;
  readonly isSpeakerUnknown?: boolean;
  /** Kept when the text was deleted under the retention setting. */
  readonly wordCount?: number;
}

/**
 * Everything stored about one meeting that the analysis reads. A meeting
 * bundle from the database satisfies it, and so will an imported transcript.
 */
export interface StoredMeeting {
  readonly meeting: {
    readonly startedAtMs: number;
    readonly lastSeenAtMs: number;
    readonly endedAtMs: number | null;
    /** The figures source the user chose for this meeting, if they chose one. */
    readonly talkSource?: TalkSource;
    /** Set when the meeting was imported from a transcript file: how its talk was timed. */
    readonly importedFrom?: { readonly timing: TranscriptTiming };
    /** Set when the transcript text was deleted under the retention setting. */
    readonly transcriptDeletedAtMs?: number;
    /** Self-introductions kept (without their words) when the transcript was deleted. */
    readonly introductions?: readonly IntroductionClaim[];
    /** Agenda item starts the chair said, kept (with their primary care themes) when the transcript was deleted. */
    readonly itemStarts?: readonly KeptItemStart[];
  };
  /** The user's changes to the agenda items. */
  readonly itemEdits?: readonly ItemEdit[];
  /** Actions and decisions the user confirmed or added in this meeting. */
  readonly records?: readonly RecordedAction[];
  /** Suggestions the user dismissed. */
  readonly dismissedSuggestionIds?: readonly string[];
  readonly participants: readonly { readonly name: string; readonly isSelf: boolean; readonly intervals: readonly AttendanceInterval[] }[];
  readonly utterances: readonly AnalysedUtterance[];
  readonly speechSegments: readonly TimedSpeech[];
  readonly manualSegments: readonly { readonly party: string; readonly startMs: number; readonly endMs: number | null }[];
}

/** An action or decision the user confirmed or added (an action row satisfies this). */
export interface RecordedAction {
  readonly id: string;
  readonly ref: string;
  readonly kind: 'action' | 'decision';
  readonly text: string;
  readonly owner: string | null;
  readonly organisation: string | null;
  readonly sector: SectorId | null;
  readonly dueDate: string | null;
  readonly dueIsNextMeeting: boolean;
  readonly suggestionId: string | null;
  readonly saidAtMs: number | null;
  readonly createdAtMs: number;
}

/** What the analysis draws on besides the meeting itself. */
export interface AnalysisContext {
  /** The organisation directory (built in, the user's own, ODS imports). */
  readonly directory: OrganisationIndex;
  /** The user's remembered choices, keyed by `mappingKey(displayName)`. */
  readonly mappings: ReadonlyMap<string, UserMapping>;
  /**
   * The figures source to show. Absent: the one stored with the meeting, or
   * else captions, then the tally, then speaking indicators.
   */
  readonly preferredSource?: TalkSource | null;
  /** Now. Read only for tally turns still open, which run until now. */
  readonly nowMs: number;
  /** The next meeting of the series, when it is recorded: "before the next meeting" takes its date unless the meeting said one. */
  readonly seriesNextMeetingMs?: number | null;
  /**
   * Reads dates and sentence structure (a date library and a language model,
   * so they are injected). Without them, no actions or decisions are
   * suggested.
   */
  readonly language?: LanguageTools;
}

/** A suggested action or decision with its owner worked out from the people in the meeting. */
export interface AnalysedSuggestion extends ActionSuggestion {
  readonly resolvedOwner: ActionOwner;
}

/** A caption the page showed without an author, for the user to assign. */
export interface UnknownCaption {
  readonly id: string;
  readonly text: string;
  readonly startMs: number;
}

/** Everything every view shows about one meeting, worked out once. */
export interface MeetingAnalysis {
  /** Talk from every source, and the one shown (`talk.primary`). */
  readonly talk: MeetingTalk;
  /** The time open tally turns run to: the meeting's end, or now while it is live. */
  readonly clockMs: number;
  /** The utterances in time order. */
  readonly utterances: readonly AnalysedUtterance[];
  /** Self-introductions by display name, including those kept after the transcript was deleted. */
  readonly introductions: ReadonlyMap<string, IntroductionClaim>;
  /** Display names of everyone present or heard in the figures shown. */
  readonly attendees: readonly string[];
  /** People a caption without an author can be given to: everyone present or heard in the captions, in name order. */
  readonly speakerChoices: readonly string[];
  /** Each person's organisation, sector and why. */
  readonly resolutions: ReadonlyMap<string, Resolution>;
  /** Talk and attendance by organisation, sector and group; primary care's headline; silent organisations. */
  readonly organisations: OrganisationAnalytics;
  /** Who spoke when, by sector, from the figures shown. */
  readonly timeline: readonly TimelineSegment[];
  /** The people (not rooms) with their organisations, as action owners are matched against. */
  readonly people: readonly MeetingPerson[];
  /** Captions shown without an author. */
  readonly unknownCaptions: readonly UnknownCaption[];
  /** Actions and decisions found in the final captions, oldest first (empty without a date reader). */
  readonly suggestions: readonly AnalysedSuggestion[];
  /** The next meeting's date: said aloud in the meeting (local midnight), else the series' next recorded meeting, else null. */
  readonly nextMeetingMs: number | null;
  /** Agenda item starts the chair said (before the user's edits), to keep when the transcript is deleted. */
  readonly saidItemStarts: readonly SaidItemStart[];
  /** The agenda items, after the user's edits, each with what happened under it. */
  readonly items: readonly MeetingItem[];
}

/** The next meeting's date, when the meeting said it (the last time it was said counts). */
function findNextMeeting(utterances: readonly AnalysedUtterance[], meetingStartMs: number, dates: DateReader): number | null {
  let found: number | null = null;
  for (const u of utterances) {
    const ms = u.text ? dates.findNextMeeting(u.text, meetingStartMs) : null;
    if (ms !== null && ms > meetingStartMs) found = ms;
  }
  return found;
}

/** Introductions found in the words, over those kept without words after retention. */
function introductionsOf(stored: StoredMeeting, directory: OrganisationIndex): Map<string, IntroductionClaim> {
  // A room device can have several voices: each keeps a key of its own, as findIntroductions gives them.
  const claims = new Map(
    (stored.meeting.introductions ?? []).map((claim, i) => [parseDisplayName(claim.speaker).isRoom ? `${claim.speaker}\u0000${claim.atMs}\u0000${i}` : claim.speaker, claim] as const),
  );
  for (const [speaker, claim] of findIntroductions(stored.utterances, stored.meeting.startedAtMs, directory, { participants: stored.participants.map((p) => p.name) })) claims.set(speaker, claim);
  return claims;
}

/**
 * The talk figures alone, from every source, with the one to show: the
 * first step of {@link analyseMeeting}, also used on its own for the
 * headline figures kept with a finished meeting.
 */
export function analyseTalk(
  stored: Pick<StoredMeeting, 'meeting' | 'utterances' | 'speechSegments' | 'manualSegments'>,
  context: Pick<AnalysisContext, 'preferredSource' | 'nowMs'>,
): { readonly talk: MeetingTalk; readonly clockMs: number; readonly utterances: readonly AnalysedUtterance[]; readonly tallyTurns: readonly TimedSpeech[] } {
  const { meeting } = stored;
  const clockMs = meeting.endedAtMs ?? Math.max(context.nowMs, meeting.lastSeenAtMs);
  const utterances = [...stored.utterances].sort((a, b) => a.startMs - b.startMs);
  const tallyTurns = tallyAsSpeech(stored.manualSegments, clockMs);
  const talk = computeMeetingTalk({
    utterances,
    speechSegments: stored.speechSegments,
    manualSegments: tallyTurns,
    preferredSource: context.preferredSource ?? meeting.talkSource ?? null,
    captionTiming: meeting.importedFrom?.timing ?? 'live',
  });
  return { talk, clockMs, utterances, tallyTurns };
}

/**
 * Analyses one stored meeting: talk figures, introductions, each
 * participant's organisation and sector, the organisation, sector and group
 * figures with primary care's headline and the silent organisations, the
 * timeline, and the suggested actions and decisions.
 *
 * Pure and deterministic given `context.nowMs`. The side panel, the summary
 * and every export read this one result, so they always agree.
 */
export function analyseMeeting(stored: StoredMeeting, context: AnalysisContext): MeetingAnalysis {
  const { meeting } = stored;
  const { talk, clockMs, utterances, tallyTurns } = analyseTalk(stored, context);
  const primary = talk.primary;

  const participantNames = stored.participants.map((p) => p.name);
  const heard = (primary?.participants ?? []).map((p) => p.speaker);
  const attendees = [...new Set([...participantNames, ...heard])];
  const captionSpeakers = (talk.captions?.participants ?? []).map((p) => p.speaker);
  const speakerChoices = [...new Set([...participantNames, ...captionSpeakers])].sort((a, b) => a.localeCompare(b));
  const knownNames = [...new Set([...attendees, ...captionSpeakers])];

  const introductions = introductionsOf(stored, context.directory);
  const resolutions = resolveParticipants(knownNames, { directory: context.directory, mappings: context.mappings, introductions });
  const organisations = computeOrganisationAnalytics({ talk: primary, attendees, resolutions });

  const timedItems: readonly TimedSpeech[] =
    primary?.source === 'captions'
      ? utterances.filter((u) => !u.isSpeakerUnknown)
      : primary?.source === 'manual'
        ? tallyTurns
        : primary?.source === 'indicators'
          ? stored.speechSegments
          : [];
  const timeline = computeTimeline(timedItems, resolutions);

  const people: MeetingPerson[] = [...resolutions]
    .filter(([, r]) => r.kind === 'person')
    .map(([displayName, r]) => ({ displayName, personName: r.personName, organisationName: r.organisation?.name ?? null, sector: r.sector }));

  const language = context.language;
  const nextMeetingMs = (language ? findNextMeeting(utterances, meeting.startedAtMs, language.dates) : null) ?? context.seriesNextMeetingMs ?? null;
  const personNameOf = (displayName: string): string => resolutions.get(displayName)?.personName ?? displayName;
  const suggestions = language
    ? detectActions(
        utterances.filter((u) => u.isFinal),
        {
          meetingStartMs: meeting.startedAtMs,
          parseDue: language.dates.parseDue,
          tagSentence: language.tagSentence,
          readings: language.readings,
          nextMeetingMs,
          personNameOf,
          peopleNames: people.map((p) => p.personName),
          organisationOf: (displayName) => {
            const r = resolutions.get(displayName);
            return r && r.kind === 'person' ? { name: r.organisation?.name ?? null, sector: r.sector } : null;
          },
        },
      ).map((s): AnalysedSuggestion => ({
        ...s,
        resolvedOwner: s.kind === 'action' ? resolveSuggestedOwner(s, people, resolutions, context.directory) : { owner: null, organisation: null, sector: null },
      }))
    : [];

  const saidItemStarts = findSaidItemStarts(stored, utterances);
  const items = computeItems({
    starts: applyItemEdits(saidItemStarts, stored.itemEdits ?? []),
    endMs: clockMs,
    isLive: meeting.endedAtMs === null,
    source: primary?.source ?? null,
    timed: timedItems,
    captions: utterances.filter((u) => u.isFinal && u.text),
    participants: stored.participants,
    resolutions,
    records: itemRecords(stored, suggestions, meeting),
    keptThemes: new Map((meeting.itemStarts ?? []).map((s) => [s.key, s.themes])),
  });

  return {
    talk,
    clockMs,
    utterances,
    introductions,
    attendees,
    speakerChoices,
    resolutions,
    organisations,
    timeline,
    people,
    unknownCaptions: utterances.filter((u) => u.isSpeakerUnknown).map((u) => ({ id: u.id, text: u.text, startMs: u.startMs })),
    suggestions,
    nextMeetingMs,
    saidItemStarts,
    items,
  };
}

/** Item starts said in the captions, or those kept when the words were deleted. */
function findSaidItemStarts(stored: StoredMeeting, utterances: readonly AnalysedUtterance[]): SaidItemStart[] {
  const withWords = utterances.filter((u) => u.isFinal && u.text);
  if (withWords.length === 0 && stored.meeting.itemStarts) return stored.meeting.itemStarts.map(({ themes: _themes, ...start }) => start);
  return findItemStarts(withWords);
}

/**
 * The decisions and actions to place under items: those the user confirmed
 * (when said, or when added during the meeting), and suggestions not yet
 * confirmed or dismissed.
 */
function itemRecords(stored: StoredMeeting, suggestions: readonly AnalysedSuggestion[], meeting: StoredMeeting['meeting']): ItemRecord[] {
  const confirmed = stored.records ?? [];
  const handled = new Set([...(stored.dismissedSuggestionIds ?? []), ...confirmed.flatMap((r) => (r.suggestionId ? [r.suggestionId] : []))]);
  const endMs = meeting.endedAtMs ?? meeting.lastSeenAtMs;
  const records: ItemRecord[] = [];
  for (const r of confirmed) {
    const atMs = r.saidAtMs ?? (r.createdAtMs >= meeting.startedAtMs && r.createdAtMs <= endMs ? r.createdAtMs : null);
    if (atMs === null) continue;
    records.push({ id: r.id, ref: r.ref, kind: r.kind, text: r.text, atMs, isConfirmed: true, owner: r.owner, organisation: r.organisation, sector: r.sector, dueDate: r.dueDate, dueIsNextMeeting: r.dueIsNextMeeting });
  }
  for (const s of suggestions) {
    if (handled.has(s.id)) continue;
    records.push({
      id: s.id,
      ref: null,
      kind: s.kind,
      text: s.text,
      atMs: s.atMs,
      isConfirmed: false,
      owner: s.resolvedOwner.owner,
      organisation: s.resolvedOwner.organisation,
      sector: s.resolvedOwner.sector,
      dueDate: s.due?.date ?? null,
      dueIsNextMeeting: s.due?.isNextMeeting ?? false,
    });
  }
  return records.sort((a, b) => a.atMs - b.atMs);
}
