import { useState } from 'preact/hooks';

/** What saving a page report came to: the file saved, or why not in words a user can act on. */
export type PageReportResult = { ok: true; fileName: string } | { ok: false; message: string };

/**
 * "Save a page report" (issue 16): for when capture stops working. Says what
 * the file holds before it is made, and where it went after.
 */
export function PageReportButton({ onSave }: { onSave: () => Promise<PageReportResult> }) {
  const [isSaving, setIsSaving] = useState(false);
  const [result, setResult] = useState<PageReportResult | null>(null);
  const save = (): void => {
    setIsSaving(true);
    setResult(null);
    void onSave()
      .catch((): PageReportResult => ({ ok: false, message: 'The page report could not be saved. Try again.' }))
      .then((outcome) => {
        setResult(outcome);
        setIsSaving(false);
      });
  };
  return (
    <details class="page-report" data-testid="page-report">
      <summary>Capture not working? Save a page report</summary>
      <p>
        A page report describes how the meeting page is built around the captions and controls, so the extension’s maintainers can
        fix it. It holds no words or names from the meeting: every piece of text is replaced by its length.
      </p>
      <div class="actions">
        <button type="button" class="button secondary" onClick={save} disabled={isSaving} data-testid="save-page-report">
          {isSaving ? 'Saving…' : 'Save a page report'}
        </button>
      </div>
      {result && !result.ok ? (
        <p class="error" role="alert" data-testid="page-report-error">
          {result.message}
        </p>
      ) : null}
      <p role="status" class="status-line" data-testid="page-report-status">
        {result?.ok
          ? `Saved ${result.fileName} to your downloads. Nothing has been sent: attach the file to an email or an issue for the maintainers, with a line on what went wrong.`
          : null}
      </p>
    </details>
  );
}
