import { useState } from 'preact/hooks';
import { downloadFile } from '@/components/download';
import { copyRichText } from '@/entrypoints/sidepanel/clipboard';
import { openSeriesPrintView } from '@/entrypoints/sidepanel/series-print-view';
import { buildSeriesPack, type SeriesPack } from '@/utils/core/series-pack';
import { renderSeriesPackHtml, renderSeriesPackText } from '@/utils/core/series-pack-render';
import type { SeriesEvidence } from '@/utils/core/series-types';
import { seriesFileName } from '@/utils/files/file-name';
import { seriesCsv, seriesCsvFileName } from '@/utils/files/series-csv';

export interface SeriesPackActionsProps {
  readonly evidence: SeriesEvidence;
  readonly seriesTitle: string;
  /** Hide patient details in titles and decisions (the privacy setting and the summary's choice). */
  readonly redact: boolean;
  /** Name people, or describe them by their organisation. */
  readonly namesAs: 'names' | 'roles';
}

const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One-click ways to take a series' evidence away: the evidence pack copied
 * for an email, as a Word document or printed, and the figures as CSV. What
 * happened is said in words in a live region; a failure is said plainly.
 */
export function SeriesPackActions({ evidence, seriesTitle, redact, namesAs }: SeriesPackActionsProps) {
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs one action on a pack made now, as the user's choices stand. */
  const run = (what: string, action: (pack: SeriesPack, nowMs: number) => Promise<string>): void => {
    setBusy(true);
    setStatus(null);
    setError(null);
    const nowMs = Date.now();
    Promise.resolve()
      .then(() => action(buildSeriesPack(evidence, { seriesTitle, nowMs, redact, namesAs }), nowMs))
      .then(setStatus)
      .catch((failure: unknown) => setError(`${what} did not work: ${messageOf(failure)}`))
      .finally(() => setBusy(false));
  };

  return (
    <div class="series-pack-actions" data-testid="series-pack-actions">
      <div class="actions">
        <button
          type="button"
          class="button"
          disabled={busy}
          data-testid="series-pack-copy"
          onClick={() =>
            run('Copying', async (pack) =>
              (await copyRichText(renderSeriesPackHtml(pack), renderSeriesPackText(pack))) === 'rich'
                ? 'Copied the evidence pack. Paste it into an email or a document: headings and tables are kept.'
                : 'Copied the evidence pack as plain text. Paste it into an email or a document.',
            )
          }
        >
          Copy the evidence pack
        </button>
        <button
          type="button"
          class="button secondary"
          disabled={busy}
          data-testid="series-pack-word"
          onClick={() =>
            run('The Word document', async (pack, nowMs) => {
              // Loaded only now: nobody pays for the Word writer until they ask for it.
              const { renderSeriesPackDocx } = await import('@/utils/files/series-pack-docx');
              const fileName = seriesFileName(seriesTitle, nowMs, 'docx');
              downloadFile(fileName, await renderSeriesPackDocx(pack), WORD_TYPE);
              return `Saved ${fileName} to your downloads.`;
            })
          }
        >
          Download as Word
        </button>
        <button
          type="button"
          class="button secondary"
          disabled={busy}
          data-testid="series-pack-print"
          onClick={() =>
            run('Printing', async (pack) => {
              await openSeriesPrintView(pack);
              return 'The print view opened in a new tab. Choose “Save as PDF” as the printer to make a PDF.';
            })
          }
        >
          Print or save as PDF
        </button>
        <button
          type="button"
          class="button secondary"
          disabled={busy}
          data-testid="series-pack-csv"
          onClick={() =>
            run('The CSV file', async (_pack, nowMs) => {
              const fileName = seriesCsvFileName(seriesTitle, nowMs);
              downloadFile(fileName, seriesCsv(evidence, seriesTitle), 'text/csv;charset=utf-8');
              return `Saved ${fileName} to your downloads. It opens in Excel, one row a meeting.`;
            })
          }
        >
          Download the figures (CSV)
        </button>
      </div>
      <p role="status" class="status-line" data-testid="series-pack-status">
        {status}
      </p>
      {error ? (
        <p class="error" role="alert" data-testid="series-pack-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
