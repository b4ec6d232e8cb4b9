import { displayOrganisationName, parseDisplayName } from './display-name-parser';
import type { IntroductionClaim } from './introductions';
import { normaliseOrganisationName, type OrganisationIndex, type OrganisationRecord } from './org-directory';
import { classifyJobTitle, classifyOrganisationName, sectorById, sectorsForCodeShape, type SectorId } from './taxonomy';

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
  /** Keyed by the speaker's display name. */
  readonly introductions: ReadonlyMap<string, IntroductionClaim>;
}

/** The key under which the user's choice for a display name is remembered. */
export function mappingKey(displayName: string): string {
  return parseDisplayName(displayName).raw.toLowerCase();
}

function fromRecord(record: OrganisationRecord): ResolvedOrganisation {
  return { key: record.id, name: displayOrganisationName(record.name), odsCode: record.odsCode, directoryId: record.id };
}

/** Names people use for an organisation without saying which one ("the ICB"). */
const GENERIC_NAME = /^(the\s+)?((city|county|borough|district|local)\s+)?(council|icb|integrated care board|trust|hospital|lmc|lpc|local medical committee|pcn|practice|surgery|federation|gp federation|healthwatch|hospice)$/i;

function fromName(name: string, odsCode: string | null = null): ResolvedOrganisation {
  const clean = name.replace(/^the\s+/i, '').trim();
  const display = displayOrganisationName(clean);
  const readable = GENERIC_NAME.test(clean) && display === display.toLowerCase() ? display.charAt(0).toUpperCase() + display.slice(1) : display;
  return { key: `name:${normaliseOrganisationName(clean)}`, name: readable, odsCode, directoryId: null };
}

function sectorName(sector: SectorId): string {
  return sectorById(sector).name.toLowerCase();
}

/**
 * Resolves one participant from their display name, the directory, what they
 * said when introducing themselves, and the user's own choices (which always
 * win). Evidence is tried strongest first; every answer carries its reason.
 */
export function resolveParticipant(displayName: string, context: ResolutionContext): Resolution {
  const parsed = parseDisplayName(displayName);
  const personName = parsed.personName || displayName;
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
    return { kind: 'room', personName, organisation: null, sector: 'unknown', confidence: 'high', evidence: 'room', reason: 'A shared meeting room or device, not one person.' };
  }

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
      };
    }
  }

  if (parsed.organisationText) {
    const record = context.directory.findByName(parsed.organisationText);
    if (record) {
      return {
        kind: 'person',
        personName,
        organisation: fromRecord(record),
        sector: record.sector,
        confidence: 'high',
        evidence: 'directory-name',
        reason: `The display name names ${displayOrganisationName(record.name)}, which is in the directory.`,
      };
    }
    const byName = classifyOrganisationName(parsed.organisationText);
    if (byName) {
      return {
        kind: 'person',
        personName,
        organisation: fromName(parsed.organisationText, parsed.odsCode),
        sector: byName.sector,
        confidence: parsed.format === 'nhsmail' ? 'high' : 'medium',
        evidence: 'display-name',
        reason: `${parsed.format === 'nhsmail' ? 'The NHSmail name' : 'The display name'} says ${displayOrganisationName(parsed.organisationText)}; "${byName.matched}" means ${sectorName(byName.sector)}.`,
      };
    }
  }

  const claim = context.introductions.get(displayName);
  if (claim?.sector) {
    const organisation = parsed.organisationText ? fromName(parsed.organisationText) : claim.organisationText ? fromName(claim.organisationText) : null;
    const knownRecord = claim.basis === 'directory' && claim.organisationText ? context.directory.findByName(claim.organisationText) : undefined;
    return {
      kind: 'person',
      personName,
      organisation: knownRecord ? fromRecord(knownRecord) : organisation,
      sector: claim.sector,
      confidence: claim.basis === 'job-title' ? 'low' : 'medium',
      evidence: claim.basis === 'job-title' ? 'job-title' : 'introduction',
      // After the retention period the words are gone; the claim is kept without them.
      reason: claim.quote ? `Said in the meeting: “${claim.quote}”` : 'Said when they introduced themselves in the meeting (the words were later deleted under the retention setting).',
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
        organisation: fromName(parsed.odsCode, parsed.odsCode),
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

/**
 * Resolves everyone in a meeting. A vague organisation ("the ICB") becomes
 * the specific one when it is the only one of its sector named in the
 * meeting.
 */
export function resolveParticipants(displayNames: readonly string[], context: ResolutionContext): Map<string, Resolution> {
  const resolutions = new Map(displayNames.map((name) => [name, resolveParticipant(name, context)] as const));
  const specificBySector = new Map<SectorId, Map<string, ResolvedOrganisation>>();
  for (const r of resolutions.values()) {
    if (!r.organisation || GENERIC_NAME.test(r.organisation.name)) continue;
    const bySector = specificBySector.get(r.sector) ?? new Map<string, ResolvedOrganisation>();
    bySector.set(r.organisation.key, r.organisation);
    specificBySector.set(r.sector, bySector);
  }
  for (const [name, r] of resolutions) {
    const isVague = !r.organisation || GENERIC_NAME.test(r.organisation.name);
    if (!isVague || r.kind === 'room' || r.sector === 'unknown' || r.evidence === 'your-choice') continue;
    const candidates = specificBySector.get(r.sector);
    if (candidates?.size !== 1) continue;
    const [only] = candidates.values();
    resolutions.set(name, { ...r, organisation: only!, reason: `${r.reason} ${only!.name} is the only ${sectorName(r.sector)} named in this meeting.` });
  }
  return resolutions;
}
