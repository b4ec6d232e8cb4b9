import { cleanTeamsDisplayName } from './display-names';
import { classifyJobTitle, classifyOrganisationName } from './taxonomy';
import { normaliseSpaces } from './text';

/** How a display name was laid out. */
export type DisplayNameFormat = 'nhsmail' | 'bracketed' | 'pipe' | 'dash' | 'comma' | 'plain' | 'room';

/** What a meeting display name says about its owner. */
export interface ParsedDisplayName {
  /** The display name with Teams labels taken off. */
  readonly raw: string;
  /** The person's name as a reader would write it: "Tom Richards". */
  readonly personName: string;
  /** The organisation named in the display name, if any, as written. */
  readonly organisationText: string | null;
  /** An ODS code named with it ("NHS ENGLAND - X26"), if any. */
  readonly odsCode: string | null;
  /** A job title in brackets ("Jo Hart (Practice Manager)"), if any. */
  readonly title: string | null;
  readonly format: DisplayNameFormat;
  /** A shared room device or merged audio, not a person. */
  readonly isRoom: boolean;
  /**
   * A phone or device name ("Samsung Galaxy S23", "iPhone (2)", "+44 7700
   * 900412"): one person, but the name says nothing about who.
   */
  readonly isDevice: boolean;
}

/**
 * NHSmail: SURNAME in capitals, a comma, the given name, then the ODS
 * organisation name in brackets (shared/docs/domain.md §3.1).
 */
const NHSMAIL = /^(?<surname>[A-Z][A-Z'’\- ]*[A-Z]),\s*(?<given>[^()]+?)\s*\((?<org>[^()]+)\)\s*$/u;
/** An organisation name ending in its ODS code: "NHS ENGLAND - X26", "NHS SOUTH YORKSHIRE ICB - 03N". */
const ORG_CODE_SUFFIX = /^(?<name>.+?)\s+-\s+(?<code>[A-Z0-9]{3,9})$/;
/** A trailing ODS code in brackets: "Sheffield Teaching Hospitals (RHQ)". */
const BRACKET_CODE_SUFFIX = /^(?<name>.+?)\s*\((?<code>[A-Z0-9]{3,9})\)$/;
const SURNAME_COMMA_GIVEN = /^(?<surname>[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?),\s*(?<given>[A-Z][\p{L}'’\-. ]+)$/u;

/** "Osei, Daniel" as people say it: "Daniel Osei". */
function givenNameFirst(name: string): string {
  const surnameFirst = SURNAME_COMMA_GIVEN.exec(name);
  if (!surnameFirst?.groups) return name;
  const surname = surnameFirst.groups.surname!;
  const given = surnameFirst.groups.given!.trim();
  return `${given} ${surname === surname.toUpperCase() ? titleCaseSurname(surname) : surname}`;
}

/** Rooms and shared devices: never people (Meet "Merged audio", Teams Rooms, room names). */
const ROOM_PATTERNS = [
  /^merged audio$/i,
  /^adaptive audio group$/i,
  /\b(meeting|conference|board|committee|training|seminar)\s*room\b/i,
  /\broom\s*\d+[a-z]?\b/i,
  /\bboardroom\b/i,
  /\b(teams|mtr|zoom)\s*room\b/i,
  /\b(surface hub|conference phone|polycom|meeting owl)\b/i,
  // "Pennine Room (Civic Offices)", "Council Chamber (Northby)", "Town Hall Committee Suite"
  /\b(room|chamber|suite)\b/i,
  /\b(town|county|city|village|guild) hall\b/i,
];

/** Phones and devices joined under their own name, or a dialled-in number. */
const DEVICE_PATTERNS = [
  /^\+?\d[\d\s().*-]{5,}[\d*]$/,
  /^(?:apple\s+)?(?:iphone|ipad|android|samsung|galaxy|google\s+pixel|pixel\s*\d|huawei|xiaomi|redmi|oneplus|motorola|moto\s+[a-z]\d*|nokia|oppo)\b/i,
  /['’]s\s+(?:iphone|ipad|galaxy|android|pixel|phone|mobile)\b/i,
  /^(?:unknown caller|caller \d+|dial[- ]in user|telephone user|phone user|mobile)(?:\s*\(\d+\))?$/i,
];

/** Brackets that hold pronouns or similar, not an organisation. */
const NOT_AN_ORGANISATION = /^(she|he|they|ze|xe)\s*\/\s*\w+$|^(she|he|they)$|^(he\/they|she\/they)$|^(mr|mrs|ms|miss|mx|dr|prof)\.?$|^(on leave|ooo|away|mobile|phone|dial[- ]in|audio only|interpreter|bsl)$/i;

const ACRONYMS = new Set(['NHS', 'ICB', 'ICS', 'PCN', 'LMC', 'LPC', 'LDC', 'LOC', 'GP', 'UK', 'CIC', 'CVS', 'VCSE', 'CCG', 'BMA', 'RCGP', 'CQC', 'NHSE', 'NHSEI', 'UKHSA', 'CSU', 'OOH', 'EA', 'PPG', 'II', 'III', 'IV']);
const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'at', 'in', 'on', 'to', 'with', 'a', 'an']);

/**
 * Writes an organisation name stored in capitals (as ODS and NHSmail do) in
 * title case, keeping acronyms and codes: "NHS SOUTH YORKSHIRE ICB" →
 * "NHS South Yorkshire ICB". Names already in mixed case are left alone.
 */
export function displayOrganisationName(name: string): string {
  const clean = normaliseSpaces(name);
  if (clean !== clean.toUpperCase()) return clean;
  return clean
    .split(' ')
    .map((word, index) => {
      // Acronyms, codes and initials ("DR LUMB W") stay as they are.
      if (ACRONYMS.has(word) || /\d/.test(word) || (/^[A-Z]$/.test(word) && word !== 'A') || isUnvoicedAcronym(word)) return word;
      const lower = word.toLowerCase();
      if (index > 0 && SMALL_WORDS.has(lower)) return lower;
      return lower.replace(/(^|[-'’(&/])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(' ');
}

/** A short word with no vowel is initials, not a word ("MBC", "NHS FT", "SBHFT", "CNTW"), but "DR", "MR", "ST" are titles. */
function isUnvoicedAcronym(word: string): boolean {
  return /^[B-DF-HJ-NP-TV-XZ]{2,6}$/.test(word) && !/^(?:DR|MR|MRS|MS|ST|SQ|LTD|PLC)$/.test(word);
}

function titleCaseSurname(surname: string): string {
  return surname
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/\bMc(\p{L})/gu, (_m, letter: string) => `Mc${letter.toUpperCase()}`);
}

function splitCode(org: string): { name: string; code: string | null } {
  const withDash = ORG_CODE_SUFFIX.exec(org);
  // Codes have a digit, or are three letters ("- NXK", an independent provider) that are not a kind of body ("- PCN").
  const isCode = (code: string): boolean => /\d/.test(code) || (/^[A-Z]{3}$/.test(code) && !/^(?:PCN|ICB|LMC|LPC|LDC|LOC|CCG|NHS|CIC|LTD|LLP|PLC|GPS)$/.test(code));
  if (withDash?.groups && isCode(withDash.groups.code!)) return { name: withDash.groups.name!, code: withDash.groups.code! };
  const inBrackets = BRACKET_CODE_SUFFIX.exec(org);
  if (inBrackets?.groups && /\d|^[A-Z]{3}$/.test(inBrackets.groups.code!)) return { name: inBrackets.groups.name!, code: inBrackets.groups.code! };
  return { name: org, code: null };
}

/** Whether text reads as an organisation rather than a person's name. */
function looksLikeOrganisation(text: string): boolean {
  return classifyOrganisationName(text) !== null;
}

const BARE_TITLES = /^(gp|dr|nurse|chair|vice[- ]chair|director|manager|consultant|councillor|cllr|pharmacist|clinical lead|secretary|ceo|chief executive|minute[- ]taker|observer|presenter)$/i;

/** Whether text is only a job title ("Practice Manager", "GP"), not an organisation. */
function isTitleOnly(text: string): boolean {
  if (BARE_TITLES.test(text)) return true;
  const hint = classifyJobTitle(text);
  return !!hint && hint.matched.length >= text.replace(/\s+/g, ' ').trim().length - 2;
}

/** Splits bracket contents such as "GP, Porter Valley PCN" into a title and an organisation. */
function splitBracket(inner: string): { organisation: string | null; title: string | null } {
  let organisation: string | null = null;
  let title: string | null = null;
  for (const part of inner.split(/\s*,\s*/).filter(Boolean)) {
    if (isTitleOnly(part)) title ??= part;
    else if (!organisation || (looksLikeOrganisation(part) && !looksLikeOrganisation(organisation))) organisation = part;
  }
  return { organisation, title };
}

function result(raw: string, parts: Partial<ParsedDisplayName> & { personName: string; format: DisplayNameFormat }): ParsedDisplayName {
  const org = parts.organisationText ? splitCode(normaliseSpaces(parts.organisationText)) : null;
  return {
    raw,
    personName: normaliseSpaces(parts.personName),
    organisationText: org ? org.name : null,
    odsCode: parts.odsCode ?? org?.code ?? null,
    title: parts.title ?? null,
    format: parts.format,
    isRoom: parts.isRoom ?? false,
    isDevice: parts.isDevice ?? false,
  };
}

/** An ODS code on its own ("U45321", "FG642", "M85063"): letters and at least one digit, no spaces. */
function isOdsCodeAlone(text: string): boolean {
  return /^[A-Z0-9]{3,9}$/.test(text) && /\d/.test(text);
}

/**
 * Reads the person, organisation, ODS code and job title out of a meeting
 * display name, in the shapes NHS meetings show:
 * `SURNAME, Given (ORGANISATION[ - CODE])` (NHSmail), `Name (Org)`,
 * `Name | Org`, `Name - Org`, shared room devices, and phones or devices
 * joined under their own name. Teams labels are taken off first; pronouns and
 * titles in brackets are not organisations.
 */
export function parseDisplayName(input: string): ParsedDisplayName {
  const raw = cleanTeamsDisplayName(input).name;
  if (!raw) return result(raw, { personName: '', format: 'plain' });
  if (ROOM_PATTERNS.some((p) => p.test(raw))) return result(raw, { personName: raw, format: 'room', isRoom: true });
  if (DEVICE_PATTERNS.some((p) => p.test(raw))) return result(raw, { personName: raw, format: 'plain', isDevice: true });

  const nhsmail = NHSMAIL.exec(raw);
  if (nhsmail?.groups) {
    const given = nhsmail.groups.given!.trim();
    const org = nhsmail.groups.org!.trim();
    // "PATEL, Raj (U45321)": an ODS code alone in the brackets, read through the directory.
    // (Kept as the organisation's words too: a code the directory lacks still says its kind, "U…" a network.)
    if (isOdsCodeAlone(org)) return result(raw, { personName: `${given} ${titleCaseSurname(nhsmail.groups.surname!)}`, odsCode: org, organisationText: org, format: 'nhsmail' });
    if (!NOT_AN_ORGANISATION.test(org)) {
      return result(raw, {
        personName: `${given} ${titleCaseSurname(nhsmail.groups.surname!)}`,
        organisationText: org,
        format: 'nhsmail',
      });
    }
  }

  // "Name (Org)", possibly with pronouns or a title in the brackets instead.
  const bracketed = /^(?<name>[^()]+?)\s*\((?<inner>[^()]+)\)\s*$/.exec(raw);
  if (bracketed?.groups) {
    const name = givenNameFirst(bracketed.groups.name!.trim());
    const inner = bracketed.groups.inner!.trim();
    if (NOT_AN_ORGANISATION.test(inner)) return result(raw, { personName: name, format: 'plain' });
    const code = isOdsCodeAlone(inner) ? inner : null;
    if (code) return result(raw, { personName: name, odsCode: code, format: 'bracketed' });
    const { organisation, title } = splitBracket(inner);
    if (!organisation) return result(raw, { personName: name, title, format: 'plain' });
    return result(raw, { personName: name, organisationText: organisation, title, format: 'bracketed' });
  }

  const piped = /^(?<name>[^|]+?)\s*\|\s*(?<org>.+)$/.exec(raw);
  if (piped?.groups) return result(raw, { personName: piped.groups.name!, organisationText: piped.groups.org!, format: 'pipe' });

  // "Name - Org" needs spaces round the dash: "Smith-Jones" is a surname.
  const dashed = /^(?<name>.+?)\s+[-–—]\s+(?<org>.+)$/.exec(raw);
  if (dashed?.groups && looksLikeOrganisation(dashed.groups.org!)) {
    return result(raw, { personName: dashed.groups.name!, organisationText: dashed.groups.org!, format: 'dash' });
  }

  // "Name, Org" only when the part after the comma is plainly an organisation.
  const comma = /^(?<name>[^,]+),\s*(?<org>.+)$/.exec(raw);
  if (comma?.groups && looksLikeOrganisation(comma.groups.org!)) {
    return result(raw, { personName: comma.groups.name!, organisationText: comma.groups.org!, format: 'comma' });
  }

  return result(raw, { personName: givenNameFirst(raw), format: 'plain' });
}
