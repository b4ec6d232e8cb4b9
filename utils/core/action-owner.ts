import type { OwnerSource } from './actions';
import type { Resolution } from './org-resolution';
import { fullFormsOf } from './given-names';
import { classifyOrganisationName, isPrimaryCare, type SectorId } from './taxonomy';

/** A person in the meeting with the organisation they were resolved to. */
export interface MeetingPerson {
  readonly displayName: string;
  readonly personName: string;
  readonly organisationName: string | null;
  readonly sector: SectorId;
}

/** Who an action belongs to, as the side panel offers it for confirmation. */
export interface ActionOwner {
  /** A person's full name ("Daniel Okafor"), names as said ("Tom and Aisha"), or a body ("the ICB"). */
  readonly owner: string | null;
  readonly organisation: string | null;
  readonly sector: SectorId | null;
  /** Said through a shared room device by someone who did not say who they were: the user should choose. */
  readonly isUnassigned?: boolean;
  /** Where the owner came from, in words, for the user to judge. */
  readonly reason?: string;
}

const TRUST_SECTORS: readonly SectorId[] = ['acute_trust', 'community_mental_health_trust', 'ambulance_trust', 'other_nhs_trust'];

/** Everyday words for a kind of body: "the trust", "practices". */
const BODY_WORDS: readonly { readonly pattern: RegExp; readonly sectors: readonly SectorId[] }[] = [
  { pattern: /\btrusts?\b/i, sectors: TRUST_SECTORS },
  { pattern: /\b(?:council|local authority|public health)\b/i, sectors: ['local_authority'] },
  { pattern: /\bpractices?\b/i, sectors: ['general_practice'] },
  { pattern: /\bfederation\b/i, sectors: ['gp_provider_org'] },
  { pattern: /\bpharmac(?:y|ies)\b/i, sectors: ['community_pharmacy'] },
];

function firstName(name: string): string {
  return name.replace(/^(?:dr|mr|mrs|ms|miss|prof|professor)\.?\s+/i, '').split(/\s+/)[0]!.toLowerCase();
}

/** The people an owner names: "Daniel", "Tom and Aisha", "Dr Patel", the full name. */
function namedPeople(owner: string, people: readonly MeetingPerson[]): MeetingPerson[] | null {
  const whole = people.filter((p) => p.displayName === owner);
  if (whole.length === 1) return whole;
  const parts = owner.split(/\s*(?:,|\band\b|&)\s*/).map((p) => p.trim()).filter(Boolean);
  const found: MeetingPerson[] = [];
  for (const part of parts) {
    const lower = part.toLowerCase();
    const exact = people.filter((p) => p.displayName.toLowerCase() === lower || p.personName.toLowerCase() === lower);
    const byWholeName = exact.length
      ? exact
      : people.filter((p) => firstName(p.personName) === firstName(part) || p.personName.toLowerCase().split(/\s+/).includes(lower.replace(/^(?:dr|mr|mrs|ms)\.?\s+/, '')));
    // "Olu" for Olumide, "Chris" for Christopher: a short form, only when one person's first name starts with it.
    const said = firstName(part);
    const byName = byWholeName.length || said.length < 3 || /\s/.test(part.trim()) ? byWholeName : people.filter((p) => firstName(p.personName).startsWith(said));
    // "Bernie" for Bernadette: a short form that does not begin like the name, only when one person has that name.
    const byShortForm = byName.length || /\s/.test(part.trim()) ? byName : people.filter((p) => fullFormsOf(said).includes(firstName(p.personName)));
    // Two people called Sam: say nothing rather than guess.
    if (byShortForm.length !== 1) return null;
    found.push(byShortForm[0]!);
  }
  return found.length ? found : null;
}

/** Organisations present in the meeting, each once. */
function organisationsPresent(people: readonly MeetingPerson[]): Map<string, SectorId> {
  const present = new Map<string, SectorId>();
  for (const person of people) if (person.organisationName) present.set(person.organisationName, person.sector);
  return present;
}

function oneOf<T>(items: readonly T[]): T | null {
  return items.length === 1 ? items[0]! : null;
}

/**
 * Works out an action owner's organisation and sector from the people in
 * the meeting: a named person brings their organisation; a body ("the
 * ICB", "the trust") becomes the one organisation of that kind present. When
 * it is not clear, the organisation is left for the user to fill in.
 */
export function resolveActionOwner(owner: string | null, people: readonly MeetingPerson[], known?: KnownOrganisations): ActionOwner {
  if (!owner) return { owner: null, organisation: null, sector: null };
  const named = namedPeople(owner, people);
  if (named) {
    const organisations = [...new Set(named.map((p) => p.organisationName))];
    const sectors = [...new Set(named.map((p) => p.sector))];
    return {
      owner: named.length === 1 ? named[0]!.personName : owner,
      organisation: oneOf(organisations),
      sector: oneOf(sectors.filter((s) => s !== 'unknown')),
    };
  }
  const present = organisationsPresent(people);
  const direct = [...present.keys()].filter((name) => name.toLowerCase().includes(owner.replace(/^the\s+/i, '').toLowerCase()));
  if (direct.length === 1) return { owner, organisation: direct[0]!, sector: present.get(direct[0]!)! };
  const sectors = classifyOrganisationName(owner)?.sector
    ? [classifyOrganisationName(owner)!.sector]
    : (BODY_WORDS.find((b) => b.pattern.test(owner))?.sectors ?? []);
  if (!sectors.length) return { owner, organisation: null, sector: null };
  const matching = [...present].filter(([, sector]) => sectors.includes(sector)).map(([name]) => name);
  const organisation = oneOf(matching);
  if (organisation) return { owner, organisation, sector: present.get(organisation)! };
  const fromDirectory = known ? bodyFromDirectory(owner, sectors, known, [...present.keys()]) : null;
  if (fromDirectory) return { owner, organisation: fromDirectory.name, sector: fromDirectory.sector, reason: fromDirectory.reason };
  return { owner, organisation: null, sector: oneOf(sectors) };
}

/** The directory's organisations of a sector, for a body none of whose people are in the meeting. */
export interface KnownOrganisations {
  inSector(sector: SectorId): readonly { readonly name: string; readonly sector: SectorId }[];
}

/** Words of an organisation's name that say what kind of body it is, or a point of the compass, rather than which place. */
const NOT_A_PLACE = new Set(
  'nhs icb pcn lmc lpc ldc loc the and of for council county city borough district metropolitan unitary trust foundation hospital hospitals university teaching healthcare health care primary integrated partnership community services service network practice surgery medical centre group ltd limited cic federation local committee pharmacy dental optical north south east west central mid greater royal'.split(' '),
);

function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[^a-z']+/).filter((w) => w.length > 1);
}

/**
 * A body said by its kind ("the LMC", "the ICB") when nobody from one is in
 * the meeting: the one of that kind in the directory, or else the one whose
 * name shares a place with the organisations present ("the ICB" at a
 * meeting with Norfolk County Council is NHS Norfolk and Waveney ICB). It is
 * a guess from the places, so it says so, for the user to check.
 */
function bodyFromDirectory(owner: string, sectors: readonly SectorId[], known: KnownOrganisations, presentNames: readonly string[]): { name: string; sector: SectorId; reason: string } | null {
  const kindWords = nameWords(owner.replace(/^the\s+/i, ''));
  const candidates = sectors.flatMap((sector) => known.inSector(sector)).filter((c) => {
    const words = nameWords(c.name);
    return kindWords.every((w) => words.includes(w) || words.includes(w.replace(/s$/, '')));
  });
  if (candidates.length === 1) return { ...candidates[0]!, reason: `${owner} here is ${candidates[0]!.name}, the only one in the directory.` };
  const placesPresent = new Set(presentNames.flatMap(nameWords));
  let best: { name: string; sector: SectorId } | null = null;
  let bestScore = 0;
  let isTied = false;
  for (const candidate of candidates) {
    const shared = nameWords(candidate.name).filter((w) => placesPresent.has(w));
    // A place shared, not only "North" or "NHS".
    const score = shared.some((w) => !NOT_A_PLACE.has(w)) ? shared.length : 0;
    if (score > bestScore) [best, bestScore, isTied] = [candidate, score, false];
    else if (score === bestScore && score > 0) isTied = true;
  }
  if (!best || isTied) return null;
  return { ...best, reason: `${owner} here is taken to be ${best.name}, from the places of the organisations in the meeting: check it.` };
}

/** Primary care owners first: what a delegate needs to know their side was asked to do. */
export function isPrimaryCareOwner(owner: ActionOwner): boolean {
  return owner.sector !== null && isPrimaryCare(owner.sector);
}

/** What a suggestion says about its owner, as detection found it. */
export interface OwnerClue {
  readonly owner: string | null;
  readonly ownerSource: OwnerSource;
  /** When it was said: a room's voice is whoever last said who they were before then. */
  readonly atMs: number;
}

/** How soon after speaking through a room someone may say who they were and still own what they said. */
const VOICE_NAMED_AFTER_MS = 2 * 60_000;

/**
 * The owner of a suggested action, resolved against the meeting: the
 * speaker or the person who answered, as a person with their organisation
 * (never a room device: through a room it is whoever said who they were,
 * or "someone in" the room for the user to choose); a name said, matched
 * to the participants; a body, matched to the organisations present.
 */
export function resolveSuggestedOwner(clue: OwnerClue, people: readonly MeetingPerson[], resolutions: ReadonlyMap<string, Resolution>, known?: KnownOrganisations): ActionOwner {
  if (!clue.owner) return { owner: null, organisation: null, sector: null, reason: 'Nobody was named.' };
  if (clue.ownerSource === 'speaker' || clue.ownerSource === 'responder') {
    const resolution = resolutions.get(clue.owner);
    const how = clue.ownerSource === 'speaker' ? 'said they would do it' : 'answered that they would';
    if (resolution?.kind === 'room') {
      // Whoever had said who they were by then; else whoever says so soon after ("Sorry, who's that?" "It's Mandy Slee.").
      const voices = resolution.voices ?? [];
      const voice = [...voices].reverse().find((v) => v.sinceMs <= clue.atMs) ?? voices.find((v) => v.sinceMs > clue.atMs && v.sinceMs - clue.atMs <= VOICE_NAMED_AFTER_MS);
      if (voice) {
        return {
          owner: voice.personName,
          organisation: voice.organisation?.name ?? null,
          sector: voice.sector === 'unknown' ? null : voice.sector,
          reason: `${voice.personName} ${how}, speaking through ${resolution.personName}.`,
        };
      }
      return {
        owner: `Someone in ${resolution.personName}`,
        organisation: null,
        sector: null,
        isUnassigned: true,
        reason: `Said through the shared device “${resolution.personName}” by someone who did not say who they were: choose who.`,
      };
    }
    const person = people.find((p) => p.displayName === clue.owner);
    const name = person?.personName ?? resolution?.personName ?? clue.owner;
    return {
      owner: name,
      organisation: person?.organisationName ?? null,
      sector: person && person.sector !== 'unknown' ? person.sector : null,
      reason: `${name} ${how}.`,
    };
  }
  const named = resolveActionOwner(clue.owner, people, known);
  // "the ICB" with one ICB in the meeting: the log names it. A team keeps its own name ("the ICB contracting team"), with its organisation beside it.
  const isTeam = /\b(?:team|teams|department|office|unit|officers?|colleagues|secretariat|coordinators|co-ordinators|navigators|nurses|matrons|paramedics|pharmacists|managers|leads|directors|partners|receptionists|administrators|connectors|prescribers|analysts)\b/i.test(clue.owner);
  const isVagueBody = /^the\s/i.test(clue.owner) && !isTeam && named.organisation !== null && !people.some((p) => p.personName === named.owner);
  return {
    ...named,
    owner: isVagueBody ? named.organisation : named.owner,
    reason: named.reason ?? (isVagueBody ? `${clue.owner} here is ${named.organisation}, the only one in the meeting.` : `${clue.owner} was named.`),
  };
}
