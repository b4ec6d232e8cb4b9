import type { TranscriptContainer } from '../core/transcript-format';
import { parseClock, parseStatedDateTime } from './stated-date';
import { splitSpeakerLine, type ParsedTranscript, type SkippedPart, type TranscriptCue } from './transcript';

/** "Primary care board (2026-11-18 10:02 GMT) - Transcript": Google Meet's title line. */
const MEET_TITLE = /^(?<title>.+?)\s*(?:\((?<when>[^)]*\d{4}-\d{2}-\d{2}[^)]*)\))?\s*[-–]\s*Transcript$/i;
/** "00:05:00" alone on a line: Meet marks the time every few minutes. */
const TIME_MARK = /^\d{1,2}:\d{2}:\d{2}$/;
/** "Meeting ended after 01:02:03 👋" */
const MEETING_ENDED = /^Meeting ended after (?<time>\d{1,2}:\d{2}:\d{2})\b/i;
/** Meet's note under the heading, which is not speech. */
const EDITABLE_NOTE = /^This editable transcript was computer generated/i;

/** What marks a Google Meet transcript apart from any "Name: words" text. */
export function isMeetMarker(line: string): boolean {
  const text = line.trim();
  return MEET_TITLE.test(text) || TIME_MARK.test(text) || MEETING_ENDED.test(text) || EDITABLE_NOTE.test(text) || /^Attendees$/i.test(text);
}

/**
 * Splits Meet's attendee line into names. Names are separated by commas, but
 * an NHSmail name has a comma of its own ("MARSDEN, Helen (NHS SOUTH
 * YORKSHIRE ICB - 03N)"): a surname in capitals followed by a name ending in
 * brackets is one name.
 */
export function splitAttendees(line: string): string[] {
  const parts = line.split(/\s*,\s*/).filter(Boolean);
  const names: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    const next = parts[i + 1];
    const isSurname = /^[\p{Lu}'’ -]+$/u.test(part) && /\p{Lu}/u.test(part);
    if (isSurname && next && /\(.+\)$/.test(next)) {
      names.push(`${part}, ${next}`);
      i += 1;
    } else {
      names.push(part);
    }
  }
  return names;
}

/**
 * Reads "Name: words" lines: a Google Meet transcript saved from Google Docs
 * (title line, "Attendees" and their names, "Transcript", time marks such as
 * "00:05:00", "Meeting ended after 01:02:03"), or any text written that way.
 * A line without a name continues the speaker before it; lines before the
 * first speaker are left out and counted. Nothing says when each turn began,
 * so the timing is `words` (Meet's marks anchor the estimate).
 */
export function parseSpeakerLines(
  lines: readonly string[],
  container: TranscriptContainer,
  layout: 'meet-transcript' | 'speaker-lines',
): ParsedTranscript {
  const isMeet = layout === 'meet-transcript';
  const cues: TranscriptCue[] = [];
  const attendees: string[] = [];
  let title: string | null = null;
  let startDate: string | null = null;
  let startTime: string | null = null;
  let durationMs: number | null = null;
  let markMs: number | null = null;
  let expectAttendees = false;
  let before = 0;
  let current: { speaker: string; words: string[]; markMs: number | null } | null = null;
  const flush = (): void => {
    if (current) cues.push({ speaker: current.speaker, text: current.words.join(' '), startMs: null, endMs: null, markMs: current.markMs });
    current = null;
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (isMeet) {
      if (expectAttendees) {
        attendees.push(...splitAttendees(line));
        expectAttendees = false;
        continue;
      }
      if (/^Attendees$/i.test(line)) {
        expectAttendees = true;
        continue;
      }
      if (/^Transcript$/i.test(line) || EDITABLE_NOTE.test(line)) continue;
      if (TIME_MARK.test(line)) {
        flush();
        markMs = parseClock(line);
        continue;
      }
      const ended = MEETING_ENDED.exec(line);
      if (ended?.groups) {
        flush();
        durationMs = parseClock(ended.groups.time!);
        continue;
      }
      const heading = cues.length === 0 && !current ? MEET_TITLE.exec(line) : null;
      if (heading?.groups) {
        title = heading.groups.title!.trim();
        const stated = heading.groups.when ? parseStatedDateTime(heading.groups.when) : null;
        if (stated) ({ date: startDate, time: startTime } = stated);
        continue;
      }
    }
    const stated = cues.length === 0 && !current ? parseStatedDateTime(line) : null;
    if (stated) {
      startDate ??= stated.date;
      startTime ??= stated.time;
      continue;
    }
    const said = splitSpeakerLine(line);
    if (said) {
      flush();
      current = { speaker: said.speaker, words: said.text ? [said.text] : [], markMs };
    } else if (current) {
      current.words.push(line);
    } else {
      before += 1;
    }
  }
  flush();
  const skipped: SkippedPart[] = before ? [{ reason: `${before === 1 ? 'line' : 'lines'} before the first speaker, not read as speech`, count: before }] : [];
  return { layout, container, timing: 'words', cues, skipped, title, startDate, startTime, durationMs, attendees };
}
