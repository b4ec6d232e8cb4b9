export interface SummaryShareProps {
  /** A ready mailto: link, or null when the summary is too long for one. */
  readonly mailto: string | null;
  readonly busy: boolean;
  readonly status: string | null;
  readonly error: string | null;
  readonly onCopy: () => void;
  /** Called as the mail link opens, or instead of it when the summary is too long. */
  readonly onEmail: () => void;
  readonly onPrint: () => void;
  readonly onWord: () => void;
  readonly onMarkdown: () => void;
}

/** One-click ways to share the summary, with what happened said in words. */
export function SummaryShare({ mailto, busy, status, error, onCopy, onEmail, onPrint, onWord, onMarkdown }: SummaryShareProps) {
  return (
    <div class="summary-share" data-testid="summary-share">
      <div class="actions">
        <button type="button" class="button" onClick={onCopy} disabled={busy} data-testid="summary-copy">
          Copy summary
        </button>
        {mailto ? (
          <a class="button secondary" href={mailto} onClick={onEmail} data-testid="summary-email">
            Email
          </a>
        ) : (
          <button type="button" class="button secondary" onClick={onEmail} disabled={busy} data-testid="summary-email">
            Email
          </button>
        )}
        <button type="button" class="button secondary" onClick={onPrint} disabled={busy} data-testid="summary-print">
          Print or save as PDF
        </button>
        <button type="button" class="button secondary" onClick={onWord} disabled={busy} data-testid="summary-word">
          Word document
        </button>
        <button type="button" class="button secondary" onClick={onMarkdown} disabled={busy} data-testid="summary-markdown">
          Markdown
        </button>
      </div>
      <p role="status" class="status-line" data-testid="summary-status">
        {status}
      </p>
      {error ? (
        <p class="error" role="alert" data-testid="summary-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
