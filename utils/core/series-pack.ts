import { formatDate, formatDurationWords, formatPercent } from './format';
import { redactText } from './redaction';
import type { EvidenceDecision, SeriesEvidence, SeriesMeetingRow } from './series-types';
import { makeNameHider, namePartsOf } from './summary';
import { sectorById, type SectorId } from './taxonomy';

/**
 * The evidence pack of a series: a one-page overview a clinical director can
 * take to the ICB, then a short table per meeting. Pure and deterministic
 * (given `nowMs`); every field is plain text, ready for any renderer
 * (`series-pack-render.ts`, `utils/files/series-pack-docx.ts`).
 */

export interface SeriesPackOptions {
  readonly seriesTitle: string;
  readonly nowMs: number;
  /** Hide NHS numbers, dates of birth, phone numbers, emails and postcodes in titles, decisions and item labels. */
  readonly redact: boolean;
  /** Name people, or describe them by their organisation, as the summary does. Names by default. */
  readonly namesAs?: 'names' | 'roles';
}

/** One meeting's short table. */
export interface SeriesPackMeeting {
  /** "18 Nov 2026: Primary Care Commissioning Committee". */
  readonly heading: string;
  /** Label and value, in the order the table shows them. */
  readonly rows: readonly { readonly label: string; readonly value: string }[];
  /** "D-2026-004: Approve the ARRS plan (Item 5: ARRS roles and funding)". */
  readonly decisionsWithoutPrimaryCare: readonly string[];
}

export interface SeriesPack {
  /** "Evidence pack: PCN Clinical Directors Forum". */
  readonly title: string;
  readonly seriesTitle: string;
  /** "18 Nov 2026 to 12 May 2027", the one date, or empty with no meetings. */
  readonly dateRange: string;
  readonly meetingCount: number;
  readonly overview: {
    /** "6 meetings, 18 Nov 2026 to 12 May 2027." */
    readonly scope: string;
    /** "Primary care held 42% of the seats and 23% of the talk in the last 6 meetings." */
    readonly headline: string;
    /** The trend in words, with figures. */
    readonly trend: string;
    /** "On 4 of 9 decisions, no one from primary care spoke, though the item concerned primary care." */
    readonly decisions: string;
    /** "Healthwatch Barnsley (VCSE): present at 3 meetings". */
    readonly neverHeard: readonly string[];
    /** "Dr Tom Richards (Townships 1 PCN): spoke at 5 of 6 meetings, 42 minutes in all". */
    readonly voices: readonly string[];
    /** "Daniel Okafor (NHS South Yorkshire ICB, ICB): 7 turns on primary care at 3 meetings (access, workforce)". */
    readonly allies: readonly string[];
    readonly actionsByOrganisation: readonly { readonly organisation: string; readonly open: string; readonly overdue: string }[];
  };
  readonly meetings: readonly SeriesPackMeeting[];
  /** What the reader should know about how it was made. */
  readonly notes: readonly string[];
  /** Patient identifiers hidden by redaction. */
  readonly redactedCount: number;
}

/** The columns of a meeting's table, shared with the series CSV. */
export const SERIES_MEETING_LABELS = {
  date: 'Date',
  title: 'Title',
  people: 'People',
  primaryCarePeople: 'Primary care people',
  seatShare: 'Primary care share of people',
  talkShare: 'Primary care share of talk',
  decisions: 'Decisions',
  decisionsWithoutPrimaryCare: 'Decisions without primary care',
  actionsOpen: 'Actions open',
} as const;

const UNTITLED = 'Untitled meeting';

/** "42%", or "no figures" when there is nothing to divide by. */
function percentOrNone(ratio: number | null): string {
  return ratio === null ? 'no figures' : formatPercent(ratio);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Someone from general practice", as the summary describes a person by role with no organisation known. */
function someoneFrom(organisation: string | null, sector: SectorId | null): string {
  if (organisation) return `Someone from ${organisation}`;
  if (sector === null || sector === 'unknown') return 'A participant';
  return `Someone from ${sectorById(sector).name.toLowerCase()}`;
}

function headlineSentence(evidence: SeriesEvidence): string {
  const { overall } = evidence;
  if (evidence.meetings.length === 0) return 'There are no meetings in this series yet.';
  if (overall.meetings === 0 || overall.primaryCareTalkShareRatio === null) {
    const seats = overall.primaryCareSeatShareRatio === null ? '' : ` Primary care held ${formatPercent(overall.primaryCareSeatShareRatio)} of the seats.`;
    return `No talk was recorded in any meeting of this series.${seats}`;
  }
  const last = overall.meetings === 1 ? 'the last meeting' : `the last ${overall.meetings} meetings`;
  const seats = overall.primaryCareSeatShareRatio === null ? '' : `${formatPercent(overall.primaryCareSeatShareRatio)} of the seats and `;
  const withoutTalk = evidence.meetings.length - overall.meetings;
  const left = withoutTalk > 0 ? ` ${withoutTalk === 1 ? '1 meeting had' : `${withoutTalk} meetings had`} no talk recorded and ${withoutTalk === 1 ? 'is' : 'are'} left out of these figures.` : '';
  return `Primary care held ${seats}${formatPercent(overall.primaryCareTalkShareRatio)} of the talk in ${last}${overall.meetings === 1 ? ' with talk recorded' : ''}.${left}`;
}

function decisionsSentence(evidence: SeriesEvidence): string {
  const { decisions, decisionsWithoutPrimaryCare: without } = evidence.overall;
  if (decisions === 0) return 'No decisions were recorded in these meetings.';
  if (without === 0) return `On every one of the ${plural(decisions, 'decision')}, primary care spoke on the item, or the item did not concern primary care.`;
  return `On ${without} of ${plural(decisions, 'decision')}, no one from primary care spoke, though the item concerned primary care.`;
}

/**
 * Builds the evidence pack of a series from its evidence. Free text (titles,
 * decisions, item labels) is redacted when `redact` is on; with names as
 * roles, people are described by their organisation and their names are
 * taken out of that text too, as the summary does.
 */
export function buildSeriesPack(evidence: SeriesEvidence, options: SeriesPackOptions): SeriesPack {
  const namesAs = options.namesAs ?? 'names';
  let redactedCount = 0;
  const redact = (text: string, atMs: number): string => {
    if (!options.redact) return text;
    const result = redactText(text, { referenceYear: new Date(atMs).getFullYear() });
    redactedCount += Object.values(result.counts).reduce((sum, n) => sum + n, 0);
    return result.text;
  };

  // A voice's organisation is known to be primary care; with none, "someone from primary care".
  const voiceDescription = (organisation: string | null): string => (organisation ? `Someone from ${organisation}` : 'Someone from primary care');
  // People the evidence names, and how they are described with names as roles:
  // the name as given, the name without its title ("Tom Richards"), and each part alone.
  const person = (name: string, description: string) => {
    const parts = namePartsOf(name);
    return { names: [...new Set([name, parts.join(' ')].filter(Boolean))], parts, description };
  };
  const hideNames =
    namesAs === 'roles'
      ? makeNameHider([
          ...evidence.primaryCareVoices.map((v) => person(v.name, voiceDescription(v.organisation))),
          ...evidence.allies.map((a) => person(a.name, someoneFrom(a.organisation, a.sector))),
        ])
      : (text: string) => text;
  /** Free text as the pack may show it: names hidden with roles, patient details hidden with redaction. */
  const freeText = (text: string, atMs: number): string => redact(hideNames(text), atMs);

  const meetings = evidence.meetings;
  const first = meetings[0];
  const last = meetings.at(-1);
  const dateRange = !first || !last ? '' : first === last ? formatDate(first.startedAtMs) : `${formatDate(first.startedAtMs)} to ${formatDate(last.startedAtMs)}`;
  const scope = meetings.length === 0 ? 'No meetings yet.' : `${plural(meetings.length, 'meeting')}, ${dateRange}.`;

  const decisionLine = (d: EvidenceDecision, atMs: number): string => {
    const label = d.itemLabel ? ` (${freeText(d.itemLabel, atMs)})` : '';
    return `${d.ref ?? 'Decision without a reference'}: ${freeText(d.text, atMs)}${label}`;
  };

  const meetingOf = (m: SeriesMeetingRow): SeriesPackMeeting => {
    const date = formatDate(m.startedAtMs);
    const title = m.title ? freeText(m.title, m.startedAtMs) : UNTITLED;
    const without = m.decisionsWithoutPrimaryCare.map((d) => decisionLine(d, m.startedAtMs));
    const L = SERIES_MEETING_LABELS;
    return {
      heading: `${date}: ${title}`,
      rows: [
        { label: L.date, value: date },
        { label: L.title, value: title },
        { label: L.people, value: String(m.people) },
        { label: L.primaryCarePeople, value: String(m.primaryCarePeople) },
        { label: L.seatShare, value: percentOrNone(m.primaryCareSeatShareRatio) },
        { label: L.talkShare, value: m.primaryCareTalkShareRatio === null ? 'no talk recorded' : formatPercent(m.primaryCareTalkShareRatio) },
        { label: L.decisions, value: String(m.decisions) },
        { label: L.decisionsWithoutPrimaryCare, value: without.length ? `${without.length}: ${without.join('; ')}` : '0' },
        { label: L.actionsOpen, value: m.actionsOverdue > 0 ? `${m.actionsOpen} (${m.actionsOverdue} overdue)` : String(m.actionsOpen) },
      ],
      decisionsWithoutPrimaryCare: without,
    };
  };

  const voices = evidence.primaryCareVoices.map((v) => {
    const who = namesAs === 'names' ? (v.organisation ? `${v.name} (${v.organisation})` : v.name) : voiceDescription(v.organisation);
    return `${who}: spoke at ${v.meetingsSpoken} of ${plural(meetings.length, 'meeting')}, ${formatDurationWords(v.talkMs)} in all`;
  });
  const allies = evidence.allies.map((a) => {
    const sector = a.sector === 'unknown' ? null : sectorById(a.sector).short;
    const where = [a.organisation, sector].filter(Boolean).join(', ');
    const who = namesAs === 'names' ? (where ? `${a.name} (${where})` : a.name) : someoneFrom(a.organisation, a.sector);
    const themes = a.themes.length ? ` (${a.themes.join(', ')})` : '';
    return `${who}: ${plural(a.primaryCareTurns, 'turn')} on primary care at ${plural(a.meetings, 'meeting')}${themes}`;
  });

  const notes = [
    'Share of people is primary care’s share of the people present; share of talk is its share of the talk recorded, from captions, speaking indicators or the manual tally. The overview pools the meetings with talk recorded.',
    'A decision counts as without primary care when it was taken on an agenda item that concerned primary care and nobody from primary care spoke on that item.',
    ...(namesAs === 'roles' ? ['People are described by their organisation, not named.'] : []),
    `Made by the Primary Care Meeting Companion on ${formatDate(options.nowMs)}, on the recorder’s computer.`,
  ];
  const seriesTitle = freeText(options.seriesTitle, options.nowMs);
  const packMeetings = meetings.map(meetingOf);
  return {
    title: `Evidence pack: ${seriesTitle}`,
    seriesTitle,
    dateRange,
    meetingCount: meetings.length,
    overview: {
      scope,
      headline: headlineSentence(evidence),
      trend: evidence.trendText,
      decisions: decisionsSentence(evidence),
      neverHeard: evidence.neverHeard.map((o) => `${o.name} (${sectorById(o.sector).short}): present at ${plural(o.meetingsPresent, 'meeting')}, never heard`),
      voices,
      allies,
      actionsByOrganisation: evidence.actionsByOrganisation.map((a) => ({ organisation: a.organisation, open: String(a.open), overdue: String(a.overdue) })),
    },
    meetings: packMeetings,
    notes: [...notes, ...(redactedCount ? [`${plural(redactedCount, 'patient detail')} ${redactedCount === 1 ? 'was' : 'were'} hidden.`] : [])],
    redactedCount,
  };
}
