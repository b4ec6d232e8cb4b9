import { isoDateOf } from '../core/action-log';

const LABEL_MAX_CHARS = 60;

/**
 * A download's file name that says what and when, safe on every system:
 * `summary-2026-11-20-pcn-clinical-directors-forum.docx`. The date is the
 * meeting's local date, as the user would file it.
 */
export function meetingFileName(prefix: string, title: string | null, startedAtMs: number, extension: string): string {
  const label = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, LABEL_MAX_CHARS)
    .replace(/-+$/, '');
  return `${prefix}-${isoDateOf(startedAtMs)}-${label || 'meeting'}.${extension}`;
}
