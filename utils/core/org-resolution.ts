import { displayOrganisationName, parseDisplayName } from './display-name-parser';
import type { IntroductionClaim } from './introductions';
import { normaliseOrganisationName, type OrganisationIndex, type OrganisationRecord } from './org-directory';
import { classifyJobTitle, classifyOrganisationName, sectorById, sectorsForCodeShape, type SectorId } from './taxonomy';

/**
 * "Jo Baker, Somerset Council" on an account still showing TAUNTON DEANE BC: councils merge and accounts keep the
 * old name, so a council said in full by its own officer wins over the one the display name shows.
 */
function isCouncilRenamed(claimed: IntroductionClaim, displaySector: SectorId): boolean {
  return displaySector === 'local_authority' && claimed.sector === 'local_authority' && claimed.saidBy !== 'other' && /\bcouncil$/i.test(claimed.organisationText ?? '');
}

/** The roles a network gives a practice's GP or manager: what they are at a meeting when their PCN is named with one. */
const NETWORK_ROLE = /\b(?:clinical director|CD|director|manager|lead|chair)\b/i;

/** How sure the extension is of a participant's organisation. */
export type Confidence = 'certain' | 'high' | 'medium' | 'low' | 'none';

/** Where the answer came from, strongest first. */
export type Evidence =
  | 'your-choice'
  | 'directory-code'
  | 'directory-name'
  | 'display-name'
  | 'introduction'
  | 'job-title'
  | 'code-shape'
  | 'room'
  | 'none';

/** An organisation a participant belongs to. */
export interface ResolvedOrganisation {
  /** Groups people of one organisation: the directory id, or the normalised name. */
  readonly key: string;
  readonly name: string;
  readonly odsCode: string | null;
  readonly directoryId: string | null;
}

/** Someone heard through a shared room device, from when they said who they were. */
export interface RoomVoice {
  readonly personName: string;
  readonly organisation: ResolvedOrganisation | null;
  readonly sector: SectorId;
  /** When they said it: later words through the room are taken as theirs until someone else says who they are. */
  readonly sinceMs: number;
  readonly reason: string;
}

/** Who a participant is, as far as the extension can tell, and why. */
export interface Resolution {
  readonly kind: 'person' | 'room';
  readonly personName: string;
  readonly organisation: ResolvedOrganisation | null;
  readonly sector: SectorId;
  readonly confidence: Confidence;
  readonly evidence: Evidence;
  /** One sentence for the user. */
  readonly reason: string;
  /** For a shared room device: the people heard through it who said who they were, in order. */
  readonly voices?: readonly RoomVoice[];
}

/** An organisation the user chose for a display name; remembered for later meetings and always used. */
export interface UserMapping {
  readonly organisationName: string;
  readonly organisationId: string | null;
  readonly odsCode: string | null;
  readonly sector: SectorId;
}

/** What resolution can draw on. */
export interface ResolutionContext {
  readonly directory: OrganisationIndex;
  /** Keyed by {@link mappingKey}. */
  readonly mappings: ReadonlyMap<string, UserMapping>;
  /**
   * What was said about who people are, keyed by the display name each claim
   * is about; the voices of a room device are under keys of their own, and
   * are found by their `speaker`.
   */
  readonly introductions: ReadonlyMap<string, IntroductionClaim>;
}

/** The key under which the user's choice for a display name is remembered. */
export function mappingKey(displayName: string): string {
  return parseDisplayName(displayName).raw.toLowerCase();
}

function fromRecord(record: OrganisationRecord): ResolvedOrganisation {
  return { key: record.id, name: displayOrganisationName(record.name), odsCode: record.odsCode, directoryId: record.id };
}

/** A job title that names the network itself: "PCN manager", "PCN clinical director". */
const OWN_NETWORK_TITLE = /\bPCN\b|\bnetwork\b/i;

/** The network a practice belongs to (its parent in the ODS data), or else the one network in the directory. */
function networkOf(practice: ResolvedOrganisation | null, directory: OrganisationIndex): OrganisationRecord | null {
  const record = practice?.odsCode ? directory.findByCode(practice.odsCode) : practice ? directory.findByName(practice.name) : undefined;
  const parent = record?.parentCode ? directory.findByCode(record.parentCode) : undefined;
  if (parent?.sector === 'pcn') return parent;
  const networks = directory.inSector('pcn');
  return networks.length === 1 ? networks[0]! : null;
}

/** Names people use for an organisation without saying which one ("the ICB"). */
const GENERIC_NAME =
  /^(the\s+)?((city|county|borough|district|unitary|local)\s+)?(council|icb|integrated care board|trust|hospital|lmc|lpc|ldc|loc|local (medical|pharmaceutical|dental|optical) committee|pcn|practice|surgery|federation|gp federation|healthwatch|hospice|ambulance service|public health( team)?)$/i;

function fromName(name: string, odsCode: string | null = null): ResolvedOrganisation {
  const clean = name.replace(/^the\s+/i, '').trim();
  const display = displayOrganisationName(clean);
  const readable = GENERIC_NAME.test(clean) && display === display.toLowerCase() ? display.charAt(0).toUpperCase() + display.slice(1) : display;
  return { key: `name:${normaliseOrganisationName(clean)}`, name: readable, odsCode, directoryId: null };
}

function sectorName(sector: SectorId): string {
  return sectorById(sector).name.toLowerCase();
}

/** Whether two organisation names are the same, or one is the start of the other ("Willow Bank" and "Willow Bank Surgery"). */
function isSameOrganisation(a: string, b: string): boolean {
  const x = normaliseOrganisationName(a);
  const y = normaliseOrganisationName(b);
  return !!x && !!y && (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `));
}

/** The organisation a claim names, from the directory when it came from there. */
function claimOrganisation(claim: IntroductionClaim, directory: OrganisationIndex): ResolvedOrganisation | null {
  if (!claim.organisationText) return null;
  const record = claim.basis === 'directory' ? directory.findByName(claim.organisationText) : undefined;
  return record ? fromRecord(record) : fromName(claim.organisationText);
}

/** Why a claim says what it says, in a sentence for the user. */
function claimReason(claim: IntroductionClaim): string {
  // After the retention period the words are gone; the claim is kept without them.
  const said = claim.quote ? `“${claim.quote}”` : null;
  const title = claim.basis === 'job-title' && claim.title && claim.sector ? ` The job title “${claim.title}” suggests ${sectorName(claim.sector)}.` : '';
  if (claim.saidBy === 'other') {
    return said ? `Someone else introduced them in the meeting: ${said}${title}` : `Someone else introduced them in the meeting (the words were later deleted under the retention setting).${title}`;
  }
  return said ? `Said in the meeting: ${said}${title}` : `Said when they introduced themselves in the meeting (the words were later deleted under the retention setting).${title}`;
}

/** The people heard through a room device who said who they were, in the order they spoke. */
function voicesOf(room: string, context: ResolutionContext): RoomVoice[] {
  return [...context.introductions.values()]
    .filter((claim) => claim.speaker === room && typeof claim.personName === 'string')
    .sort((a, b) => a.atMs - b.atMs)
    .map((claim) => {
      const sector = claim.sector ?? 'unknown';
      const name = claim.personName || 'Someone else in the room';
      return {
        personName: claim.personName ?? '',
        organisation: claimOrganisation(claim, context.directory),
        sector,
        sinceMs: claim.atMs,
        reason: claim.personName
          ? claim.sector
            ? `${name} said who they are through the room device: “${claim.quote}”`
            : `${name} said their name through the room device, but not their organisation: “${claim.quote}”`
          : `Someone else in the room spoke without saying who they are: “${claim.quote}”`,
      };
    });
}

/** Words of a room's bracket that name no place: "Meeting Room 1 (Main Building)". */
const GENERIC_ROOM_WORDS = /^(?:room|rooms|house|hall|office|offices|building|floor|site|main|meeting|board|boardroom|conference|chamber|suite|level|block|wing|north|south|east|west|upper|lower|ground|first|second|the|and)$/i;

/**
 * The one organisation of a room's voices, when every voice that said where
 * it is from said the same one (a practice's meeting room, an LMC office),
 * and either two voices said so or the room's own name says the same place
 * ("Meeting Room 1 (Moorside)" and Moorside Medical Practice): then the
 * room's talk is that organisation's. Voices that gave only a name do not
 * count against it; two organisations, or one voice the room's name does
 * not bear out (a councillor in the council chamber naming his own GP
 * practice), leave it a room.
 */
function sharedOrganisation(voices: readonly RoomVoice[], displayName: string): { organisation: ResolvedOrganisation | null; sector: SectorId } | null {
  const placed = voices.filter((v) => v.sector !== 'unknown');
  if (!placed.length) return null;
  const first = placed[0]!;
  const isShared = placed.every((v) => v.sector === first.sector && (v.organisation?.key ?? null) === (first.organisation?.key ?? null));
  if (!isShared) return null;
  const roomPlace = (/\(([^)]+)\)/.exec(displayName)?.[1] ?? '').split(/[^\p{L}]+/u).filter((w) => w.length >= 3 && !GENERIC_ROOM_WORDS.test(w));
  const organisationWords = new Set((first.organisation?.name ?? '').toLowerCase().split(/[^\p{L}]+/u));
  const isNamedByRoom = roomPlace.some((w) => organisationWords.has(w.toLowerCase()));
  const voicesSaid = new Set(placed.map((v) => v.personName)).size;
  return voicesSaid >= 2 || isNamedByRoom ? { organisation: first.organisation, sector: first.sector } : null;
}

/** "Heard through it: Sue Grant (Lowfield City Council), Raj Mehta, and someone who did not say who they were." */
function heardThrough(voices: readonly RoomVoice[]): string {
  const named = new Map<string, string>();
  for (const v of voices) if (v.personName && !named.has(v.personName)) named.set(v.personName, v.organisation ? `${v.personName} (${v.organisation.name})` : v.personName);
  const parts = [...named.values()];
  if (voices.some((v) => !v.personName)) parts.push('someone who did not say who they were');
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `Heard through it: ${list}.`;
}

/** What the display name alone says, or null when it names no organisation the extension can place. */
function fromDisplayName(parsed: ReturnType<typeof parseDisplayName>, personName: string, context: ResolutionContext): (Resolution & { isLegalFormOnly: boolean }) | null {
  if (parsed.odsCode) {
    const byCode = context.directory.findByCode(parsed.odsCode);
    if (byCode) {
      return {
        kind: 'person',
        personName,
        organisation: fromRecord(byCode),
        sector: byCode.sector,
        confidence: 'high',
        evidence: 'directory-code',
        reason: `ODS code ${parsed.odsCode} is ${displayOrganisationName(byCode.name)} in the directory.`,
        isLegalFormOnly: false,
      };
    }
  }
  if (!parsed.organisationText) return null;
  // In full, as people shorten it ("NHS Greater Manchester Integrated Care"), or by its initials ("NENC ICB", "LTHT").
  const record =
    context.directory.findByName(parsed.organisationText) ??
    context.directory.findBySpokenName(parsed.organisationText) ??
    context.directory.findByShortForm(parsed.organisationText);
  if (record) {
    return {
      kind: 'person',
      personName,
      organisation: fromRecord(record),
      sector: record.sector,
      confidence: 'high',
      evidence: 'directory-name',
      reason: `The display name names ${displayOrganisationName(record.name)}, which is in the directory.`,
      isLegalFormOnly: false,
    };
  }
  const byName = classifyOrganisationName(parsed.organisationText);
  if (!byName) return null;
  const source = parsed.format === 'nhsmail' ? 'The NHSmail name' : 'The display name';
  const name = displayOrganisationName(parsed.organisationText);
  return {
    kind: 'person',
    personName,
    organisation: fromName(parsed.organisationText, parsed.odsCode),
    sector: byName.sector,
    confidence: byName.isLegalFormOnly ? 'low' : parsed.format === 'nhsmail' ? 'high' : 'medium',
    evidence: 'display-name',
    reason: byName.isLegalFormOnly
      ? `${source} says ${name}; "${byName.matched}" is only its legal form, which suggests ${sectorName(byName.sector)}, but nobody said what it does.`
      : `${source} says ${name}; "${byName.matched}" means ${sectorName(byName.sector)}.`,
    isLegalFormOnly: byName.isLegalFormOnly,
  };
}

/**
 * An organisation that no longer exists, so a display name that shows it is
 * stale: clinical commissioning groups closed on 1 July 2022.
 */
function isDefunct(name: string): boolean {
  return /\bCCG\b|\bclinical commissioning group\b/i.test(name);
}

/**
 * Resolves one participant from their display name, the directory, what they
 * said when introducing themselves (or what someone else said about them),
 * and the user's own choices (which always win). Evidence is tried strongest
 * first; every answer carries its reason.
 *
 * Two things said in the meeting win over the display name: the capacity
 * someone says they are here in ("I chair the LMC" from someone whose
 * NHSmail name shows their practice), and what someone says their
 * organisation does when the display name gives only its legal form ("Ltd",
 * "CIC"). A room device stays a room, with the people who said who they were
 * through it as its voices; a phone or device joined under its own name is
 * the person who said who they were through it.
 */
export function resolveParticipant(displayName: string, context: ResolutionContext): Resolution {
  const parsed = parseDisplayName(displayName);
  let personName = parsed.personName || displayName;
  const mapping = context.mappings.get(mappingKey(displayName));
  if (mapping) {
    const record = mapping.organisationId ? context.directory.findByName(mapping.organisationName) : undefined;
    return {
      kind: 'person',
      personName,
      organisation: record ? fromRecord(record) : { ...fromName(mapping.organisationName, mapping.odsCode), directoryId: mapping.organisationId },
      sector: mapping.sector,
      confidence: 'certain',
      evidence: 'your-choice',
      reason: `You chose ${mapping.organisationName} (${sectorName(mapping.sector)}).`,
    };
  }
  if (parsed.isRoom) {
    const voices = voicesOf(displayName, context);
    const shared = sharedOrganisation(voices, displayName);
    return {
      kind: 'room',
      personName,
      organisation: shared?.organisation ?? null,
      sector: shared?.sector ?? 'unknown',
      confidence: shared ? 'medium' : 'high',
      evidence: 'room',
      reason:
        voices.length === 0
          ? 'A shared meeting room or device, not one person.'
          : `A shared meeting room or device, not one person. ${heardThrough(voices)}${shared ? ` Everyone who said where they are from through it is from ${shared.organisation?.name ?? sectorName(shared.sector)}, so its talk counts there.` : ''}`,
      ...(voices.length ? { voices } : {}),
    };
  }

  const claim = context.introductions.get(displayName);
  if (parsed.isDevice) {
    if (claim?.personName) personName = claim.personName;
    if (!claim?.sector) {
      return {
        kind: 'person',
        personName,
        organisation: null,
        sector: 'unknown',
        confidence: 'none',
        evidence: 'none',
        reason: claim?.personName
          ? `Joined as a phone or device (“${displayName}”); they said their name, but not their organisation: “${claim.quote}”`
          : `Joined as a phone or device (“${displayName}”), and nobody said who it is.`,
      };
    }
    return {
      kind: 'person',
      personName,
      organisation: claimOrganisation(claim, context.directory),
      sector: claim.sector,
      confidence: claim.basis === 'job-title' ? 'low' : 'medium',
      evidence: claim.basis === 'job-title' ? 'job-title' : 'introduction',
      reason: `Joined as a phone or device (“${displayName}”). ${claimReason(claim)}`,
    };
  }

  // "I'm not with the ICB, that's only where my NHSmail lives": what they said they are, not the display name.
  const display = claim?.deniesDisplayName && claim.sector ? null : fromDisplayName(parsed, personName, context);
  if (display) {
    const { isLegalFormOnly, ...resolution } = display;
    // "Owen is the clinical director for Kestleford North PCN", said by the chair of someone on a practice's account:
    // the network is the capacity a practice's partner sits in, whoever says it.
    // The same said of themselves, with the network named: "Chidi Okafor, I'm the clinical director for Ipswich Orwell PCN".
    const isNetworkRole =
      !!claim &&
      claim.sector === 'pcn' &&
      resolution.sector === 'general_practice' &&
      (claim.saidBy === 'other' ? claim.basis === 'directory' && NETWORK_ROLE.test(claim.title ?? claim.quote) : claim.basis !== 'job-title' && !!claim.title && NETWORK_ROLE.test(claim.title));
    const claimed = claim?.sector && (claim.saidBy !== 'other' || isNetworkRole) ? claim : null;
    // What they said they are here for, or a named organisation they said they work for, beats the account's name:
    // display names go stale (a PCN renamed, a secondment, a shared login) and show the employer, not the capacity.
    const saysOther =
      !!claimed?.organisationText &&
      (claimed.isRepresenting ||
        isNetworkRole ||
        (!GENERIC_NAME.test(claimed.organisationText) && !claimed.isNameGuessed && (claimed.basis === 'directory' || (claimed.basis === 'organisation' && (resolution.sector === 'other_nhs_trust' || isDefunct(resolution.organisation?.name ?? '') || isCouncilRenamed(claimed, resolution.sector))))));
    if (saysOther && claimed?.organisationText && resolution.organisation && !isSameOrganisation(claimed.organisationText, resolution.organisation.name)) {
      return {
        kind: 'person',
        personName,
        organisation: claimOrganisation(claimed, context.directory),
        sector: claimed.sector!,
        confidence: 'medium',
        evidence: 'introduction',
        reason: `The display name says ${resolution.organisation.name}, but in the meeting ${claimed.saidBy === 'other' ? 'they were introduced as being with' : `they said they are ${claimed.isRepresenting ? 'here for' : 'with'}`} ${displayOrganisationName(claimed.organisationText)}${claimed.quote ? `: “${claimed.quote}”` : '.'}`,
      };
    }
    // "Gareth, PCN manager", on his practice's NHSmail account: the network of that practice, or the only one known.
    const network = claim?.saidBy !== 'other' && claim?.basis === 'job-title' && claim.sector === 'pcn' && resolution.sector === 'general_practice' && OWN_NETWORK_TITLE.test(claim.title ?? '') ? networkOf(resolution.organisation, context.directory) : null;
    if (network && claim) {
      return {
        kind: 'person',
        personName,
        organisation: fromRecord(network),
        sector: 'pcn',
        confidence: 'low',
        evidence: 'job-title',
        reason: `The display name says ${resolution.organisation!.name}, but they said they are ${claim.title} (“${claim.quote}”): the network is ${displayOrganisationName(network.name)}, ${network.odsCode && resolution.organisation?.odsCode ? 'the practice’s own' : 'the only one in the directory'}.`,
      };
    }
    if (isLegalFormOnly && claim?.sector) {
      // "The federation" says what the company is, not another organisation: its own name stays.
      const isOther = !!claim.organisationText && !GENERIC_NAME.test(claim.organisationText) && !isSameOrganisation(claim.organisationText, resolution.organisation!.name);
      const named = isOther ? claimOrganisation(claim, context.directory) : null;
      return {
        kind: 'person',
        personName,
        organisation: named ?? resolution.organisation,
        sector: claim.sector,
        confidence: claim.basis === 'job-title' ? 'low' : 'medium',
        evidence: claim.basis === 'job-title' ? 'job-title' : 'introduction',
        reason: `The display name says ${resolution.organisation!.name}, which gives only its legal form. ${claimReason(claim)}`,
      };
    }
    return resolution;
  }

  if (claim?.sector) {
    // The display name's organisation, with the sector said in the meeting, unless they named another one.
    const isAnother =
      !!claim.deniesDisplayName ||
      (!!claim.organisationText && !!parsed.organisationText && !GENERIC_NAME.test(claim.organisationText) && !isSameOrganisation(claim.organisationText, parsed.organisationText));
    return {
      kind: 'person',
      personName,
      organisation: parsed.organisationText && !isAnother ? fromName(parsed.organisationText) : claimOrganisation(claim, context.directory),
      sector: claim.sector,
      confidence: claim.basis === 'job-title' ? 'low' : 'medium',
      evidence: claim.basis === 'job-title' ? 'job-title' : 'introduction',
      reason: claim.deniesDisplayName && parsed.organisationText ? `They said they are not with ${displayOrganisationName(parsed.organisationText)}, the organisation by their name. ${claimReason(claim)}` : claimReason(claim),
    };
  }

  // A name that is an organisation: a tally party ("Townships 1 PCN") or a shared account.
  if (parsed.format === 'plain' && !parsed.title && parsed.personName) {
    const record = context.directory.findByName(parsed.personName);
    const byName = record ? null : classifyOrganisationName(parsed.personName);
    if (record || byName) {
      return {
        kind: 'person',
        personName,
        organisation: record ? fromRecord(record) : fromName(parsed.personName),
        sector: record?.sector ?? byName!.sector,
        confidence: record ? 'high' : 'medium',
        evidence: record ? 'directory-name' : 'display-name',
        reason: record ? `${displayOrganisationName(record.name)} is in the directory.` : `The name is an organisation: "${byName!.matched}" means ${sectorName(byName!.sector)}.`,
      };
    }
  }

  const titleHint = parsed.title ? classifyJobTitle(parsed.title) : null;
  if (titleHint) {
    return {
      kind: 'person',
      personName,
      organisation: parsed.organisationText ? fromName(parsed.organisationText) : null,
      sector: titleHint.sector,
      confidence: 'low',
      evidence: 'job-title',
      reason: `The job title "${parsed.title}" suggests ${sectorName(titleHint.sector)}.`,
    };
  }

  if (parsed.odsCode) {
    const shapes = sectorsForCodeShape(parsed.odsCode);
    if (shapes.length === 1) {
      return {
        kind: 'person',
        personName,
        // The organisation by the name it was shown with, when there is one: "ACLE MEDICAL PARTNERSHIP", not "D82044".
        organisation: fromName(parsed.organisationText ?? parsed.odsCode, parsed.odsCode),
        sector: shapes[0]!,
        confidence: 'low',
        evidence: 'code-shape',
        reason: `${parsed.odsCode} looks like a ${sectorName(shapes[0]!)} ODS code, but it is not in the directory.`,
      };
    }
  }

  return {
    kind: 'person',
    personName,
    organisation: parsed.organisationText ? fromName(parsed.organisationText, parsed.odsCode) : null,
    sector: 'unknown',
    confidence: 'none',
    evidence: 'none',
    reason: parsed.organisationText
      ? `The display name says ${displayOrganisationName(parsed.organisationText)}, but not what kind of organisation it is.`
      : 'Nothing in the name or the meeting says which organisation.',
  };
}

/** Kinds of organisation that share a sector but are never one another: an LMC is not an LPC. */
const KINDS: readonly { readonly id: string; readonly sector: SectorId; readonly pattern: RegExp; readonly name: string }[] = [
  { id: 'lmc', sector: 'primary_care_rep_body', pattern: /\b(lmc|local medical committee)\b/i, name: 'local medical committee' },
  { id: 'lpc', sector: 'primary_care_rep_body', pattern: /\b(lpc|local pharmaceutical committee)\b|^(the )?community pharmacy (?!england\b)/i, name: 'local pharmaceutical committee' },
  { id: 'ldc', sector: 'primary_care_rep_body', pattern: /\b(ldc|local dental committee)\b/i, name: 'local dental committee' },
  { id: 'loc', sector: 'primary_care_rep_body', pattern: /\b(loc|local optical committee)\b/i, name: 'local optical committee' },
];
/** Words of a council's kind that must match when said: "the city council" is not the county council. */
const COUNCIL_KIND = /\b(city|county|borough|district|unitary)\b/i;
/** Words that say what kind of organisation something is, not where: left out when comparing places. */
const TYPE_WORDS = new Set(
  (
    'nhs icb integrated care board system sub the and of for in on upon city county borough district metropolitan unitary council trust foundation ' +
    'university teaching hospital hospitals lmc lpc ldc loc local medical pharmaceutical dental optical committee pcn primary network practice surgery ' +
    'centre health healthcare care services service partnership federation gp healthwatch hospice ambulance community pharmacy ltd limited cic public ' +
    'england and isles'
  ).split(' '),
);

function placeWords(name: string): string[] {
  return normaliseOrganisationName(name)
    .split(' ')
    .filter((w) => w && !TYPE_WORDS.has(w) && !/^\d+$/.test(w) && !/^[a-z]\d/.test(w));
}

/** Whether `candidate` can be the organisation a vague name means. */
function fitsVague(vague: string | null, sector: SectorId, candidate: string): boolean {
  if (GENERIC_NAME.test(candidate)) return false;
  const kind = KINDS.find((k) => k.sector === sector && vague && k.pattern.test(vague));
  if (kind && !kind.pattern.test(candidate)) return false;
  if (!kind && sector === 'primary_care_rep_body') return false;
  const councilKind = vague ? COUNCIL_KIND.exec(vague) : null;
  if (councilKind && !new RegExp(`\\b${councilKind[1]}\\b`, 'i').test(candidate)) return false;
  return true;
}

function kindName(vague: string | null, sector: SectorId): string {
  const kind = KINDS.find((k) => k.sector === sector && vague && k.pattern.test(vague));
  return kind?.name ?? sectorName(sector);
}

/**
 * Resolves everyone in a meeting. A vague organisation ("the ICB", "the
 * LMC", or none with a job title) becomes a specific one when one can be
 * told apart: the only one of its kind named in the meeting; else the only
 * one of its kind in the directory; else the only one in the directory whose
 * place matches the places of the organisations in the meeting ("NHS
 * Midshire ICB" in a meeting with "Midshire LMC"). The same goes for the
 * voices heard through a room device.
 */
export function resolveParticipants(displayNames: readonly string[], context: ResolutionContext): Map<string, Resolution> {
  const resolutions = new Map(displayNames.map((name) => [name, resolveParticipant(name, context)] as const));
  const specific = new Map<string, { organisation: ResolvedOrganisation; sector: SectorId }>();
  const addSpecific = (organisation: ResolvedOrganisation | null, sector: SectorId): void => {
    if (organisation && sector !== 'unknown' && !GENERIC_NAME.test(organisation.name)) specific.set(organisation.key, { organisation, sector });
  };
  for (const r of resolutions.values()) {
    addSpecific(r.organisation, r.sector);
    for (const v of r.voices ?? []) addSpecific(v.organisation, v.sector);
  }
  const meetingPlaces = new Set([...specific.values()].flatMap((s) => placeWords(s.organisation.name)));

  const cache = new Map<string, { organisation: ResolvedOrganisation; why: string } | null>();
  const completion = (vague: string | null, sector: SectorId): { organisation: ResolvedOrganisation; why: string } | null => {
    const key = `${sector}\u0000${vague ?? ''}`;
    if (cache.has(key)) return cache.get(key)!;
    const kind = kindName(vague, sector);
    const named = [...specific.values()].filter((s) => s.sector === sector && fitsVague(vague, sector, s.organisation.name));
    let found: { organisation: ResolvedOrganisation; why: string } | null = null;
    if (named.length === 1) {
      found = { organisation: named[0]!.organisation, why: `${named[0]!.organisation.name} is the only ${kind} named in this meeting.` };
    } else if (named.length === 0) {
      const everyListed = context.directory.inSector(sector).filter((record) => fitsVague(vague, sector, record.name));
      // "The only one in your list" means the user's own: every ICB and trust in England is built in.
      const own = everyListed.filter((record) => record.source !== 'builtin');
      const listed = own.length === 1 ? own : everyListed;
      const placed = listed.length > 1 ? listed.filter((record) => placeWords(record.name).length > 0 && placeWords(record.name).every((w) => meetingPlaces.has(w))) : [];
      if (listed.length === 1) {
        const organisation = fromRecord(listed[0]!);
        found = { organisation, why: `${organisation.name} is the only ${kind} in your organisation list.` };
      } else if (placed.length === 1) {
        const organisation = fromRecord(placed[0]!);
        found = { organisation, why: `${organisation.name} is the ${kind} in your organisation list for the place the other organisations in this meeting are from.` };
      }
    }
    cache.set(key, found);
    return found;
  };
  const isVague = (organisation: ResolvedOrganisation | null): boolean => !organisation || GENERIC_NAME.test(organisation.name);

  for (const [name, r] of resolutions) {
    if (r.kind === 'room') {
      if (!r.voices?.length) continue;
      const voices = r.voices.map((v) => {
        if (v.sector === 'unknown' || !isVague(v.organisation)) return v;
        const found = completion(v.organisation?.name ?? null, v.sector);
        return found ? { ...v, organisation: found.organisation, reason: `${v.reason} ${found.why}` } : v;
      });
      resolutions.set(name, { ...r, voices, reason: `A shared meeting room or device, not one person. ${heardThrough(voices)}` });
      continue;
    }
    if (!isVague(r.organisation) || r.sector === 'unknown' || r.evidence === 'your-choice') continue;
    const found = completion(r.organisation?.name ?? null, r.sector);
    if (found) resolutions.set(name, { ...r, organisation: found.organisation, reason: `${r.reason} ${found.why}` });
  }
  return resolutions;
}
