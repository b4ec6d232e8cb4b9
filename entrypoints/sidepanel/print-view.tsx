import { useEffect } from 'preact/hooks';
import { useLiveQuery } from '@/components/hooks/use-live-query';
import { SummaryDocument } from '@/components/summary-document';
import { summarySubject } from '@/utils/core/summary-render';
import type { MeetingDb } from '@/utils/db/database';
import { getSavedSummary } from '@/utils/db/summary-repo';

/**
 * The summary alone on a page, for printing or saving as PDF. It shows the
 * summary kept when the user pressed Print, so the page matches the preview.
 */
export function PrintView({ db, meetingId }: { db: MeetingDb; meetingId: string }) {
  const saved = useLiveQuery(() => getSavedSummary(db, meetingId).then((row) => row ?? null), [meetingId]);
  useEffect(() => {
    if (!saved) return;
    document.title = summarySubject(saved.model);
    // After the first paint, so the print preview has the content.
    const timer = setTimeout(() => window.print(), 100);
    return () => clearTimeout(timer);
  }, [saved?.savedAtMs]);

  if (saved === undefined) return <p class="empty">Loading…</p>;
  if (saved === null) {
    return (
      <p class="error" role="alert" data-testid="print-missing">
        There is no summary of this meeting to print. Open the meeting in the side panel and choose Print again.
      </p>
    );
  }
  return (
    <main class="print-page" data-testid="print-view">
      <div class="actions no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <SummaryDocument model={saved.model} headingId="print-title" />
    </main>
  );
}
