import { z } from 'zod';
import { BUILTIN_NHS_ALIASES, BUILTIN_NHS_ORGANISATIONS } from './builtin-organisations';
import { SECTORS, type SectorId } from './taxonomy';

const sectorIds = SECTORS.map((s) => s.id) as [SectorId, ...SectorId[]];

/** An organisation the extension knows by name (and, for ODS ones, by code). */
export const organisationRecordSchema = z.object({
  /** `ods:<code>` for ODS organisations, `user:<id>` for ones the user added, `builtin:<id>`. */
  id: z.string().min(1).max(120),
  name: z.string().trim().min(1).max(300),
  odsCode: z.string().regex(/^[A-Z0-9]{2,12}$/).nullable(),
  sector: z.enum(sectorIds),
  /** Other names people use: "STH", "Sheffield Teaching Hospitals". */
  aliases: z.array(z.string().trim().min(1).max(300)).max(50),
  source: z.enum(['builtin', 'user', 'ods']),
  /** Which ODS report it came from (epraccur, etr, …). */
  odsReport: z.string().max(40).nullable(),
  /** The PCN a practice belongs to, from the PCN core partner file. */
  parentCode: z.string().max(12).nullable(),
});
export type OrganisationRecord = z.infer<typeof organisationRecordSchema>;

/**
 * The other names of an ICB: the long form ODS uses ("NHS Devon Integrated
 * Care Board") and the name said without "NHS" ("Devon ICB").
 */
function icbAliases(name: string): string[] {
  return [name.replace(/ ICB$/, ' Integrated Care Board'), name.replace(/^NHS /, '')];
}

/**
 * Organisations every user has without importing anything: NHS England, the
 * integrated care boards and the NHS trusts (see builtin-organisations.ts).
 * The user's own organisations and ODS imports win over these.
 */
export const BUILTIN_ORGANISATIONS: readonly OrganisationRecord[] = [
  {
    id: 'builtin:nhs-england',
    name: 'NHS England',
    odsCode: 'X24',
    sector: 'nhs_england',
    aliases: ['NHSE', 'NHS England and Improvement', 'NHSEI', 'NHS ENGLAND - X26'],
    source: 'builtin',
    odsReport: null,
    parentCode: null,
  },
  ...BUILTIN_NHS_ORGANISATIONS.map(
    ([odsCode, name, sector]): OrganisationRecord => ({
      id: `builtin:${odsCode}`,
      name,
      odsCode,
      sector,
      aliases: [...(sector === 'icb' ? icbAliases(name) : []), ...(BUILTIN_NHS_ALIASES[odsCode] ?? [])],
      source: 'builtin',
      odsReport: null,
      parentCode: null,
    }),
  ),
];

/**
 * A name reduced for matching: lower case, "&" as "and", no punctuation, no
 * leading "the", no trailing ODS code. "THE GRANTHAM PRACTICE" and "Grantham
 * Practice" match; so do "NHS SOUTH YORKSHIRE ICB - 03N" and "NHS South Yorkshire ICB".
 */
export function normaliseOrganisationName(name: string): string {
  return name
    .replace(/\s+-\s+[A-Z0-9]{3,9}\s*$/, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Acronyms that name a kind of organisation ("the LMC"), never one organisation's initials. */
const KIND_ACRONYMS = new Set(['PCN', 'LMC', 'LPC', 'LDC', 'LOC', 'ICB', 'ICS', 'CCG', 'GP', 'GPS', 'NHS', 'NHSE', 'CIC', 'LTD', 'CVS', 'VCS', 'VCSE', 'PPG', 'CQC', 'BMA', 'GPC', 'RCGP', 'UKHSA', 'OOH', 'UEC', 'ARRS', 'DES', 'CSU']);

/** Words people leave out when they say an NHS organisation's name. */
const UNSPOKEN_WORDS = /\b(?:nhs|foundation|trust|university|teaching|hospitals?|healthcare|service|services)\b/g;

/** A name as people say it: normalised, without the words of its legal form and kind. */
function spokenKey(name: string): string {
  return normaliseOrganisationName(name).replace(UNSPOKEN_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

const INITIALS_SKIPPED = new Set(['of', 'the', 'for', 'in', 'on', 'upon', 'at']);
const INITIALS_VARIANTS: readonly ReadonlySet<string>[] = [
  new Set(['and', 'nhs']),
  // "KPCA" for Kestleford Primary Care Alliance CIC: nobody says the legal form's letter.
  new Set(['and', 'nhs', 'ltd', 'limited', 'cic', 'llp', 'plc', 'cio']),
  new Set(['and', 'nhs', 'foundation', 'trust']),
  new Set(['and', 'nhs', 'foundation', 'trust', 'university']),
  // "EPUT" for Essex Partnership University NHS Foundation Trust: the trust said, its foundation status not.
  new Set(['and', 'nhs', 'foundation']),
  // "MPFT" for Midlands Partnership University NHS Foundation Trust: the university left out, the trust said.
  new Set(['and', 'nhs', 'university']),
  // "SATH" for The Shrewsbury and Telford Hospital NHS Trust: "and" said, the trust not.
  new Set(['nhs', 'trust']),
];

/**
 * The initials people use for a long name, in the usual variants, each with
 * how far it is from the name letter for letter (the variant's place in
 * {@link INITIALS_VARIANTS}, the first it comes from); only names of three or
 * more words.
 */
function initialsOf(name: string): Map<string, number> {
  const words = normaliseOrganisationName(name)
    .split(' ')
    .filter((w) => w && !INITIALS_SKIPPED.has(w) && !/^\d/.test(w));
  const found = new Map<string, number>();
  if (words.filter((w) => w !== 'and').length < 3) return found;
  INITIALS_VARIANTS.forEach((skip, literalness) => {
    const kept = words.filter((w) => !skip.has(w));
    const initials = kept.map((w) => w.charAt(0).toUpperCase()).join('');
    if (initials.length >= 3 && !found.has(initials)) found.set(initials, literalness);
    // "DDLMC" for Derby and Derbyshire LMC, "CVGPF" for Calder Valley GP Federation: a kind's own letters said whole.
    const whole = kept.map((w) => (KIND_ACRONYMS.has(w.toUpperCase()) ? w.toUpperCase() : w.charAt(0).toUpperCase())).join('');
    if (whole !== initials && whole.length <= 8 && !found.has(whole)) found.set(whole, literalness);
  });
  return found;
}

/**
 * The records without the built-in ones that the user's own records
 * replace: a built-in organisation whose ODS code or name is also held by an
 * organisation the user imported from ODS or added. Theirs may be newer, or
 * say what they want it called, and one organisation listed twice would make
 * every prefix and initials look-up for it ambiguous.
 */
export function withoutSupersededBuiltins(records: Iterable<OrganisationRecord>): OrganisationRecord[] {
  const all = [...records];
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const r of all) {
    if (r.source === 'builtin') continue;
    if (r.odsCode) codes.add(r.odsCode);
    names.add(normaliseOrganisationName(r.name));
  }
  if (!codes.size && !names.size) return all;
  return all.filter((r) => r.source !== 'builtin' || !((r.odsCode && codes.has(r.odsCode)) || names.has(normaliseOrganisationName(r.name))));
}

/**
 * Fast lookups over the organisation directory: by ODS code, by name or
 * alias, and a type-ahead search. Built once per directory change; holds
 * tens of thousands of records comfortably.
 */
export class OrganisationIndex {
  private readonly byCode = new Map<string, OrganisationRecord>();
  private readonly byName = new Map<string, OrganisationRecord>();
  private readonly searchable: { record: OrganisationRecord; names: string[] }[] = [];
  private bySector: Map<string, OrganisationRecord[]> | null = null;
  private byInitials: Map<string, { record: OrganisationRecord; literalness: number }[]> | null = null;
  private sorted: { readonly name: string; readonly record: OrganisationRecord }[] | null = null;
  private bySpokenName: Map<string, OrganisationRecord[]> | null = null;

  constructor(records: Iterable<OrganisationRecord>) {
    for (const record of withoutSupersededBuiltins(records)) {
      if (record.odsCode && !this.byCode.has(record.odsCode)) this.byCode.set(record.odsCode, record);
      const names = [record.name, ...record.aliases].map(normaliseOrganisationName).filter(Boolean);
      // User-added organisations win a name clash with imported ones.
      for (const name of names) if (!this.byName.has(name) || record.source === 'user') this.byName.set(name, record);
      this.searchable.push({ record, names });
    }
  }

  /** How many organisations the index holds. */
  get size(): number {
    return this.searchable.length;
  }

  /** The organisation with this ODS code. */
  findByCode(code: string): OrganisationRecord | undefined {
    return this.byCode.get(code.toUpperCase());
  }

  /** The organisation with this name or alias (after normalising). */
  findByName(name: string): OrganisationRecord | undefined {
    return this.byName.get(normaliseOrganisationName(name));
  }

  /** Every name and other name, sorted, for prefix look-ups (built on first use). */
  private sortedNames(): readonly { readonly name: string; readonly record: OrganisationRecord }[] {
    if (!this.sorted) {
      this.sorted = this.searchable.flatMap(({ record, names }) => names.map((name) => ({ name, record }))).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    return this.sorted;
  }

  /** Organisations with a name that is `prefix` or starts with it as whole words, each once, in name order. */
  private *withPrefix(prefix: string): Generator<OrganisationRecord> {
    const sorted = this.sortedNames();
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]!.name < prefix) low = middle + 1;
      else high = middle;
    }
    const seen = new Set<OrganisationRecord>();
    for (let i = low; i < sorted.length && sorted[i]!.name.startsWith(prefix); i += 1) {
      const { name, record } = sorted[i]!;
      if ((name === prefix || name.charAt(prefix.length) === ' ') && !seen.has(record)) {
        seen.add(record);
        yield record;
      }
    }
  }

  /**
   * The one organisation whose name starts with `text` ("Birchfield" →
   * BIRCHFIELD MEDICAL PRACTICE), or undefined when none or several do.
   */
  findUniqueByPrefix(text: string): OrganisationRecord | undefined {
    const prefix = normaliseOrganisationName(text);
    if (prefix.length < 4) return undefined;
    let found: OrganisationRecord | undefined;
    for (const record of this.withPrefix(prefix)) {
      if (found) return undefined;
      found = record;
    }
    return found;
  }

  /** Up to `limit` organisations whose name or another name starts with `text` as whole words. */
  findByPrefix(text: string, limit = 20): OrganisationRecord[] {
    const prefix = normaliseOrganisationName(text);
    const found: OrganisationRecord[] = [];
    if (!prefix) return found;
    for (const record of this.withPrefix(prefix)) {
      found.push(record);
      if (found.length >= limit) break;
    }
    return found;
  }

  /** Every organisation of one sector (built on first use). */
  inSector(sector: SectorId): readonly OrganisationRecord[] {
    if (!this.bySector) {
      this.bySector = new Map();
      for (const { record } of this.searchable) {
        const list = this.bySector.get(record.sector) ?? [];
        list.push(record);
        this.bySector.set(record.sector, list);
      }
    }
    return this.bySector.get(sector) ?? [];
  }

  /**
   * The one organisation whose initials are `acronym` ("LYPFT" → Leeds
   * and York Partnership NHS Foundation Trust; "STH" → Sheffield Teaching
   * Hospitals NHS Foundation Trust), or undefined when none or
   * several are. Initials are read with and without "NHS", "Foundation",
   * "Trust" and "University", as people say them.
   */
  findUniqueByInitials(acronym: string): OrganisationRecord | undefined {
    const key = acronym.toUpperCase();
    if (!/^[A-Z]{3,8}$/.test(key)) return undefined;
    if (!this.byInitials) {
      this.byInitials = new Map();
      for (const { record } of this.searchable) {
        for (const [initials, literalness] of initialsOf(record.name)) {
          const list = this.byInitials.get(initials) ?? [];
          list.push({ record, literalness });
          this.byInitials.set(initials, list);
        }
      }
    }
    // "LPT" is Leicestershire Partnership NHS Trust, read letter for letter, before it is Lincolnshire Partnership
    // NHS Foundation Trust with its "Foundation" left out: the most literal reading wins, if only one is that literal.
    // The user's own organisations (imported from ODS or added) before the built-in list: "CPFT" in Cambridgeshire is
    // their mental health trust, not Cornwall's.
    const all = this.byInitials.get(key) ?? [];
    const own = all.filter((e) => e.record.source !== 'builtin');
    const found = own.length ? own : all;
    const mostLiteral = Math.min(...found.map((e) => e.literalness));
    const best = found.filter((e) => e.literalness === mostLiteral);
    return best.length === 1 ? best[0]!.record : undefined;
  }

  /**
   * The one organisation a name said aloud stands for, when people leave out
   * the words of its legal form and kind: "the Lewisham and Greenwich Trust"
   * (Lewisham and Greenwich NHS Trust), "East London Foundation Trust",
   * "Shropshire Community Health", "the Norfolk and Norwich", "South Western
   * Ambulance". Undefined when none or several organisations fit, or when
   * the name said is one word ("Leeds" names a city, not its hospitals).
   */
  findBySpokenName(text: string): OrganisationRecord | undefined {
    const key = spokenKey(text);
    if (!key || normaliseOrganisationName(text).split(' ').filter((w) => w !== 'nhs' && !INITIALS_SKIPPED.has(w)).length < 2) return undefined;
    if (!this.bySpokenName) {
      this.bySpokenName = new Map();
      for (const { record } of this.searchable) {
        const own = spokenKey(record.name);
        const list = this.bySpokenName.get(own) ?? [];
        if (!list.includes(record)) list.push(record);
        this.bySpokenName.set(own, list);
      }
    }
    // "NHS Greater Manchester Integrated Care", as NHSmail names an ICB, when no organisation is called just that.
    const found = this.bySpokenName.get(key) ?? this.bySpokenName.get(key.replace(/\bintegrated care(?: board)?$/, 'icb'));
    return found?.length === 1 ? found[0] : undefined;
  }

  /**
   * The organisation an NHSmail name's short form stands for: "NENC ICB"
   * (NHS North East and North Cumbria ICB), "LTHT", "UHB". The type word
   * after the initials, when there is one, must fit.
   */
  findByShortForm(text: string): OrganisationRecord | undefined {
    const said = /^([A-Za-z]{2,8})(?:\s+(ICB|NHS Trust|Trust|NHS FT|FT))?$/i.exec(text.trim());
    if (!said) return undefined;
    const letters = said[1]!.toUpperCase();
    // Kinds of organisation, not initials of one.
    if (KIND_ACRONYMS.has(letters)) return undefined;
    const type = said[2]?.toLowerCase();
    const tries = type === 'icb' ? [`${letters}I`] : type ? [letters, `${letters}T`] : [letters];
    for (const initials of tries) {
      const found = this.findUniqueByInitials(initials);
      if (found && (type !== 'icb' || found.sector === 'icb')) return found;
    }
    return undefined;
  }

  /** Organisations matching a typed query, best first: whole-name start, word start, then anywhere. */
  search(query: string, limit = 8): OrganisationRecord[] {
    const q = normaliseOrganisationName(query);
    if (!q) return [];
    const code = query.trim().toUpperCase();
    const scored: { record: OrganisationRecord; score: number }[] = [];
    for (const { record, names } of this.searchable) {
      let score = record.odsCode === code ? 0 : Infinity;
      for (const name of names) {
        if (name.startsWith(q)) score = Math.min(score, 1);
        else if (name.includes(` ${q}`)) score = Math.min(score, 2);
        else if (name.includes(q)) score = Math.min(score, 3);
      }
      if (score !== Infinity) scored.push({ record, score: score + (record.source === 'user' ? -0.5 : 0) });
    }
    return scored
      .sort((a, b) => a.score - b.score || a.record.name.length - b.record.name.length || a.record.name.localeCompare(b.record.name))
      .slice(0, limit)
      .map((s) => s.record);
  }
}
