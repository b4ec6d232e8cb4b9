import { browser } from 'wxt/browser';
import { GettingStartedSteps } from '@/components/getting-started';
import { useLiveQuery } from '@/components/hooks/use-live-query';
import { PageReportButton } from '@/components/page-report-button';
import type { MeetingDb } from '@/utils/db/database';
import { findMeetingToShow } from '@/utils/db/meetings-repo';
import { MeetingView } from './meeting-view';
import { savePageReport } from './page-report';

/** The "This meeting" tab: the meeting in the tab beside the panel, or a live one elsewhere, or how to start. */
export function ThisMeetingView({ db, tabId, onOpenSummary }: { db: MeetingDb; tabId: number | null; onOpenSummary: (meetingId: string) => void }) {
  const found = useLiveQuery(() => findMeetingToShow(db, tabId), [tabId]);
  if (found === undefined) {
    return (
      <section class="empty-state" aria-labelledby="no-meeting-heading" data-testid="no-meeting">
        <h1 id="no-meeting-heading">No meeting is being recorded in this tab</h1>
        <p>Three things, and the figures appear here as people speak.</p>
        <GettingStartedSteps headingLevel={2} onOpenSettings={() => void browser.runtime.openOptionsPage()} />
        {/* A redesigned page may not be recognised as a call at all: the report is offered here too. */}
        <PageReportButton onSave={() => savePageReport(tabId)} />
      </section>
    );
  }
  const note = found.isInThisTab
    ? undefined
    : found.meeting.platform === 'manual'
      ? 'Recorded by hand in the Tally tab.'
      : 'This meeting is in another tab.';
  return <MeetingView db={db} meetingId={found.meeting.id} note={note} onOpenSummary={onOpenSummary} />;
}
