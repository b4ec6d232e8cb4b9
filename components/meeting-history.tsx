import { formatDate, formatDuration, formatPercent, formatTime } from '@/utils/core/format';

/** One past meeting in the history list. */
export interface MeetingListItem {
  readonly id: string;
  readonly title: string;
  readonly startedAtMs: number;
  readonly durationMs: number;
  readonly isLive: boolean;
  readonly speakerCount: number;
  readonly topSpeakers: readonly { readonly speaker: string; readonly shareRatio: number }[];
  /** How it was recorded when not live from a meeting page: "Imported transcript", "Tally". */
  readonly sourceLabel?: string | null;
  /** The meeting's series and how many meetings it has: "See the series" is offered from two. */
  readonly seriesId?: string | null;
  readonly seriesMeetingCount?: number;
}

/** Past meetings with their figures, newest first. */
export function MeetingHistory({
  meetings,
  onOpen,
  onOpenSeries,
}: {
  meetings: readonly MeetingListItem[];
  onOpen: (id: string) => void;
  /** Opens the Series view; without it, no series link is shown. */
  onOpenSeries?: (seriesId: string) => void;
}) {
  if (meetings.length === 0) {
    return (
      <p class="empty" data-testid="history-empty">
        No meetings recorded yet. Join a Google Meet or Microsoft Teams call in this browser with captions on, or import a transcript, and it will appear here.
      </p>
    );
  }
  return (
    <ul class="history" data-testid="history">
      {meetings.map((m) => (
        <li key={m.id}>
          <button type="button" class="history-item" onClick={() => onOpen(m.id)} data-testid="history-item">
            <span class="history-title">{m.title}</span>
            <span class="history-meta">
              {m.sourceLabel ? <span data-testid="history-source">{m.sourceLabel} · </span> : null}
              {formatDate(m.startedAtMs)} {formatTime(m.startedAtMs)} · {m.isLive ? 'in progress' : formatDuration(m.durationMs)}
              {m.isLive ? '' : ` · ${m.speakerCount} ${m.speakerCount === 1 ? 'speaker' : 'speakers'}`}
            </span>
            {m.topSpeakers.length ? (
              <span class="history-speakers">
                {m.topSpeakers.map((s) => `${s.speaker} ${formatPercent(s.shareRatio)}`).join(' · ')}
              </span>
            ) : (
              <span class="history-speakers">{m.isLive ? 'Figures when the meeting ends' : 'No speech recorded'}</span>
            )}
          </button>
          {onOpenSeries && m.seriesId && (m.seriesMeetingCount ?? 0) >= 2 ? (
            <button
              type="button"
              class="link series-link"
              aria-label={`See the series: ${m.title}, ${m.seriesMeetingCount} meetings`}
              onClick={() => onOpenSeries(m.seriesId!)}
              data-testid="history-series"
            >
              See the series <span class="history-meta">({m.seriesMeetingCount} meetings)</span>
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
