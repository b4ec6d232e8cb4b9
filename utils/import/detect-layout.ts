import type { TranscriptLayout } from '../core/transcript-format';
import { isMeetMarker } from './speaker-lines';
import { parseStatedDateTime } from './stated-date';
import { isTranscriptionEvent, readTeamsEntryLine } from './teams-timed-lines';
import { splitSpeakerLine } from './transcript';
import { readZoomEntryLine } from './zoom-text';

/** What the lines of a text or Word transcript look like. */
export type LineLayout = Exclude<TranscriptLayout, 'teams-vtt' | 'zoom-vtt'>;

/** Lines that carry a time but no name, as subtitle files and unnamed transcripts have. */
const TIMES_WITHOUT_NAMES = /^(?:\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*(?:-->.*)?|\[\s*\]\s+\d{1,2}:\d{2}:\d{2})$/;

/**
 * Tells from the content alone which transcript layout some lines are in
 * (never from the file name): Zoom's "[Name] 10:02:15" entries, Teams'
 * "Name   0:03" entries, a Google Meet transcript (its title line, attendee
 * list, time marks or closing line, with "Name: words" lines), or any
 * "Name: words" lines. `none` when nothing names a speaker; `times-only`
 * when the lines carry times but no names.
 */
export function detectLineLayout(lines: readonly string[]): LineLayout | 'times-only' | 'none' {
  let zoom = 0;
  let teams = 0;
  let teamsEvents = 0;
  let meetMarkers = 0;
  let speakerLines = 0;
  let timesOnly = 0;
  let statedDates = 0;
  let nonEmpty = 0;
  let isFirstLineSpeech = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    nonEmpty += 1;
    if (readZoomEntryLine(line)?.speaker) zoom += 1;
    else if (readTeamsEntryLine(line)) teams += 1;
    else if (isTranscriptionEvent(line)) teamsEvents += 1;
    else if (isMeetMarker(line)) meetMarkers += 1;
    else if (TIMES_WITHOUT_NAMES.test(line)) timesOnly += 1;
    else if (parseStatedDateTime(line)) statedDates += 1;
    else {
      const said = splitSpeakerLine(line);
      if (said) {
        speakerLines += 1;
        if (nonEmpty === 1) isFirstLineSpeech = true;
      }
    }
  }
  if (zoom >= 1 && zoom >= teams) return 'zoom-text';
  // One entry is enough beside Teams' own header date or its transcription notices.
  if (teams >= 2 || (teams === 1 && (teamsEvents > 0 || statedDates > 0))) return 'teams-timed-lines';
  // Two "Name: words" lines, or one that opens the file or a Meet transcript: one "Dear Jo: …" line inside a letter is not a transcript.
  const isSpeakerText = speakerLines >= 2 || (speakerLines === 1 && (meetMarkers > 0 || isFirstLineSpeech));
  if (isSpeakerText) return meetMarkers > 0 ? 'meet-transcript' : 'speaker-lines';
  return timesOnly > 0 ? 'times-only' : 'none';
}
