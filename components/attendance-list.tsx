import { formatTime } from '@/utils/core/format';
import type { AttendanceInterval } from '@/utils/core/model';

/** One attendee as the attendance list shows them. */
export interface AttendeeView {
  readonly name: string;
  readonly isSelf: boolean;
  readonly intervals: readonly AttendanceInterval[];
  readonly hasSpoken: boolean;
}

function describeIntervals(intervals: readonly AttendanceInterval[]): string {
  return intervals
    .map((i) => `${formatTime(i.joinMs)}–${i.leaveMs === null ? 'now' : formatTime(i.leaveMs)}`)
    .join(', ');
}

/** Who attended, when, and who has not spoken. */
export function AttendanceList({ attendees, isLive }: { attendees: readonly AttendeeView[]; isLive: boolean }) {
  if (attendees.length === 0) return null;
  const present = attendees.filter((a) => a.intervals.some((i) => i.leaveMs === null)).length;
  const silent = attendees.filter((a) => !a.hasSpoken).length;
  return (
    <details class="attendance" data-testid="attendance">
      <summary>
        Attendance: {attendees.length} {attendees.length === 1 ? 'person' : 'people'}
        {isLive ? `, ${present} here now` : ''}, {silent} not heard
      </summary>
      <ul>
        {attendees.map((a) => (
          <li key={a.name} data-testid="attendee" data-name={a.name}>
            <span class="attendee-name">
              {a.name}
              {a.isSelf ? ' (you)' : ''}
            </span>{' '}
            <span class="attendee-times">{describeIntervals(a.intervals)}</span>
            {a.hasSpoken ? null : <span class="attendee-silent"> · not heard</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
