import type { Table } from 'dexie';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { BACKUP_TABLE_NAMES, BACKUP_TABLES } from '@/utils/db/backup-format';
import { createBackup } from '@/utils/db/backup-repo';
import { SCHEMA_VERSIONS, type MeetingDb } from '@/utils/db/database';
import type { IntroductionClaim } from '@/utils/core/introductions';
import { ROW_SCHEMAS, type TableName, type TableRow } from '@/utils/db/rows';
import { makeDb, T0 } from '../helpers/builders';
import { seedEveryTable } from '../helpers/backup-sample';

let db: MeetingDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** Every table the Dexie schema has at its latest version, with the version that added it. */
function declaredTables(): Map<string, number> {
  const tables = new Map<string, number>();
  for (const { version, stores } of SCHEMA_VERSIONS) {
    for (const [name, spec] of Object.entries(stores)) {
      if (spec === null) tables.delete(name);
      else if (!tables.has(name)) tables.set(name, version);
    }
  }
  return tables;
}

describe('stored tables', () => {
  it('gives every table the database declares exactly one row schema and one backup entry', () => {
    const declared = [...declaredTables().keys()].sort();
    expect(Object.keys(ROW_SCHEMAS).sort()).toEqual(declared);
    expect([...BACKUP_TABLE_NAMES].sort()).toEqual(declared);
    expect(new Set(Object.values(ROW_SCHEMAS)).size).toBe(declared.length);
  });

  it('backs each table up from the schema version that added it, matching rows on its primary key', async () => {
    db = makeDb();
    await db.open();
    for (const [name, version] of declaredTables()) {
      const spec = BACKUP_TABLES[name as TableName];
      expect(spec.sinceVersion, name).toBe(version);
      expect(spec.key, name).toBe(db.table(name).schema.primKey.keyPath);
    }
  });

  it('types every table of MeetingDb with the row its schema defines', () => {
    type DeclaredRows = { [T in TableName]: MeetingDb[T] extends Table<infer Row, infer _Key, infer _Insert> ? Row : never };
    expectTypeOf<DeclaredRows>().toEqualTypeOf<{ [T in TableName]: TableRow<T> }>();
  });

  it('stores every field an introduction can have, so a meeting kept after retention passes its own backup check', async () => {
    type StoredIntroduction = NonNullable<TableRow<'meetings'>['introductions']>[number];
    expectTypeOf<keyof StoredIntroduction>().toEqualTypeOf<keyof IntroductionClaim>();
    db = makeDb();
    await seedEveryTable(db);
    const { tables } = await createBackup(db, T0 + 200_000);
    const meeting = tables.meetings![0]!;
    const kept: IntroductionClaim[] = [
      { speaker: 'Marcia Bell', saidBy: 'other', organisationText: 'Elm Tree Surgery', sector: 'general_practice', basis: 'directory', title: null, quote: '', atMs: T0, isNameGuessed: true },
      { speaker: 'NOWICKI, Tomasz (NHS NORTHBY ICB)', saidBy: 'self', organisationText: null, sector: 'general_practice', basis: 'job-title', title: 'locum GP', quote: '', atMs: T0, deniesDisplayName: true },
    ];
    expect(ROW_SCHEMAS.meetings.safeParse({ ...meeting, introductions: kept }).success).toBe(true);
  });

  it('accepts every row the repositories store, and refuses it with a field its schema does not know', async () => {
    db = makeDb();
    await seedEveryTable(db);
    const { tables } = await createBackup(db, T0 + 200_000);
    for (const name of BACKUP_TABLE_NAMES) {
      const rows: readonly object[] = tables[name] ?? [];
      expect(rows, name).not.toHaveLength(0);
      for (const row of rows) {
        expect(ROW_SCHEMAS[name].safeParse(row).success, name).toBe(true);
        expect(ROW_SCHEMAS[name].safeParse({ ...row, unexpected: true }).success, name).toBe(false);
      }
    }
  });
});
