import { assertNever } from './assert-never';
import { isoDateOf } from './action-log';
import { itemFlags, itemLabel, type MeetingItem } from './agenda-items';
import { formatPercent } from './format';
import { scorePrimaryCare, themeName } from './lexicon';
import type { MeetingAnalysis } from './meeting-analysis';
import type {
  EvidenceAction,
  EvidenceAlly,
  EvidenceDecision,
  EvidenceOrganisation,
  EvidenceVoice,
  MeetingEvidence,
  SeriesEvidence,
  SeriesMeetingRow,
  SeriesTrend,
} from './series-types';
import { isPrimaryCare, type SectorId } from './taxonomy';

/*
 * A series in one picture. `meetingEvidence` boils one meeting's analysis
 * down to the little a series needs (kept with the meeting, so a series
 * draws without analysing every meeting again); `buildSeriesEvidence` puts
 * the meetings together. Evidence is per meeting, so a series is simply the
 * meetings passed: moving a meeting between series needs nothing recomputed.
 */

/** A confirmed action or decision of the meeting, as stored (an action row gives each field). */
export interface EvidenceRecord {
  readonly ref: string | null;
  readonly kind: 'action' | 'decision';
  readonly text: string;
  readonly organisation: string | null;
  readonly sector: SectorId | null;
  readonly status: 'open' | 'done' | 'dropped';
  /** ISO date (YYYY-MM-DD), or null. */
  readonly dueDate: string | null;
  /** When it was said in the meeting, or null (added by hand). */
  readonly atMs: number | null;
}

/** What {@link meetingEvidence} reads. */
export interface MeetingEvidenceInput {
  readonly meeting: { readonly id: string; readonly title: string | null; readonly startedAtMs: number; readonly endedAtMs: number | null };
  /** The meeting's one analysis (suggestions are not needed). */
  readonly analysis: MeetingAnalysis;
  /** The meeting's confirmed actions and decisions. */
  readonly records: readonly EvidenceRecord[];
  /** The transcript's words were deleted under the retention setting. */
  readonly isTranscriptDeleted: boolean;
}

const UNKNOWN_KEY = 'unknown';
const NOT_KNOWN = 'Organisation not known';

/** The item a confirmed record was placed under by the analysis (by its reference), else the item its time falls in. */
function itemOf(items: readonly MeetingItem[], record: EvidenceRecord): MeetingItem | null {
  if (record.ref !== null) {
    const placed = items.find((item) => item.records.some((r) => r.isConfirmed && r.ref === record.ref));
    if (placed) return placed;
  }
  const atMs = record.atMs;
  if (atMs === null) return null;
  return items.find((item, i) => item.startMs <= atMs && (atMs < item.endMs || (i === items.length - 1 && atMs <= item.endMs))) ?? null;
}

/** Themes by how often they were raised, most first, as their names ("Access and demand"). */
function rankedThemes(counts: ReadonlyMap<string, number>): string[] {
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([id]) => id);
}

/** People outside primary care (known to be) whose turns raised primary care topics, introductions aside. */
function alliesOf(analysis: MeetingAnalysis): EvidenceAlly[] {
  const introductionAt = new Set([...analysis.introductions.values()].map((claim) => `${claim.speaker}\u0000${claim.atMs}`));
  const bySpeaker = new Map<string, { turns: number; themes: Map<string, number> }>();
  for (const u of analysis.utterances) {
    if (!u.isFinal || !u.text || u.isSpeakerUnknown || introductionAt.has(`${u.speaker}\u0000${u.startMs}`)) continue;
    const resolution = analysis.resolutions.get(u.speaker);
    if (resolution?.kind !== 'person' || resolution.sector === 'unknown' || isPrimaryCare(resolution.sector)) continue;
    const score = scorePrimaryCare(u.text);
    if (!score.isRelevant) continue;
    const found = bySpeaker.get(u.speaker) ?? { turns: 0, themes: new Map<string, number>() };
    found.turns += 1;
    for (const id of score.themes) {
      const name = themeName(id);
      found.themes.set(name, (found.themes.get(name) ?? 0) + 1);
    }
    bySpeaker.set(u.speaker, found);
  }
  return [...bySpeaker]
    .map(([speaker, found]): EvidenceAlly => {
      const r = analysis.resolutions.get(speaker)!;
      return { name: r.personName, organisation: r.organisation?.name ?? null, sector: r.sector, primaryCareTurns: found.turns, themes: rankedThemes(found.themes) };
    })
    .sort((a, b) => b.primaryCareTurns - a.primaryCareTurns || a.name.localeCompare(b.name));
}

/**
 * What one meeting contributes to its series' evidence, from its one
 * analysis and its confirmed actions and decisions. Pure; small and
 * JSON-serialisable, so it can be kept with the meeting.
 *
 * People and primary care people are those the analysis counts (rooms are
 * not people); organisations leave out the "not known" bucket and rooms;
 * allies are people known to be outside primary care whose turns match the
 * primary care lexicon (none once the transcript's words are deleted);
 * decisions carry the agenda item they were taken under and whether it was
 * decided without primary care, counting confirmed decisions only.
 */
export function meetingEvidence(input: MeetingEvidenceInput): MeetingEvidence {
  const { meeting, analysis } = input;
  const primary = analysis.talk.primary;
  const pc = analysis.organisations.primaryCare;
  const hasTalk = primary !== null && (primary.shareBasis === 'words' ? primary.totalWords > 0 : primary.totalTalkMs > 0);

  const organisations = analysis.organisations.byOrganisation
    .filter((o) => o.key !== UNKNOWN_KEY && !o.key.startsWith('room:'))
    .map((o): EvidenceOrganisation => ({ key: o.key, name: o.name, sector: o.sector, attendees: o.attendees, talkMs: o.talkMs }));

  const primaryCareVoices = (primary?.participants ?? []).flatMap((p): EvidenceVoice[] => {
    const r = analysis.resolutions.get(p.speaker);
    if (r?.kind !== 'person' || !isPrimaryCare(r.sector) || (p.talkMs <= 0 && p.words <= 0)) return [];
    return [{ name: r.personName, organisation: r.organisation?.name ?? null, sector: r.sector, talkMs: p.talkMs, turns: p.turns }];
  });

  const decisions = input.records
    .filter((r) => r.kind === 'decision')
    .map((r): EvidenceDecision => {
      const item = itemOf(analysis.items, r);
      return {
        ref: r.ref,
        text: r.text,
        itemLabel: item ? itemLabel(item) : null,
        isWithoutPrimaryCare: item !== null && itemFlags(item, { confirmedOnly: true }).some((f) => f.kind === 'decided-without-primary-care'),
      };
    });

  const actions = input.records
    .filter((r) => r.kind === 'action')
    .map((r): EvidenceAction => ({ ref: r.ref, text: r.text, organisation: r.organisation, sector: r.sector, status: r.status, dueDate: r.dueDate }));

  return {
    meetingId: meeting.id,
    title: meeting.title,
    startedAtMs: meeting.startedAtMs,
    figuresSource: primary?.source ?? null,
    people: pc.totalAttendees,
    primaryCarePeople: pc.attendees,
    totalTalkMs: primary?.totalTalkMs ?? 0,
    primaryCareTalkMs: pc.talkMs,
    primaryCareSeatShareRatio: pc.totalAttendees > 0 ? pc.attendeeShareRatio : null,
    primaryCareTalkShareRatio: hasTalk ? pc.talkShareRatio : null,
    organisations,
    primaryCareVoices,
    allies: input.isTranscriptDeleted ? [] : alliesOf(analysis),
    decisions,
    actions,
    isTranscriptDeleted: input.isTranscriptDeleted,
  };
}

/** Fewer meetings with talk than this, and no trend is drawn. */
export const TREND_MIN_MEETINGS = 3;
/** A fitted change across the series smaller than this (3 percentage points) is steady. */
export const TREND_STEADY_CHANGE = 0.03;

/** The least-squares line through the shares in meeting order: its value at the first and last meeting. */
function fitLine(shares: readonly number[]): { readonly from: number; readonly to: number } {
  const n = shares.length;
  const meanX = (n - 1) / 2;
  const meanY = shares.reduce((sum, y) => sum + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  shares.forEach((y, x) => {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  });
  const slope = sxx > 0 ? sxy / sxx : 0;
  const from = meanY - slope * meanX;
  return { from, to: from + slope * (n - 1) };
}

const clamp01 = (ratio: number): number => Math.min(1, Math.max(0, ratio));
const meetingsWord = (n: number): string => (n === 1 ? '1 meeting' : `${n} meetings`);

/** The trend's sentence for a screen reader, with figures. */
function describeTrend(input: {
  readonly meetings: number;
  readonly withTalk: number;
  readonly seatShare: number | null;
  readonly talkShare: number | null;
  readonly trend: SeriesTrend;
  readonly fitted: { readonly from: number; readonly to: number } | null;
}): string {
  if (input.meetings === 0) return 'This series has no meetings recorded yet.';
  const { seatShare, talkShare } = input;
  const opening = input.meetings === 1 ? 'In its one meeting' : `Across ${meetingsWord(input.meetings)}`;
  const seats = seatShare === null ? null : `${formatPercent(seatShare)} of the seats`;
  const talkIn = input.withTalk === input.meetings ? '' : `, in the ${input.withTalk} with talk recorded,`;
  if (talkShare === null) {
    return seats
      ? `${opening} primary care held ${seats}; no talk was recorded, so there is no share of the talk or trend to show.`
      : `${opening} nobody's attendance or talk was recorded.`;
  }
  const talk = `${formatPercent(talkShare)} of the talk`;
  const held = seats ? `primary care held ${seats} and${talkIn} ${talk}` : `primary care held${talkIn} ${talk}`;
  const fitted = input.fitted;
  switch (input.trend) {
    case 'not-enough-meetings':
      return `${opening} ${held}; a trend needs talk recorded at ${TREND_MIN_MEETINGS} or more meetings.`;
    case 'steady':
      return `${opening} ${held}; its share of the talk held steady at about ${formatPercent(clamp01(talkShare))}.`;
    case 'rising':
    case 'falling':
      return `${opening} ${held}; its share of the talk ${input.trend === 'rising' ? 'rose' : 'fell'} from about ${formatPercent(clamp01(fitted!.from))} to about ${formatPercent(clamp01(fitted!.to))}.`;
    default:
      return assertNever(input.trend);
  }
}

interface Tally<T> {
  readonly key: string;
  value: T;
}

function tallyBy<T>(map: Map<string, Tally<T>>, key: string, create: () => T): T {
  let found = map.get(key);
  if (!found) {
    found = { key, value: create() };
    map.set(key, found);
  }
  return found.value;
}

/** A person's name without case or a title, so "Dr Tom Richards" and "Tom Richards" are one person across meetings. */
function personKey(name: string): string {
  return name.toLowerCase().replace(/^(?:dr|cllr|councillor|mr|mrs|ms|miss|prof|professor)\.?\s+/, '').replace(/\s+/g, ' ').trim();
}

/**
 * The series in one picture from its meetings' evidence (in any order):
 * each meeting's row, oldest first; primary care's share of the talk
 * (pooled by time over the meetings with talk) and of the seats (pooled by
 * people); the trend of its share of the talk (a least-squares line over the
 * meetings with talk, in order: "not-enough-meetings" under three, "steady"
 * when the fitted change across the series is under 3 percentage points)
 * with a sentence stating it; organisations present and never heard; who
 * speaks for primary care; open and overdue actions by organisation
 * (overdue: open and due before today, the local date at `nowMs`); allies.
 * Pure.
 */
export function buildSeriesEvidence(evidence: readonly MeetingEvidence[], nowMs: number): SeriesEvidence {
  const meetings = [...evidence].sort((a, b) => a.startedAtMs - b.startedAtMs || a.meetingId.localeCompare(b.meetingId));
  const today = isoDateOf(nowMs);
  const isOpen = (a: EvidenceAction): boolean => a.status === 'open';
  const isOverdue = (a: EvidenceAction): boolean => isOpen(a) && a.dueDate !== null && a.dueDate < today;

  const rows = meetings.map(
    (m): SeriesMeetingRow => ({
      meetingId: m.meetingId,
      title: m.title,
      startedAtMs: m.startedAtMs,
      figuresSource: m.figuresSource,
      people: m.people,
      primaryCarePeople: m.primaryCarePeople,
      primaryCareSeatShareRatio: m.primaryCareSeatShareRatio,
      primaryCareTalkShareRatio: m.primaryCareTalkShareRatio,
      decisions: m.decisions.length,
      decisionsWithoutPrimaryCare: m.decisions.filter((d) => d.isWithoutPrimaryCare),
      actionsOpen: m.actions.filter(isOpen).length,
      actionsOverdue: m.actions.filter(isOverdue).length,
    }),
  );

  // Pooled: talk by time over the meetings with talk; seats by people over the meetings with people.
  const withTalk = meetings.filter((m) => m.primaryCareTalkShareRatio !== null);
  const talkMs = withTalk.reduce((sum, m) => sum + m.totalTalkMs, 0);
  const talkShare =
    withTalk.length === 0
      ? null
      : talkMs > 0
        ? withTalk.reduce((sum, m) => sum + m.primaryCareTalkMs, 0) / talkMs
        : withTalk.reduce((sum, m) => sum + m.primaryCareTalkShareRatio!, 0) / withTalk.length;
  const people = meetings.reduce((sum, m) => sum + m.people, 0);
  const seatShare = people > 0 ? meetings.reduce((sum, m) => sum + m.primaryCarePeople, 0) / people : null;

  const shares = withTalk.map((m) => m.primaryCareTalkShareRatio!);
  const fitted = shares.length >= TREND_MIN_MEETINGS ? fitLine(shares) : null;
  const trend: SeriesTrend = !fitted
    ? 'not-enough-meetings'
    : Math.abs(fitted.to - fitted.from) < TREND_STEADY_CHANGE
      ? 'steady'
      : fitted.to > fitted.from
        ? 'rising'
        : 'falling';

  // Organisations by key: present at any meeting, heard at none.
  const organisations = new Map<string, Tally<{ name: string; sector: SectorId; meetingsPresent: number; heard: boolean }>>();
  for (const m of meetings) {
    for (const o of m.organisations) {
      const found = tallyBy(organisations, o.key, () => ({ name: o.name, sector: o.sector, meetingsPresent: 0, heard: false }));
      // The newest meeting's name and sector win (meetings are oldest first).
      found.name = o.name;
      found.sector = o.sector;
      if (o.attendees > 0) found.meetingsPresent += 1;
      if (o.talkMs > 0) found.heard = true;
    }
  }
  const neverHeard = [...organisations.values()]
    .map((t) => t.value)
    .filter((o) => o.meetingsPresent > 0 && !o.heard)
    .map((o) => ({ name: o.name, sector: o.sector, meetingsPresent: o.meetingsPresent }))
    .sort((a, b) => b.meetingsPresent - a.meetingsPresent || a.name.localeCompare(b.name));

  const voices = new Map<string, Tally<{ name: string; organisation: string | null; meetingsSpoken: number; talkMs: number }>>();
  for (const m of meetings) {
    const spokeHere = new Set<string>();
    for (const v of m.primaryCareVoices) {
      const key = personKey(v.name);
      const found = tallyBy(voices, key, () => ({ name: v.name, organisation: v.organisation, meetingsSpoken: 0, talkMs: 0 }));
      // "Dr Tom Richards" in Meet and "Tom Richards" from NHSmail are one person: keep the fuller name.
      if (v.name.length >= found.name.length) found.name = v.name;
      found.organisation = v.organisation ?? found.organisation;
      found.talkMs += v.talkMs;
      if (!spokeHere.has(key)) found.meetingsSpoken += 1;
      spokeHere.add(key);
    }
  }
  const primaryCareVoices = [...voices.values()]
    .map((t) => t.value)
    .sort((a, b) => b.meetingsSpoken - a.meetingsSpoken || b.talkMs - a.talkMs || a.name.localeCompare(b.name));

  const byOrganisation = new Map<string, Tally<{ organisation: string; sector: SectorId | null; open: number; overdue: number }>>();
  for (const m of meetings) {
    for (const a of m.actions.filter(isOpen)) {
      const name = a.organisation ?? NOT_KNOWN;
      const found = tallyBy(byOrganisation, name.toLowerCase(), () => ({ organisation: name, sector: a.sector, open: 0, overdue: 0 }));
      found.sector = a.sector ?? found.sector;
      found.open += 1;
      if (isOverdue(a)) found.overdue += 1;
    }
  }
  const actionsByOrganisation = [...byOrganisation.values()]
    .map((t) => t.value)
    .sort(
      (a, b) =>
        b.open - a.open ||
        b.overdue - a.overdue ||
        Number(a.organisation === NOT_KNOWN) - Number(b.organisation === NOT_KNOWN) ||
        a.organisation.localeCompare(b.organisation),
    );

  const allies = new Map<string, Tally<{ name: string; organisation: string | null; sector: SectorId; primaryCareTurns: number; meetings: number; themes: Map<string, number> }>>();
  for (const m of meetings) {
    for (const ally of m.allies) {
      const found = tallyBy(allies, personKey(ally.name), () => ({
        name: ally.name,
        organisation: ally.organisation,
        sector: ally.sector,
        primaryCareTurns: 0,
        meetings: 0,
        themes: new Map<string, number>(),
      }));
      found.organisation = ally.organisation ?? found.organisation;
      found.sector = ally.sector;
      found.primaryCareTurns += ally.primaryCareTurns;
      found.meetings += 1;
      // Each meeting's themes come most raised first: weigh them so across meetings the most raised still lead.
      ally.themes.forEach((theme, i) => found.themes.set(theme, (found.themes.get(theme) ?? 0) + ally.themes.length - i));
    }
  }
  const allyList = [...allies.values()]
    .map(({ value: { themes, ...ally } }) => ({ ...ally, themes: rankedThemes(themes) }))
    .sort((a, b) => b.primaryCareTurns - a.primaryCareTurns || b.meetings - a.meetings || a.name.localeCompare(b.name));

  const decisions = rows.reduce((sum, r) => sum + r.decisions, 0);
  const decisionsWithoutPrimaryCare = rows.reduce((sum, r) => sum + r.decisionsWithoutPrimaryCare.length, 0);

  return {
    meetings: rows,
    overall: { meetings: meetings.length, primaryCareTalkShareRatio: talkShare, primaryCareSeatShareRatio: seatShare, decisions, decisionsWithoutPrimaryCare },
    trend,
    trendText: describeTrend({ meetings: meetings.length, withTalk: withTalk.length, seatShare, talkShare, trend, fitted }),
    neverHeard,
    primaryCareVoices,
    actionsByOrganisation,
    allies: allyList,
  };
}
