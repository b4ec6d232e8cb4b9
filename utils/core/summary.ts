import { isOverdue, isoDateOf, type ActionStatus, type ActionSummaryFields } from './action-log';
import { itemFlags, itemLabel, type MeetingItem } from './agenda-items';
import { formatDate, formatDurationWords, formatIsoDate, formatPercent, formatTime } from './format';
import { scorePrimaryCare, themeName } from './lexicon';
import type { MeetingSource } from './model';
import type { MeetingAnalysis } from './meeting-analysis';
import { redactText } from './redaction';
import { GROUPS, isPrimaryCare, sectorById, type SectorId } from './taxonomy';
import { describeTranscriptFormat, describeTranscriptTiming, type TranscriptContainer, type TranscriptLayout, type TranscriptTiming } from './transcript-format';

/** What the user chooses about a summary before sharing it. */
export interface SummaryOptions {
  /** Short quotes for each primary care moment. */
  readonly includeQuotes: boolean;
  /** A few lines of transcript around the main moments. */
  readonly includeExcerpts: boolean;
  /** Name people, or describe them only by role and organisation. */
  readonly namesAs: 'names' | 'roles';
  /** Hide NHS numbers, dates of birth, phone numbers, emails and postcodes in everything taken from the captions. */
  readonly redact: boolean;
}

export const DEFAULT_SUMMARY_OPTIONS: SummaryOptions = { includeQuotes: true, includeExcerpts: false, namesAs: 'names', redact: true };

/** An action or decision as the summary needs it (an action row satisfies this). */
export type SummaryAction = ActionSummaryFields;

/** Everything a summary is made from; the side panel loads it from IndexedDB. */
export interface SummaryInput {
  readonly meeting: {
    readonly title: string | null;
    readonly code: string | null;
    readonly platform: MeetingSource;
    readonly startedAtMs: number;
    readonly endedAtMs: number | null;
    readonly lastSeenAtMs: number;
    /** The transcript file an imported meeting was read from. */
    readonly importedFrom?: { readonly layout: TranscriptLayout; readonly container: TranscriptContainer; readonly timing: TranscriptTiming };
  };
  /** The meeting's one analysis: the same talk figures, organisations and introductions the side panel shows. */
  readonly analysis: MeetingAnalysis;
  /** Actions and decisions confirmed in this meeting. */
  readonly actions: readonly SummaryAction[];
  /** Open actions from earlier meetings of the series. */
  readonly carriedForward: readonly (SummaryAction & { readonly meetingTitle: string; readonly meetingStartedAtMs: number })[];
  /** Suggestions found in the captions that the user has not confirmed or dismissed. */
  readonly pendingSuggestions: number;
  /** Set when the transcript text was deleted under the retention setting. */
  readonly transcriptDeletedAtMs?: number | null;
  readonly nowMs: number;
}

export interface SummaryActionItem {
  readonly ref: string;
  readonly text: string;
  /** "Daniel Okafor (NHS South Yorkshire ICB)", or the organisation alone when people are described by role. */
  readonly owner: string;
  /** "27 Nov 2026", "before the next meeting", or "no date". */
  readonly due: string;
  readonly status: string;
  readonly isOverdue: boolean;
  /** Open, with a due date already past on the day it was agreed ("by 25 November", said on 6 December): a date to check, not a late action. */
  readonly isPastWhenAgreed?: boolean;
  /** Where a carried-forward action was agreed. */
  readonly from: string | null;
}

export interface SummaryMoment {
  readonly time: string;
  readonly who: string;
  readonly quote: string | null;
}

export interface SummaryTopic {
  readonly theme: string;
  readonly mentions: number;
  /** Someone from primary care spoke on it. */
  readonly primaryCareSpoke: boolean;
  readonly moments: readonly SummaryMoment[];
}

/** One agenda item as the summary shows it. */
export interface SummaryAgendaItem {
  /** "Item 4: Winter access scheme" (the title is from the captions, so redacted and, with names as roles, without names). */
  readonly label: string;
  /** "14:05 to 14:22, 17 min". */
  readonly time: string;
  /** "Primary care had 32% of the talk, with 42% of the people present (5 of 12)." */
  readonly share: string;
  /** The item's flags, in words (confirmed decisions only). */
  readonly flags: readonly string[];
  /** Confirmed decisions and actions said under it: "Decision D-2026-002: …". */
  readonly records: readonly string[];
}

/** A primary care briefing for colleagues who could not attend: every field is plain text, ready for any renderer. */
export interface SummaryModel {
  readonly title: string;
  /**
   * At most five short lines for a reader between patients. Absent from
   * summaries saved before it existed (issue 13), which still render.
   */
  readonly inBrief?: readonly string[];
  /** Each agenda item with its figures; absent from summaries saved before it existed. */
  readonly items?: readonly SummaryAgendaItem[];
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  /** "Primary care had 32% of the talking, with 42% of the people here (5 of 12)." */
  readonly headline: string;
  readonly attendance: readonly {
    readonly group: string;
    readonly isPrimaryCare: boolean;
    readonly organisations: readonly { readonly name: string; /** Empty when the sector is not known. */ readonly sector: string; readonly people: string; readonly spoke: boolean }[];
  }[];
  readonly voiceBySector: readonly { readonly name: string; readonly share: string; readonly talk: string; readonly people: number; readonly isPrimaryCare: boolean }[];
  readonly voiceByOrganisation: readonly { readonly name: string; readonly sector: string; readonly share: string }[];
  /** Organisations present but not heard. */
  readonly silent: readonly string[];
  readonly topics: readonly SummaryTopic[];
  readonly excerpts: readonly { readonly time: string; readonly lines: readonly { readonly who: string; readonly text: string }[] }[];
  readonly decisions: readonly { readonly ref: string; readonly text: string; readonly affectsPrimaryCare: boolean }[];
  readonly actions: {
    readonly forPrimaryCare: readonly SummaryActionItem[];
    readonly needingPrimaryCareInput: readonly SummaryActionItem[];
    readonly others: readonly SummaryActionItem[];
    readonly carriedForward: readonly SummaryActionItem[];
  };
  readonly followUps: readonly string[];
  /** What the reader should know about how it was made. */
  readonly notes: readonly string[];
  /** Patient identifiers hidden by redaction. */
  readonly redactedCount: number;
}

const MOMENTS_PER_TOPIC = 4;
const QUOTE_CHARS = 220;
const EXCERPTS = 4;
const EXCERPT_LINE_CHARS = 300;
const FOLLOW_UP_WITHIN_DAYS = 14;
const ORGANISATIONS_IN_VOICE = 8;
/** "Between patients": more than five lines is no longer brief. */
export const IN_BRIEF_MAX_LINES = 5;
/** Refs named in one In brief line before "and 2 more". */
const REFS_IN_BRIEF = 3;
const TEXT_IN_BRIEF_CHARS = 90;
const LABEL_IN_BRIEF_CHARS = 60;

const PLATFORM_NAMES: Record<MeetingSource, string> = {
  meet: 'Google Meet',
  teams: 'Microsoft Teams',
  manual: 'Recorded by hand',
  import: 'Imported from a transcript file',
};
const SOURCE_NAMES = { captions: 'captions', indicators: 'speaking indicators', manual: 'the manual tally' } as const;
const STATUS_WORDS: Record<ActionStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

const QUORATE = /\b(?:we are|we're|the meeting is|meeting is|we are now|we're now|it is|it's)\s+(?<not>not\s+)?quorate\b|\b(?<inquorate>inquorate)\b/i;

/** Cuts text to a length at a word boundary. */
function shorten(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxChars - 20)).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The sentence of an utterance that holds the first match, so a quote says what mattered. */
function sentenceAround(text: string, index: number): string {
  const starts = [...text.matchAll(/(?<=[.!?])\s+/g)].map((m) => m.index! + m[0].length);
  const start = [0, ...starts].filter((s) => s <= index).at(-1) ?? 0;
  const end = starts.find((s) => s > index) ?? text.length;
  return text.slice(start, end).trim();
}

interface Redactor {
  (text: string): string;
  readonly count: () => number;
}

function makeRedactor(isOn: boolean, referenceYear: number): Redactor {
  let hidden = 0;
  const redactor = ((text: string) => {
    if (!isOn) return text;
    const result = redactText(text, { referenceYear });
    hidden += Object.values(result.counts).reduce((sum, n) => sum + n, 0);
    return result.text;
  }) as Redactor;
  return Object.assign(redactor, { count: () => hidden });
}

/** Honorifics are not names: "Dr" alone must not become "Someone from …". */
const HONORIFICS = new Set(['Mrs', 'Miss', 'Prof', 'Professor', 'Cllr', 'Councillor', 'Sir', 'Dame', 'Rev', 'Revd']);

/** The parts of a person's name that a speaker may use alone ("Daniel", "Okafor"): capitalised, three letters or more, not an honorific. */
export function namePartsOf(personName: string): string[] {
  return personName.split(/[^\p{L}'’-]+/u).filter((part) => part.length >= 3 && /^\p{Lu}/u.test(part) && !HONORIFICS.has(part));
}

/**
 * Replaces the names of the people in the meeting in caption text (a full
 * name, or a first name or surname alone, as a chair says "Daniel, over to
 * you") with how the summary describes them, for "names as roles". A name
 * part two people share becomes "a participant". Case-sensitive, so "will"
 * is not Will.
 */
export function makeNameHider(people: readonly { readonly names: readonly string[]; readonly parts: readonly string[]; readonly description: string }[]): (text: string) => string {
  const replacements = new Map<string, string>();
  const shared = new Set<string>();
  for (const person of people) {
    for (const name of person.names) replacements.set(name, person.description);
    for (const part of person.parts) {
      if (person.names.includes(part)) continue;
      const earlier = replacements.get(part);
      if (earlier !== undefined && earlier !== person.description) shared.add(part);
      replacements.set(part, person.description);
    }
  }
  for (const part of shared) replacements.set(part, 'a participant');
  if (replacements.size === 0) return (text) => text;
  const alternatives = [...replacements.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => text.replace(pattern, (name) => replacements.get(name) ?? name);
}

/** "A, B and C", or "A, B, C and 2 more" past `max`. */
function listInWords(parts: readonly string[], max: number): string {
  const shown = parts.length > max ? [...parts.slice(0, max), `${parts.length - max} more`] : [...parts];
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** Primary care's share of the talk against its share of the people present, as one sentence. */
function shareSentence(pc: { readonly talkShareRatio: number; readonly attendeeShareRatio: number; readonly attendees: number; readonly totalAttendees: number }, hasTalk: boolean): string {
  if (!hasTalk) return `No talk was recorded; primary care was ${pc.attendees} of the ${pc.totalAttendees} people present.`;
  return `Primary care had ${formatPercent(pc.talkShareRatio)} of the talk, with ${formatPercent(pc.attendeeShareRatio)} of the people present (${pc.attendees} of ${pc.totalAttendees}).`;
}

/** "14:05 to 14:22, 17 min", or "14:05 onwards, 17 min so far" for the item under way. */
function itemTime(item: MeetingItem): string {
  const minutes = Math.round(item.durationMs / 60_000);
  const length = minutes < 1 ? 'under 1 min' : `${minutes} min`;
  return item.isCurrent ? `${formatTime(item.startMs)} onwards, ${length} so far` : `${formatTime(item.startMs)} to ${formatTime(item.endMs)}, ${length}`;
}

/**
 * Builds the primary care summary of a meeting: pure and deterministic
 * (given `nowMs`), from what the side panel already stores and resolves.
 * What a briefing for absent primary care leaders holds: shared/docs/domain.md §7.4.
 */
export function buildSummary(input: SummaryInput, options: SummaryOptions = DEFAULT_SUMMARY_OPTIONS): SummaryModel {
  const { meeting } = input;
  const today = isoDateOf(input.nowMs);
  const redact = makeRedactor(options.redact, new Date(meeting.startedAtMs).getFullYear());
  const endMs = meeting.endedAtMs ?? meeting.lastSeenAtMs;
  const { analysis } = input;
  const analytics = analysis.organisations;
  const talk = analysis.talk.primary;
  const utterances = analysis.utterances;

  const sectorOf = (displayName: string): SectorId => analysis.resolutions.get(displayName)?.sector ?? 'unknown';
  const organisationOf = (displayName: string): string | null => analysis.resolutions.get(displayName)?.organisation?.name ?? null;
  /** How a person is named: "Dr Tom Richards (Townships 1 PCN)", or "Clinical director, Townships 1 PCN". */
  const who = (displayName: string): string => {
    const organisation = organisationOf(displayName);
    if (options.namesAs === 'names') {
      const name = analysis.resolutions.get(displayName)?.personName ?? displayName;
      return organisation ? `${name} (${organisation})` : name;
    }
    const title = analysis.introductions.get(displayName)?.title;
    const role = title ? title.charAt(0).toUpperCase() + title.slice(1) : null;
    if (role && organisation) return `${role}, ${organisation}`;
    if (organisation) return `Someone from ${organisation}`;
    const sector = sectorOf(displayName);
    return sector === 'unknown' ? 'A participant' : `Someone from ${sectorById(sector).name.toLowerCase()}`;
  };
  const hideNames =
    options.namesAs === 'roles'
      ? makeNameHider(
          [...analysis.resolutions]
            .filter(([, r]) => r.kind === 'person')
            .map(([displayName, r]) => ({
              names: [...new Set([displayName, r.personName].filter(Boolean))],
              parts: namePartsOf(r.personName),
              description: who(displayName),
            })),
        )
      : (text: string) => text;
  /** Text from the captions or typed by the user, as the summary may show it: patient details hidden, and names too when people are described by role. */
  const fromCaptions = (text: string): string => redact(hideNames(text));

  // Facts.
  const quorate = utterances.map((u) => ({ u, m: QUORATE.exec(u.text) })).find((x) => x.m);
  const imported = meeting.importedFrom;
  // A transcript without timings gives the length only as an estimate from its words.
  const isLengthEstimated = imported?.timing === 'words';
  const lengthWords = formatDurationWords(Math.max(0, endMs - meeting.startedAtMs));
  const facts = [
    { label: 'Date', value: formatDate(meeting.startedAtMs) },
    {
      label: 'Time',
      value: isLengthEstimated
        ? `${formatTime(meeting.startedAtMs)}, about ${lengthWords} (estimated from the words)`
        : `${formatTime(meeting.startedAtMs)} to ${formatTime(endMs)} (${lengthWords})`,
    },
    { label: 'Where', value: imported ? `${describeTranscriptFormat(imported.layout, imported.container)}, imported` : PLATFORM_NAMES[meeting.platform] },
    ...(quorate ? [{ label: 'Quorate', value: `${quorate.m!.groups?.not || quorate.m!.groups?.inquorate ? 'No' : 'Yes'}, as said at ${formatTime(quorate.u.startMs)}` }] : []),
    { label: 'People present', value: String(analytics.primaryCare.totalAttendees) },
    ...(talk ? [{ label: 'Figures from', value: imported && talk.source === 'captions' ? describeTranscriptTiming(imported.timing) : SOURCE_NAMES[talk.source] }] : []),
  ];

  // Attendance by group, then organisation.
  const people = new Map<string, { sector: SectorId; names: string[]; spoke: boolean }>();
  const speakers = new Set(talk?.participants.map((p) => p.speaker));
  for (const displayName of analysis.attendees) {
    const resolution = analysis.resolutions.get(displayName);
    if (resolution?.kind === 'room') continue;
    const name = organisationOf(displayName) ?? 'Organisation not known';
    const entry = people.get(name) ?? { sector: sectorOf(displayName), names: [], spoke: false };
    entry.names.push(options.namesAs === 'names' ? (resolution?.personName ?? displayName) : who(displayName));
    entry.spoke ||= speakers.has(displayName);
    people.set(name, entry);
  }
  const attendance = GROUPS.map((group) => ({
    group: group.name,
    isPrimaryCare: group.id === 'primary_care',
    organisations: [...people]
      .filter(([, e]) => sectorById(e.sector).group === group.id)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, e]) => ({
        name,
        // "Organisation not known (Not known)" would say it twice.
        sector: e.sector === 'unknown' ? '' : sectorById(e.sector).name,
        people:
          options.namesAs === 'names'
            ? e.names.sort((a, b) => a.localeCompare(b)).join(', ')
            : `${e.names.length} ${e.names.length === 1 ? 'person' : 'people'}`,
        spoke: e.spoke,
      })),
  })).filter((g) => g.organisations.length > 0);

  const pc = analytics.primaryCare;
  const headline = talk
    ? `Primary care had ${formatPercent(pc.talkShareRatio)} of the talking, with ${formatPercent(pc.attendeeShareRatio)} of the people here (${pc.attendees} of ${pc.totalAttendees}).`
    : `Nobody's talk was recorded. Primary care was ${pc.attendees} of the ${pc.totalAttendees} people here.`;

  // Primary care moments, by topic. Introductions are who people are, not what was discussed.
  const introductionAt = new Set([...analysis.introductions.values()].map((claim) => `${claim.speaker}\u0000${claim.atMs}`));
  const byTheme = new Map<string, { mentions: number; primaryCareSpoke: boolean; moments: { score: number; startMs: number; speaker: string; quote: string; index: number }[] }>();
  utterances.forEach((u, index) => {
    if (!u.text || introductionAt.has(`${u.speaker}\u0000${u.startMs}`)) return;
    const score = scorePrimaryCare(u.text);
    if (!score.isRelevant) return;
    const isPrimaryCareSpeaker = !u.isSpeakerUnknown && isPrimaryCare(sectorOf(u.speaker));
    // Every theme it touches counts the mention; the quote goes under its main theme only.
    for (const themeId of score.themes) {
      const topic = byTheme.get(themeId) ?? { mentions: 0, primaryCareSpoke: false, moments: [] };
      topic.mentions += 1;
      topic.primaryCareSpoke ||= isPrimaryCareSpeaker;
      if (themeId === score.themes[0]) {
        const first = score.matches.find((m) => m.themeId === themeId) ?? score.matches[0]!;
        topic.moments.push({ score: score.score + (isPrimaryCareSpeaker ? 1 : 0), startMs: u.startMs, speaker: u.speaker, quote: sentenceAround(u.text, first.index), index });
      }
      byTheme.set(themeId, topic);
    }
  });
  const topics = [...byTheme]
    .filter(([, t]) => t.moments.length > 0)
    .sort(([, a], [, b]) => b.mentions - a.mentions)
    .map(([themeId, t]): SummaryTopic & { best: number[] } => {
      const chosen = [...t.moments].sort((a, b) => b.score - a.score || a.startMs - b.startMs).slice(0, MOMENTS_PER_TOPIC).sort((a, b) => a.startMs - b.startMs);
      return {
        theme: themeName(themeId),
        mentions: t.mentions,
        primaryCareSpoke: t.primaryCareSpoke,
        moments: chosen.map((m) => ({
          time: formatTime(m.startMs),
          who: utterances[m.index]!.isSpeakerUnknown ? 'Unknown speaker' : who(m.speaker),
          quote: options.includeQuotes ? fromCaptions(shorten(m.quote, QUOTE_CHARS)) : null,
        })),
        best: chosen.map((m) => m.index),
      };
    });

  const excerpts = options.includeExcerpts
    ? topics
        .slice(0, EXCERPTS)
        .map((t) => t.best[0]!)
        .sort((a, b) => a - b)
        .map((index) => ({
          time: formatTime(utterances[index]!.startMs),
          lines: utterances.slice(Math.max(0, index - 1), index + 2).map((u) => ({
            who: u.isSpeakerUnknown ? 'Unknown speaker' : who(u.speaker),
            text: fromCaptions(shorten(u.text, EXCERPT_LINE_CHARS)),
          })),
        }))
    : [];

  // Decisions, primary care first.
  const decisions = input.actions
    .filter((a) => a.kind === 'decision')
    .map((d) => ({ ref: d.ref, text: fromCaptions(d.text), affectsPrimaryCare: scorePrimaryCare(d.text).isRelevant || (d.sector !== null && isPrimaryCare(d.sector)) }))
    .sort((a, b) => Number(b.affectsPrimaryCare) - Number(a.affectsPrimaryCare) || a.ref.localeCompare(b.ref));

  // Actions: owned by primary care, needing its input, the rest, and carried forward.
  const ownerText = (a: SummaryAction): string => {
    if (options.namesAs === 'roles') return a.organisation ?? (a.owner ? 'Named in the meeting' : 'No owner named');
    if (!a.owner) return a.organisation ?? 'No owner named';
    return a.organisation && !a.owner.includes(a.organisation) ? `${a.owner} (${a.organisation})` : a.owner;
  };
  const item = (a: SummaryAction, from: string | null = null, agreedOnMs = meeting.startedAtMs): SummaryActionItem => {
    const isPastWhenAgreed = a.kind === 'action' && a.status === 'open' && a.dueDate !== null && a.dueDate < isoDateOf(agreedOnMs);
    return {
      ref: a.ref,
      text: fromCaptions(a.text),
      owner: ownerText(a),
      due: a.dueDate ? formatIsoDate(a.dueDate) : (a.dueText ?? 'no date'),
      status: STATUS_WORDS[a.status],
      isOverdue: isOverdue(a, today) && !isPastWhenAgreed,
      // Only when true: summaries kept before this field was added read the same.
      ...(isPastWhenAgreed ? { isPastWhenAgreed } : {}),
      from,
    };
  };
  const byRef = (a: SummaryAction, b: SummaryAction): number => a.ref.localeCompare(b.ref);
  const newActions = input.actions.filter((a) => a.kind === 'action').sort(byRef);
  const isPrimaryCareOwned = (a: SummaryAction): boolean => a.sector !== null && isPrimaryCare(a.sector);
  const forPrimaryCare = newActions.filter(isPrimaryCareOwned);
  const needingInput = newActions.filter((a) => !isPrimaryCareOwned(a) && scorePrimaryCare(a.text).isRelevant);
  const others = newActions.filter((a) => !isPrimaryCareOwned(a) && !needingInput.includes(a));
  const carried = [...input.carriedForward]
    .filter((a) => a.kind === 'action' && a.status === 'open')
    .sort((a, b) => Number(isOverdue(b, today)) - Number(isOverdue(a, today)) || byRef(a, b))
    .map((a) => item(a, `${a.meetingTitle}, ${formatDate(a.meetingStartedAtMs)}`, a.meetingStartedAtMs));

  // Follow-ups: deadlines soon, where primary care was silent, what is left to review.
  const soon = isoDateOf(input.nowMs + FOLLOW_UP_WITHIN_DAYS * 86_400_000);
  const followUps = [
    ...[...forPrimaryCare, ...needingInput]
      .filter((a) => a.status === 'open' && a.dueDate !== null && a.dueDate <= soon)
      .map((a) => `${a.ref} is due ${formatIsoDate(a.dueDate!)}: ${fromCaptions(a.text)} (${ownerText(a)}).`),
    ...carried.filter((a) => a.isOverdue).map((a) => `${a.ref} is overdue (due ${a.due}): ${a.text}.`),
    ...topics.filter((t) => !t.primaryCareSpoke).map((t) => `Primary care did not speak on ${t.theme.toLowerCase()} (${t.mentions} ${t.mentions === 1 ? 'mention' : 'mentions'}).`),
    ...analytics.silentOrganisations
      .filter((o) => isPrimaryCare(o.sector))
      .map((o) => `${o.name} was present but not heard.`),
  ];

  // Agenda items: flags count only confirmed decisions, as the summary shows only those.
  const agendaItems = analysis.items.map((agendaItem) => ({
    agendaItem,
    label: itemLabel({ number: agendaItem.number, title: agendaItem.title === null ? null : fromCaptions(agendaItem.title) }),
    flags: itemFlags(agendaItem, { confirmedOnly: true }),
    confirmed: agendaItem.records.filter((r) => r.isConfirmed && r.ref !== null),
  }));
  const summaryItems: SummaryAgendaItem[] = agendaItems.map(({ agendaItem, label, flags, confirmed }) => ({
    label,
    time: itemTime(agendaItem),
    share: shareSentence(agendaItem.organisations.primaryCare, (agendaItem.talk?.participants.length ?? 0) > 0),
    flags: flags.map((f) => f.text),
    records: confirmed.map((r) => {
      const due = r.kind === 'action' && r.dueDate ? ` (due ${formatIsoDate(r.dueDate)})` : '';
      return `${r.kind === 'decision' ? 'Decision' : 'Action'} ${r.ref}: ${fromCaptions(r.text)}${due}`;
    }),
  }));

  // In brief: what a clinical director reads between patients, most important first.
  const shortLabel = (label: string): string => shorten(label, LABEL_IN_BRIEF_CHARS);
  const withoutPrimaryCare = agendaItems.flatMap(({ label, flags, confirmed }) =>
    flags.some((f) => f.kind === 'decided-without-primary-care') ? confirmed.filter((r) => r.kind === 'decision').map((r) => ({ ref: r.ref!, label })) : [],
  );
  // A decision taken on an item that concerns primary care affects it, whatever its words say.
  const affecting = [...new Set([...decisions.filter((d) => d.affectsPrimaryCare).map((d) => d.ref), ...withoutPrimaryCare.map((d) => d.ref)])].sort((a, b) => a.localeCompare(b));
  /** A decision or action's words inside an In brief line, which ends its own sentence. */
  const briefText = (text: string): string => shorten(text, TEXT_IN_BRIEF_CHARS).replace(/[\s.]+$/, '');
  const decisionText = (ref: string): string => briefText(decisions.find((d) => d.ref === ref)?.text ?? '');
  const openForPrimaryCare = forPrimaryCare.filter((a) => a.status === 'open').map((a) => item(a));
  const allItems = [...newActions.map((a) => item(a)), ...carried];
  const overdue = allItems.filter((a) => a.isOverdue);
  const toCheck = allItems.filter((a) => a.isPastWhenAgreed);
  const overdueWords = overdue.length ? `Overdue: ${listInWords(overdue.map((a) => `${a.ref} (due ${a.due})`), REFS_IN_BRIEF)}.` : '';
  const toCheckWords = toCheck.length
    ? `${overdue.length ? 'Dates' : 'Due dates'} already past when agreed, to check: ${listInWords(toCheck.map((a) => `${a.ref} (${a.due})`), REFS_IN_BRIEF)}.`
    : '';
  const notHeard = agendaItems.filter(({ flags }) => flags.some((f) => f.kind === 'discussed-not-heard'));
  // "due" is "27 Nov 2026", the words said ("before the next meeting"), or "no date".
  const dueWords = (a: SummaryActionItem): string => (a.due === 'no date' ? 'with no date' : /^\d/.test(a.due) ? `by ${a.due}` : a.due);
  const inBrief = [
    ...(talk || pc.totalAttendees > 0 ? [shareSentence(pc, talk !== null)] : []),
    ...(affecting.length === 1
      ? [`1 decision affects primary care (${affecting[0]!})${decisionText(affecting[0]!) ? `: ${decisionText(affecting[0]!)}` : ''}.`]
      : affecting.length > 1
        ? [`${affecting.length} decisions affect primary care: ${listInWords(affecting, REFS_IN_BRIEF)}.`]
        : []),
    ...(withoutPrimaryCare.length
      ? [`Taken without primary care speaking: ${listInWords(withoutPrimaryCare.map((d) => `${d.ref} (${shortLabel(d.label)})`), REFS_IN_BRIEF)}.`]
      : []),
    ...(openForPrimaryCare.length === 1
      ? [`1 action on primary care (${openForPrimaryCare[0]!.ref}), ${dueWords(openForPrimaryCare[0]!)}: ${briefText(openForPrimaryCare[0]!.text)}.`]
      : openForPrimaryCare.length > 1
        ? [`${openForPrimaryCare.length} actions on primary care: ${listInWords(openForPrimaryCare.map((a) => `${a.ref} ${dueWords(a)}`), REFS_IN_BRIEF)}.`]
        : []),
    // One line for both, so that a date to check does not push the last line out.
    ...(overdueWords || toCheckWords ? [[overdueWords, toCheckWords].filter(Boolean).join(' ')] : []),
    ...(notHeard.length ? [`Primary care was not heard on ${listInWords(notHeard.map(({ label }) => shortLabel(label)), REFS_IN_BRIEF)}, which concerned it.`] : []),
  ]
    .slice(0, IN_BRIEF_MAX_LINES)
    // A line whose words were cut short ends with the ellipsis, not "…."
    .map((line) => line.replace(/…\.$/, '…'));

  const notes = [
    ...(input.pendingSuggestions > 0
      ? [`${input.pendingSuggestions} suggested ${input.pendingSuggestions === 1 ? 'action or decision has' : 'actions or decisions have'} not been reviewed, so ${input.pendingSuggestions === 1 ? 'it is' : 'they are'} not included.`]
      : []),
    ...(input.transcriptDeletedAtMs ? [`The transcript was deleted on ${formatDate(input.transcriptDeletedAtMs)} under the retention setting; quotes are no longer available.`] : []),
    'Made from live captions by the Primary Care Meeting Companion, on the recorder’s computer. Captions can mishear; check quotes before relying on them.',
  ];

  return {
    title: meeting.title ?? meeting.code ?? 'Meeting',
    inBrief,
    items: summaryItems,
    facts,
    headline,
    attendance,
    voiceBySector: analytics.bySector
      .filter((s) => s.talkMs > 0 || s.words > 0)
      .map((s) => ({ name: s.name, share: formatPercent(s.shareRatio), talk: formatDurationWords(s.talkMs), people: s.attendees, isPrimaryCare: isPrimaryCare(s.id) })),
    voiceByOrganisation: analytics.byOrganisation
      .filter((o) => o.talkMs > 0 || o.words > 0)
      .slice(0, ORGANISATIONS_IN_VOICE)
      .map((o) => ({ name: o.name, sector: sectorById(o.sector).short, share: formatPercent(o.shareRatio) })),
    silent: analytics.silentOrganisations.map((o) => `${o.name} (${sectorById(o.sector).short})`),
    topics: topics.map(({ best: _best, ...topic }) => topic),
    excerpts,
    decisions,
    actions: {
      forPrimaryCare: forPrimaryCare.map((a) => item(a)),
      needingPrimaryCareInput: needingInput.map((a) => item(a)),
      others: others.map((a) => item(a)),
      carriedForward: carried,
    },
    followUps,
    notes,
    redactedCount: redact.count(),
  };
}
