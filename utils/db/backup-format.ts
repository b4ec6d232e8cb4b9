import { z } from 'zod';
import { ROW_SCHEMAS, type TableName, type TableRow } from './rows';

/**
 * The whole-database backup file (documented in docs/backup-format.md).
 *
 * Pure: it reads and checks text, and opens no database; backup-repo.ts
 * makes and restores backups. A backup records the database schema version
 * it was taken at, so a backup from an older extension is brought up to date
 * on restore by the same rules as the database upgrades.
 */
export const BACKUP_FORMAT = 'primary-care-meeting-companion/backup';
/** The version of the file's own layout (not the database's). */
export const BACKUP_VERSION = 1;
/** The newest database schema a backup can hold; a test keeps it equal to LATEST_SCHEMA_VERSION. */
export const BACKUP_SCHEMA_VERSION = 6;

/** Largest backup read, in characters: checked before parsing so a huge file cannot freeze the page. */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;
/** Problems listed in full; the rest are counted. */
const MAX_LISTED_PROBLEMS = 5;
/** Keys that could reach an object's prototype when a parsed object is spread or merged. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** What a backup needs to know about one table, besides its row schema (ROW_SCHEMAS in utils/db/rows.ts). */
interface BackupTableSpec<Key> {
  /** The database schema version that added the table. */
  readonly sinceVersion: number;
  /** The field rows are matched on when restoring. */
  readonly key: Key;
  /** How one row is named to the user ("caption"). */
  readonly one: string;
  /** How rows are named to the user ("captions"). */
  readonly many: string;
}

/**
 * Every table a backup holds, with the schema version that added it and how
 * its rows are named to the user. Order matters: meetings come first so a
 * restore can check references against them. Rows are checked against the
 * table's schema in `ROW_SCHEMAS`.
 */
export const BACKUP_TABLES = {
  meetings: { sinceVersion: 1, key: 'id', one: 'meeting', many: 'meetings' },
  sessions: { sinceVersion: 1, key: 'id', one: 'capture session', many: 'capture sessions' },
  utterances: { sinceVersion: 1, key: 'id', one: 'caption', many: 'captions' },
  speechSegments: { sinceVersion: 1, key: 'id', one: 'speaking-indicator stretch', many: 'speaking-indicator stretches' },
  participants: { sinceVersion: 1, key: 'id', one: 'attendee', many: 'attendees' },
  counters: { sinceVersion: 1, key: 'key', one: 'counter', many: 'counters' },
  manualSegments: { sinceVersion: 2, key: 'id', one: 'tally turn', many: 'tally turns' },
  organisations: { sinceVersion: 3, key: 'id', one: 'organisation', many: 'organisations' },
  mappings: { sinceVersion: 3, key: 'key', one: 'remembered choice', many: 'remembered choices' },
  odsImports: { sinceVersion: 3, key: 'id', one: 'ODS import record', many: 'ODS import records' },
  actions: { sinceVersion: 4, key: 'id', one: 'action or decision', many: 'actions and decisions' },
  dismissals: { sinceVersion: 4, key: 'id', one: 'dismissed suggestion', many: 'dismissed suggestions' },
  settings: { sinceVersion: 5, key: 'key', one: 'setting', many: 'settings' },
  summaries: { sinceVersion: 5, key: 'meetingId', one: 'saved summary', many: 'saved summaries' },
  itemEdits: { sinceVersion: 6, key: 'id', one: 'agenda item change', many: 'agenda item changes' },
} as const satisfies { readonly [T in TableName]: BackupTableSpec<keyof TableRow<T>> };

/** The name of a table a backup holds: every table the database has. */
export type BackupTableName = keyof typeof BACKUP_TABLES;
/** Every table a backup holds, in the order they are checked and restored. */
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLES) as BackupTableName[];

/** The rows of every table, as stored in the database. */
export type BackupTables = { [T in BackupTableName]: TableRow<T>[] };

/** A checked backup. Tables added after `schemaVersion` are absent. */
export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: number;
  readonly schemaVersion: number;
  readonly createdAt: string;
  readonly tables: Partial<BackupTables>;
}

/** Tables whose rows belong to one meeting, through `meetingId`. */
export const MEETING_CHILD_TABLES = [
  'sessions',
  'utterances',
  'speechSegments',
  'participants',
  'manualSegments',
  'actions',
  'dismissals',
  'summaries',
  'itemEdits',
] as const satisfies readonly BackupTableName[];

/** The tables a database at `schemaVersion` has. */
export function tablesAtVersion(schemaVersion: number): BackupTableName[] {
  return BACKUP_TABLE_NAMES.filter((t) => BACKUP_TABLES[t].sinceVersion <= schemaVersion);
}

/** Builds a backup from table rows read from a database at `schemaVersion`. */
export function buildBackup(tables: Partial<BackupTables>, schemaVersion: number, nowMs: number): Backup {
  const present: Partial<BackupTables> = {};
  for (const table of tablesAtVersion(schemaVersion)) {
    (present as Record<string, unknown>)[table] = tables[table] ?? [];
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion, createdAt: new Date(nowMs).toISOString(), tables: present };
}

/** The file name a backup is downloaded as: `meeting-companion-backup-YYYY-MM-DD.json`, in local time. */
export function backupFileName(nowMs: number): string {
  const date = new Date(nowMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `meeting-companion-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** What reading a file found: the backup, or why it cannot be restored (first few problems and how many in all). */
export type BackupParseResult =
  | { readonly ok: true; readonly backup: Backup }
  | { readonly ok: false; readonly problems: readonly string[]; readonly problemCount: number };

const NOT_A_BACKUP = 'This file is not a backup from the Primary Care Meeting Companion. Choose a file downloaded with “Download a backup”.';
const NEWER = 'This backup was made by a newer version of the extension; update the extension first, then restore it.';

function fail(...problems: string[]): BackupParseResult {
  return { ok: false, problems, problemCount: problems.length };
}

const FIELD_NAMES: Record<string, string> = {
  id: 'the id',
  key: 'the key',
  meetingId: 'the meeting it belongs to',
  startMs: 'the start time',
  endMs: 'the end time',
  startedAtMs: 'the start time',
  endedAtMs: 'the end time',
  lastSeenAtMs: 'the time last seen',
  speaker: 'the speaker',
  text: 'the text',
  name: 'the name',
  title: 'the title',
  platform: 'the platform',
  source: 'the source',
  ref: 'the reference',
  status: 'the status',
  dueDate: 'the due date',
  sector: 'the sector',
  value: 'the value',
  seriesId: 'the series',
  intervals: 'the attendance times',
  talkSource: 'the figures source',
};

function describeField(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  const named = typeof last === 'string' ? FIELD_NAMES[last] : undefined;
  if (path.length === 1 && named) return named;
  return `the field “${path.map(String).join('.').slice(0, 80)}”`;
}

function valueAt(row: unknown, path: readonly PropertyKey[]): unknown {
  let value = row;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/** One zod issue as a plain sentence about a field. */
function describeIssue(issue: z.core.$ZodIssue, row: unknown): string {
  const field = describeField(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(row, issue.path) === undefined) return `${field} is missing`;
      return issue.expected === 'int' ? `${field} is not a whole number` : `${field} is not the right kind of value`;
    case 'too_big':
      return `${field} is too long or too large`;
    case 'too_small':
      return `${field} is too short or too small`;
    case 'unrecognized_keys':
      return `it has a field a backup never has (“${issue.keys[0]?.slice(0, 40) ?? ''}”)`;
    case 'invalid_value':
    case 'invalid_union':
      return `${field} is not one of the values the extension uses`;
    case 'invalid_format':
      return `${field} is not in the right format`;
    default:
      return `${field} is not valid`;
  }
}

/** Refuses keys that could pollute prototypes, wherever they appear. */
function findForbiddenKey(text: string): string | null {
  let found: string | null = null;
  JSON.parse(text, function (key: string, value: unknown) {
    if (found === null && FORBIDDEN_KEYS.has(key)) found = key;
    return value;
  });
  return found;
}

/**
 * Reads a backup file's text, checking everything before anything is restored.
 *
 * Refuses, with sentences a user can act on: files over the size limit
 * (before parsing), text that is not JSON, files that are not backups,
 * backups from a newer extension, keys such as `__proto__`, rows that do not
 * match their table, and rows pointing at a meeting the backup lacks.
 */
export function parseBackup(text: string, options: { readonly maxChars?: number } = {}): BackupParseResult {
  const maxChars = options.maxChars ?? MAX_BACKUP_CHARS;
  if (text.length > maxChars) {
    return fail(
      `This file is ${Math.ceil(text.length / 1_048_576).toLocaleString('en-GB')} MB, more than the ${Math.floor(maxChars / 1_048_576).toLocaleString('en-GB')} MB a backup can be. Nothing was restored.`,
    );
  }
  if (!text.trim()) return fail('This file is empty. Nothing was restored.');
  let forbidden: string | null;
  let data: unknown;
  try {
    forbidden = findForbiddenKey(text);
    data = JSON.parse(text);
  } catch {
    return fail(
      `${NOT_A_BACKUP} It is not readable as JSON: it may be cut short (for example, if the download did not finish) or changed by hand.`,
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail(NOT_A_BACKUP);
  const top = data as Record<string, unknown>;
  if (top.format === 'primary-care-meeting-companion/meeting') {
    return fail('This file is the export of a single meeting, not a backup. Only files made with “Download a backup” can be restored.');
  }
  if (top.format !== BACKUP_FORMAT) return fail(NOT_A_BACKUP);
  if (forbidden !== null) {
    return fail(`This backup contains a field named “${forbidden}”, which a backup never has; it may have been tampered with. Nothing was restored.`);
  }
  if (typeof top.version !== 'number' || !Number.isInteger(top.version) || top.version < 1) return fail(`${NOT_A_BACKUP} Its version is missing.`);
  if (typeof top.schemaVersion !== 'number' || !Number.isInteger(top.schemaVersion) || top.schemaVersion < 1) {
    return fail(`${NOT_A_BACKUP} Its database version is missing.`);
  }
  if (top.version > BACKUP_VERSION || top.schemaVersion > BACKUP_SCHEMA_VERSION) return fail(NEWER);
  const schemaVersion = top.schemaVersion;

  const extra = Object.keys(top).filter((k) => !['format', 'version', 'schemaVersion', 'createdAt', 'tables'].includes(k));
  if (extra.length) return fail(`The backup has a section a backup never has (“${extra[0]!.slice(0, 40)}”). Nothing was restored.`);
  if (typeof top.createdAt !== 'string' || !z.iso.datetime().safeParse(top.createdAt).success) {
    return fail('The backup does not say when it was made, so it may have been changed by hand. Nothing was restored.');
  }
  if (top.tables === null || typeof top.tables !== 'object' || Array.isArray(top.tables)) {
    return fail('The backup has no tables: it may be cut short or changed by hand. Nothing was restored.');
  }
  const rawTables = top.tables as Record<string, unknown>;
  const expected = tablesAtVersion(schemaVersion);
  const problems: string[] = [];
  let problemCount = 0;
  const note = (problem: string) => {
    problemCount += 1;
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(problem);
  };
  for (const key of Object.keys(rawTables)) {
    if (!expected.includes(key as BackupTableName)) note(`The backup has a table the extension does not know at its version (“${key.slice(0, 40)}”).`);
  }
  const tables: Partial<BackupTables> = {};
  for (const table of expected) {
    const rows = rawTables[table];
    const spec = BACKUP_TABLES[table];
    if (!Array.isArray(rows)) {
      note(`The ${spec.many} are missing from the backup.`);
      continue;
    }
    const parsed: unknown[] = [];
    const keys = new Set<unknown>();
    rows.forEach((row: unknown, index) => {
      const result = (ROW_SCHEMAS[table] as z.ZodType).safeParse(row);
      if (!result.success) {
        note(`Row ${(index + 1).toLocaleString('en-GB')} of ${spec.many}: ${describeIssue(result.error.issues[0]!, row)}.`);
        return;
      }
      const rowKey = (result.data as Record<string, unknown>)[spec.key];
      if (rowKey !== undefined && keys.has(rowKey)) {
        note(`Row ${(index + 1).toLocaleString('en-GB')} of ${spec.many}: it repeats the ${spec.one} before it with the same key.`);
        return;
      }
      keys.add(rowKey);
      parsed.push(result.data);
    });
    (tables as Record<string, unknown[]>)[table] = parsed;
  }
  if (schemaVersion >= 4) {
    (tables.meetings ?? []).forEach((meeting, index) => {
      if (meeting.seriesId === undefined) note(`Row ${(index + 1).toLocaleString('en-GB')} of meetings: the series is missing.`);
    });
  }
  // Every meeting row with an id counts, even one refused above, so a bad meeting is reported once, not once per caption.
  const rawMeetings: unknown[] = Array.isArray(rawTables.meetings) ? rawTables.meetings : [];
  const meetingIds = new Set(rawMeetings.map((m) => (m !== null && typeof m === 'object' ? (m as { id?: unknown }).id : undefined)));
  for (const table of MEETING_CHILD_TABLES) {
    (tables[table] ?? []).forEach((row: { meetingId: string }, index: number) => {
      if (!meetingIds.has(row.meetingId)) {
        note(`Row ${(index + 1).toLocaleString('en-GB')} of ${BACKUP_TABLES[table].many}: it belongs to a meeting that is not in the backup.`);
      }
    });
  }
  if (problemCount > 0) return { ok: false, problems, problemCount };
  return { ok: true, backup: { format: BACKUP_FORMAT, version: top.version, schemaVersion, createdAt: top.createdAt, tables } };
}

/** Per table: rows in a backup that are new here, that replace a row here, and that are skipped (their meeting is live). */
export type RestoreCounts = Record<BackupTableName, { added: number; replaced: number; skipped: number }>;

/**
 * What a restore would do, as the confirmation step says it: "3 meetings
 * (1 already here will be replaced), 812 captions, 14 actions and decisions".
 */
export function describeRestorePlan(counts: RestoreCounts): string {
  const parts: string[] = [];
  for (const table of BACKUP_TABLE_NAMES) {
    const { added, replaced } = counts[table];
    const total = added + replaced;
    if (total === 0) continue;
    const { one, many } = BACKUP_TABLES[table];
    const replacing = replaced === 0 ? '' : ` (${replaced.toLocaleString('en-GB')} already here will be replaced)`;
    parts.push(`${total.toLocaleString('en-GB')} ${total === 1 ? one : many}${replacing}`);
  }
  return parts.length ? `${parts.join(', ')}.` : 'Nothing: the backup is empty.';
}

/** The problems of a refused file as one short paragraph's worth of lines: the first few, then how many more. */
export function describeProblems(result: { readonly problems: readonly string[]; readonly problemCount: number }): string[] {
  const more = result.problemCount - result.problems.length;
  return more > 0 ? [...result.problems, `…and ${more.toLocaleString('en-GB')} more ${more === 1 ? 'problem' : 'problems'}.`] : [...result.problems];
}
