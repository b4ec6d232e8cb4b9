import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_ORGANISATIONS, OrganisationIndex } from '@/utils/core/org-directory';
import { createBackup } from '@/utils/db/backup-repo';
import { mappingKey, resolveParticipant } from '@/utils/core/org-resolution';
import type { MeetingDb } from '@/utils/db/database';
import {
  addUserOrganisation,
  deleteImportedReport,
  deleteMapping,
  importOdsOrganisations,
  listMappings,
  listOdsImports,
  listOrganisations,
  mappingsByKey,
  saveMapping,
  setOrganisationAliases,
} from '@/utils/db/organisations-repo';
import { parseOdsCsv } from '@/utils/files/ods-csv';
import { makeDb, T0 } from '../helpers/builders';
import { epraccurRow } from '../helpers/ods';

let db: MeetingDb;
afterEach(async () => {
  await db?.delete();
});

const goodFile = Array.from({ length: 10 }, (_, i) => epraccurRow(`C8800${i}`, `SURGERY ${i}`)).join('\n');

describe('organisation directory', () => {
  it('starts with the built-in organisations', async () => {
    db = makeDb();
    expect(await listOrganisations(db)).toEqual(BUILTIN_ORGANISATIONS);
    expect((await listOrganisations(db)).map((o) => o.name)).toEqual(expect.arrayContaining(['NHS England', 'NHS Devon ICB', 'Royal Cornwall Hospitals NHS Trust']));
  });

  it('lists an imported or added organisation in place of the built-in one with its ODS code or name', async () => {
    db = makeDb();
    const imported = { id: 'ods:REF', name: 'ROYAL CORNWALL HOSPITALS NHS TRUST', odsCode: 'REF', sector: 'acute_trust' as const, aliases: [], source: 'ods' as const, odsReport: 'etr', parentCode: null };
    await importOdsOrganisations(db, { kind: 'etr', fileName: 'etr.csv', organisations: [imported], acceptedRows: 1, rejectedCount: 0, skipped: {}, rejected: [], fatal: null }, T0);
    await addUserOrganisation(db, { name: 'Cornwall Partnership NHS Foundation Trust', sector: 'community_mental_health_trust', aliases: ['CFT'] }, { id: 'user:cft', nowMs: T0 });
    const listed = await listOrganisations(db);
    expect(listed.filter((o) => o.odsCode === 'REF')).toEqual([expect.objectContaining({ id: 'ods:REF', source: 'ods' })]);
    expect(listed.filter((o) => /cornwall partnership/i.test(o.name))).toEqual([expect.objectContaining({ id: 'user:cft', source: 'user' })]);
    expect(listed).toHaveLength(BUILTIN_ORGANISATIONS.length);
    const index = new OrganisationIndex(listed);
    expect(index.findUniqueByPrefix('Royal Cornwall')?.id).toBe('ods:REF');
    expect(index.findByName('CFT')?.id).toBe('user:cft');
  });

  it('keeps the built-in organisations out of the database and so out of backups', async () => {
    db = makeDb();
    await addUserOrganisation(db, { name: 'Voluntary Action Sheffield', sector: 'vcse' }, { id: 'user:vas', nowMs: T0 });
    const backup = await createBackup(db, T0);
    expect(backup.tables.organisations?.map((o) => o.id)).toEqual(['user:vas']);
  });

  it('imports a checked ODS file and records the import', async () => {
    db = makeDb();
    const result = parseOdsCsv(goodFile, 'epraccur');
    expect(await importOdsOrganisations(db, { ...result, fileName: 'epraccur.csv' }, T0)).toMatchObject({ ok: true });
    expect(await db.organisations.count()).toBe(10);
    expect(await listOdsImports(db)).toMatchObject([{ kind: 'epraccur', fileName: 'epraccur.csv', acceptedRows: 10, organisations: 10, rejectedCount: 0 }]);
  });

  it('changes nothing when the file is bad', async () => {
    db = makeDb();
    await importOdsOrganisations(db, { ...parseOdsCsv(goodFile, 'epraccur'), fileName: 'first.csv' }, T0);
    const bad = parseOdsCsv('Name,Email\nJo,jo@example.org\n', 'epraccur');
    expect(await importOdsOrganisations(db, { ...bad, fileName: 'contacts.csv' }, T0 + 1)).toEqual({ ok: false, error: bad.fatal });
    expect(await db.organisations.count()).toBe(10);
    expect(await db.odsImports.count()).toBe(1);
  });

  it('removes everything imported from one report', async () => {
    db = makeDb();
    await importOdsOrganisations(db, { ...parseOdsCsv(goodFile, 'epraccur'), fileName: 'epraccur.csv' }, T0);
    expect(await deleteImportedReport(db, 'epraccur')).toBe(10);
  });

  it('adds the user’s own organisations with other names, and refuses bad or repeated ones', async () => {
    db = makeDb();
    const add = (input: Parameters<typeof addUserOrganisation>[1], id: string) => addUserOrganisation(db, input, { id, nowMs: T0 });
    expect(await add({ name: ' Primary Care  Sheffield ', sector: 'gp_provider_org', aliases: ['PCS', ' PCS '] }, 'user:1')).toMatchObject({
      ok: true,
      organisation: { name: 'Primary Care Sheffield', aliases: ['PCS'], source: 'user' },
    });
    expect(await add({ name: 'primary care sheffield', sector: 'pcn' }, 'user:2')).toEqual({ ok: false, error: 'Primary Care Sheffield is already in your organisations.' });
    expect(await add({ name: '', sector: 'pcn' }, 'user:3')).toEqual({ ok: false, error: 'Type the organisation’s name.' });
    expect(await add({ name: 'X', sector: 'spaceship' }, 'user:4')).toEqual({ ok: false, error: 'Choose a sector for the organisation.' });
    expect(await add({ name: 'Y', sector: 'pcn', odsCode: 'not a code!' }, 'user:5')).toMatchObject({ ok: false, error: expect.stringMatching(/^An ODS code is/) });
    await setOrganisationAliases(db, 'user:1', ['PCS', 'Sheffield GP federation']);

    const directory = new OrganisationIndex(await listOrganisations(db));
    expect(resolveParticipant('Jo Hart | Sheffield GP federation', { directory, mappings: new Map(), introductions: new Map() })).toMatchObject({
      sector: 'gp_provider_org',
      organisation: { name: 'Primary Care Sheffield' },
    });
  });
});

describe('remembered choices', () => {
  it('remembers the organisation chosen for a display name and uses it in later meetings', async () => {
    db = makeDb();
    await saveMapping(db, 'Gemma Lowe (Guest)', { organisationName: 'Healthwatch Sheffield', organisationId: null, odsCode: null, sector: 'healthwatch_patient_voice' }, T0);
    const mappings = mappingsByKey(await listMappings(db));
    const resolution = resolveParticipant('Gemma Lowe', { directory: new OrganisationIndex([]), mappings, introductions: new Map() });
    expect(resolution).toMatchObject({ evidence: 'your-choice', sector: 'healthwatch_patient_voice', organisation: { name: 'Healthwatch Sheffield' } });

    await deleteMapping(db, mappingKey('Gemma Lowe'));
    expect(await listMappings(db)).toEqual([]);
  });
});
