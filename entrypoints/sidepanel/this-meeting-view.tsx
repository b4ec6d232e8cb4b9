import { useLiveQuery } from '@/components/hooks/use-live-query';
import type { MeetingDb } from '@/utils/db/database';
import { findMeetingToShow } from '@/utils/db/meetings-repo';
import { MeetingView } from './meeting-view';

/** The "This meeting" tab: the meeting in the tab beside the panel, or a live one elsewhere, or how to start. */
export function ThisMeetingView({ db, tabId, onOpenSummary }: { db: MeetingDb; tabId: number | null; onOpenSummary: (meetingId: string) => void }) {
  const found = useLiveQuery(() => findMeetingToShow(db, tabId), [tabId]);
  if (found === undefined) {
    return (
      <div class="empty" data-testid="no-meeting">
        <p>No meeting is being recorded in this tab.</p>
        <p>
          Join a Google Meet or Microsoft Teams call in this window and turn captions on. The figures will appear here.
          Without captions, use the Tally tab to record who speaks by hand.
        </p>
      </div>
    );
  }
  const note = found.isInThisTab
    ? undefined
    : found.meeting.platform === 'manual'
      ? 'Recorded by hand in the Tally tab.'
      : 'This meeting is in another tab.';
  return <MeetingView db={db} meetingId={found.meeting.id} note={note} onOpenSummary={onOpenSummary} />;
}
