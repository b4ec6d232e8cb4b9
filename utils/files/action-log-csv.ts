import Papa from 'papaparse';
import { computeRag, type ActionLogEntry } from '../core/action-log';
import { formatDate, formatIsoDate } from '../core/format';

/** The columns NHS action logs use, in order. */
export const ACTION_LOG_COLUMNS = ['Ref', 'Meeting', 'Meeting date', 'Action', 'Owner', 'Organisation', 'Due', 'Status', 'RAG', 'Update', 'Closed'] as const;

const STATUS_WORDS = { open: 'Open', done: 'Done', dropped: 'Dropped' } as const;
const RAG_WORDS = { red: 'Red', amber: 'Amber', green: 'Green', grey: 'Grey' } as const;

/** Excel reads a file as UTF-8 only when it starts with a byte order mark. */
const BYTE_ORDER_MARK = '\uFEFF';

function dueCell(entry: ActionLogEntry): string {
  if (entry.dueDate) return formatIsoDate(entry.dueDate);
  return entry.dueText ?? '';
}

/** Updates newest first, each with its date: "3 Dec 2026: Chased by email." */
function updatesCell(entry: ActionLogEntry): string {
  return [...entry.updates]
    .sort((a, b) => b.atMs - a.atMs)
    .map((update) => `${formatDate(update.atMs)}: ${update.text}`)
    .join('\n');
}

/** One row of the action log, as the columns show it. */
export function actionLogRow(entry: ActionLogEntry, today: string, filterText: (text: string) => string = (text) => text): string[] {
  const isDecision = entry.kind === 'decision';
  return [
    entry.ref,
    entry.meetingTitle,
    formatDate(entry.meetingStartedAtMs),
    isDecision ? `Decision: ${filterText(entry.text)}` : filterText(entry.text),
    entry.owner ?? '',
    entry.organisation ?? '',
    isDecision ? '' : dueCell(entry),
    isDecision ? 'Decided' : STATUS_WORDS[entry.status],
    isDecision ? '' : RAG_WORDS[computeRag(entry, today)],
    filterText(updatesCell(entry)),
    entry.closedAtMs === null ? '' : formatDate(entry.closedAtMs),
  ];
}

/**
 * The action log as a CSV file that opens cleanly in Excel: UTF-8 with a
 * byte order mark, CRLF line endings, every field quoted, and cells that
 * start with = + - @ tab or return prefixed with ' so Excel never runs them
 * as formulas (papaparse's escapeFormulae).
 */
export function actionLogCsv(entries: readonly ActionLogEntry[], today: string, filterText?: (text: string) => string): string {
  const body = Papa.unparse(
    { fields: [...ACTION_LOG_COLUMNS], data: entries.map((entry) => actionLogRow(entry, today, filterText)) },
    { quotes: true, newline: '\r\n', escapeFormulae: true },
  );
  return `${BYTE_ORDER_MARK}${body}\r\n`;
}
