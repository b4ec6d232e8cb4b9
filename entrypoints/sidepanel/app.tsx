import { useState } from 'preact/hooks';
import type { MeetingDb } from '@/utils/db/database';
import { ActionLogView } from './action-log-view';
import { useActiveTabId } from './hooks/use-active-tab';
import { MeetingView } from './meeting-view';
import { PastMeetingsView } from './past-meetings-view';
import { SeriesView } from './series-view';
import { SummaryView } from './summary-view';
import { TallyView } from './tally-view';
import { ThisMeetingView } from './this-meeting-view';

/** Where the panel is: one of the four tabs, a past meeting, a meeting's summary, or a series (opened from Past meetings or a meeting). */
type View =
  | { kind: 'current' }
  | { kind: 'tally' }
  | { kind: 'actions' }
  | { kind: 'history' }
  | { kind: 'meeting'; meetingId: string }
  | { kind: 'summary'; meetingId: string; from: 'current' | 'meeting' }
  | { kind: 'series'; seriesId: string; fromMeetingId: string | null };

type Tab = 'current' | 'tally' | 'actions' | 'history';

const TABS: readonly { kind: Tab; label: string }[] = [
  { kind: 'current', label: 'This meeting' },
  { kind: 'tally', label: 'Tally' },
  { kind: 'actions', label: 'Actions' },
  { kind: 'history', label: 'Past meetings' },
];

/** The tab a view belongs to, for the tab bar. */
function tabOf(view: View): Tab {
  if (view.kind === 'meeting' || view.kind === 'series') return 'history';
  if (view.kind === 'summary') return view.from === 'current' ? 'current' : 'history';
  return view.kind;
}

/** The side panel: the meeting beside it, a manual tally, the action log, and past meetings. */
export function App({ db }: { db: MeetingDb }) {
  const [view, setView] = useState<View>({ kind: 'current' });
  const tabId = useActiveTabId();
  const activeTab = tabOf(view);
  return (
    <div class="app">
      <nav class="tabs" aria-label="Views">
        {TABS.map((tab) => (
          <button
            key={tab.kind}
            type="button"
            aria-current={activeTab === tab.kind ? 'page' : undefined}
            onClick={() => setView({ kind: tab.kind })}
            data-testid={`nav-${tab.kind}`}
          >
            {tab.label}
          </button>
        ))}
      </nav>
      <main>
        {view.kind === 'current' ? (
          <ThisMeetingView db={db} tabId={tabId} onOpenSummary={(meetingId) => setView({ kind: 'summary', meetingId, from: 'current' })} />
        ) : null}
        {view.kind === 'tally' ? <TallyView db={db} tabId={tabId} /> : null}
        {view.kind === 'actions' ? <ActionLogView db={db} /> : null}
        {view.kind === 'history' ? (
          <PastMeetingsView
            db={db}
            onOpen={(meetingId) => setView({ kind: 'meeting', meetingId })}
            onOpenSeries={(seriesId) => setView({ kind: 'series', seriesId, fromMeetingId: null })}
          />
        ) : null}
        {view.kind === 'meeting' ? (
          <>
            <button type="button" class="link" onClick={() => setView({ kind: 'history' })} data-testid="back">
              ← All meetings
            </button>
            <MeetingView
              db={db}
              meetingId={view.meetingId}
              onOpenSummary={(meetingId) => setView({ kind: 'summary', meetingId, from: 'meeting' })}
              onDeleted={() => setView({ kind: 'history' })}
              onOpenSeries={(seriesId) => setView({ kind: 'series', seriesId, fromMeetingId: view.meetingId })}
            />
          </>
        ) : null}
        {view.kind === 'series' ? (
          <SeriesView
            db={db}
            seriesId={view.seriesId}
            backLabel={view.fromMeetingId ? 'The meeting' : 'All meetings'}
            onBack={() => setView(view.fromMeetingId ? { kind: 'meeting', meetingId: view.fromMeetingId } : { kind: 'history' })}
            onOpenMeeting={(meetingId) => setView({ kind: 'meeting', meetingId })}
          />
        ) : null}
        {view.kind === 'summary' ? (
          <SummaryView
            db={db}
            meetingId={view.meetingId}
            onBack={() => setView(view.from === 'current' ? { kind: 'current' } : { kind: 'meeting', meetingId: view.meetingId })}
          />
        ) : null}
      </main>
    </div>
  );
}
