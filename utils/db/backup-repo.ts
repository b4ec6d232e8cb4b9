import type { IndexableType as IndexableKey, Table } from 'dexie';
import {
  BACKUP_TABLE_NAMES,
  BACKUP_TABLES,
  buildBackup,
  MEETING_CHILD_TABLES,
  type Backup,
  type BackupTableName,
  type BackupTables,
  type RestoreCounts,
} from './backup-format';
import { assignSeriesIds, type MeetingDb, type MeetingRow, type OdsImportRow } from './database';

/**
 * Whole-database backup and restore.
 *
 * Merge rule: a row in the backup replaces the row with the same key, and
 * every other row stays. Restoring never deletes, so meetings recorded in
 * this browser since the backup was made (or before it, on another computer)
 * survive; and restoring the same file twice changes nothing the second time.
 *
 * Live meetings: rows of a meeting that is still open in this browser (not
 * yet ended) are skipped, with everything that belongs to it, so a restore
 * can never rewind a call that is being captured.
 */

/** Reads every table the database has into a backup. */
export async function createBackup(db: MeetingDb, nowMs: number): Promise<Backup> {
  await db.open();
  const present = BACKUP_TABLE_NAMES.filter((name) => db.tables.some((t) => t.name === name));
  const tables: Partial<BackupTables> = {};
  await db.transaction('r', present.map((name) => db.table(name)), async () => {
    for (const name of present) (tables as Record<string, unknown[]>)[name] = await db.table(name).toArray();
  });
  return buildBackup(tables, db.verno, nowMs);
}

/** What a restore would do, or did. */
export interface RestorePlan {
  readonly counts: RestoreCounts;
  /** Titles (or ids) of meetings skipped because they are live in this browser. */
  readonly skippedLiveMeetings: readonly string[];
  readonly schemaVersion: number;
}

export type RestoreOutcome = ({ readonly ok: true } & RestorePlan) | { readonly ok: false; readonly error: string };

/**
 * Brings an older backup's rows up to the latest schema, by the database's
 * own upgrade rules, and clears what belongs to the browser that made it.
 */
export function upgradeBackupTables(backup: Backup, existingMeetings: readonly MeetingRow[]): BackupTables {
  const tables = Object.fromEntries(BACKUP_TABLE_NAMES.map((name) => [name, [...(backup.tables[name] ?? [])]])) as unknown as BackupTables;
  // Version 4 put every meeting into a series; older backups get the same rule, joining series already here.
  const withoutSeries = tables.meetings.filter((m) => m.seriesId === undefined);
  const seriesIds = assignSeriesIds(withoutSeries, [...existingMeetings, ...tables.meetings.filter((m) => m.seriesId !== undefined)]);
  // Tab ids belong to the browser session that made the backup; here they would point at unrelated tabs.
  tables.meetings = tables.meetings.map((m) => ({ ...m, tabId: null, ...(m.seriesId === undefined ? { seriesId: seriesIds.get(m.id)! } : {}) }));
  return tables;
}

function emptyCounts(): RestoreCounts {
  return Object.fromEntries(BACKUP_TABLE_NAMES.map((name) => [name, { added: 0, replaced: 0, skipped: 0 }])) as RestoreCounts;
}

function rowKey(table: BackupTableName, row: object): unknown {
  return (row as Record<string, unknown>)[BACKUP_TABLES[table].key];
}

function odsImportKey(row: OdsImportRow): string {
  return JSON.stringify([row.kind, row.fileName, row.atMs]);
}

/** Works out, inside the caller's transaction, which rows go where; writes nothing. */
async function plan(db: MeetingDb, backup: Backup) {
  const existingMeetings = await db.meetings.toArray();
  const live = new Map(existingMeetings.filter((m) => m.endedAtMs === null).map((m) => [m.id, m]));
  const tables = upgradeBackupTables(backup, existingMeetings);
  const counts = emptyCounts();
  const toWrite: Partial<Record<BackupTableName, object[]>> = {};
  const belongsToLive = (table: BackupTableName, row: object): boolean =>
    table === 'meetings' ? live.has((row as MeetingRow).id) : (MEETING_CHILD_TABLES as readonly string[]).includes(table) && live.has((row as { meetingId: string }).meetingId);

  for (const table of BACKUP_TABLE_NAMES) {
    const rows = tables[table] as object[];
    const kept = rows.filter((row) => !belongsToLive(table, row));
    counts[table].skipped = rows.length - kept.length;
    if (table === 'odsImports') {
      // Import history ids are auto-numbered per browser, so the same id here is a different import: match on what it was.
      const here = new Map((await db.odsImports.toArray()).map((r) => [odsImportKey(r), r.id]));
      toWrite.odsImports = (kept as OdsImportRow[]).map((row) => {
        const { id: _ignored, ...rest } = row;
        const existingId = here.get(odsImportKey(row));
        counts.odsImports[existingId === undefined ? 'added' : 'replaced'] += 1;
        return existingId === undefined ? rest : { ...rest, id: existingId };
      });
      continue;
    }
    // Keys only (getAllKeys): far cheaper than reading the rows the backup would replace.
    const here = new Set(await (db.table(table) as Table<object, IndexableKey>).toCollection().primaryKeys());
    const replaced = kept.filter((row) => here.has(rowKey(table, row) as IndexableKey)).length;
    counts[table].replaced = replaced;
    counts[table].added = kept.length - replaced;
    toWrite[table] = kept;
  }
  const skippedLiveMeetings = tables.meetings.filter((m) => live.has(m.id)).map((m) => live.get(m.id)!.title ?? m.id);
  return { counts, toWrite, skippedLiveMeetings };
}

/** What restoring `backup` would add, replace and skip, for the confirmation step. Writes nothing. */
export async function previewRestore(db: MeetingDb, backup: Backup): Promise<RestorePlan> {
  return db.transaction('r', db.tables, async () => {
    const { counts, skippedLiveMeetings } = await plan(db, backup);
    return { counts, skippedLiveMeetings, schemaVersion: backup.schemaVersion };
  });
}

/**
 * Restores a checked backup in one transaction over every table: either all
 * of it is written or, on any failure (a full disk, a closed database),
 * nothing is.
 */
export async function restoreBackup(db: MeetingDb, backup: Backup): Promise<RestoreOutcome> {
  try {
    const result = await db.transaction('rw', db.tables, async () => {
      const { counts, toWrite, skippedLiveMeetings } = await plan(db, backup);
      for (const table of BACKUP_TABLE_NAMES) {
        const rows = toWrite[table];
        if (rows?.length) await db.table(table).bulkPut(rows);
      }
      return { counts, skippedLiveMeetings, schemaVersion: backup.schemaVersion };
    });
    return { ok: true, ...result };
  } catch (error) {
    const cause = error instanceof Error ? error : new Error(String(error));
    const isFull = cause.name === 'QuotaExceededError' || (cause as { inner?: Error }).inner?.name === 'QuotaExceededError';
    return {
      ok: false,
      error: isFull
        ? 'Nothing was restored: the browser has run out of storage space for the extension. Free some space (for example, delete old meetings), then try again. Your data is as it was.'
        : `Nothing was restored, and your data is as it was. The browser said: ${cause.message}. Try again; if it happens again, restart the browser first.`,
    };
  }
}
