import type { Resolution } from './org-resolution';
import type { TalkTimeStats, TimedSpeech } from './talk-time';
import { GROUPS, isPrimaryCare, sectorById, type GroupId, type SectorId } from './taxonomy';

/** Talk and attendance for one organisation. */
export interface OrganisationShare {
  readonly key: string;
  readonly name: string;
  readonly sector: SectorId;
  readonly talkMs: number;
  /** 0–1, on the talk figures' basis (time, or words when there is no timing). */
  readonly shareRatio: number;
  readonly words: number;
  readonly turns: number;
  readonly speakers: readonly string[];
  readonly attendees: number;
}

/** Talk and attendance for one sector or group. */
export interface PartyShare<Id extends string> {
  readonly id: Id;
  readonly name: string;
  readonly talkMs: number;
  readonly shareRatio: number;
  readonly words: number;
  readonly turns: number;
  readonly attendees: number;
  /** 0–1: this party's share of the people present (rooms not counted). */
  readonly attendeeShareRatio: number;
}

/** The headline a primary care leader looks for first. */
export interface PrimaryCareHeadline {
  readonly talkShareRatio: number;
  readonly attendeeShareRatio: number;
  readonly talkMs: number;
  readonly attendees: number;
  readonly totalAttendees: number;
  readonly speakers: number;
}

export interface OrganisationAnalytics {
  readonly byOrganisation: readonly OrganisationShare[];
  readonly bySector: readonly PartyShare<SectorId>[];
  readonly byGroup: readonly PartyShare<GroupId>[];
  readonly primaryCare: PrimaryCareHeadline;
  /** Organisations with people present who have not been heard. */
  readonly silentOrganisations: readonly { readonly key: string; readonly name: string; readonly sector: SectorId; readonly attendees: number }[];
  /** Display names of people whose organisation is not known. */
  readonly unresolved: readonly string[];
}

const UNKNOWN_KEY = 'unknown';
const UNKNOWN_NAME = 'Organisation not known';

interface Bucket {
  key: string;
  name: string;
  sector: SectorId;
  talkMs: number;
  words: number;
  turns: number;
  speakers: Set<string>;
  attendees: Set<string>;
}

function bucketFor(resolution: Resolution | undefined, displayName: string): { key: string; name: string; sector: SectorId } {
  // A room counts for the one organisation everyone heard through it said they are from, if there is one.
  if (resolution?.kind === 'room' && resolution.sector === 'unknown') return { key: `room:${displayName}`, name: `${displayName} (shared room)`, sector: 'unknown' };
  if (resolution?.organisation) return { key: resolution.organisation.key, name: resolution.organisation.name, sector: resolution.sector };
  if (resolution && resolution.sector !== 'unknown') {
    return { key: `sector:${resolution.sector}`, name: `${sectorById(resolution.sector).name} (organisation not named)`, sector: resolution.sector };
  }
  return { key: UNKNOWN_KEY, name: UNKNOWN_NAME, sector: 'unknown' };
}

/**
 * Talk time, words, turns and attendance by organisation, sector and group,
 * with primary care's share of voice beside its share of the people present,
 * and the organisations present but silent. Rooms count towards talk (several
 * people may speak through one) but not towards attendance.
 */
export function computeOrganisationAnalytics(input: {
  readonly talk: TalkTimeStats | null;
  /** Display names of everyone present at some point (participants and speakers). */
  readonly attendees: readonly string[];
  readonly resolutions: ReadonlyMap<string, Resolution>;
}): OrganisationAnalytics {
  const buckets = new Map<string, Bucket>();
  const bucket = (displayName: string): Bucket => {
    const { key, name, sector } = bucketFor(input.resolutions.get(displayName), displayName);
    let b = buckets.get(key);
    if (!b) {
      b = { key, name, sector, talkMs: 0, words: 0, turns: 0, speakers: new Set(), attendees: new Set() };
      buckets.set(key, b);
    }
    return b;
  };
  const isPerson = (name: string): boolean => input.resolutions.get(name)?.kind !== 'room';

  for (const name of input.attendees) if (isPerson(name)) bucket(name).attendees.add(name);
  for (const p of input.talk?.participants ?? []) {
    const b = bucket(p.speaker);
    b.talkMs += p.talkMs;
    b.words += p.words;
    b.turns += p.turns;
    b.speakers.add(p.speaker);
    if (isPerson(p.speaker)) b.attendees.add(p.speaker);
  }

  const byWords = input.talk?.shareBasis === 'words';
  const totalTalk = input.talk ? (byWords ? input.talk.totalWords : input.talk.totalTalkMs) : 0;
  const share = (talkMs: number, words: number): number => (totalTalk > 0 ? (byWords ? words : talkMs) / totalTalk : 0);
  const totalAttendees = new Set([...buckets.values()].flatMap((b) => [...b.attendees])).size;

  const byOrganisation = [...buckets.values()]
    .map(
      (b): OrganisationShare => ({
        key: b.key,
        name: b.name,
        sector: b.sector,
        talkMs: b.talkMs,
        shareRatio: share(b.talkMs, b.words),
        words: b.words,
        turns: b.turns,
        speakers: [...b.speakers].sort(),
        attendees: b.attendees.size,
      }),
    )
    .sort(
      (a, b) =>
        b.talkMs - a.talkMs ||
        b.words - a.words ||
        Number(a.key === UNKNOWN_KEY) - Number(b.key === UNKNOWN_KEY) ||
        b.attendees - a.attendees ||
        a.name.localeCompare(b.name),
    );

  const aggregate = <Id extends string>(idOf: (b: OrganisationShare) => Id, nameOf: (id: Id) => string): PartyShare<Id>[] => {
    const parties = new Map<Id, { talkMs: number; words: number; turns: number; attendees: number }>();
    for (const o of byOrganisation) {
      const id = idOf(o);
      const p = parties.get(id) ?? { talkMs: 0, words: 0, turns: 0, attendees: 0 };
      p.talkMs += o.talkMs;
      p.words += o.words;
      p.turns += o.turns;
      p.attendees += o.attendees;
      parties.set(id, p);
    }
    return [...parties]
      .map(([id, p]) => ({
        id,
        name: nameOf(id),
        ...p,
        shareRatio: share(p.talkMs, p.words),
        attendeeShareRatio: totalAttendees ? p.attendees / totalAttendees : 0,
      }))
      .sort((a, b) => b.talkMs - a.talkMs || b.words - a.words || b.attendees - a.attendees || a.name.localeCompare(b.name));
  };

  const bySector = aggregate((o) => o.sector, (id) => sectorById(id).name);
  const byGroup = aggregate((o) => sectorById(o.sector).group, (id) => GROUPS.find((g) => g.id === id)!.name);
  const primary = byOrganisation.filter((o) => isPrimaryCare(o.sector));
  const primaryTalk = primary.reduce((sum, o) => sum + o.talkMs, 0);
  const primaryWords = primary.reduce((sum, o) => sum + o.words, 0);
  const primaryAttendees = primary.reduce((sum, o) => sum + o.attendees, 0);

  return {
    byOrganisation,
    bySector,
    byGroup,
    primaryCare: {
      talkShareRatio: share(primaryTalk, primaryWords),
      attendeeShareRatio: totalAttendees ? primaryAttendees / totalAttendees : 0,
      talkMs: primaryTalk,
      attendees: primaryAttendees,
      totalAttendees,
      speakers: primary.reduce((sum, o) => sum + o.speakers.length, 0),
    },
    silentOrganisations: byOrganisation
      .filter((o) => o.attendees > 0 && o.talkMs === 0 && o.words === 0 && o.key !== UNKNOWN_KEY)
      .map((o) => ({ key: o.key, name: o.name, sector: o.sector, attendees: o.attendees })),
    unresolved: [...new Set(input.attendees.concat(input.talk?.participants.map((p) => p.speaker) ?? []))].filter((name) => {
      const r = input.resolutions.get(name);
      return r?.kind !== 'room' && (!r || r.sector === 'unknown');
    }),
  };
}

/** One stretch of the meeting timeline. */
export interface TimelineSegment {
  readonly startMs: number;
  readonly endMs: number;
  readonly sector: SectorId;
  readonly speakers: readonly string[];
}

/**
 * Who spoke when, as stretches coloured by sector. Neighbouring stretches of
 * the same sector less than `mergeGapMs` apart are joined, so a three-hour
 * meeting stays a few hundred shapes.
 */
export function computeTimeline(
  items: readonly TimedSpeech[],
  resolutions: ReadonlyMap<string, Resolution>,
  mergeGapMs = 2_000,
): TimelineSegment[] {
  const segments: { startMs: number; endMs: number; sector: SectorId; speakers: Set<string> }[] = [];
  for (const item of [...items].sort((a, b) => a.startMs - b.startMs)) {
    const resolution = resolutions.get(item.speaker);
    const sector = resolution?.sector ?? 'unknown';
    const last = segments[segments.length - 1];
    if (last && last.sector === sector && item.startMs - last.endMs <= mergeGapMs) {
      last.endMs = Math.max(last.endMs, item.endMs);
      last.speakers.add(item.speaker);
    } else {
      segments.push({ startMs: item.startMs, endMs: Math.max(item.endMs, item.startMs), sector, speakers: new Set([item.speaker]) });
    }
  }
  return segments.map((s) => ({ ...s, speakers: [...s.speakers] }));
}
