import { formatDate, formatDuration, formatTime } from '@/utils/core/format';
import type { MeetingSource } from '@/utils/core/model';

const platformName: Record<MeetingSource, string> = {
  meet: 'Google Meet',
  teams: 'Microsoft Teams',
  manual: 'Manual tally',
  import: 'Imported transcript',
};

/** Meeting title, platform, date and elapsed time. */
export function MeetingHeader(props: {
  title: string | null;
  code: string | null;
  platform: MeetingSource;
  startedAtMs: number;
  endedAtMs: number | null;
  nowMs: number;
  /** For an imported meeting, what the file was ("Microsoft Teams transcript (WebVTT, .vtt)"). */
  importedAs?: string;
  /** The length is an estimate (a transcript without timings). */
  isLengthEstimated?: boolean;
  /** Opens the meeting's series (shown when the series has two meetings or more). */
  onOpenSeries?: () => void;
}) {
  const endMs = props.endedAtMs ?? props.nowMs;
  const isLive = props.endedAtMs === null;
  return (
    <header class="meeting-header">
      <h1 data-testid="meeting-title">{props.title ?? props.code ?? 'Untitled meeting'}</h1>
      <p class="meeting-meta">
        {props.importedAs ? `Imported: ${props.importedAs}` : platformName[props.platform]}
        {props.code && props.title ? ` · ${props.code}` : ''} · {formatDate(props.startedAtMs)}{' '}
        {formatTime(props.startedAtMs)}
      </p>
      <p class="elapsed">
        {isLive ? <span class="live-dot">Live</span> : <span>{props.isLengthEstimated ? 'Ended, about' : 'Ended'}</span>}{' '}
        <span data-testid="elapsed">{formatDuration(endMs - props.startedAtMs)}</span>
      </p>
      {props.onOpenSeries ? (
        <p class="series-entry">
          <button type="button" class="link" onClick={props.onOpenSeries} data-testid="open-series">
            See the series
          </button>
        </p>
      ) : null}
    </header>
  );
}
