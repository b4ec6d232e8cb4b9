import { useMemo } from 'preact/hooks';
import { useLiveQuery } from '@/components/hooks/use-live-query';
import { MeetingHistory, type MeetingListItem } from '@/components/meeting-history';
import type { MeetingDb } from '@/utils/db/database';
import { listMeetings } from '@/utils/db/meetings-repo';

/** The "Past meetings" tab: every meeting, newest first, with its headline figures. */
export function PastMeetingsView({ db, onOpen }: { db: MeetingDb; onOpen: (id: string) => void }) {
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
