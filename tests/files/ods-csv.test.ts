import { describe, expect, it } from 'vitest';
import { detectOdsReport, parseOdsCsv } from '@/utils/files/ods-csv';
import { epraccurRow, pcnPartnerRow, standardRow } from '../helpers/ods';

const lines = (...rows: string[]): string => `${rows.join('\r\n')}\r\n`;

describe('parseOdsCsv: epraccur', () => {
  it('imports active GP practices and counts what it skips', () => {
    const result = parseOdsCsv(
      lines(
        epraccurRow('C88001', 'BIRCHFIELD MEDICAL PRACTICE'),
        epraccurRow('C88002', 'THE GRANTHAM PRACTICE, SHEFFIELD'),
        epraccurRow('C88003', 'OLD PRACTICE', { status: 'C', closeDate: '20200331' }),
        epraccurRow('Y05161', 'FIVEWAYS PCN EA HUB', { setting: '0' }),
        epraccurRow('C88004', 'PROPOSED PRACTICE', { status: 'P' }),
      ),
      'epraccur',
    );
    expect(result.fatal).toBeNull();
    expect(result.organisations.map((o) => [o.odsCode, o.name, o.sector, o.id, o.source])).toEqual([
      ['C88001', 'BIRCHFIELD MEDICAL PRACTICE', 'general_practice', 'ods:C88001', 'ods'],
      ['C88002', 'THE GRANTHAM PRACTICE, SHEFFIELD', 'general_practice', 'ods:C88002', 'ods'],
    ]);
    expect(result).toMatchObject({ totalRows: 5, acceptedRows: 2, rejectedCount: 0 });
    expect(result.skipped).toEqual({
      'closed or dormant': 1,
      'not a GP practice (another prescribing setting)': 1,
      'proposed, not yet open': 1,
    });
  });

  it('rejects bad rows one by one, saying which line and why, and imports the rest', () => {
    const rows = Array.from({ length: 8 }, (_, i) => epraccurRow(`C8800${i}`, `SURGERY ${i}`));
    const result = parseOdsCsv(lines(...rows, epraccurRow('12345X', 'BAD CODE'), epraccurRow('C88009', 'BAD DATE').replace('19740401', '1 Apr 1974')), 'epraccur');
    expect(result.fatal).toBeNull();
    expect(result.acceptedRows).toBe(8);
    expect(result.rejected).toEqual([
      { line: 9, reason: '"12345X" is not a GP practice code (a letter and 5 digits)' },
      { line: 10, reason: 'the open date "1 Apr 1974" is not a date in the form YYYYMMDD' },
    ]);
  });

  it('imports a truncated file up to the cut, and says the last line was cut short', () => {
    const good = Array.from({ length: 20 }, (_, i) => epraccurRow(`C${88100 + i}`, `PRACTICE ${i}`));
    const text = lines(...good) + epraccurRow('C88999', 'CUT OFF PRACTICE').slice(0, 40);
    const result = parseOdsCsv(text, 'epraccur');
    expect(result.fatal).toBeNull();
    expect(result.acceptedRows).toBe(20);
    expect(result.rejected).toEqual([{ line: 21, reason: 'the last line is incomplete: the file may have been cut short' }]);
  });

  it('skips a header row if the file has one', () => {
    const result = parseOdsCsv(lines('Organisation Code,Name,National Grouping', epraccurRow('C88001', 'A SURGERY')), 'epraccur');
    expect(result).toMatchObject({ acceptedRows: 1, skipped: { 'header row': 1 }, fatal: null });
  });

  it('reads 10,000 practices', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => epraccurRow(`Y${String(10_000 + i).padStart(5, '0')}`, `PRACTICE NUMBER ${i}`));
    const result = parseOdsCsv(lines(...rows), 'epraccur');
    expect(result.fatal).toBeNull();
    expect(result.organisations).toHaveLength(10_000);
  });
});

describe('parseOdsCsv: refusing a bad file whole', () => {
  it.each([
    ['an empty file', '', 'The file is empty.'],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000binary', 'This is not a CSV text file.'],
    ['a file of another kind', lines(pcnPartnerRow('C88001', 'A SURGERY', 'U12345', 'A PCN')), expect.stringMatching(/^No row in this file could be imported as GP practices \(epraccur\) \(line 1: only 11 columns/)],
    ['a spreadsheet of something else', lines('Name,Email', 'Jo,jo@example.org', 'Sam,sam@example.org'), expect.stringMatching(/^No row in this file could be imported/)],
  ])('refuses %s', (_name, text, message) => {
    const result = parseOdsCsv(text, 'epraccur');
    expect(result.fatal).toEqual(message);
    expect(result.organisations).toEqual([]);
  });

  it('refuses a file where too many rows cannot be read, importing none of it', () => {
    const rows = [epraccurRow('C88001', 'A SURGERY'), epraccurRow('C88002', 'B SURGERY'), ...Array.from({ length: 3 }, () => epraccurRow('XX', 'BROKEN'))];
    const result = parseOdsCsv(lines(...rows), 'epraccur');
    expect(result.fatal).toBe('3 of 5 rows could not be read, so this may not be GP practices (epraccur). Nothing was imported.');
    expect(result.organisations).toEqual([]);
  });
});

describe('parseOdsCsv: other reports', () => {
  it('reads PCNs and their member practices from the PCN core partner file', () => {
    const result = parseOdsCsv(
      lines(
        pcnPartnerRow('C88001', 'BIRCHFIELD MEDICAL PRACTICE', 'U12345', 'FOUNDRY PCN'),
        pcnPartnerRow('C88002', 'TOWNSHIP SURGERY', 'U54321', 'TOWNSHIPS 1 PCN'),
        pcnPartnerRow('C88003', 'LEFT SURGERY', 'U54321', 'TOWNSHIPS 1 PCN', '20240331'),
      ),
      'epcncorepartnerdetails',
    );
    expect(result.organisations.map((o) => [o.odsCode, o.sector, o.parentCode])).toEqual([
      ['U12345', 'pcn', null],
      ['C88001', 'general_practice', 'U12345'],
      ['U54321', 'pcn', null],
      ['C88002', 'general_practice', 'U54321'],
    ]);
    expect(result.skipped).toEqual({ 'practice has left the PCN': 1 });
  });

  it('sorts NHS trusts by type from their names', () => {
    const result = parseOdsCsv(
      lines(
        standardRow({ 0: 'RHQ', 1: 'SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST' }),
        standardRow({ 0: 'TAH', 1: 'SHEFFIELD HEALTH PARTNERSHIP UNIVERSITY NHS FOUNDATION TRUST' }),
        standardRow({ 0: 'RX9', 1: 'EAST MIDLANDS AMBULANCE SERVICE NHS TRUST' }),
        standardRow({ 0: 'RV9', 1: 'HUMBER TEACHING NHS FOUNDATION TRUST' }),
      ),
      'etr',
    );
    expect(result.organisations.map((o) => [o.odsCode, o.sector])).toEqual([
      ['RHQ', 'acute_trust'],
      ['TAH', 'community_mental_health_trust'],
      ['RX9', 'ambulance_trust'],
      ['RV9', 'other_nhs_trust'],
    ]);
  });

  it('reads active pharmacies from edispensary', () => {
    const result = parseOdsCsv(
      lines(
        standardRow({ 0: 'FA512', 1: 'BOOTS UK LIMITED', 12: 'A', 13: '1' }),
        standardRow({ 0: 'FAP38', 1: 'CLOSED CHEMIST', 11: '20230101', 12: 'C', 13: '1' }),
        standardRow({ 0: 'FWQ12', 1: 'APPLIANCE CONTRACTOR', 12: 'A', 13: '2' }),
      ),
      'edispensary',
    );
    expect(result.organisations.map((o) => [o.odsCode, o.sector])).toEqual([['FA512', 'community_pharmacy']]);
    expect(result.skipped).toEqual({ closed: 1, 'not a pharmacy (another dispensing contractor type)': 1 });
  });

  it('classifies ICBs and other bodies from eother by name', () => {
    const result = parseOdsCsv(
      lines(standardRow({ 0: 'QF7', 1: 'NHS SOUTH YORKSHIRE INTEGRATED CARE BOARD' }), standardRow({ 0: '8HA03', 1: 'AGE CONNECT WEST MIDLANDS' })),
      'eother',
    );
    expect(result.organisations.map((o) => [o.odsCode, o.sector])).toEqual([
      ['QF7', 'icb'],
      ['8HA03', 'vcse'],
    ]);
  });
});

describe('detectOdsReport', () => {
  it.each([
    ['epraccur.csv', epraccurRow('C88001', 'A SURGERY'), 'epraccur'],
    ['download.csv', epraccurRow('C88001', 'A SURGERY'), 'epraccur'],
    ['ETR.CSV', '', 'etr'],
    ['file.csv', pcnPartnerRow('C88001', 'A', 'U12345', 'B PCN'), 'epcncorepartnerdetails'],
    ['file.csv', standardRow({ 0: 'FA512', 1: 'A PHARMACY' }), 'edispensary'],
    ['file.csv', standardRow({ 0: 'RHQ', 1: 'A TRUST' }), 'etr'],
    ['notes.csv', 'Name,Email', null],
  ])('%s → %s', (fileName, text, kind) => {
    expect(detectOdsReport(fileName, text)).toBe(kind);
  });
});
