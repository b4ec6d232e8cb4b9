import { useId } from 'preact/hooks';
import { formatDate, formatPercent } from '@/utils/core/format';
import type { SeriesMeetingRow } from '@/utils/core/series-types';

/** The chart's drawing space (SVG units); the SVG scales to the panel's width. */
const WIDTH = 300;
const HEIGHT = 190;
const PLOT = { left: 42, right: 18, top: 10, bottom: 36 } as const;
const PLOT_WIDTH = WIDTH - PLOT.left - PLOT.right;
const PLOT_HEIGHT = HEIGHT - PLOT.top - PLOT.bottom;
/** At most this many dates under the axis, so they never overlap at 320 px. */
const MAX_DATE_LABELS = 4;
const TICKS = [0, 0.25, 0.5, 0.75, 1] as const;

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

/** A meeting's title as the table and chart show it. */
export function meetingName(row: Pick<SeriesMeetingRow, 'title'>): string {
  return row.title ?? 'Untitled meeting';
}

const y = (ratio: number): number => PLOT.top + PLOT_HEIGHT * (1 - Math.max(0, Math.min(1, ratio)));

/** The talk line as separate runs: a meeting without talk breaks the line (a gap), never a zero. */
function talkRuns(points: readonly ({ x: number; y: number } | null)[]): { x: number; y: number }[][] {
  const runs: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  for (const point of points) {
    if (point) current.push(point);
    else if (current.length) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length) runs.push(current);
  return runs;
}

/**
 * Primary care's share of the talk against its share of the seats (the
 * people present), one bar and one point per meeting, oldest first. Seats
 * are hatched bars, talk is round points joined by a line, and the legend
 * says so in words, so nothing is told by colour alone. The SVG is named by
 * its title and described by the trend sentence shown above it; the figures
 * are in a real table under it. A meeting without talk has no point (the
 * line breaks there) and the table says "no talk recorded".
 */
export function SeriesChart({
  meetings,
  trendText,
  onOpenMeeting,
}: {
  meetings: readonly SeriesMeetingRow[];
  trendText: string;
  /** Makes each meeting in the table a button that opens it. */
  onOpenMeeting?: (meetingId: string) => void;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const trendId = `${id}-trend`;
  const hatchId = `${id}-hatch`;
  const slot = PLOT_WIDTH / Math.max(1, meetings.length);
  const barWidth = Math.max(2, Math.min(28, slot * 0.55));
  const xOf = (index: number): number => PLOT.left + slot * (index + 0.5);
  const labelEvery = Math.max(1, Math.ceil(meetings.length / MAX_DATE_LABELS));
  const lastIndex = meetings.length - 1;
  // The last meeting is always dated; a regular label too close to it is left out.
  const isDated = (i: number): boolean => i === lastIndex || (i % labelEvery === 0 && lastIndex - i >= labelEvery * 0.6);
  const runs = talkRuns(meetings.map((m, i) => (m.primaryCareTalkShareRatio === null ? null : { x: xOf(i), y: y(m.primaryCareTalkShareRatio) })));
  const withoutTalk = meetings.filter((m) => m.primaryCareTalkShareRatio === null).length;
  return (
    <figure class="series-chart" data-testid="series-chart">
      <p id={trendId} class="series-trend" data-testid="series-trend">
        {trendText}
      </p>
      <svg
        class="series-chart-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={trendId}
        data-testid="series-chart-svg"
      >
        <title id={titleId}>
          {`Primary care’s share of the talk against its share of the seats, ${meetings.length} ${meetings.length === 1 ? 'meeting' : 'meetings'}, oldest first`}
        </title>
        <defs>
          <pattern id={hatchId} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <rect width="5" height="5" fill="#fff" />
            <rect width="1.6" height="5" fill="#4c6272" />
          </pattern>
        </defs>
        {TICKS.map((tick) => (
          <g key={tick} class="series-chart-tick">
            <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? '#4c6272' : '#d8dde0'} stroke-width="1" />
            <text x={PLOT.left - 4} y={y(tick) + 3.5} text-anchor="end" font-size="11" fill="#4c6272">
              {`${tick * 100}%`}
            </text>
          </g>
        ))}
        <text x={9} y={PLOT.top + PLOT_HEIGHT / 2} font-size="11" fill="#4c6272" text-anchor="middle" transform={`rotate(-90 9 ${PLOT.top + PLOT_HEIGHT / 2})`}>
          Share (%)
        </text>
        {meetings.map((m, i) =>
          m.primaryCareSeatShareRatio === null ? null : (
            <rect
              key={`seat-${m.meetingId}`}
              data-testid="series-chart-seat"
              x={xOf(i) - barWidth / 2}
              y={y(m.primaryCareSeatShareRatio)}
              width={barWidth}
              height={Math.max(0.5, y(0) - y(m.primaryCareSeatShareRatio))}
              fill={`url(#${hatchId})`}
              stroke="#4c6272"
              stroke-width="1"
            />
          ),
        )}
        {runs.map((run) =>
          run.length > 1 ? (
            <polyline
              key={`run-${run[0]!.x}`}
              points={run.map((p) => `${p.x},${p.y}`).join(' ')}
              fill="none"
              stroke="#005eb8"
              stroke-width="2"
              stroke-linejoin="round"
            />
          ) : null,
        )}
        {meetings.map((m, i) =>
          m.primaryCareTalkShareRatio === null ? null : (
            <circle
              key={`talk-${m.meetingId}`}
              data-testid="series-chart-talk"
              cx={xOf(i)}
              cy={y(m.primaryCareTalkShareRatio)}
              r={Math.max(2.5, Math.min(4.5, slot / 4))}
              fill="#005eb8"
              stroke="#fff"
              stroke-width="1.5"
            />
          ),
        )}
        {meetings.map((m, i) =>
          isDated(i) ? (
            <text key={`date-${m.meetingId}`} x={xOf(i)} y={HEIGHT - PLOT.bottom + 13} font-size="11" fill="#4c6272" text-anchor="middle">
              {shortDate.format(m.startedAtMs)}
            </text>
          ) : null,
        )}
        <text x={PLOT.left + PLOT_WIDTH / 2} y={HEIGHT - 6} font-size="11" fill="#4c6272" text-anchor="middle">
          Meetings, oldest first
        </text>
      </svg>
      <ul class="legend series-legend" data-testid="series-chart-legend">
        <li data-testid="series-legend-seats">
          <svg class="series-legend-key" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false">
            <rect x="1" y="1" width="12" height="12" fill={`url(#${hatchId})`} stroke="#4c6272" />
          </svg>
          Hatched bars: primary care’s share of the seats (people present)
        </li>
        <li data-testid="series-legend-talk">
          <svg class="series-legend-key" viewBox="0 0 22 14" width="22" height="14" aria-hidden="true" focusable="false">
            <line x1="1" y1="7" x2="21" y2="7" stroke="#005eb8" stroke-width="2" />
            <circle cx="11" cy="7" r="4" fill="#005eb8" stroke="#fff" stroke-width="1.5" />
          </svg>
          Dots joined by a line: primary care’s share of the talk
        </li>
        {withoutTalk ? <li data-testid="series-legend-gap">A gap in the line: no talk recorded at that meeting</li> : null}
      </ul>
      <details class="series-table-details">
        <summary data-testid="series-table-toggle">Show the figures as a table</summary>
        <div class="table-scroll" role="region" aria-label="Figures meeting by meeting, table" tabIndex={0}>
          <table class="summary-table series-table" data-testid="series-table">
            <caption>Primary care’s share of the seats and of the talk, meeting by meeting, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Meeting</th>
                <th scope="col">People present (primary care)</th>
                <th scope="col">Share of the seats</th>
                <th scope="col">Share of the talk</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.meetingId} data-testid="series-table-row" data-meeting-id={m.meetingId}>
                  <th scope="row">
                    <span class="series-date">{formatDate(m.startedAtMs)}</span>{' '}
                    {onOpenMeeting ? (
                      <button type="button" class="link inline" onClick={() => onOpenMeeting(m.meetingId)} data-testid="series-open-meeting">
                        {meetingName(m)}
                      </button>
                    ) : (
                      meetingName(m)
                    )}
                  </th>
                  <td>
                    {m.people} ({m.primaryCarePeople})
                  </td>
                  <td data-testid="series-table-seats">{m.primaryCareSeatShareRatio === null ? 'nobody recorded present' : formatPercent(m.primaryCareSeatShareRatio)}</td>
                  <td data-testid="series-table-talk">{m.primaryCareTalkShareRatio === null ? 'no talk recorded' : formatPercent(m.primaryCareTalkShareRatio)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
