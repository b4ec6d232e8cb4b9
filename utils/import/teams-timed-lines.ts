import type { TranscriptContainer } from '../core/transcript-format';
import { parseClock, parseStatedDateTime, parseStatedDuration } from './stated-date';
import { cleanSpeakerName, looksLikeName, type ParsedTranscript, type SkippedPart, type TranscriptCue } from './transcript';

/** "RICHARDS, Tom (TOWNSHIPS 1 PCN)   0:03": a speaker, then the offset they began at. */
const ENTRY = /^(?<name>[\p{L}[(].*?)[ \t\u00a0]+(?<time>\d{1,2}:\d{2}(?::\d{2})?)$/u;
/** Teams writes who turned transcription on and off as lines of their own; they are not speech. */
const TRANSCRIPTION_EVENT = /\s(?:started|stopped) transcription\.?$/i;

/** A line that opens an entry, with its speaker and offset; null for any other line. */
export function readTeamsEntryLine(line: string): { readonly speaker: string; readonly offsetMs: number } | null {
  const match = ENTRY.exec(line.trim());
  if (!match?.groups) return null;
  const rawName = match.groups.name!.trim();
  // A sentence that ends in a time ("we meet again at 10:30") is speech: names end in a letter or a bracket.
  if (/[.,;:?!]$/.test(rawName) || !looksLikeName(rawName)) return null;
  const offsetMs = parseClock(match.groups.time!);
  const speaker = cleanSpeakerName(rawName);
  return offsetMs === null || !speaker ? null : { speaker, offsetMs };
}

/** Whether a line is Teams' note that someone started or stopped transcription. */
export function isTranscriptionEvent(line: string): boolean {
  return TRANSCRIPTION_EVENT.test(line.trim());
}

/**
 * Reads the Teams transcript download (the .docx, or the same text saved as
 * a text file): a header of title, "November 18, 2026, 10:00AM" and
 * "1h 31m 5s", then entries of a "Name   0:03" line followed by the words.
 * Each entry's time is when it began, so the timing is `starts`.
 *
 * A line that looks like an entry but goes back in time is taken as speech,
 * not as a new entry.
 */
export function parseTeamsTimedLines(lines: readonly string[], container: TranscriptContainer): ParsedTranscript {
  const cues: TranscriptCue[] = [];
  const header: string[] = [];
  let current: { speaker: string; startMs: number; words: string[] } | null = null;
  let lastOffsetMs = 0;
  const flush = (): void => {
    if (current) cues.push({ speaker: current.speaker, text: current.words.join(' '), startMs: current.startMs, endMs: null });
    current = null;
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (isTranscriptionEvent(line)) continue;
    const entry = readTeamsEntryLine(line);
    if (entry && entry.offsetMs >= lastOffsetMs) {
      flush();
      current = { speaker: entry.speaker, startMs: entry.offsetMs, words: [] };
      lastOffsetMs = entry.offsetMs;
      continue;
    }
    if (current) current.words.push(line);
    else header.push(line);
  }
  flush();

  let title: string | null = null;
  let startDate: string | null = null;
  let startTime: string | null = null;
  let durationMs: number | null = null;
  const skipped: SkippedPart[] = [];
  let unread = 0;
  for (const line of header) {
    const stated = parseStatedDateTime(line);
    const duration = parseStatedDuration(line);
    if (stated && !startDate) ({ date: startDate, time: startTime } = stated);
    else if (duration !== null && durationMs === null) durationMs = duration;
    else if (/^transcript$/i.test(line)) continue;
    else if (title === null) title = line;
    else unread += 1;
  }
  if (unread) skipped.push({ reason: `${unread === 1 ? 'line' : 'lines'} before the first speaker, not read as speech`, count: unread });
  return { layout: 'teams-timed-lines', container, timing: 'starts', cues, skipped, title, startDate, startTime, durationMs, attendees: [] };
}
