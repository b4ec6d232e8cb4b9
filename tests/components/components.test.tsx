// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { mount } from '../helpers/dom';
import { AttendanceList } from '@/components/attendance-list';
import { HealthMessages } from '@/components/health-messages';
import { MeetingHeader } from '@/components/meeting-header';
import { MeetingHistory } from '@/components/meeting-history';
import { TalkSourceNote, TalkTimeList } from '@/components/talk-time-list';
import { computeTalkTime } from '@/utils/core/talk-time';
import { meeting, MEETING_START_MS } from '../helpers/meeting';


const byTestId = (root: HTMLElement, id: string) => [...root.querySelectorAll(`[data-testid="${id}"]`)];

describe('TalkTimeList', () => {
  const stats = computeTalkTime(
    meeting(`
      00:00 00:30 "Helen Marsh" Welcome everyone to the committee meeting today
      00:31 00:41 "Dr Tom Richards" Thanks Helen
    `),
    'indicators',
  );

  it('lists speakers by talk time with time, share and detail', () => {
    const root = mount(<TalkTimeList stats={stats} />);
    const rows = byTestId(root, 'talk-row');
    expect(rows.map((r) => r.getAttribute('data-speaker'))).toEqual(['Helen Marsh', 'Dr Tom Richards']);
    expect(byTestId(root, 'talk-time').map((e) => e.textContent)).toEqual(['0:30', '0:10']);
    expect(byTestId(root, 'talk-share').map((e) => e.textContent)).toEqual(['75%', '25%']);
    expect(rows[0]!.textContent).toContain('7 words · 1 turn · longest 0:30');
  });

  it('says where the figures come from', () => {
    const root = mount(<TalkSourceNote stats={stats} />);
    expect(byTestId(root, 'talk-source')[0]!.textContent).toBe(
      'Talk time from speaking indicators (no captions), share of talk time. Total 0:40 from 2 speakers.',
    );
  });

  it('gives screen readers the talk time in words', () => {
    const root = mount(<TalkTimeList stats={stats} />);
    expect(byTestId(root, 'talk-time')[0]!.getAttribute('aria-label')).toBe('30 seconds');
  });

  it('says plainly when nobody has spoken', () => {
    const root = mount(<TalkTimeList stats={null} />);
    expect(byTestId(root, 'talk-empty')[0]!.textContent).toContain('Nobody has spoken yet');
  });

  it('renders a hostile name as text, never as markup', () => {
    const hostile = computeTalkTime(meeting('00:00 00:05 "<img src=x onerror=alert(1)>" hi'), 'captions');
    const root = mount(<TalkTimeList stats={hostile} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('HealthMessages', () => {
  it('shows each message with its level, announced politely', () => {
    const root = mount(
      <HealthMessages
        messages={[
          { id: 'captions-off', level: 'problem', text: 'Captions are off: press c to turn them on.' },
          { id: 'roster-none', level: 'warning', text: 'Open People to record attendance.' },
        ]}
      />,
    );
    const list = byTestId(root, 'health')[0]!;
    // The live region wraps the list, so the list keeps its role (axe: listitem).
    expect(list.tagName).toBe('UL');
    expect(list.parentElement!.getAttribute('role')).toBe('status');
    expect(list.parentElement!.getAttribute('aria-live')).toBe('polite');
    expect(byTestId(root, 'health-captions-off')[0]!.textContent).toBe('Not recording Captions are off: press c to turn them on.');
  });
});

describe('MeetingHeader', () => {
  it('shows the title, platform, date and elapsed time of a live meeting', () => {
    const root = mount(
      <MeetingHeader
        title="Place board"
        code="abc-defg-hij"
        platform="meet"
        startedAtMs={MEETING_START_MS}
        endedAtMs={null}
        nowMs={MEETING_START_MS + 3_723_000}
      />,
    );
    expect(byTestId(root, 'meeting-title')[0]!.textContent).toBe('Place board');
    expect(root.textContent).toContain('Google Meet · abc-defg-hij · 18 Nov 2026');
    expect(byTestId(root, 'elapsed')[0]!.textContent).toBe('1:02:03');
    expect(root.textContent).toContain('Live');
  });

  it('falls back to the code when there is no title, and stops the clock when ended', () => {
    const root = mount(
      <MeetingHeader title={null} code="abc-defg-hij" platform="meet" startedAtMs={0} endedAtMs={60_000} nowMs={999_999} />,
    );
    expect(byTestId(root, 'meeting-title')[0]!.textContent).toBe('abc-defg-hij');
    expect(byTestId(root, 'elapsed')[0]!.textContent).toBe('1:00');
    expect(root.textContent).toContain('Ended');
  });
});

describe('AttendanceList', () => {
  it('summarises attendance and marks who has not been heard', () => {
    const root = mount(
      <AttendanceList
        isLive
        attendees={[
          { name: 'Claire Bennett', isSelf: false, hasSpoken: false, intervals: [{ joinMs: MEETING_START_MS, leaveMs: MEETING_START_MS + 60_000 }] },
          { name: 'Dr Tom Richards', isSelf: true, hasSpoken: true, intervals: [{ joinMs: MEETING_START_MS, leaveMs: null }] },
        ]}
      />,
    );
    expect(root.querySelector('summary')!.textContent).toBe('Attendance: 2 people, 1 here now, 1 not heard');
    const items = byTestId(root, 'attendee');
    expect(items[0]!.textContent).toContain('not heard');
    expect(items[1]!.textContent).toContain('Dr Tom Richards (you)');
  });
});

describe('MeetingHistory', () => {
  it('lists past meetings with their figures and opens one', () => {
    const opened: string[] = [];
    const root = mount(
      <MeetingHistory
        onOpen={(id) => opened.push(id)}
        meetings={[
          {
            id: 'm1',
            title: 'PCN clinical directors forum',
            startedAtMs: MEETING_START_MS,
            durationMs: 3_600_000,
            isLive: false,
            speakerCount: 7,
            topSpeakers: [{ speaker: 'Helen Marsh', shareRatio: 0.4 }],
          },
        ]}
      />,
    );
    const item = byTestId(root, 'history-item')[0] as HTMLButtonElement;
    expect(item.textContent).toContain('PCN clinical directors forum');
    expect(item.textContent).toContain('1:00:00 · 7 speakers');
    expect(item.textContent).toContain('Helen Marsh 40%');
    act(() => item.click());
    expect(opened).toEqual(['m1']);
  });

  it('says what to do when there are no meetings yet', () => {
    const root = mount(<MeetingHistory meetings={[]} onOpen={() => undefined} />);
    expect(byTestId(root, 'history-empty')[0]!.textContent).toContain('No meetings recorded yet');
  });
});
