import { useEffect, useRef, useState } from 'preact/hooks';

/** What checking a chosen file found: why it cannot be restored, or what restoring it would do. */
export type BackupCheck =
  | { readonly ok: false; readonly fileName: string; readonly problems: readonly string[] }
  | {
      readonly ok: true;
      readonly fileName: string;
      /** "18 Nov 2026, 10:00". */
      readonly madeAt: string;
      /** "3 meetings (1 already here will be replaced), 812 captions, …". */
      readonly summary: string;
      /** Said when rows of a meeting being recorded now will be left alone. */
      readonly skippedNote: string | null;
    };

type Message = { readonly ok: boolean; readonly text: string };

/**
 * "Back up and restore": download the whole database as one file, or choose
 * a backup, see what restoring it would do, and restore it.
 *
 * Presentational: the options page does the work through the callbacks.
 * Every failure is shown as text with role="alert"; results go to a polite
 * live region.
 */
export function BackupRestore(props: {
  /** Makes and downloads a backup; resolves with what happened. */
  onDownload: () => Promise<string>;
  /** Reads and checks a chosen file; changes nothing. */
  onCheck: (file: File) => Promise<BackupCheck>;
  /** Restores the file last checked successfully. */
  onRestore: () => Promise<Message>;
}) {
  const [isBusy, setIsBusy] = useState(false);
  const [check, setCheck] = useState<BackupCheck | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const preview = useRef<HTMLDivElement>(null);

  // Move keyboard focus to the outcome of a check, so it is read out and Restore is one Tab away.
  useEffect(() => {
    if (check) preview.current?.focus();
  }, [check]);

  const failed = (failure: unknown, fallback: string) => {
    setIsBusy(false);
    setStatus('');
    setError(failure instanceof Error ? failure.message : fallback);
  };

  const download = (): void => {
    setIsBusy(true);
    setError(null);
    setStatus('Making the backup…');
    props.onDownload().then(
      (text) => {
        setIsBusy(false);
        setStatus(text);
      },
      (failure: unknown) => failed(failure, 'The backup could not be made. Try again.'),
    );
  };

  const choose = (file: File | undefined): void => {
    setCheck(null);
    setError(null);
    if (!file) return;
    setIsBusy(true);
    setStatus(`Checking ${file.name}…`);
    props.onCheck(file).then(
      (result) => {
        setIsBusy(false);
        setStatus('');
        setCheck(result);
      },
      (failure: unknown) => failed(failure, 'The file could not be read. Choose it again.'),
    );
  };

  const cancel = (): void => {
    setCheck(null);
    setStatus('Nothing was restored.');
    if (fileInput.current) fileInput.current.value = '';
    fileInput.current?.focus();
  };

  const restore = (): void => {
    setIsBusy(true);
    setStatus('Restoring…');
    props.onRestore().then(
      (result) => {
        setIsBusy(false);
        setCheck(null);
        if (fileInput.current) fileInput.current.value = '';
        if (result.ok) {
          setError(null);
          setStatus(result.text);
        } else {
          setStatus('');
          setError(result.text);
        }
      },
      (failure: unknown) => failed(failure, 'Nothing was restored. Try again.'),
    );
  };

  return (
    <div class="backup-restore" data-testid="backup-restore">
      <h3 id="backup-download-heading">Download a backup</h3>
      <p>
        One file with every meeting, caption, action, organisation you added or imported, remembered choice and setting. Keep it
        somewhere safe: it holds what was said in your meetings.
      </p>
      <button type="button" class="button" onClick={download} disabled={isBusy} data-testid="backup-download">
        Download a backup
      </button>

      <h3 id="backup-restore-heading">Restore from a backup</h3>
      <p>
        Meetings and other items in the backup replace the same ones here; everything else here stays. A meeting being
        recorded now is left as it is.
      </p>
      <div class="field">
        <label for="backup-file">Backup file</label>
        <input
          id="backup-file"
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          disabled={isBusy}
          data-testid="backup-file"
          onChange={(event) => choose((event.target as HTMLInputElement).files?.[0])}
        />
      </div>

      {check && !check.ok ? (
        <div class="report report-error" ref={preview} tabIndex={-1} data-testid="backup-problems">
          <p role="alert">
            <strong>{check.fileName} cannot be restored, so nothing has changed.</strong>
          </p>
          <ul>
            {check.problems.map((problem, i) => (
              <li key={i} role="alert">
                {problem}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {check?.ok ? (
        <div class="report" ref={preview} tabIndex={-1} aria-labelledby="backup-preview-heading" data-testid="backup-preview">
          <p id="backup-preview-heading">
            <strong>
              {check.fileName}, made {check.madeAt}, holds:
            </strong>
          </p>
          <p data-testid="backup-summary">{check.summary}</p>
          {check.skippedNote ? <p data-testid="backup-skipped">{check.skippedNote}</p> : null}
          <div class="button-row">
            <button type="button" class="button" onClick={restore} disabled={isBusy} data-testid="backup-restore-confirm">
              Restore
            </button>{' '}
            <button type="button" class="button secondary" onClick={cancel} disabled={isBusy} data-testid="backup-restore-cancel">
              Cancel
            </button>
          </div>
        </div>
      ) : null}

      {error ? (
        <p class="error" role="alert" data-testid="backup-error">
          {error}
        </p>
      ) : null}
      <p class="success" role="status" aria-live="polite" data-testid="backup-status">
        {status}
      </p>
    </div>
  );
}
