import { BUILTIN_ORGANISATIONS, normaliseOrganisationName, organisationRecordSchema, withoutSupersededBuiltins, type OrganisationRecord } from '../core/org-directory';
import { mappingKey, type UserMapping } from '../core/org-resolution';
import { isSectorId } from '../core/taxonomy';
import type { MappingRow, MeetingDb, OdsImportRow, OrganisationRow } from './database';

/** What an ODS import leaves in the directory (the caller has checked the file). */
export interface OdsImportInput {
  readonly kind: string;
  readonly fileName: string;
  readonly organisations: readonly OrganisationRecord[];
  readonly acceptedRows: number;
  readonly rejectedCount: number;
  readonly skipped: Readonly<Record<string, number>>;
  readonly rejected: readonly { readonly line: number; readonly reason: string }[];
  readonly fatal: string | null;
}

/**
 * Every organisation in the directory, the built-in ones included except
 * those the user's own imports or additions replace (same ODS code or name).
 */
export async function listOrganisations(db: MeetingDb): Promise<OrganisationRecord[]> {
  const stored = await db.organisations.toArray();
  const storedIds = new Set(stored.map((o) => o.id));
  return withoutSupersededBuiltins([...BUILTIN_ORGANISATIONS.filter((o) => !storedIds.has(o.id)), ...stored]);
}

/**
 * Adds the organisations from a checked ODS file in one transaction, with a
 * record of the import. A file with a fatal problem changes nothing.
 */
export async function importOdsOrganisations(db: MeetingDb, input: OdsImportInput, nowMs: number): Promise<{ ok: true; importId: number } | { ok: false; error: string }> {
  if (input.fatal) return { ok: false, error: input.fatal };
  if (!input.organisations.length) return { ok: false, error: 'The file has no organisations to import.' };
  return db.transaction('rw', [db.organisations, db.odsImports], async () => {
    await db.organisations.bulkPut(input.organisations.map((o): OrganisationRow => ({ ...o, addedAtMs: nowMs })));
    const row: OdsImportRow = {
      kind: input.kind,
      fileName: input.fileName.slice(0, 200),
      atMs: nowMs,
      acceptedRows: input.acceptedRows,
      organisations: input.organisations.length,
      rejectedCount: input.rejectedCount,
      skipped: { ...input.skipped },
      rejected: input.rejected.slice(0, 50).map((r) => ({ ...r })),
    };
    const importId = await db.odsImports.add(row);
    return { ok: true as const, importId: importId as number };
  });
}

/** The ODS imports done so far, newest first. */
export async function listOdsImports(db: MeetingDb): Promise<OdsImportRow[]> {
  return db.odsImports.orderBy('atMs').reverse().toArray();
}

/** What the user typed to add an organisation. */
export interface NewOrganisation {
  readonly name: string;
  readonly sector: string;
  readonly aliases?: readonly string[];
  readonly odsCode?: string | null;
}

/**
 * Adds an organisation the user typed in, refusing a missing name, an
 * unknown sector, a malformed ODS code or a name already in their list.
 */
export async function addUserOrganisation(
  db: MeetingDb,
  input: NewOrganisation,
  options: { readonly id: string; readonly nowMs: number },
): Promise<{ ok: true; organisation: OrganisationRecord } | { ok: false; error: string }> {
  const name = input.name.replace(/\s+/g, ' ').trim();
  if (!name) return { ok: false, error: 'Type the organisation’s name.' };
  if (!isSectorId(input.sector)) return { ok: false, error: 'Choose a sector for the organisation.' };
  const odsCode = input.odsCode?.trim().toUpperCase() || null;
  const parsed = organisationRecordSchema.safeParse({
    id: options.id,
    name,
    odsCode,
    sector: input.sector,
    aliases: [...new Set((input.aliases ?? []).map((a) => a.replace(/\s+/g, ' ').trim()).filter(Boolean))],
    source: 'user',
    odsReport: null,
    parentCode: null,
  });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    return { ok: false, error: field === 'odsCode' ? 'An ODS code is 2 to 12 letters and digits, such as RHQ or C88001.' : 'That organisation could not be saved: check its name and other names.' };
  }
  return db.transaction('rw', db.organisations, async () => {
    const duplicate = (await db.organisations.where('source').equals('user').toArray()).find(
      (o) => normaliseOrganisationName(o.name) === normaliseOrganisationName(name),
    );
    if (duplicate) return { ok: false as const, error: `${duplicate.name} is already in your organisations.` };
    await db.organisations.add({ ...parsed.data, addedAtMs: options.nowMs });
    return { ok: true as const, organisation: parsed.data };
  });
}

/** Replaces the other names of an organisation. */
export async function setOrganisationAliases(db: MeetingDb, id: string, aliases: readonly string[]): Promise<void> {
  const clean = [...new Set(aliases.map((a) => a.replace(/\s+/g, ' ').trim()).filter(Boolean))].slice(0, 50);
  await db.organisations.update(id, { aliases: clean });
}

/** Removes an organisation from the directory. */
export async function deleteOrganisation(db: MeetingDb, id: string): Promise<void> {
  await db.organisations.delete(id);
}

/** Removes every organisation imported from one ODS report. */
export async function deleteImportedReport(db: MeetingDb, report: string): Promise<number> {
  return db.organisations.where('odsReport').equals(report).delete();
}

/** Remembers the organisation the user chose for a display name, for this and every later meeting. */
export async function saveMapping(db: MeetingDb, displayName: string, mapping: UserMapping, nowMs: number): Promise<void> {
  const row: MappingRow = {
    key: mappingKey(displayName),
    displayName,
    organisationName: mapping.organisationName.replace(/\s+/g, ' ').trim().slice(0, 300),
    organisationId: mapping.organisationId,
    odsCode: mapping.odsCode,
    sector: mapping.sector,
    savedAtMs: nowMs,
  };
  await db.mappings.put(row);
}

/** Forgets a remembered choice. */
export async function deleteMapping(db: MeetingDb, key: string): Promise<void> {
  await db.mappings.delete(key);
}

/** Every remembered choice, most recent first. */
export async function listMappings(db: MeetingDb): Promise<MappingRow[]> {
  return (await db.mappings.toArray()).sort((a, b) => b.savedAtMs - a.savedAtMs);
}

/** Remembered choices as resolution expects them. */
export function mappingsByKey(rows: readonly MappingRow[]): Map<string, UserMapping> {
  return new Map(rows.map((r) => [r.key, { organisationName: r.organisationName, organisationId: r.organisationId, odsCode: r.odsCode, sector: r.sector }]));
}
