/** Builds rows in the ODS layouts (shared/docs/domain.md §2) for tests. */

const quote = (cell: string): string => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A 27-column standard ODS row; `cells` sets columns by index. */
export function standardRow(cells: Record<number, string>): string {
  return Array.from({ length: 27 }, (_, i) => quote(cells[i] ?? '')).join(',');
}

/** An epraccur row for a GP practice. */
export function epraccurRow(code: string, name: string, options: { status?: string; closeDate?: string; setting?: string } = {}): string {
  return standardRow({
    0: code,
    1: name,
    2: 'Y63',
    3: 'QF7',
    4: '1 HIGH STREET',
    8: 'SHEFFIELD',
    9: 'S1 1AA',
    10: '19740401',
    11: options.closeDate ?? '',
    12: options.status ?? 'A',
    13: 'B',
    14: '03N',
    15: '20130401',
    17: '0114 000 0000',
    25: options.setting ?? '4',
  });
}

/** An 11-column PCN core partner row. */
export function pcnPartnerRow(practiceCode: string, practiceName: string, pcnCode: string, pcnName: string, endDate = ''): string {
  return [practiceCode, practiceName, '03N', 'NHS SOUTH YORKSHIRE ICB - 03N', pcnCode, pcnName, '03N', 'NHS SOUTH YORKSHIRE ICB - 03N', '20200401', endDate, 'TRUE']
    .map(quote)
    .join(',');
}
