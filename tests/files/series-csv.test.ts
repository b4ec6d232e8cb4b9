import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SERIES_CSV_COLUMNS, seriesCsv, seriesCsvFileName } from '@/utils/files/series-csv';
import { emptySeriesEvidence, meetingRow, PACK_NOW, sampleSeriesEvidence } from '../helpers/series-pack-fixtures';

const TITLE = 'Primary Care Commissioning Committee';

/** Reads a CSV the way a spreadsheet would, after checking the bytes Excel needs. */
function readCsv(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  // Every line break outside quotes is CRLF.
  const outside = csv.replace(/"[^"]*"/g, '');
  expect(outside.match(/\n/g)?.length).toBe(outside.match(/\r\n/g)?.length);
  expect(csv.endsWith('\r\n')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('series CSV', () => {
  it('has exactly the agreed columns, and one row a meeting, oldest first', () => {
    const rows = readCsv(seriesCsv(sampleSeriesEvidence(), TITLE));
    expect(rows[0]).toEqual([
      'Date',
      'Title',
      'People',
      'Primary care people',
      'Primary care share of people',
      'Primary care share of talk',
      'Decisions',
      'Decisions without primary care',
      'Actions open',
    ]);
    expect(SERIES_CSV_COLUMNS).toEqual(rows[0]);
    expect(rows).toHaveLength(1 + 6);
    expect(rows[1]).toEqual(['18 Nov 2026', TITLE, '12', '5', '42%', '30%', '1', '1', '1']);
    expect(rows[4]).toEqual(['10 Feb 2027', `${TITLE} (extraordinary)`, '12', '5', '42%', '21%', '1', '0', '3']);
  });

  it('quotes every field, with a byte order mark and CRLF line ends', () => {
    const csv = seriesCsv(sampleSeriesEvidence(), TITLE);
    expect(csv.slice(0, 7)).toBe('\uFEFF"Date"');
    expect(csv.split('\r\n')[1]).toBe(`"18 Nov 2026","${TITLE}","12","5","42%","30%","1","1","1"`);
  });

  it('guards a title that Excel would run as a formula', () => {
    const evidence = sampleSeriesEvidence({
      meetings: [meetingRow(0, { title: '=HYPERLINK("http://evil.example","Click")' }), meetingRow(1, { title: '+1+1' }), meetingRow(2, { title: '@SUM(A1)' })],
    });
    const rows = readCsv(seriesCsv(evidence, TITLE));
    expect(rows.slice(1).map((row) => row[1])).toEqual([`'=HYPERLINK("http://evil.example","Click")`, `'+1+1`, `'@SUM(A1)`]);
  });

  it('leaves a share empty when there is nothing to divide by, and keeps commas, quotes and line breaks in a title', () => {
    const evidence = sampleSeriesEvidence({
      meetings: [meetingRow(0, { title: 'Board, "part 2"\nconfidential', people: 0, primaryCarePeople: 0, primaryCareSeatShareRatio: null, primaryCareTalkShareRatio: null })],
    });
    const rows = readCsv(seriesCsv(evidence, TITLE));
    expect(rows[1]).toEqual(['18 Nov 2026', 'Board, "part 2"\nconfidential', '0', '0', '', '', '2', '0', '1']);
  });

  it('writes the header alone for an empty series', () => {
    expect(readCsv(seriesCsv(emptySeriesEvidence(), TITLE))).toEqual([[...SERIES_CSV_COLUMNS]]);
  });

  it('is named series-<title>-<date made>.csv', () => {
    expect(seriesCsvFileName('PCN Clinical Directors’ Forum', PACK_NOW)).toBe('series-pcn-clinical-directors-forum-2027-05-12.csv');
    expect(seriesCsvFileName('', PACK_NOW)).toBe('series-meetings-2027-05-12.csv');
  });
});
