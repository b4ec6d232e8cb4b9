import { useEffect, useRef, useState } from 'preact/hooks';
import './transcript-import.css';

/** What the preview shows about a transcript that was read. */
export interface TranscriptImportPreview {
  readonly fileName: string;
  /** "Microsoft Teams transcript (WebVTT, .vtt)" */
  readonly formatName: string;
  /** Where the talk times come from. */
  readonly timingNote: string;
  /** Everyone who spoke, most words first. */
  readonly speakers: readonly { readonly name: string; readonly words: number }[];
  /** Words the file gave no speaker. */
  readonly unknownWords: number;
  readonly words: number;
  readonly utterances: number;
  /** "1:02:10", or "about 0:21" when estimated from the words. */
  readonly length: string;
  /** What was left out, each with its reason ("1 cue with a time that could not be read (line 36)"). */
  readonly skipped: readonly string[];
  /** What to check before saving (a date not in the file, a retention setting that will apply). */
  readonly notes: readonly string[];
}

/** The title, date and start time the user confirms. */
export interface TranscriptImportDetails {
  readonly title: string;
  /** YYYY-MM-DD */
  readonly date: string;
  /** HH:MM */
  readonly time: string;
}

/** Where an import is. */
export type TranscriptImportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly fileName: string; readonly message: string }
  | {
      readonly kind: 'preview';
      readonly preview: TranscriptImportPreview;
      readonly details: TranscriptImportDetails;
      readonly isSaving: boolean;
      readonly problem: string | null;
    }
  | { readonly kind: 'saved'; readonly meetingId: string; readonly message: string };

const SPEAKERS_SHOWN = 12;

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * "Import a transcript": a file input with that accessible name, which a
 * transcript file can also be dropped onto; then a short preview of what was
 * read (its format named back, speakers, words, what was left out) with the
 * title, date and start time to check before saving.
 *
 * Presentational: the container reads and saves through the callbacks.
 * `idPrefix` keeps ids unique where the page shows it more than once.
 */
export function TranscriptImport(props: {
  status: TranscriptImportStatus;
  idPrefix: string;
  onChooseFile: (file: File) => void;
  /** More than one file was dropped. */
  onTooManyFiles: () => void;
  onDetailsChange: (details: TranscriptImportDetails) => void;
  onSave: () => void;
  onCancel: () => void;
  /** Shown after saving when the page can open the meeting. */
  onOpenMeeting?: (meetingId: string) => void;
}) {
  const { status, idPrefix } = props;
  const [isDragging, setDragging] = useState(false);
  const inputId = `${idPrefix}-transcript-file`;
  const hintId = `${idPrefix}-transcript-hint`;
  const isBusy = status.kind === 'reading' || (status.kind === 'preview' && status.isSaving);

  const onDrop = (event: DragEvent): void => {
    event.preventDefault();
    setDragging(false);
    const files = event.dataTransfer?.files;
    if (!files || files.length === 0 || isBusy) return;
    if (files.length > 1) props.onTooManyFiles();
    else props.onChooseFile(files[0]!);
  };

  return (
    <div class="transcript-import" data-testid="transcript-import">
      <div
        class={isDragging ? 'import-drop is-dragging' : 'import-drop'}
        data-testid="import-drop"
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label for={inputId} class="import-label">
          Import a transcript
        </label>
        <p id={hintId} class="hint">
          For meetings held in the Teams app, Zoom or elsewhere: choose or drop the transcript file (.vtt, .docx or .txt). It is
          read in this browser; nothing is sent anywhere.
        </p>
        <input
          id={inputId}
          type="file"
          accept=".vtt,.docx,.txt,text/vtt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={hintId}
          disabled={isBusy}
          data-testid="import-file"
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) props.onChooseFile(file);
            // The same file can be chosen again after a fix or a cancel.
            input.value = '';
          }}
        />
      </div>
      {status.kind === 'reading' ? (
        <p role="status" class="note" data-testid="import-reading">
          Reading {status.fileName}…
        </p>
      ) : null}
      {status.kind === 'failed' ? (
        <p role="alert" class="error" data-testid="import-error">
          {status.fileName ? `${status.fileName}: ` : ''}
          {status.message}
        </p>
      ) : null}
      {status.kind === 'saved' ? (
        <div class="import-saved">
          <p role="status" class="success" data-testid="import-message">
            {status.message}
          </p>
          {props.onOpenMeeting ? (
            <button type="button" class="button" data-testid="import-open" onClick={() => props.onOpenMeeting?.(status.meetingId)}>
              Open the meeting
            </button>
          ) : null}
        </div>
      ) : null}
      {status.kind === 'preview' ? <ImportPreview {...props} status={status} /> : null}
    </div>
  );
}

function ImportPreview(props: {
  status: Extract<TranscriptImportStatus, { kind: 'preview' }>;
  idPrefix: string;
  onDetailsChange: (details: TranscriptImportDetails) => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { preview, details, isSaving, problem } = props.status;
  const id = (name: string): string => `${props.idPrefix}-import-${name}`;
  const change = (patch: Partial<TranscriptImportDetails>): void => props.onDetailsChange({ ...details, ...patch });
  const shown = preview.speakers.slice(0, SPEAKERS_SHOWN);
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen reader users land on what was read, rather than staying on the file input.
  useEffect(() => heading.current?.focus(), [preview]);
  return (
    <section class="import-preview" aria-labelledby={id('heading')} data-testid="import-preview">
      <h3 id={id('heading')} tabIndex={-1} ref={heading}>
        Check before saving
      </h3>
      <p data-testid="import-format">
        <strong>{preview.formatName}</strong>: {preview.fileName}
      </p>
      <p data-testid="import-figures">
        {plural(preview.speakers.length, 'speaker', 'speakers')}, {plural(preview.words, 'word', 'words')} in{' '}
        {plural(preview.utterances, 'utterance', 'utterances')}, {preview.length} long.
      </p>
      <p class="note" data-testid="import-timing">
        Talk time {preview.timingNote}.
      </p>
      <ul class="import-speakers" data-testid="import-speakers">
        {shown.map((s) => (
          <li key={s.name}>
            {s.name} <span class="import-words">{plural(s.words, 'word', 'words')}</span>
          </li>
        ))}
        {preview.speakers.length > shown.length ? <li>and {plural(preview.speakers.length - shown.length, 'other', 'others')}</li> : null}
      </ul>
      {preview.unknownWords ? (
        <p class="note" data-testid="import-unknown">
          {plural(preview.unknownWords, 'word has', 'words have')} no speaker in the file. They are kept as “Unknown speaker” for
          you to assign in the meeting.
        </p>
      ) : null}
      {preview.skipped.length ? (
        <div class="import-warning" data-testid="import-skipped">
          <p>Some of the file could not be read and will be left out:</p>
          <ul>
            {preview.skipped.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.notes.map((note) => (
        <p key={note} class="import-warning" data-testid="import-note">
          {note}
        </p>
      ))}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onSave();
        }}
      >
        <div class="field">
          <label for={id('title')}>Title</label>
          <input id={id('title')} type="text" value={details.title} maxLength={500} data-testid="import-title" onInput={(e) => change({ title: e.currentTarget.value })} />
        </div>
        <div class="import-when">
          <div class="field">
            <label for={id('date')}>Date</label>
            <input id={id('date')} type="date" required value={details.date} data-testid="import-date" onInput={(e) => change({ date: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for={id('time')}>Start time</label>
            <input id={id('time')} type="time" required value={details.time} data-testid="import-time" onInput={(e) => change({ time: e.currentTarget.value })} />
          </div>
        </div>
        {problem ? (
          <p role="alert" class="error" data-testid="import-problem">
            {problem}
          </p>
        ) : null}
        <div class="actions">
          <button type="submit" class="button" disabled={isSaving} data-testid="import-save">
            {isSaving ? 'Saving…' : 'Save meeting'}
          </button>{' '}
          <button type="button" class="button secondary" disabled={isSaving} data-testid="import-cancel" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
