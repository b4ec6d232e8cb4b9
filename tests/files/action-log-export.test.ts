import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ActionLogEntry } from '@/utils/core/action-log';
import { redact } from '@/utils/core/redaction';
import { ACTION_LOG_COLUMNS, actionLogCsv } from '@/utils/files/action-log-csv';
import { actionsCalendar } from '@/utils/files/calendar';

const MEETING_MS = new Date(2026, 10, 18, 10, 0).getTime();
const TODAY = '2026-12-02';

function entry(overrides: Partial<ActionLogEntry> = {}): ActionLogEntry {
  return {
    ref: 'A-2026-001',
    kind: 'action',
    text: 'Circulate the utilisation data by PCN',
    owner: 'Daniel Okafor',
    organisation: 'NHS South Yorkshire ICB',
    sector: 'icb',
    dueDate: '2026-11-27',
    dueText: 'by Friday week',
    status: 'open',
    ragOverride: null,
    updates: [],
    closedAtMs: null,
    meetingTitle: 'Primary Care Commissioning Committee',
    meetingStartedAtMs: MEETING_MS,
    ...overrides,
  };
}

/** Reads a CSV the way a spreadsheet would, after checking the bytes Excel needs. */
function readCsv(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.replace(/"[^"]*"/g, '').match(/\n/g)?.length).toBe(csv.replace(/"[^"]*"/g, '').match(/\r\n/g)?.length);
  const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('action log CSV', () => {
  it('has the usual columns, and one row per action with dates as NHS papers write them', () => {
    const rows = readCsv(
      actionLogCsv(
        [
          entry(),
          entry({
            ref: 'A-2026-002',
            text: 'Write to PCN clinical directors',
            owner: 'Sarah Whitfield',
            dueDate: null,
            dueText: 'before the next meeting',
            status: 'done',
            closedAtMs: new Date(2026, 10, 30, 16).getTime(),
            updates: [
              { atMs: new Date(2026, 10, 24, 9).getTime(), text: 'Draft shared with the chair.' },
              { atMs: new Date(2026, 10, 29, 9).getTime(), text: 'Sent to all 12 CDs.' },
            ],
          }),
          entry({ ref: 'D-2026-001', kind: 'decision', text: 'Minutes approved', owner: null, organisation: null, dueDate: null, dueText: null }),
        ],
        TODAY,
      ),
    );
    expect(rows[0]).toEqual([...ACTION_LOG_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      ['A-2026-001', 'Primary Care Commissioning Committee', '18 Nov 2026', 'Circulate the utilisation data by PCN', 'Daniel Okafor', 'NHS South Yorkshire ICB', '27 Nov 2026', 'Open', 'Red', '', ''],
      ['A-2026-002', 'Primary Care Commissioning Committee', '18 Nov 2026', 'Write to PCN clinical directors', 'Sarah Whitfield', 'NHS South Yorkshire ICB', 'before the next meeting', 'Done', 'Green', '29 Nov 2026: Sent to all 12 CDs.\n24 Nov 2026: Draft shared with the chair.', '30 Nov 2026'],
      ['D-2026-001', 'Primary Care Commissioning Committee', '18 Nov 2026', 'Decision: Minutes approved', '', '', '', 'Decided', '', '', ''],
    ]);
  });

  it('quotes every field, with CRLF between rows, so commas, quotes and line breaks survive', () => {
    const csv = actionLogCsv([entry({ text: 'Agree "phase 2", then report\nback', owner: 'Okafor, Daniel' })], TODAY);
    expect(csv).toContain('"Ref","Meeting","Meeting date","Action"');
    expect(csv).toContain('"Agree ""phase 2"", then report\nback","Okafor, Daniel"');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(readCsv(csv)[1]![3]).toBe('Agree "phase 2", then report\nback');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","Click")'],
    ['+44 114 000 0000'],
    ['-1+2'],
    ['@SUM(A1:A9)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('never lets a cell run as a formula: %j', (hostile) => {
    const rows = readCsv(actionLogCsv([entry({ text: hostile, owner: hostile, organisation: hostile })], TODAY));
    for (const cell of rows[1]!.slice(3, 6)) expect(cell).toBe(`'${hostile}`);
  });

  it('keeps non-ASCII text intact as UTF-8', () => {
    const rows = readCsv(actionLogCsv([entry({ owner: 'Zoë Ní Bhriain', text: 'Confirm the £1.2m uplift – 2026/27' })], TODAY));
    expect(rows[1]!.slice(3, 5)).toEqual(['Confirm the £1.2m uplift – 2026/27', 'Zoë Ní Bhriain']);
  });

  it('hides patient details when redaction is on', () => {
    const rows = readCsv(actionLogCsv([entry({ text: 'Call about NHS number 943 476 5919', updates: [{ atMs: MEETING_MS, text: 'Rang 07700 900123' }] })], TODAY, redact));
    expect(rows[1]![3]).toBe('Call about NHS number [NHS number]');
    expect(rows[1]![9]).toBe('18 Nov 2026: Rang [phone number]');
  });

  it('writes only the header for an empty log', () => {
    expect(readCsv(actionLogCsv([], TODAY))).toEqual([[...ACTION_LOG_COLUMNS]]);
  });
});

describe('due dates as a calendar file', () => {
  it('makes an all-day event for each open action with a due date, keyed by its ref', async () => {
    const { ics, eventCount } = await actionsCalendar(
      [
        entry(),
        entry({ ref: 'A-2026-002', dueDate: null, dueText: 'before the next meeting' }),
        entry({ ref: 'A-2026-003', status: 'done' }),
        entry({ ref: 'D-2026-001', kind: 'decision' }),
        entry({ ref: 'A-2026-004', text: 'Book; the room, "Seminar 2"', dueDate: '2027-01-31', owner: null, organisation: null }),
      ],
      Date.UTC(2026, 11, 2, 9),
    );
    expect(eventCount).toBe(2);
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('UID:A-2026-001@primary-care-meeting-companion');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261127');
    expect(lines).toContain('SUMMARY:A-2026-001 due: Circulate the utilisation data by PCN');
    expect(lines).toContain('DESCRIPTION:Owner: Daniel Okafor (NHS South Yorkshire ICB)\\nFrom: Primary Care Commissioning Committee\\, 18 Nov 2026');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270131');
    expect(lines).toContain('SUMMARY:A-2026-004 due: Book\\; the room\\, "Seminar 2"');
    expect(lines).toContain('TRANSP:TRANSPARENT');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('hides patient details in event titles when redaction is on', async () => {
    const { ics } = await actionsCalendar([entry({ text: 'Ring 0114 272 1234 back' })], Date.UTC(2026, 11, 2, 9), redact);
    expect(ics).not.toContain('0114 272 1234');
    expect(ics).toContain('SUMMARY:A-2026-001 due: Ring [phone number] back');
  });
});
