import { describe, expect, it } from 'vitest';
import { findNextMeetingDate } from '@/utils/dates/due-date';
import { loadSampleMeeting } from '../helpers/meeting';
import { loadDevNextMeetings, sentencesOf } from './dev-cases';

function on(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 14, 0, 0).getTime();
}

function isoOf(ms: number | null): string | null {
  if (ms === null) return null;
  const date = new Date(ms);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

describe('findNextMeetingDate', () => {
  it.each([
    ["Our next meeting is on Wednesday the thirteenth of January at two o'clock, back at County Hall.", '2026-12-09', '2027-01-13'],
    ['Next meeting is Tuesday the ninth of March, same time, on Teams.', '2027-01-12', '2027-03-09'],
    ['We meet again on the 9th.', '2027-01-12', '2027-02-09'],
    ['Next meeting, then, is Thursday the eleventh of March, same time.', '2027-02-09', '2027-03-11'],
    ['Next committee: 13 January, same time.', '2026-12-09', '2027-01-13'],
    ["The next board will be held on 4 February.", '2027-01-12', '2027-02-04'],
    ["Next meeting's on the twentieth of January, in person.", '2026-12-16', '2027-01-20'],
    ["I'll bring it to the next meeting, which is the fourteenth of January.", '2026-12-09', '2027-01-14'],
    ["We're meeting again on Tuesday week.", '2026-11-18', '2026-12-01'],
    ['Thanks all, we meet again next Wednesday.', '2026-11-18', '2026-11-25'],
  ])('%s (said %s) → %s', (sentence, saidOn, expected) => {
    expect(isoOf(findNextMeetingDate(sentence, on(saidOn)))).toBe(expected);
  });

  it('gives local midnight of the day', () => {
    expect(findNextMeetingDate('Our next meeting is on 13 January.', on('2026-12-09'))).toBe(new Date(2027, 0, 13).getTime());
  });

  it.each([
    ['Can you bring it to the next meeting?'],
    ['We meet again in March.'],
    ['The last meeting was on the 9th.'],
    ['The papers deadline is the thirtieth of December.'],
    ['The next item is the finance report for the 9th of December.'],
    ['We met on the 4th of December and agreed it.'],
    ['Our next meeting was meant to be on the 2nd of December, which has gone.'],
  ])('finds nothing in "%s"', (sentence) => {
    expect(findNextMeetingDate(sentence, on('2026-12-09'))).toBeNull();
  });

  it('finds the date the chair says in each whole meeting of the development corpus', () => {
    for (const meeting of loadDevNextMeetings()) {
      let found: number | null = null;
      for (const line of meeting.lines) {
        for (const sentence of sentencesOf(line)) {
          const ms = findNextMeetingDate(sentence, meeting.meetingStartMs);
          if (ms !== null && ms > meeting.meetingStartMs) found = ms;
        }
      }
      expect(isoOf(found), meeting.file).toBe(meeting.truth);
    }
  });

  it('runs over the sentences of a three-hour meeting quickly (printed, not asserted)', () => {
    const { lines } = loadSampleMeeting();
    const sentences = lines.flatMap((l) => sentencesOf(l.text));
    const meeting = Array.from({ length: Math.ceil(3_000 / sentences.length) }, () => sentences).flat().slice(0, 3_000);
    const startMs = on('2026-11-18');
    for (const s of meeting.slice(0, 200)) findNextMeetingDate(s, startMs);
    const t0 = performance.now();
    for (const s of meeting) findNextMeetingDate(s, startMs);
    const elapsedMs = performance.now() - t0;
    console.log(`findNextMeetingDate over ${meeting.length} sentences: ${elapsedMs.toFixed(1)} ms`);
    expect(meeting).toHaveLength(3_000);
  });
});
