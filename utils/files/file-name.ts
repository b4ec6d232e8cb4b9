import { isoDateOf } from '../core/action-log';

const LABEL_MAX_CHARS = 60;

/** A title as a file name part: lower case, ASCII letters and digits joined by hyphens, at most 60 characters. */
function fileLabel(title: string | null): string {
  return (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, LABEL_MAX_CHARS)
    .replace(/-+$/, '');
}

/**
 * A download's file name that says what and when, safe on every system:
 * `summary-2026-11-20-pcn-clinical-directors-forum.docx`. The date is the
 * meeting's local date, as the user would file it.
 */
export function meetingFileName(prefix: string, title: string | null, startedAtMs: number, extension: string): string {
  return `${prefix}-${isoDateOf(startedAtMs)}-${fileLabel(title) || 'meeting'}.${extension}`;
}

/**
 * A series download's file name: `series-pcn-clinical-directors-forum-2027-05-12.csv`,
 * dated the day it is made (the local date), as the figures stand that day.
 */
export function seriesFileName(seriesTitle: string, madeAtMs: number, extension: string): string {
  return `series-${fileLabel(seriesTitle) || 'meetings'}-${isoDateOf(madeAtMs)}.${extension}`;
}

/**
 * A page report's file name: `page-report-meet-2026-12-06-1405.json`, with the
 * platform and the local date and time it was made (several may be made in
 * one call, before and after a fault).
 */
export function pageReportFileName(platform: 'meet' | 'teams', madeAtMs: number): string {
  const d = new Date(madeAtMs);
  const time = `${String(d.getHours()).padStart(2, '0')}${String(d.getMinutes()).padStart(2, '0')}`;
  return `page-report-${platform}-${isoDateOf(madeAtMs)}-${time}.json`;
}
