import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getMeetingBundle } from '@/utils/db/meetings-repo';
import { LATEST_SCHEMA_VERSION, MeetingDb, SCHEMA_VERSIONS } from '@/utils/db/database';
import { createBackup, previewRestore, restoreBackup } from '@/utils/db/backup-repo';
import { getPrivacySettings } from '@/utils/db/settings-repo';
import { BACKUP_SCHEMA_VERSION, BACKUP_TABLE_NAMES, parseBackup, type Backup } from '@/utils/db/backup-format';
import { makeDb, T0 } from '../helpers/builders';
import { HOSTILE_TEXT, seedEveryTable } from '../helpers/backup-sample';
import { seeds } from '../helpers/migration-seeds';

const FIXTURES = join(__dirname, '..', 'fixtures', 'backups');
/** When the fixtures were made; fixed so regenerating them is reproducible. */
const FIXTURE_CREATED_MS = Date.UTC(2026, 10, 20, 9, 0, 0);

let databases: MeetingDb[] = [];
function fresh(options: { upToVersion?: number } = {}): MeetingDb {
  const db = makeDb(options);
  databases.push(db);
  return db;
}
afterEach(async () => {
  for (const db of databases) await db.delete();
  databases = [];
});

async function snapshot(db: MeetingDb): Promise<Record<string, unknown[]>> {
  await db.open();
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

function parsed(backup: Backup): Backup {
  const result = parseBackup(JSON.stringify(backup));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.backup;
}

/** A database whose writes to one table fail, as a full disk would make them. */
function failWritesTo(db: MeetingDb, tableName: string): void {
  db.use({
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== tableName) return table;
        return { ...table, mutate: () => Promise.reject(Object.assign(new Error('The disk is full.'), { name: 'QuotaExceededError' })) };
      },
    }),
  });
}

describe('backup format version', () => {
  it('covers exactly the latest database schema and its tables', async () => {
    expect(BACKUP_SCHEMA_VERSION).toBe(LATEST_SCHEMA_VERSION);
    const db = fresh();
    await db.open();
    expect([...BACKUP_TABLE_NAMES].sort()).toEqual(db.tables.map((t) => t.name).sort());
  });
});

describe('createBackup and restoreBackup', () => {
  it('round-trips every table through the file, table by table', async () => {
    const source = fresh();
    await seedEveryTable(source);
    const before = await snapshot(source);
    for (const name of BACKUP_TABLE_NAMES) expect(before[name], name).not.toHaveLength(0);

    const backup = await createBackup(source, T0 + 200_000);
    const target = fresh();
    const outcome = await restoreBackup(target, parsed(backup));

    expect(outcome.ok).toBe(true);
    const after = await snapshot(target);
    // Tab ids belong to the browser that made the backup, so a restore clears them; everything else is identical.
    const expected: Record<string, unknown[]> = { ...before, meetings: (before.meetings as { tabId: number | null }[]).map((m) => ({ ...m, tabId: null })) };
    for (const name of BACKUP_TABLE_NAMES) expect(after[name], name).toEqual(expected[name]);
    expect((after.utterances as { text: string }[]).map((u) => u.text)).toContain(HOSTILE_TEXT);
  });

  it('keeps a meeting’s chosen figures source through backup and restore', async () => {
    const source = fresh();
    const { captured, tallied } = await seedEveryTable(source);
    await source.meetings.update(captured, { talkSource: 'indicators' });
    const backup = parsed(await createBackup(source, T0 + 200_000));
    const target = fresh();

    expect((await restoreBackup(target, backup)).ok).toBe(true);

    expect((await target.meetings.get(captured))!.talkSource).toBe('indicators');
    expect(await target.meetings.get(tallied)).not.toHaveProperty('talkSource');
  });

  it('counts rows added and replaced, keeps rows the backup lacks, and changes nothing when repeated', async () => {
    const db = fresh();
    const { captured } = await seedEveryTable(db);
    const backup = parsed(await createBackup(db, T0 + 200_000));
    await db.meetings.update(captured, { title: 'Renamed after the backup' });
    await db.meetings.add({ ...(await db.meetings.get(captured))!, id: 'recorded-later', title: 'Recorded later' });

    const preview = await previewRestore(db, backup);
    expect(preview.counts.meetings).toEqual({ added: 0, replaced: 2, skipped: 0 });
    expect(await db.meetings.get(captured)).toMatchObject({ title: 'Renamed after the backup' });

    const outcome = await restoreBackup(db, backup);
    expect(outcome).toMatchObject({ ok: true, counts: { meetings: { added: 0, replaced: 2 }, odsImports: { added: 0, replaced: 1 } } });
    expect((await db.meetings.get(captured))!.title).not.toBe('Renamed after the backup');
    expect((await db.meetings.get('recorded-later'))!.title).toBe('Recorded later');
    expect(await db.odsImports.count()).toBe(1);

    const again = await snapshot(db);
    await restoreBackup(db, backup);
    expect(await snapshot(db)).toEqual(again);
  });

  it('skips every row of a meeting that is live in this browser', async () => {
    const source = fresh();
    const { captured } = await seedEveryTable(source);
    const backup = parsed(await createBackup(source, T0 + 200_000));
    const target = fresh();
    await target.meetings.add({ ...backup.tables.meetings!.find((m) => m.id === captured)!, title: 'Live now', endedAtMs: null, tabId: 7 });
    const before = await snapshot(target);

    const outcome = await restoreBackup(target, backup);

    expect(outcome).toMatchObject({ ok: true, skippedLiveMeetings: ['Live now'], counts: { meetings: { added: 1, skipped: 1 } } });
    if (!outcome.ok) return;
    expect(outcome.counts.utterances.skipped).toBe(2);
    expect(await target.meetings.get(captured)).toEqual(before.meetings![0]);
    expect(await target.utterances.where('meetingId').equals(captured).count()).toBe(0);
  });

  it('writes nothing when a table fails midway through the transaction', async () => {
    const source = fresh();
    await seedEveryTable(source);
    const backup = parsed(await createBackup(source, T0 + 200_000));
    const target = fresh();
    failWritesTo(target, 'summaries');
    await target.meetings.add({ ...backup.tables.meetings![0]!, id: 'already-here', title: 'Already here' });
    const before = await snapshot(target);

    const outcome = await restoreBackup(target, backup);

    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(/^Nothing was restored: the browser has run out of storage space/);
    expect(await snapshot(target)).toEqual(before);
  });

  it('the failing-table control really fails: without it the same restore succeeds', async () => {
    const source = fresh();
    await seedEveryTable(source);
    const backup = parsed(await createBackup(source, T0 + 200_000));
    const target = fresh();
    expect((await restoreBackup(target, backup)).ok).toBe(true);
    expect(await target.summaries.count()).toBe(1);
  });

  it('leaves every table as it was when a hostile or corrupt file is refused', async () => {
    const db = fresh();
    await seedEveryTable(db);
    const good = JSON.stringify(await createBackup(db, T0 + 200_000));
    const before = await snapshot(db);
    const bad = [
      good.slice(0, good.length / 2),
      good.replace('"tables":{', '"tables":{"__proto__":{"isAdmin":true},'),
      good.replace(/"meetingId":"[^"]+"/, '"meetingId":"no-such-meeting"'),
      good.replace('"schemaVersion":6', '"schemaVersion":7'),
      '{"format":"something-else"}',
    ];
    for (const text of bad) {
      const result = parseBackup(text);
      expect(result.ok, text.slice(0, 60)).toBe(false);
      if (result.ok) await restoreBackup(db, result.backup);
    }
    expect(await snapshot(db)).toEqual(before);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

const earlier = SCHEMA_VERSIONS.filter((v) => v.version < LATEST_SCHEMA_VERSION).map((v) => v.version);

describe('backups from older schema versions', () => {
  it.each(earlier)('the committed fixture for version %i is what a database seeded at that version backs up to', async (version) => {
    const db = fresh({ upToVersion: version });
    await seeds[version]!.seed(db);
    const made = JSON.stringify(await createBackup(db, FIXTURE_CREATED_MS), null, 2) + '\n';
    const file = join(FIXTURES, `schema-v${version}.json`);
    if (process.env.UPDATE_BACKUP_FIXTURES === '1' || !existsSync(file)) writeFileSync(file, made);
    expect(readFileSync(file, 'utf8')).toBe(made);
    expect(JSON.parse(made)).toMatchObject({ schemaVersion: version });
  });

  it.each(earlier)('a version %i backup restores into the latest schema exactly as the database upgrade would', async (version) => {
    const result = parseBackup(readFileSync(join(FIXTURES, `schema-v${version}.json`), 'utf8'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const restored = fresh();
    const outcome = await restoreBackup(restored, result.backup);
    expect(outcome.ok).toBe(true);

    const name = `upgraded-${version}-${Math.random()}`;
    const old = new MeetingDb(name, { upToVersion: version });
    await seeds[version]!.seed(old);
    old.close();
    const upgraded = new MeetingDb(name);
    databases.push(upgraded);

    expect(await snapshot(restored)).toEqual(await snapshot(upgraded));
    await seeds[version]!.check(restored);
  });

  it('gives a version 1 caption no unknown-speaker flag, read as known, and default settings', async () => {
    const result = parseBackup(readFileSync(join(FIXTURES, 'schema-v1.json'), 'utf8'));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const db = fresh();
    await restoreBackup(db, result.backup);
    const bundle = (await getMeetingBundle(db, 'meet-old'))!;
    expect(bundle.utterances[0]).not.toHaveProperty('isSpeakerUnknown');
    expect(bundle.meeting.seriesId).toBe('series-meet-old');
    expect(await getPrivacySettings(db)).toEqual({ redactPatientDetails: true, retentionDays: null });
  });

  it('puts an older meeting into a series already in this browser', async () => {
    const result = parseBackup(readFileSync(join(FIXTURES, 'schema-v3.json'), 'utf8'));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const db = fresh();
    await db.meetings.add({
      id: 'teams-sep', platform: 'teams', code: null, title: 'Place Board – September 2026', url: '', selfName: null,
      startedAtMs: T0 - 60 * 86_400_000, lastSeenAtMs: T0, endedAtMs: T0, tabId: null, health: null, figures: null, seriesId: 'series-place-board',
    });
    await restoreBackup(db, result.backup);
    expect((await db.meetings.get('teams-oct'))!.seriesId).toBe('series-place-board');
    expect((await db.meetings.get('teams-nov'))!.seriesId).toBe('series-place-board');
    expect((await db.meetings.get('meet-other'))!.seriesId).toBe('series-meet-other');
  });
});
