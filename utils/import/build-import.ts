import { UNKNOWN_SPEAKER } from '../core/caption-tracker';
import { countWords, normaliseSpaces } from '../core/text';
import { MAX_TITLE_CHARS } from '../core/text-limits';
import type { MeetingRow, ParticipantRow, UtteranceRow } from '../db/rows';
import { timeCues } from './cue-timing';
import { mergeCues, type MergedUtterance } from './merge-cues';
import type { ParsedTranscript } from './transcript';

/** A transcript's cues merged into utterances, with its figures for the preview. */
export interface TranscriptPreview {
  readonly utterances: readonly MergedUtterance[];
  /** Everyone who spoke, most words first, with their words. */
  readonly speakers: readonly { readonly name: string; readonly words: number }[];
  /** Words the file gave no speaker (kept for the user to assign). */
  readonly unknownWords: number;
  readonly words: number;
  /** From the start of the transcript to its last words, or the length the file states if longer. */
  readonly durationMs: number;
}

/**
 * Times and merges a transcript's cues (see {@link timeCues} and
 * {@link mergeCues}) and counts what the preview shows. Pure.
 */
export function previewTranscript(transcript: ParsedTranscript): TranscriptPreview {
  const utterances = mergeCues(timeCues(transcript.cues, transcript.timing, transcript.durationMs));
  const bySpeaker = new Map<string, number>();
  let unknownWords = 0;
  let words = 0;
  for (const u of utterances) {
    const n = countWords(u.text);
    words += n;
    if (u.speaker === null) unknownWords += n;
    else bySpeaker.set(u.speaker, (bySpeaker.get(u.speaker) ?? 0) + n);
  }
  const lastMs = utterances.reduce((max, u) => Math.max(max, u.endMs), 0);
  return {
    utterances,
    speakers: [...bySpeaker].map(([name, n]) => ({ name, words: n })).sort((a, b) => b.words - a.words || a.name.localeCompare(b.name)),
    unknownWords,
    words,
    durationMs: Math.max(lastMs, transcript.durationMs ?? 0),
  };
}

/** The title, date and start time a user confirms before an import is saved. */
export interface ImportDetails {
  readonly title: string;
  /** YYYY-MM-DD, local. */
  readonly date: string;
  /** HH:MM, local. */
  readonly time: string;
}

/** The details to offer in the preview, and whether the file stated them. */
export interface SuggestedDetails extends ImportDetails {
  readonly isTitleFromFile: boolean;
  readonly isWhenFromFile: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The title from a file name: "Primary_care_board.vtt" → "Primary care board". */
function titleFromFileName(fileName: string): string {
  return normaliseSpaces(fileName.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[_]+/g, ' ')) || 'Imported meeting';
}

/**
 * What to fill the preview with: the title, date and start time the file
 * states; otherwise the title from the file name, and the file's own date
 * less the meeting's length (a transcript is saved when the meeting ends),
 * to the quarter hour. The user checks and edits them before saving.
 */
export function suggestDetails(
  transcript: ParsedTranscript,
  preview: TranscriptPreview,
  file: { readonly name: string; readonly lastModifiedMs: number },
): SuggestedDetails {
  const title = transcript.title ?? titleFromFileName(file.name);
  const guessMs = Math.round((file.lastModifiedMs - preview.durationMs) / 900_000) * 900_000;
  const guess = new Date(guessMs);
  const date = transcript.startDate ?? `${guess.getFullYear()}-${pad(guess.getMonth() + 1)}-${pad(guess.getDate())}`;
  const time = transcript.startTime ?? `${pad(guess.getHours())}:${pad(guess.getMinutes())}`;
  return {
    title: title.slice(0, MAX_TITLE_CHARS),
    date,
    time,
    isTitleFromFile: transcript.title !== null,
    isWhenFromFile: transcript.startDate !== null && transcript.startTime !== null,
  };
}

/** The local start of a meeting from its date and time fields, or null when they are not a real date and time. */
export function startOf(details: Pick<ImportDetails, 'date' | 'time'>): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(details.date);
  const clock = /^(\d{2}):(\d{2})$/.exec(details.time);
  if (!match || !clock) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, Number(clock[1]), Number(clock[2]));
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day || Number(clock[1]) > 23 || Number(clock[2]) > 59) {
    return null;
  }
  return date.getTime();
}

/** The rows an imported meeting is stored as. */
export interface ImportedMeetingRows {
  readonly meeting: MeetingRow;
  readonly utterances: UtteranceRow[];
  readonly participants: ParticipantRow[];
}

/**
 * The rows of a meeting imported from a transcript: the meeting
 * (`platform: 'import'`, ended, with what the file was), one final caption
 * utterance per merged utterance (words with no speaker kept as "Unknown
 * speaker" for the user to assign), and a participant for each speaker from
 * their first words to the end, and for each attendee the file lists. Pure:
 * the series and figures are added when it is saved.
 */
export function buildImportedMeeting(
  transcript: ParsedTranscript,
  preview: TranscriptPreview,
  input: { readonly meetingId: string; readonly fileName: string; readonly title: string; readonly startedAtMs: number; readonly nowMs: number },
): ImportedMeetingRows {
  const { meetingId, startedAtMs } = input;
  const endedAtMs = startedAtMs + preview.durationMs;
  const meeting: MeetingRow = {
    id: meetingId,
    platform: 'import',
    code: null,
    title: normaliseSpaces(input.title).slice(0, MAX_TITLE_CHARS) || null,
    url: '',
    selfName: null,
    startedAtMs,
    lastSeenAtMs: endedAtMs,
    endedAtMs,
    tabId: null,
    health: null,
    figures: null,
    importedFrom: {
      layout: transcript.layout,
      container: transcript.container,
      fileName: input.fileName.slice(0, 500),
      timing: transcript.timing,
      importedAtMs: input.nowMs,
      skipped: transcript.skipped.slice(0, 50).map((s) => ({ reason: s.reason.slice(0, 300), count: s.count })),
    },
  };
  const width = Math.max(6, String(preview.utterances.length).length);
  const utterances = preview.utterances.map(
    (u, i): UtteranceRow => ({
      // Zero-padded, so utterances that share a start keep the file's order in the database's index.
      id: `${meetingId}:${String(i).padStart(width, '0')}`,
      meetingId,
      source: 'captions',
      speaker: u.speaker ?? UNKNOWN_SPEAKER,
      isSelf: false,
      isSpeakerUnknown: u.speaker === null,
      text: u.text,
      startMs: startedAtMs + u.startMs,
      endMs: startedAtMs + u.endMs,
      isFinal: true,
      wordCount: countWords(u.text),
    }),
  );
  const firstWordsMs = new Map<string, number>();
  for (const u of utterances) if (!u.isSpeakerUnknown && !firstWordsMs.has(u.speaker)) firstWordsMs.set(u.speaker, u.startMs);
  const participants: ParticipantRow[] = [...firstWordsMs].map(([name, joinMs]) => ({
    id: `${meetingId}|${name}`,
    meetingId,
    name,
    isSelf: false,
    intervals: [{ joinMs, leaveMs: endedAtMs }],
    seenIn: ['captions'],
  }));
  for (const attendee of transcript.attendees) {
    const name = attendeeName(attendee);
    if (!name || firstWordsMs.has(name) || participants.some((p) => p.name === name)) continue;
    // The file's attendee list, like the People panel, lists everyone present, speaking or not.
    participants.push({ id: `${meetingId}|${name}`, meetingId, name, isSelf: false, intervals: [{ joinMs: startedAtMs, leaveMs: endedAtMs }], seenIn: ['people-panel'] });
  }
  return { meeting, utterances, participants };
}

/** An email address in an attendee entry, with any brackets around it. */
const EMAIL_IN_ATTENDEE = /[<([]?\s*[^\s<>()[\]@]+@[^\s<>()[\]]+\s*[>)\]]?/g;

/**
 * A person's name from the file's attendee list, without any email address
 * (none is ever stored): "Jo Bloggs <jo.bloggs@nhs.net>" is "Jo Bloggs", and an
 * address on its own gives nothing.
 */
export function attendeeName(attendee: string): string {
  return normaliseSpaces(attendee.replace(EMAIL_IN_ATTENDEE, ' '));
}
