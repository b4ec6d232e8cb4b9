import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AttendanceList, type AttendeeView } from '@/components/attendance-list';
import { HealthMessages } from '@/components/health-messages';
import { useLiveQuery, useLiveQueryState, useNow, useThrottled } from '@/components/hooks/use-live-query';
import { MeetingHeader } from '@/components/meeting-header';
import { MeetingHistory, type MeetingListItem } from '@/components/meeting-history';
import { TalkTimeList } from '@/components/talk-time-list';
import { describeCaptureHealth } from '@/utils/core/health';
import { buildMeetingExport, meetingExportV1Schema } from '@/utils/core/meeting-export';
import { computeMeetingTalk } from '@/utils/core/talk-time';
import { readCounter, REJECTED_MESSAGES } from '@/utils/db/counters-repo';
import type { MeetingDb } from '@/utils/db/database';
import { findMeetingToShow, getMeetingBundle, listMeetings, type MeetingBundle } from '@/utils/db/meetings-repo';

type View = { kind: 'current' } | { kind: 'history' } | { kind: 'meeting'; meetingId: string };

/** The tab the side panel sits beside, following tab switches. */
function useActiveTabId(): number | null {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    const refresh = (): void => {
      browser.tabs
        .query({ active: true, currentWindow: true })
        .then((tabs) => setTabId(tabs[0]?.id ?? null))
        .catch(() => setTabId(null));
    };
    refresh();
    const onActivated = (): void => refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}

function fileNameFor(bundle: MeetingBundle): string {
  const date = new Date(bundle.meeting.startedAtMs).toISOString().slice(0, 10);
  const label = (bundle.meeting.title ?? bundle.meeting.code ?? 'meeting')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `meeting-${date}-${label || 'untitled'}.json`;
}

function downloadExport(bundle: MeetingBundle): void {
  // Validated before it leaves: an export that would not read back is never written.
  const data = meetingExportV1Schema.parse(buildMeetingExport(bundle, Date.now()));
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFor(bundle);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function MeetingView({ db, meetingId, note }: { db: MeetingDb; meetingId: string; note?: string }) {
  const nowMs = useNow(1000);
  const { value: liveBundle, error: readError } = useLiveQueryState(() => getMeetingBundle(db, meetingId), [meetingId]);
  const rejected = useLiveQuery(() => readCounter(db, REJECTED_MESSAGES), []) ?? 0;
  // Captions arrive every second; redraw the figures at most once a second.
  const bundle = useThrottled(liveBundle, 1000);
  const talk = useMemo(() => (bundle ? computeMeetingTalk(bundle) : null), [bundle]);
  const attendees = useMemo((): AttendeeView[] => {
    if (!bundle) return [];
    const speakers = new Set(talk?.primary?.participants.map((p) => p.speaker));
    return bundle.participants
      .map((p) => ({ name: p.name, isSelf: p.isSelf, intervals: p.intervals, hasSpoken: speakers.has(p.name) }))
      .sort((a, b) => Number(a.hasSpoken) - Number(b.hasSpoken) || a.name.localeCompare(b.name));
  }, [bundle, talk]);
  const [exportError, setExportError] = useState<string | null>(null);

  if (readError && !bundle) {
    return (
      <p class="error" role="alert" data-testid="read-error">
        This meeting could not be read from the browser’s storage: {readError.message}
      </p>
    );
  }
  if (!bundle) return <p class="empty">Loading…</p>;
  const { meeting } = bundle;
  const health = describeCaptureHealth({
    platform: meeting.platform,
    health: meeting.health,
    lastSeenAtMs: meeting.lastSeenAtMs,
    endedAtMs: meeting.endedAtMs,
    nowMs,
    rejectedMessages: rejected,
  });
  return (
    <div class="meeting" data-testid="meeting-view" data-meeting-id={meeting.id}>
      <MeetingHeader
        title={meeting.title}
        code={meeting.code}
        platform={meeting.platform}
        startedAtMs={meeting.startedAtMs}
        endedAtMs={meeting.endedAtMs}
        nowMs={nowMs}
      />
      {note ? <p class="note">{note}</p> : null}
      <HealthMessages messages={health} />
      <TalkTimeList stats={talk?.primary ?? null} />
      <AttendanceList attendees={attendees} isLive={meeting.endedAtMs === null} />
      <div class="actions">
        <button
          type="button"
          class="button"
          data-testid="export-json"
          onClick={() => {
            try {
              setExportError(null);
              downloadExport(bundle);
            } catch (error) {
              setExportError(`The export could not be made: ${error instanceof Error ? error.message : String(error)}`);
            }
          }}
        >
          Export as JSON
        </button>
      </div>
      {exportError ? (
        <p class="error" role="alert">
          {exportError}
        </p>
      ) : null}
    </div>
  );
}

function CurrentMeeting({ db }: { db: MeetingDb }) {
  const tabId = useActiveTabId();
  const found = useLiveQuery(() => findMeetingToShow(db, tabId), [tabId]);
  if (found === undefined) {
    return (
      <div class="empty" data-testid="no-meeting">
        <p>No meeting is being recorded in this tab.</p>
        <p>
          Join a Google Meet call in this window and turn captions on (press c). The figures will appear here.
        </p>
      </div>
    );
  }
  return (
    <MeetingView
      db={db}
      meetingId={found.meeting.id}
      note={found.isInThisTab ? undefined : 'This meeting is in another tab.'}
    />
  );
}

function History({ db, onOpen }: { db: MeetingDb; onOpen: (id: string) => void }) {
  const meetings = useLiveQuery(() => listMeetings(db), []);
  const items = useMemo(
    (): MeetingListItem[] =>
      (meetings ?? []).map((m) => ({
        id: m.id,
        title: m.title ?? m.code ?? 'Untitled meeting',
        startedAtMs: m.startedAtMs,
        durationMs: (m.endedAtMs ?? m.lastSeenAtMs) - m.startedAtMs,
        isLive: m.endedAtMs === null,
        speakerCount: m.figures?.speakerCount ?? 0,
        topSpeakers: m.figures?.topSpeakers ?? [],
      })),
    [meetings],
  );
  if (!meetings) return <p class="empty">Loading…</p>;
  return (
    <section aria-labelledby="history-heading">
      <h1 id="history-heading">Past meetings</h1>
      <MeetingHistory meetings={items} onOpen={onOpen} />
    </section>
  );
}

/** The side panel: the meeting beside it, and the history of past meetings. */
export function App({ db }: { db: MeetingDb }) {
  const [view, setView] = useState<View>({ kind: 'current' });
  return (
    <div class="app">
      <nav class="tabs" aria-label="Views">
        <button
          type="button"
          aria-current={view.kind === 'current' ? 'page' : undefined}
          onClick={() => setView({ kind: 'current' })}
          data-testid="nav-current"
        >
          This meeting
        </button>
        <button
          type="button"
          aria-current={view.kind !== 'current' ? 'page' : undefined}
          onClick={() => setView({ kind: 'history' })}
          data-testid="nav-history"
        >
          Past meetings
        </button>
      </nav>
      <main>
        {view.kind === 'current' ? <CurrentMeeting db={db} /> : null}
        {view.kind === 'history' ? (
          <History db={db} onOpen={(meetingId) => setView({ kind: 'meeting', meetingId })} />
        ) : null}
        {view.kind === 'meeting' ? (
          <>
            <button type="button" class="link" onClick={() => setView({ kind: 'history' })} data-testid="back">
              ← All meetings
            </button>
            <MeetingView db={db} meetingId={view.meetingId} />
          </>
        ) : null}
      </main>
    </div>
  );
}
