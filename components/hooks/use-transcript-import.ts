import { useRef, useState } from 'preact/hooks';
import { formatDate, formatDuration } from '@/utils/core/format';
import { describeTranscriptFormat, describeTranscriptTiming } from '@/utils/core/transcript-format';
import type { MeetingDb } from '@/utils/db/database';
import { saveImportedMeeting } from '@/utils/db/import-repo';
import { getPrivacySettings } from '@/utils/db/settings-repo';
import type { TranscriptPreview } from '@/utils/import/build-import';
import type { ParsedTranscript } from '@/utils/import/transcript';
import type { TranscriptImportDetails, TranscriptImportStatus } from '../transcript-import';

const DAY_MS = 86_400_000;

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What is kept between reading a file and saving it. */
interface ReadTranscript {
  readonly fileName: string;
  readonly transcript: ParsedTranscript;
  readonly preview: TranscriptPreview;
}

/**
 * The transcript import's container logic, shared by the side panel and the
 * options page: reads a chosen or dropped file (the import code, the WebVTT
 * parser and the Word reader load only now), shows the preview, and saves the
 * meeting in one transaction. Nothing is stored until the user saves.
 */
export function useTranscriptImport(db: MeetingDb): {
  status: TranscriptImportStatus;
  chooseFile: (file: File) => void;
  tooManyFiles: () => void;
  changeDetails: (details: TranscriptImportDetails) => void;
  save: () => void;
  cancel: () => void;
} {
  const [status, setStatus] = useState<TranscriptImportStatus>({ kind: 'idle' });
  const read = useRef<ReadTranscript | null>(null);
  const attempt = useRef(0);

  const chooseFile = (file: File): void => {
    const thisAttempt = ++attempt.current;
    read.current = null;
    setStatus({ kind: 'reading', fileName: file.name });
    const settle = (next: TranscriptImportStatus): void => {
      if (attempt.current === thisAttempt) setStatus(next);
    };
    void (async () => {
      try {
        const { readTranscriptFile, MAX_TRANSCRIPT_BYTES } = await import('@/utils/import/read-transcript-file');
        // Refused before it is read, so a huge file is never loaded into the page.
        if (file.size > MAX_TRANSCRIPT_BYTES) {
          settle({
            kind: 'failed',
            fileName: file.name,
            message: `This file is ${Math.round(file.size / 1_048_576)} MB, more than the 50 MB a transcript can be (a three-hour meeting is about 1 MB), so it is not read. Nothing was imported.`,
          });
          return;
        }
        const result = await readTranscriptFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        if (!result.ok) {
          settle({ kind: 'failed', fileName: file.name, message: result.error });
          return;
        }
        const { previewTranscript, startOf, suggestDetails } = await import('@/utils/import/build-import');
        const { transcript } = result;
        const preview = previewTranscript(transcript);
        const suggested = suggestDetails(transcript, preview, { name: file.name, lastModifiedMs: file.lastModified || Date.now() });
        const notes: string[] = [];
        if (!suggested.isWhenFromFile) {
          notes.push(
            transcript.startTime
              ? 'The file gives the start time but not the date: check the date.'
              : 'The file does not say when the meeting was: the date and time below are a guess from the file, so check them.',
          );
        }
        const privacy = await getPrivacySettings(db);
        const endsMs = (startOf(suggested) ?? Date.now()) + preview.durationMs;
        if (privacy.retentionDays !== null && isPastRetention(endsMs, privacy.retentionDays, Date.now())) {
          notes.push(
            `Your retention setting deletes transcript text ${plural(privacy.retentionDays, 'day', 'days')} after a meeting, so this meeting's text will be deleted within a few hours of saving it. Its figures, actions and summary stay.`,
          );
        }
        read.current = { fileName: file.name, transcript, preview };
        settle({
          kind: 'preview',
          preview: {
            fileName: file.name,
            formatName: describeTranscriptFormat(transcript.layout, transcript.container),
            timingNote: `from ${describeTranscriptTiming(transcript.timing)}`,
            speakers: preview.speakers,
            unknownWords: preview.unknownWords,
            words: preview.words,
            utterances: preview.utterances.length,
            length: `${transcript.timing === 'words' ? 'about ' : ''}${formatDuration(preview.durationMs)}`,
            skipped: transcript.skipped.map((s) => `${s.count.toLocaleString('en-GB')} ${s.reason}`),
            notes,
          },
          details: { title: suggested.title, date: suggested.date, time: suggested.time },
          isSaving: false,
          problem: null,
        });
      } catch (error) {
        settle({ kind: 'failed', fileName: file.name, message: `The file could not be read: ${messageOf(error)}. Nothing was imported.` });
      }
    })();
  };

  const changeDetails = (details: TranscriptImportDetails): void => {
    setStatus((current) => (current.kind === 'preview' ? { ...current, details, problem: null } : current));
  };

  const save = (): void => {
    const loaded = read.current;
    if (status.kind !== 'preview' || status.isSaving || !loaded) return;
    const { details } = status;
    void (async () => {
      const { buildImportedMeeting, startOf } = await import('@/utils/import/build-import');
      const startedAtMs = startOf(details);
      if (startedAtMs === null) {
        setStatus({ ...status, problem: 'Enter the date and start time of the meeting.' });
        return;
      }
      setStatus({ ...status, isSaving: true, problem: null });
      try {
        const nowMs = Date.now();
        const rows = buildImportedMeeting(loaded.transcript, loaded.preview, {
          meetingId: `import-${crypto.randomUUID()}`,
          fileName: loaded.fileName,
          title: details.title,
          startedAtMs,
          nowMs,
        });
        const meeting = await saveImportedMeeting(db, rows);
        read.current = null;
        setStatus({
          kind: 'saved',
          meetingId: meeting.id,
          message: `Saved “${meeting.title ?? 'Untitled meeting'}” (${formatDate(startedAtMs)}): ${plural(rows.utterances.length, 'utterance', 'utterances')} from ${plural(loaded.preview.speakers.length, 'speaker', 'speakers')}. It is in Past meetings.`,
        });
      } catch (error) {
        setStatus({ ...status, isSaving: false, problem: `The meeting could not be saved, so nothing was stored. The browser said: ${messageOf(error)}` });
      }
    })();
  };

  return {
    status,
    chooseFile,
    tooManyFiles: () => setStatus({ kind: 'failed', fileName: '', message: 'Drop one transcript file at a time. Nothing was imported.' }),
    changeDetails,
    save,
    cancel: () => {
      attempt.current += 1;
      read.current = null;
      setStatus({ kind: 'idle' });
    },
  };
}

/** Meetings that ended more than `days` ago: the ones the retention setting empties. */
function isPastRetention(endedAtMs: number, days: number, nowMs: number): boolean {
  return endedAtMs <= nowMs - days * DAY_MS;
}
