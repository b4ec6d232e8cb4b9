import type { TalkSource } from './model';
import { countWords } from './text';
import type { TranscriptTiming } from './transcript-format';

/**
 * How caption utterances were timed. Live captions (`live`) show a word late,
 * so each gets a first-word allowance ({@link CAPTION_LEAD_MS}). An imported
 * transcript's times are its own (`cues`, `starts`: no allowance), or were
 * estimated from its words (`words`: shares are then shares of words).
 */
export type CaptionTiming = 'live' | TranscriptTiming;

/** Anything that says who spoke from when to when, optionally with the words. */
export interface TimedSpeech {
  readonly speaker: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly text?: string;
  /** Words counted before the text was deleted under the retention setting; used when present. */
  readonly wordCount?: number;
}

/** One participant's figures. */
export interface ParticipantTalk {
  readonly speaker: string;
  readonly talkMs: number;
  /** Share of voice, 0–1, on the basis given by {@link TalkTimeStats.shareBasis}. */
  readonly shareRatio: number;
  readonly words: number;
  readonly turns: number;
  readonly longestTurnMs: number;
}

/** Talk time for a meeting from one source. */
export interface TalkTimeStats {
  readonly source: TalkSource;
  /** 'time' normally; 'words' when no timing is available. */
  readonly shareBasis: 'time' | 'words';
  readonly totalTalkMs: number;
  readonly totalWords: number;
  readonly totalTurns: number;
  /** Most talk first. */
  readonly participants: readonly ParticipantTalk[];
  /** Items with an end before their start; counted as zero length. */
  readonly invalidItemCount: number;
}

/**
 * A caption row appears once its first word has been spoken, so caption timing
 * misses about one word of speech. That word is taken to last as long as the
 * utterance's other words did on average; a one-word utterance gets this
 * typical word length (speech runs at roughly 2.5 words a second).
 */
export const CAPTION_LEAD_MS = 400;
/** Upper bound on the first-word allowance, for slow, halting rows. */
const MAX_CAPTION_LEAD_MS = 1_000;

function captionLeadMs(item: TimedSpeech, words: number): number {
  if (words < 2 || item.endMs <= item.startMs) return CAPTION_LEAD_MS;
  return Math.min(MAX_CAPTION_LEAD_MS, (item.endMs - item.startMs) / (words - 1));
}

interface Interval {
  startMs: number;
  endMs: number;
}

function mergedLengthMs(intervals: Interval[]): number {
  const sorted = intervals.sort((a, b) => a.startMs - b.startMs);
  let totalMs = 0;
  let current: Interval | null = null;
  for (const interval of sorted) {
    if (current && interval.startMs <= current.endMs) {
      current.endMs = Math.max(current.endMs, interval.endMs);
      continue;
    }
    if (current) totalMs += current.endMs - current.startMs;
    current = { ...interval };
  }
  if (current) totalMs += current.endMs - current.startMs;
  return totalMs;
}

/**
 * Talk time, words, turns, share of voice and longest turn per speaker.
 *
 * Overlapping items from one speaker are merged first, so a caption that is
 * re-emitted while being corrected is not counted twice. A turn is a run of
 * consecutive items by the same speaker with nobody else in between.
 */
export function computeTalkTime(items: readonly TimedSpeech[], source: TalkSource, captionTiming: CaptionTiming = 'live'): TalkTimeStats {
  const ordered = [...items].sort((a, b) => a.startMs - b.startMs);
  const bySpeaker = new Map<
    string,
    { intervals: Interval[]; words: number; turns: number; longestTurnMs: number }
  >();
  let invalidItemCount = 0;
  let previousSpeaker: string | null = null;
  let turnStartMs = 0;
  let turnEndMs = 0;

  const closeTurn = (): void => {
    if (previousSpeaker === null) return;
    const entry = bySpeaker.get(previousSpeaker)!;
    entry.longestTurnMs = Math.max(entry.longestTurnMs, turnEndMs - turnStartMs);
  };

  for (const item of ordered) {
    let entry = bySpeaker.get(item.speaker);
    if (!entry) {
      entry = { intervals: [], words: 0, turns: 0, longestTurnMs: 0 };
      bySpeaker.set(item.speaker, entry);
    }
    const isValid = item.endMs >= item.startMs;
    if (!isValid) invalidItemCount += 1;
    const words = item.wordCount ?? (item.text ? countWords(item.text) : 0);
    const leadMs = source === 'captions' && captionTiming === 'live' ? captionLeadMs(item, words) : 0;
    const startMs = Math.max(0, item.startMs - leadMs);
    const endMs = isValid ? item.endMs : item.startMs;
    entry.intervals.push({ startMs, endMs });
    entry.words += words;

    if (item.speaker !== previousSpeaker) {
      closeTurn();
      entry.turns += 1;
      previousSpeaker = item.speaker;
      turnStartMs = startMs;
      turnEndMs = endMs;
    } else {
      turnEndMs = Math.max(turnEndMs, endMs);
    }
  }
  closeTurn();

  const rows = [...bySpeaker].map(([speaker, entry]) => ({
    speaker,
    talkMs: mergedLengthMs(entry.intervals),
    words: entry.words,
    turns: entry.turns,
    longestTurnMs: entry.longestTurnMs,
  }));
  const totalTalkMs = rows.reduce((sum, r) => sum + r.talkMs, 0);
  const totalWords = rows.reduce((sum, r) => sum + r.words, 0);
  const hasTimes = captionTiming !== 'words' || source !== 'captions';
  const shareBasis = (hasTimes && totalTalkMs > 0) || totalWords === 0 ? 'time' : 'words';
  const participants = rows
    .map((r) => ({
      ...r,
      shareRatio:
        shareBasis === 'time'
          ? totalTalkMs > 0
            ? r.talkMs / totalTalkMs
            : 0
          : r.words / totalWords,
    }))
    .sort((a, b) => b.talkMs - a.talkMs || b.words - a.words || a.speaker.localeCompare(b.speaker));

  return {
    source,
    shareBasis,
    totalTalkMs,
    totalWords,
    totalTurns: participants.reduce((sum, p) => sum + p.turns, 0),
    participants,
    invalidItemCount,
  };
}

/** Captions with no author shown: kept out of everyone's figures until the user assigns them. */
export interface UnknownSpeakerTalk {
  readonly utteranceCount: number;
  readonly talkMs: number;
  readonly words: number;
}

/** Talk time from every source that has data, and which one leads. */
export interface MeetingTalk {
  /** The figures to show: the preferred source if it has data, else captions, manual tally, indicators. */
  readonly primary: TalkTimeStats | null;
  readonly captions: TalkTimeStats | null;
  readonly manual: TalkTimeStats | null;
  readonly indicators: TalkTimeStats | null;
  /** Sources with data, in order of preference. */
  readonly available: readonly TalkSource[];
  readonly unknownSpeaker: UnknownSpeakerTalk | null;
}

/** Default order of sources: captions say who spoke and what; a manual tally is deliberate; indicators are a fallback. */
const SOURCE_ORDER: readonly TalkSource[] = ['captions', 'manual', 'indicators'];

/**
 * Talk time for a meeting from each source, and the one to show.
 *
 * Captions whose author the page did not show are left out of everyone's
 * figures (never guessed) and reported separately for the user to assign.
 */
export function computeMeetingTalk(input: {
  readonly utterances: readonly (TimedSpeech & { readonly isSpeakerUnknown?: boolean })[];
  readonly speechSegments: readonly TimedSpeech[];
  readonly manualSegments?: readonly TimedSpeech[];
  readonly preferredSource?: TalkSource | null;
  /** How the utterances were timed: live captions unless the meeting was imported from a transcript. */
  readonly captionTiming?: CaptionTiming;
}): MeetingTalk {
  const known = input.utterances.filter((u) => !u.isSpeakerUnknown);
  const unknown = input.utterances.filter((u) => u.isSpeakerUnknown);
  const bySource: Record<TalkSource, TalkTimeStats | null> = {
    captions: known.length ? computeTalkTime(known, 'captions', input.captionTiming) : null,
    manual: input.manualSegments?.length ? computeTalkTime(input.manualSegments, 'manual') : null,
    indicators: input.speechSegments.length ? computeTalkTime(input.speechSegments, 'indicators') : null,
  };
  const available = SOURCE_ORDER.filter((source) => bySource[source] !== null);
  const preferred = input.preferredSource && bySource[input.preferredSource] ? input.preferredSource : available[0];
  const unknownStats = unknown.length ? computeTalkTime(unknown, 'captions', input.captionTiming) : null;
  return {
    primary: preferred ? bySource[preferred] : null,
    captions: bySource.captions,
    manual: bySource.manual,
    indicators: bySource.indicators,
    available,
    unknownSpeaker: unknownStats
      ? { utteranceCount: unknown.length, talkMs: unknownStats.totalTalkMs, words: unknownStats.totalWords }
      : null,
  };
}

/** The headline figures kept with a finished meeting, for the history list. */
export interface MeetingFigures {
  readonly source: TalkSource;
  readonly totalTalkMs: number;
  readonly speakerCount: number;
  readonly topSpeakers: readonly { readonly speaker: string; readonly shareRatio: number; readonly talkMs: number }[];
}

/** The top `limit` speakers and totals of a meeting's talk time. */
export function summariseTalk(stats: TalkTimeStats, limit = 3): MeetingFigures {
  return {
    source: stats.source,
    totalTalkMs: stats.totalTalkMs,
    speakerCount: stats.participants.length,
    topSpeakers: stats.participants
      .slice(0, limit)
      .map((p) => ({ speaker: p.speaker, shareRatio: p.shareRatio, talkMs: p.talkMs })),
  };
}
