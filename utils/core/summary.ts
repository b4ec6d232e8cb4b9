import { isOverdue, isoDateOf, type ActionStatus, type ActionSummaryFields } from './action-log';
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

/** A primary care briefing for colleagues who could not attend: every field is plain text, ready for any renderer. */
export interface SummaryModel {
  readonly title: string;
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
          quote: options.includeQuotes ? redact(shorten(m.quote, QUOTE_CHARS)) : null,
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
            text: redact(shorten(u.text, EXCERPT_LINE_CHARS)),
          })),
        }))
    : [];

  // Decisions, primary care first.
  const decisions = input.actions
    .filter((a) => a.kind === 'decision')
    .map((d) => ({ ref: d.ref, text: redact(d.text), affectsPrimaryCare: scorePrimaryCare(d.text).isRelevant || (d.sector !== null && isPrimaryCare(d.sector)) }))
    .sort((a, b) => Number(b.affectsPrimaryCare) - Number(a.affectsPrimaryCare) || a.ref.localeCompare(b.ref));

  // Actions: owned by primary care, needing its input, the rest, and carried forward.
  const ownerText = (a: SummaryAction): string => {
    if (options.namesAs === 'roles') return a.organisation ?? (a.owner ? 'Named in the meeting' : 'No owner named');
    if (!a.owner) return a.organisation ?? 'No owner named';
    return a.organisation && !a.owner.includes(a.organisation) ? `${a.owner} (${a.organisation})` : a.owner;
  };
  const item = (a: SummaryAction, from: string | null = null): SummaryActionItem => ({
    ref: a.ref,
    text: redact(a.text),
    owner: ownerText(a),
    due: a.dueDate ? formatIsoDate(a.dueDate) : (a.dueText ?? 'no date'),
    status: STATUS_WORDS[a.status],
    isOverdue: isOverdue(a, today),
    from,
  });
  const byRef = (a: SummaryAction, b: SummaryAction): number => a.ref.localeCompare(b.ref);
  const newActions = input.actions.filter((a) => a.kind === 'action').sort(byRef);
  const isPrimaryCareOwned = (a: SummaryAction): boolean => a.sector !== null && isPrimaryCare(a.sector);
  const forPrimaryCare = newActions.filter(isPrimaryCareOwned);
  const needingInput = newActions.filter((a) => !isPrimaryCareOwned(a) && scorePrimaryCare(a.text).isRelevant);
  const others = newActions.filter((a) => !isPrimaryCareOwned(a) && !needingInput.includes(a));
  const carried = [...input.carriedForward]
    .filter((a) => a.kind === 'action' && a.status === 'open')
    .sort((a, b) => Number(isOverdue(b, today)) - Number(isOverdue(a, today)) || byRef(a, b))
    .map((a) => item(a, `${a.meetingTitle}, ${formatDate(a.meetingStartedAtMs)}`));

  // Follow-ups: deadlines soon, where primary care was silent, what is left to review.
  const soon = isoDateOf(input.nowMs + FOLLOW_UP_WITHIN_DAYS * 86_400_000);
  const followUps = [
    ...[...forPrimaryCare, ...needingInput]
      .filter((a) => a.status === 'open' && a.dueDate !== null && a.dueDate <= soon)
      .map((a) => `${a.ref} is due ${formatIsoDate(a.dueDate!)}: ${redact(a.text)} (${ownerText(a)}).`),
    ...carried.filter((a) => a.isOverdue).map((a) => `${a.ref} is overdue (due ${a.due}): ${a.text}.`),
    ...topics.filter((t) => !t.primaryCareSpoke).map((t) => `Primary care did not speak on ${t.theme.toLowerCase()} (${t.mentions} ${t.mentions === 1 ? 'mention' : 'mentions'}).`),
    ...analytics.silentOrganisations
      .filter((o) => isPrimaryCare(o.sector))
      .map((o) => `${o.name} was present but not heard.`),
  ];

  const notes = [
    ...(input.pendingSuggestions > 0
      ? [`${input.pendingSuggestions} suggested ${input.pendingSuggestions === 1 ? 'action or decision has' : 'actions or decisions have'} not been reviewed, so ${input.pendingSuggestions === 1 ? 'it is' : 'they are'} not included.`]
      : []),
    ...(input.transcriptDeletedAtMs ? [`The transcript was deleted on ${formatDate(input.transcriptDeletedAtMs)} under the retention setting; quotes are no longer available.`] : []),
    'Made from live captions by the Primary Care Meeting Companion, on the recorder’s computer. Captions can mishear; check quotes before relying on them.',
  ];

  return {
    title: meeting.title ?? meeting.code ?? 'Meeting',
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
