import { useMemo } from 'preact/hooks';
import { useLiveQuery } from '@/components/hooks/use-live-query';
import { useTranscriptImport } from '@/components/hooks/use-transcript-import';
import { MeetingHistory, type MeetingListItem } from '@/components/meeting-history';
import { TranscriptImport } from '@/components/transcript-import';
import type { MeetingDb } from '@/utils/db/database';
import { listMeetings } from '@/utils/db/meetings-repo';

/** The "Past meetings" tab: import a transcript, then every meeting, newest first, with its headline figures. */
export function PastMeetingsView({ db, onOpen, onOpenSeries }: { db: MeetingDb; onOpen: (id: string) => void; onOpenSeries?: (seriesId: string) => void }) {
  const meetings = useLiveQuery(() => listMeetings(db), []);
  const transcriptImport = useTranscriptImport(db);
  const items = useMemo((): MeetingListItem[] => {
    const seriesSizes = new Map<string, number>();
    for (const m of meetings ?? []) if (m.seriesId) seriesSizes.set(m.seriesId, (seriesSizes.get(m.seriesId) ?? 0) + 1);
    return (meetings ?? []).map((m) => ({
      id: m.id,
      title: m.title ?? m.code ?? 'Untitled meeting',
      startedAtMs: m.startedAtMs,
      durationMs: (m.endedAtMs ?? m.lastSeenAtMs) - m.startedAtMs,
      isLive: m.endedAtMs === null,
      speakerCount: m.figures?.speakerCount ?? 0,
      topSpeakers: m.figures?.topSpeakers ?? [],
      sourceLabel: m.platform === 'import' ? 'Imported transcript' : m.platform === 'manual' ? 'Tally' : null,
      seriesId: m.seriesId ?? null,
      seriesMeetingCount: m.seriesId ? seriesSizes.get(m.seriesId) : undefined,
    }));
  }, [meetings]);
  return (
    <section aria-labelledby="history-heading">
      <h1 id="history-heading">Past meetings</h1>
      <TranscriptImport
        status={transcriptImport.status}
        idPrefix="history"
        onChooseFile={transcriptImport.chooseFile}
        onTooManyFiles={transcriptImport.tooManyFiles}
        onDetailsChange={transcriptImport.changeDetails}
        onSave={transcriptImport.save}
        onCancel={transcriptImport.cancel}
        onOpenMeeting={onOpen}
      />
      {meetings ? <MeetingHistory meetings={items} onOpen={onOpen} onOpenSeries={onOpenSeries} /> : <p class="empty">Loading…</p>}
    </section>
  );
}
