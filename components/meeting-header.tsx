import { formatDate, formatDuration, formatTime } from '@/utils/core/format';
import type { MeetingSource } from '@/utils/core/model';

const platformName: Record<MeetingSource, string> = { meet: 'Google Meet', teams: 'Microsoft Teams', manual: 'Manual tally' };

/** Meeting title, platform, date and elapsed time. */
export function MeetingHeader(props: {
  title: string | null;
  code: string | null;
  platform: MeetingSource;
  startedAtMs: number;
  endedAtMs: number | null;
  nowMs: number;
}) {
  const endMs = props.endedAtMs ?? props.nowMs;
  const isLive = props.endedAtMs === null;
  return (
    <header class="meeting-header">
      <h1 data-testid="meeting-title">{props.title ?? props.code ?? 'Untitled meeting'}</h1>
      <p class="meeting-meta">
        {platformName[props.platform]}
        {props.code && props.title ? ` · ${props.code}` : ''} · {formatDate(props.startedAtMs)}{' '}
        {formatTime(props.startedAtMs)}
      </p>
      <p class="elapsed">
        {isLive ? <span class="live-dot">Live</span> : <span>Ended</span>}{' '}
        <span data-testid="elapsed">{formatDuration(endMs - props.startedAtMs)}</span>
      </p>
    </header>
  );
}
