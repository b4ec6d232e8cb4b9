import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MeetingDb, SCHEMA_VERSIONS } from '@/utils/db/database';
import { makeDb } from '../helpers/builders';
import { seeds } from '../helpers/migration-seeds';

let databases: MeetingDb[] = [];
afterEach(async () => {
  for (const db of databases) await db.delete();
  databases = [];
});

describe('database schema', () => {
  it('lists versions in ascending order', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('opens empty at the latest version', async () => {
    const db = makeDb();
    databases.push(db);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'actions',
      'counters',
      'dismissals',
      'itemEdits',
      'manualSegments',
      'mappings',
      'meetings',
      'odsImports',
      'organisations',
      'participants',
      'sessions',
      'settings',
      'speechSegments',
      'summaries',
      'utterances',
    ]);
  });

  const earlier = SCHEMA_VERSIONS.filter((v) => v.version < LATEST_SCHEMA_VERSION);
  it('has a migration seed for every earlier version', () => {
    expect(earlier.filter((v) => !seeds[v.version]).map((v) => v.version)).toEqual([]);
  });

  it.each(earlier.map((v) => v.version))('upgrades a database from version %i to the latest', async (version) => {
    const name = `migration-${version}-${Math.random()}`;
    const old = new MeetingDb(name, { upToVersion: version });
    await seeds[version]!.seed(old);
    old.close();
    const current = new MeetingDb(name);
    databases.push(current);
    await current.open();
    expect(current.verno).toBe(LATEST_SCHEMA_VERSION);
    await seeds[version]!.check(current);
  });
});
