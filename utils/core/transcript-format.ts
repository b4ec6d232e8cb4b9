import { z } from 'zod';
import { assertNever } from './assert-never';

/**
 * What an imported transcript file was, as stored with the meeting and
 * named back to the user (issue 15).
 */

/** How the transcript is laid out: which product wrote it, and how. */
export const transcriptLayoutSchema = z.enum([
  /** Microsoft Teams WebVTT: `<v Name>` voice spans. */
  'teams-vtt',
  /** Zoom WebVTT: cues whose text starts "Name: ". */
  'zoom-vtt',
  /** The Teams transcript download as a document: a "Name   0:03" line, then the words. */
  'teams-timed-lines',
  /** Zoom's saved transcript: a "[Name] 10:02:15" line, then the words. */
  'zoom-text',
  /** A Google Meet transcript from Google Docs: "Name: words" lines, time marks, an attendee list. */
  'meet-transcript',
  /** Any text with "Name: words" lines. */
  'speaker-lines',
]);
export type TranscriptLayout = z.infer<typeof transcriptLayoutSchema>;

/** The kind of file it came in. */
export const transcriptContainerSchema = z.enum(['vtt', 'docx', 'text']);
export type TranscriptContainer = z.infer<typeof transcriptContainerSchema>;

/**
 * Where the talk times of an imported meeting come from:
 * - `cues`: every cue has a start and an end (WebVTT);
 * - `starts`: each turn has a start; it lasts until the next one begins, at most a second a word;
 * - `words`: no timing for each turn, so times are estimated from the words and shares are shares of words.
 */
export const transcriptTimingSchema = z.enum(['cues', 'starts', 'words']);
export type TranscriptTiming = z.infer<typeof transcriptTimingSchema>;

const LAYOUT_NAMES: Record<TranscriptLayout, string> = {
  'teams-vtt': 'Microsoft Teams transcript',
  'zoom-vtt': 'Zoom transcript',
  'teams-timed-lines': 'Microsoft Teams transcript',
  'zoom-text': 'Zoom transcript',
  'meet-transcript': 'Google Meet transcript',
  'speaker-lines': 'transcript with “Name: words” lines',
};

const CONTAINER_NAMES: Record<TranscriptContainer, string> = {
  vtt: 'WebVTT, .vtt',
  docx: 'Word document, .docx',
  text: 'text file',
};

/** "Microsoft Teams transcript (WebVTT, .vtt)": what a file was, in words a user knows. */
export function describeTranscriptFormat(layout: TranscriptLayout, container: TranscriptContainer): string {
  const name = LAYOUT_NAMES[layout];
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} (${CONTAINER_NAMES[container]})`;
}

/** Where an imported meeting's talk figures come from, as the side panel and the summary say it. */
export function describeTranscriptTiming(timing: TranscriptTiming): string {
  switch (timing) {
    case 'cues':
      return 'the transcript’s timings';
    case 'starts':
      return 'the transcript’s start times (each turn lasts until the next begins, at most a second a word)';
    case 'words':
      return 'the transcript’s words (it has no timings: times are estimated and shares are shares of words)';
    default:
      return assertNever(timing);
  }
}
