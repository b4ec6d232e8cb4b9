import { useLiveQuery } from '@/components/hooks/use-live-query';
import { PrintPage, usePrintWhenReady } from '@/components/print-page';
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
  usePrintWhenReady(saved ? summarySubject(saved.model) : null, saved?.savedAtMs);

  if (saved === undefined) return <p class="empty">Loading…</p>;
  if (saved === null) {
    return (
      <p class="error" role="alert" data-testid="print-missing">
        There is no summary of this meeting to print. Open the meeting in the side panel and choose Print again.
      </p>
    );
  }
  return (
    <PrintPage testId="print-view">
      <SummaryDocument model={saved.model} headingId="print-title" />
    </PrintPage>
  );
}
