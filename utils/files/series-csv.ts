import Papa from 'papaparse';
import { formatDate, formatPercent } from '../core/format';
import { SERIES_MEETING_LABELS } from '../core/series-pack';
import type { SeriesEvidence, SeriesMeetingRow } from '../core/series-types';
import { seriesFileName } from './file-name';

const L = SERIES_MEETING_LABELS;

/** The series CSV's columns, in order (docs/series-csv.md). */
export const SERIES_CSV_COLUMNS = [
  L.date,
  L.title,
  L.people,
  L.primaryCarePeople,
  L.seatShare,
  L.talkShare,
  L.decisions,
  L.decisionsWithoutPrimaryCare,
  L.actionsOpen,
] as const;

/** Excel reads a file as UTF-8 only when it starts with a byte order mark. */
const BYTE_ORDER_MARK = '\uFEFF';

/** A share as Excel shows a percentage ("42%"), or empty when there is nothing to divide by. */
function percentCell(ratio: number | null): string {
  return ratio === null ? '' : formatPercent(ratio);
}

function row(m: SeriesMeetingRow): string[] {
  return [
    formatDate(m.startedAtMs),
    m.title ?? '',
    String(m.people),
    String(m.primaryCarePeople),
    percentCell(m.primaryCareSeatShareRatio),
    percentCell(m.primaryCareTalkShareRatio),
    String(m.decisions),
    String(m.decisionsWithoutPrimaryCare.length),
    String(m.actionsOpen),
  ];
}

/**
 * A series' figures as a CSV file for Excel, one row a meeting, oldest first:
 * UTF-8 with a byte order mark, CRLF line endings, every field quoted, and
 * cells that start with = + - @ tab or return prefixed with ' so Excel never
 * runs them as formulas (papaparse's escapeFormulae), as the action log does.
 * The series title names the file ({@link seriesCsvFileName}), not a column.
 */
export function seriesCsv(evidence: SeriesEvidence, _seriesTitle: string): string {
  const body = Papa.unparse({ fields: [...SERIES_CSV_COLUMNS], data: evidence.meetings.map(row) }, { quotes: true, newline: '\r\n', escapeFormulae: true });
  return `${BYTE_ORDER_MARK}${body}\r\n`;
}

/** `series-pcn-clinical-directors-forum-2027-05-12.csv`, dated the day it is made. */
export function seriesCsvFileName(seriesTitle: string, nowMs: number): string {
  return seriesFileName(seriesTitle, nowMs, 'csv');
}
