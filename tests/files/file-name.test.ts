import { describe, expect, it } from 'vitest';
import { meetingFileName } from '@/utils/files/file-name';

describe('meetingFileName', () => {
  const startedAtMs = new Date(2026, 10, 20, 9, 30).getTime();

  it.each([
    ['PCN Clinical Directors’ Forum', 'summary-2026-11-20-pcn-clinical-directors-forum.docx'],
    ['  Café: <b>Estates</b> & IT  ', 'summary-2026-11-20-cafe-b-estates-b-it.docx'],
    ['', 'summary-2026-11-20-meeting.docx'],
    [null, 'summary-2026-11-20-meeting.docx'],
    ['A'.repeat(59) + ' board meeting', `summary-2026-11-20-${'a'.repeat(59)}.docx`],
  ])('names %j by date and title', (title, expected) => {
    expect(meetingFileName('summary', title, startedAtMs, 'docx')).toBe(expected);
  });

  it('uses the local date, so a meeting just after midnight in summer is filed on its own day', () => {
    expect(meetingFileName('meeting', 'Board', new Date(2026, 6, 1, 0, 15).getTime(), 'json')).toBe('meeting-2026-07-01-board.json');
  });
});
