import { cleanTeamsDisplayName, looksLikeEmail } from '../core/display-names';
import { normaliseSpaces } from '../core/text';
import { MAX_NAME_CHARS } from '../core/text-limits';
import type { TranscriptContainer, TranscriptLayout, TranscriptTiming } from '../core/transcript-format';

/** One cue or entry of a transcript as the file gives it, before cues are merged into utterances. */
export interface TranscriptCue {
  /** The speaker the file names; null when it names none (stored as an unknown speaker for the user to assign, never guessed). */
  readonly speaker: string | null;
  readonly text: string;
  /** Milliseconds from the start of the transcript, where the file gives a time for this cue. */
  readonly startMs: number | null;
  readonly endMs: number | null;
  /** The last time mark before the cue, in a transcript that marks the time only now and then (Google Meet). */
  readonly markMs?: number | null;
}

/** Cues or lines left out, with why, in words for the user ("had a time that could not be read"). */
export interface SkippedPart {
  readonly reason: string;
  readonly count: number;
}

/** A transcript read from a file: what it is, its cues, and what the file says about the meeting. */
export interface ParsedTranscript {
  readonly layout: TranscriptLayout;
  readonly container: TranscriptContainer;
  readonly timing: TranscriptTiming;
  readonly cues: readonly TranscriptCue[];
  readonly skipped: readonly SkippedPart[];
  /** The meeting's title, when the file says it. */
  readonly title: string | null;
  /** The local date the meeting started (YYYY-MM-DD), when the file says it. */
  readonly startDate: string | null;
  /** The local time the meeting started (HH:MM), when the file says it. */
  readonly startTime: string | null;
  /** The length the file states (Teams' "1h 31m 5s", Meet's "Meeting ended after"), if any. */
  readonly durationMs: number | null;
  /** People the file lists as present whether or not they spoke (Meet's attendee list). */
  readonly attendees: readonly string[];
}

/** What reading a file gave: a transcript, or why there is none, in plain English. */
export type TranscriptReadResult =
  | { readonly ok: true; readonly transcript: ParsedTranscript }
  | { readonly ok: false; readonly error: string };

/**
 * A speaker's name as the file writes it, made fit to store: spaces
 * collapsed, Teams' "(Guest)"-style labels and Meet's trailing "~" taken off,
 * cut to the longest name stored. An email address is never stored as a
 * name, and nothing left means no name: both give null.
 */
export function cleanSpeakerName(raw: string): string | null {
  const name = cleanTeamsDisplayName(normaliseSpaces(raw).replace(/\s*~$/, '')).name;
  if (!name || looksLikeEmail(name)) return null;
  return Array.from(name).slice(0, MAX_NAME_CHARS).join('').trim() || null;
}

/** Words that start lines of notes ("Action: …") rather than name a speaker. */
const LABEL_WORDS = new Set(
  [
    'action', 'actions', 'agenda', 'agreed', 'answer', 'apologies', 'attendees', 'bcc', 'cc', 'comment', 'comments', 'date', 'decision',
    'decisions', 'eta', 'follow up', 'follow-up', 'from', 'fyi', 'http', 'https', 'issue', 'item', 'location', 'minutes', 'nb',
    'next meeting', 'next steps', 'note', 'notes', 'outcome', 'outcomes', 'ps', 'q', 'question', 're', 'recommendation',
    'resolved', 'risk', 'sent', 'subject', 'summary', 'tbc', 'time', 'title', 'to', 'update', 'venue', 'warning',
  ],
);

/** Words that start in lower case inside names: "de Souza", "van der Berg", "bin Rashid". */
const NAME_PARTICLES = new Set(['al', 'bin', 'da', 'de', 'del', 'della', 'der', 'di', 'du', 'el', 'la', 'le', 'van', 'von', 'y', 'and', 'of']);

/**
 * Whether text before a colon or a time reads as a person's or a room's
 * name rather than the start of a sentence: at most six words outside
 * brackets, each capitalised (or a particle such as "de"), or an all
 * lower-case name of up to three words ("jo smith").
 */
export function looksLikeName(raw: string): boolean {
  const words = raw
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  const lowerCase = words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w));
  return lowerCase.length === 0 || (lowerCase.length === words.length && words.length <= 3);
}

const SPEAKER_LINE = /^(?<name>[^:]{1,150}?)\s*:(?:\s+(?<text>.*))?$/u;

/**
 * Splits a "Name: words" line into its speaker and words, or null when the
 * part before the colon does not look like a name: a time ("10:30"), a
 * sentence, or a note's label ("Action:", "Note:").
 */
export function splitSpeakerLine(line: string): { readonly speaker: string; readonly text: string } | null {
  const match = SPEAKER_LINE.exec(line.trim());
  if (!match?.groups) return null;
  const rawName = match.groups.name!.trim();
  if (!/^[\p{L}[(]/u.test(rawName)) return null;
  if (/[?!;"“”]|https?\b|\s-\s*$/u.test(rawName)) return null;
  if (LABEL_WORDS.has(rawName.toLowerCase()) || !looksLikeName(rawName)) return null;
  const speaker = cleanSpeakerName(rawName);
  if (!speaker) return null;
  return { speaker, text: (match.groups.text ?? '').trim() };
}

/** Lines of text, whatever the line ends (CRLF, CR or LF). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** "Nothing to import" in words for the user: the file was read, but it names nobody. */
export const NO_SPEAKERS =
  'This transcript does not say who spoke: no line names a speaker, so there is nothing to count. Download the transcript again with speaker names (in Teams, the organiser turns transcription on and the transcript names each speaker). Nothing was imported.';
