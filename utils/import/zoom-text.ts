import type { TranscriptContainer } from '../core/transcript-format';
import { parseClock } from './stated-date';
import { cleanSpeakerName, type ParsedTranscript, type SkippedPart, type TranscriptCue } from './transcript';

/** "[Helen Marsh] 10:02:15": a speaker in brackets, then the clock time they began. */
const ENTRY = /^\[(?<name>[^\]\n]+)\]\s+(?<time>\d{1,2}:\d{2}:\d{2})$/;
const DAY_MS = 86_400_000;

/** A line that opens a Zoom entry, with its speaker (null when unnamed) and clock time; null for any other line. */
export function readZoomEntryLine(line: string): { readonly speaker: string | null; readonly clockMs: number } | null {
  const match = ENTRY.exec(line.trim());
  const clockMs = match?.groups ? parseClock(match.groups.time!) : null;
  if (!match?.groups || clockMs === null) return null;
  return { speaker: cleanSpeakerName(match.groups.name!), clockMs };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Reads Zoom's saved transcript (meeting_saved_closed_caption.txt): entries
 * of a "[Name] 10:02:15" line, then the words. The times are clock times,
 * so the first gives the start time (Zoom writes no date); a clock that
 * goes back passed midnight.
 */
export function parseZoomText(lines: readonly string[], container: TranscriptContainer): ParsedTranscript {
  const cues: TranscriptCue[] = [];
  let firstClockMs: number | null = null;
  let dayOffsetMs = 0;
  let lastClockMs = 0;
  let current: { speaker: string | null; startMs: number; words: string[] } | null = null;
  let before = 0;
  const flush = (): void => {
    if (current) cues.push({ speaker: current.speaker, text: current.words.join(' '), startMs: current.startMs, endMs: null });
    current = null;
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const entry = readZoomEntryLine(line);
    if (entry) {
      flush();
      firstClockMs ??= entry.clockMs;
      if (entry.clockMs + dayOffsetMs < lastClockMs - 60_000) dayOffsetMs += DAY_MS;
      lastClockMs = entry.clockMs + dayOffsetMs;
      current = { speaker: entry.speaker, startMs: lastClockMs - firstClockMs, words: [] };
      continue;
    }
    if (current) current.words.push(line);
    else before += 1;
  }
  flush();
  const skipped: SkippedPart[] = before ? [{ reason: `${before === 1 ? 'line' : 'lines'} before the first speaker, not read as speech`, count: before }] : [];
  const startTime = firstClockMs === null ? null : `${pad(Math.floor(firstClockMs / 3_600_000))}:${pad(Math.floor(firstClockMs / 60_000) % 60)}`;
  return { layout: 'zoom-text', container, timing: 'starts', cues, skipped, title: null, startDate: null, startTime, durationMs: null, attendees: [] };
}
