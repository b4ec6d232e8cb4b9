import { analyseMeeting, type MeetingAnalysis, type StoredMeeting } from '@/utils/core/meeting-analysis';
import { BUILTIN_ORGANISATIONS, OrganisationIndex, type OrganisationRecord } from '@/utils/core/org-directory';
import { computeTalkTime } from '@/utils/core/talk-time';
import { isPrimaryCare, type SectorId } from '@/utils/core/taxonomy';
import { createLanguageTools } from '@/utils/language';
import type { CorpusPart } from './load';
import type { AgendaExcerpt, CorpusMeeting, ExpectedAction, Snippet } from './schema';

/** A count of right answers out of those checked. */
export interface Tally {
  right: number;
  checked: number;
}

/** Precision and recall counts for one kind of suggestion. */
export interface Detection {
  found: number;
  wrong: number;
  missed: number;
}

/** What the evaluation measured on one part of the corpus. */
export interface UnderstandingFigures {
  /** People whose organisation the words reveal (snippets) and everyone on a whole meeting's roster. */
  readonly sector: Tally;
  /** The same, for the people in whole meetings and for those introduced in snippets. */
  readonly sectorBySource: Record<'meetings' | 'snippets', Tally>;
  readonly organisation: Tally;
  /** Per whole meeting: primary care's share of the talk as worked out, and the truth. */
  readonly primaryCareShare: { file: string; measured: number; truth: number }[];
  readonly actions: Detection;
  readonly decisions: Detection;
  readonly owners: Tally & { byKind: Record<ExpectedAction['ownerKind'], Tally> };
  readonly dueDates: Tally & { byKind: Record<'dated' | 'undated' | 'past', Tally> };
  /** Agenda item starts in whole meetings: found within one turn of where the chair started the item, false starts, missed. */
  readonly agendaItems: Detection;
  /** Of the starts found, those with the number said, and those whose title shares most of its words with the chair's. */
  readonly agendaNumbers: Tally;
  readonly agendaTitles: Tally;
  /** Lines that mention an item without starting it ("as we said under item two"), and whether none was taken for a start. */
  readonly agendaMentions: Tally;
  /** Actions and decisions by meeting type. */
  readonly byMeetingType: Record<string, { actions: Detection; decisions: Detection }>;
  /** What went wrong, one line each (printed for the development part only). */
  readonly mistakes: string[];
}

const STEP_MS = 15_000;

function localMs(isoDate: string, time = '10:00'): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, hh, mm, 0).getTime();
}

/** Lower case, without "the", "NHS", "Ltd" and punctuation, for comparing organisation names as said and as written. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\b(the|nhs|ltd|limited|cic|plc)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether two organisation names name the same organisation. */
export function sameOrganisation(found: string | null | undefined, truth: string | null): boolean {
  if (!truth) return !found;
  if (!found) return false;
  const a = normaliseName(found);
  const b = normaliseName(truth);
  if (!a || !b) return false;
  return a === b || (a.length >= 4 && b.includes(a)) || (b.length >= 4 && a.includes(b));
}

const TITLE = /^(?:dr|cllr|councillor|mr|mrs|ms|miss|mx|prof|professor)\.?\s+/i;

function personKey(name: string): string {
  return name.replace(TITLE, '').toLowerCase().replace(/[^\p{L}\s'-]/gu, '').replace(/\s+/g, ' ').trim();
}

/**
 * Who the extension says a person is: their own resolution, or, for someone
 * heard only through a room device, the voice of that room that names them.
 */
function resolutionFor(analysis: MeetingAnalysis, displayName: string): { organisation: string | null; sector: SectorId } | null {
  const own = analysis.resolutions.get(displayName);
  if (own) return { organisation: own.organisation?.name ?? null, sector: own.sector };
  const key = personKey(displayName);
  for (const r of analysis.resolutions.values()) {
    const voice = r.voices?.find((v) => personKey(v.personName) === key);
    if (voice) return { organisation: voice.organisation?.name ?? null, sector: voice.sector };
  }
  return null;
}

function directoryFor(entries: readonly { name: string; sector: SectorId; odsCode?: string }[] | undefined): OrganisationIndex {
  const extra: OrganisationRecord[] = (entries ?? []).map((e, i) => ({
    id: `corpus-${i}`,
    name: e.name,
    odsCode: e.odsCode ?? null,
    sector: e.sector,
    aliases: [],
    source: 'ods',
    odsReport: null,
    parentCode: null,
  }));
  return new OrganisationIndex([...BUILTIN_ORGANISATIONS, ...extra]);
}

function newDetection(): Detection {
  return { found: 0, wrong: 0, missed: 0 };
}

function newTally(): Tally {
  return { right: 0, checked: 0 };
}

function add(tally: Tally, isRight: boolean): void {
  tally.checked += 1;
  if (isRight) tally.right += 1;
}

interface Truth {
  readonly actions: readonly ExpectedAction[];
  readonly decisions: readonly { line: number; summary: string }[];
}

interface Context {
  readonly where: string;
  readonly meetingType: string;
  readonly lines: readonly { speaker: string; text: string }[];
  /** Display name → the name the extension shows for the person (resolution). */
  readonly analysis: MeetingAnalysis;
  readonly lineOf: (utteranceId: string) => number;
  /** A whole meeting's participant name → the display name the meeting shows (Teams: the NHSmail name). */
  readonly nameOf?: (name: string) => string;
}

/** Whether a suggested owner is the expected one. */
function ownerMatches(expected: ExpectedAction, owner: string | null, organisation: string | null, isUnassigned: boolean, context: Context): boolean {
  if (expected.ownerKind === 'unassigned') return owner === null || isUnassigned;
  if (!owner || isUnassigned) return false;
  if (expected.ownerKind === 'person') {
    // On Teams the person is known by their NHSmail name ("ELLIS, Margaret (…)" is "Margaret Ellis", annotated "Maggie Ellis").
    const personName = context.analysis.resolutions.get(context.nameOf?.(expected.owner!) ?? expected.owner!)?.personName ?? expected.owner!;
    const said = owner.toLowerCase().replace(/^(dr|cllr|mr|mrs|ms|prof)\.? /, '');
    return [personName, expected.owner!].some((name) => name.toLowerCase().replace(/^(dr|cllr|mr|mrs|ms|prof)\.? /, '') === said);
  }
  return sameOrganisation(owner, expected.owner) || sameOrganisation(organisation, expected.owner);
}

/** Pairs found suggestions with expected ones by line: an expectation accepts a suggestion on its line or within `window` lines. */
function pair<E extends { line: number }, F extends { line: number }>(expected: readonly E[], found: readonly F[], window: readonly number[]): { pairs: [E, F][]; missed: E[]; wrong: F[] } {
  const free = new Set(found);
  const pairs: [E, F][] = [];
  const missed: E[] = [];
  for (const e of expected) {
    const match = window.map((offset) => [...free].find((f) => f.line === e.line + offset)).find((f) => f !== undefined);
    if (match) {
      pairs.push([e, match]);
      free.delete(match);
    } else missed.push(e);
  }
  return { pairs, missed, wrong: [...free] };
}

function quote(text: string): string {
  return text.length > 140 ? `${text.slice(0, 137)}…` : text;
}

function scoreSuggestions(truth: Truth, context: Context, figures: UnderstandingFigures): void {
  const byType = (figures.byMeetingType[context.meetingType] ??= { actions: newDetection(), decisions: newDetection() });
  const suggested = context.analysis.suggestions.map((s) => ({ ...s, line: context.lineOf(s.utteranceId) }));
  const actions = pair(truth.actions, suggested.filter((s) => s.kind === 'action'), [0, 1, -1, 2]);
  // A decision taken over an exchange (proposal, call for agreement, the chair closing it) may be annotated on any of its lines.
  const decisions = pair(truth.decisions, suggested.filter((s) => s.kind === 'decision'), [0, -1, 1, -2, 2]);
  for (const [detection, result, kind] of [
    [figures.actions, actions, 'action'],
    [figures.decisions, decisions, 'decision'],
  ] as const) {
    const typed = kind === 'action' ? byType.actions : byType.decisions;
    detection.found += result.pairs.length;
    detection.wrong += result.wrong.length;
    detection.missed += result.missed.length;
    typed.found += result.pairs.length;
    typed.wrong += result.wrong.length;
    typed.missed += result.missed.length;
    for (const e of result.missed) figures.mistakes.push(`${context.where} missed ${kind} (line ${e.line}): ${quote(context.lines[e.line]?.text ?? '')}`);
    for (const f of result.wrong) figures.mistakes.push(`${context.where} false ${kind} (line ${f.line}, ${f.rule}: ${f.reason}): ${quote(f.quote)}`);
  }
  for (const [expected, found] of actions.pairs) {
    const owner = found.resolvedOwner;
    const isUnassigned = 'isUnassigned' in owner && owner.isUnassigned === true;
    const isOwnerRight = ownerMatches(expected, owner.owner, owner.organisation, isUnassigned, context);
    add(figures.owners, isOwnerRight);
    add(figures.owners.byKind[expected.ownerKind], isOwnerRight);
    if (!isOwnerRight) figures.mistakes.push(`${context.where} owner "${owner.owner ?? 'none'}" (expected ${expected.ownerKind} "${expected.owner ?? 'none'}") (line ${expected.line}): ${quote(found.quote)}`);
    const date = found.due?.date ?? null;
    const needsCheck = !!found.due && 'needsCheck' in found.due && found.due.needsCheck === true;
    const isDueRight = date === expected.due && (!expected.dueIsPast || needsCheck);
    const dueKind = expected.dueIsPast ? 'past' : expected.due ? 'dated' : 'undated';
    add(figures.dueDates, isDueRight);
    add(figures.dueDates.byKind[dueKind], isDueRight);
    if (!isDueRight) figures.mistakes.push(`${context.where} due ${date ?? 'none'}${needsCheck ? ' (check)' : ''} (expected ${expected.due ?? 'none'}${expected.dueIsPast ? ', past' : ''} from "${expected.dueWords ?? ''}") (line ${expected.line}): ${quote(found.quote)}`);
  }
}

function storedSnippet(snippet: Snippet): { stored: StoredMeeting; lineOf: (id: string) => number } {
  const startMs = localMs(snippet.meetingDate, snippet.meetingTime);
  const speakers = new Set(snippet.lines.map((l) => l.speaker));
  const hasRoom = snippet.people.some((p) => p.isRoom);
  const utterances = snippet.lines.map((line, i) => ({
    id: `line-${i}`,
    speaker: line.speaker,
    text: line.text,
    startMs: startMs + 60_000 + i * STEP_MS,
    endMs: startMs + 60_000 + i * STEP_MS + 10_000,
    isFinal: true,
  }));
  const endMs = startMs + 60_000 + snippet.lines.length * STEP_MS;
  return {
    stored: {
      meeting: { startedAtMs: startMs, lastSeenAtMs: endMs, endedAtMs: endMs },
      // Someone who only speaks through a room device is not on the roster.
      participants: snippet.people
        .filter((p) => !hasRoom || p.isRoom || speakers.has(p.displayName))
        .map((p) => ({ name: p.displayName, isSelf: false, intervals: [{ joinMs: startMs, leaveMs: endMs }] })),
      utterances,
      speechSegments: [],
      manualSegments: [],
    },
    lineOf: (id) => Number(id.replace('line-', '')),
  };
}

function storedMeeting(meeting: CorpusMeeting): { stored: StoredMeeting; lineOf: (id: string) => number; nameOf: (name: string) => string } {
  const startMs = localMs(meeting.date, meeting.startTime);
  const nameOf = (name: string): string => {
    const p = meeting.participants.find((q) => q.name === name);
    return meeting.platform === 'teams' && p ? p.teamsName : name;
  };
  const last = meeting.lines.at(-1)!;
  const endMs = startMs + (last.atS + last.durationS + 5) * 1000;
  return {
    stored: {
      meeting: { startedAtMs: startMs, lastSeenAtMs: endMs, endedAtMs: endMs },
      participants: meeting.participants
        .filter((p) => !p.viaRoom)
        .map((p) => ({
          name: nameOf(p.name),
          isSelf: p.name === meeting.selfName,
          intervals: [{ joinMs: startMs + p.joinAtS * 1000, leaveMs: p.leaveAtS === null ? endMs : startMs + p.leaveAtS * 1000 }],
        })),
      utterances: meeting.lines.map((line, i) => ({
        id: `line-${i}`,
        speaker: nameOf(line.speaker),
        text: line.text,
        startMs: startMs + line.atS * 1000,
        endMs: startMs + (line.atS + line.durationS) * 1000,
        isFinal: true,
      })),
      speechSegments: [],
      manualSegments: [],
    },
    lineOf: (id) => Number(id.replace('line-', '')),
    nameOf,
  };
}

const TITLE_STOP_WORDS = new Set(['the', 'a', 'an', 'and', 'of', 'on', 'to', 'for', 'in', 'from', 'with', 'meeting', 'item']);
function titleWords(title: string): string[] {
  return title.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !TITLE_STOP_WORDS.has(w));
}

/** An agenda excerpt as a stored meeting: one turn every twenty seconds. */
function storedExcerpt(excerpt: AgendaExcerpt): { stored: StoredMeeting; lineOf: (id: string) => number } {
  const startMs = localMs('2026-12-01', '14:00');
  const endMs = startMs + excerpt.lines.length * 20_000;
  return {
    stored: {
      meeting: { startedAtMs: startMs, lastSeenAtMs: endMs, endedAtMs: endMs },
      participants: excerpt.people.map((p) => ({ name: p.displayName, isSelf: false, intervals: [{ joinMs: startMs, leaveMs: endMs }] })),
      utterances: excerpt.lines.map((line, i) => ({ id: `line-${i}`, speaker: line.speaker, text: line.text, startMs: startMs + i * 20_000, endMs: startMs + i * 20_000 + 15_000, isFinal: true })),
      speechSegments: [],
      manualSegments: [],
    },
    lineOf: (id) => Number(id.replace('line-', '')),
  };
}

/** Item starts said by the chair: a start counts when it is within one turn of the annotated line. */
/** Words that name an agenda item: "item five", "agenda item 4", "under item two". */
const ITEM_MENTION = /\b(?:agenda\s+)?items?\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\b/i;

function scoreAgendaItems(
  truth: { where: string; lines: readonly { text: string }[]; starts: readonly { line: number; number: number | null; title: string }[] },
  analysis: MeetingAnalysis,
  lineOf: (id: string) => number,
  figures: UnderstandingFigures,
): void {
  const meeting = { file: truth.where, lines: truth.lines };
  const found = analysis.items.filter((item) => item.source === 'said').map((item) => ({ ...item, line: lineOf(item.utteranceId!) }));
  const { pairs, missed, wrong } = pair(truth.starts, found, [0, 1, -1]);
  figures.agendaItems.found += pairs.length;
  figures.agendaItems.missed += missed.length;
  figures.agendaItems.wrong += wrong.length;
  for (const [expected, item] of pairs) {
    add(figures.agendaNumbers, expected.number === item.number);
    const truthWords = titleWords(expected.title);
    const shared = item.title ? titleWords(item.title).filter((w) => truthWords.includes(w)).length : 0;
    const isTitleRight = truthWords.length > 0 && shared / truthWords.length >= 0.5;
    add(figures.agendaTitles, isTitleRight);
    if (expected.number !== item.number || !isTitleRight) {
      figures.mistakes.push(`${meeting.file} item at line ${expected.line}: found number ${item.number ?? 'none'} "${item.title ?? ''}", expected ${expected.number ?? 'none'} "${expected.title}"`);
    }
  }
  // A mention: a line naming an item by number or as the agenda's, with no start on it or either side of it.
  const startLines = new Set(truth.starts.flatMap((s) => [s.line - 1, s.line, s.line + 1]));
  const wrongLines = new Set(wrong.map((w) => w.line));
  truth.lines.forEach((line, i) => {
    if (startLines.has(i) || !ITEM_MENTION.test(line.text)) return;
    add(figures.agendaMentions, !wrongLines.has(i));
  });
  for (const m of missed) figures.mistakes.push(`${meeting.file} missed item start at line ${m.line} (${m.number ?? 'no number'}, "${m.title}"): ${quote(meeting.lines[m.line]!.text)}`);
  for (const w of wrong) figures.mistakes.push(`${meeting.file} false item start at line ${w.line}: ${quote(meeting.lines[w.line]!.text)}`);
}

/** Primary care's true share of the talk: the same talk figures, with everyone in their true sector. */
function truthShare(meeting: CorpusMeeting, stored: StoredMeeting, nameOf: (name: string) => string): number {
  const talk = computeTalkTime(stored.utterances, 'captions');
  const sectorOf = new Map(meeting.participants.map((p) => [nameOf(p.name), p.sector]));
  const primary = talk.participants.filter((p) => isPrimaryCare(sectorOf.get(p.speaker) ?? 'unknown'));
  return primary.reduce((sum, p) => sum + p.shareRatio, 0);
}

/**
 * Measures what the extension understands on one part of the corpus, by
 * running each snippet and whole meeting through the one meeting analysis,
 * exactly as the side panel would, and comparing with the annotations.
 */
export function evaluateUnderstanding(corpus: CorpusPart): UnderstandingFigures {
  const language = createLanguageTools();
  const figures: UnderstandingFigures = {
    sector: newTally(),
    sectorBySource: { meetings: newTally(), snippets: newTally() },
    organisation: newTally(),
    primaryCareShare: [],
    actions: newDetection(),
    decisions: newDetection(),
    owners: { ...newTally(), byKind: { person: newTally(), body: newTally(), unassigned: newTally() } },
    dueDates: { ...newTally(), byKind: { dated: newTally(), undated: newTally(), past: newTally() } },
    agendaItems: newDetection(),
    agendaNumbers: newTally(),
    agendaTitles: newTally(),
    agendaMentions: newTally(),
    byMeetingType: {},
    mistakes: [],
  };

  for (const snippet of corpus.snippets) {
    const { stored, lineOf } = storedSnippet(snippet);
    const analysis = analyseMeeting(stored, { directory: directoryFor(snippet.directory), mappings: new Map(), nowMs: stored.meeting.lastSeenAtMs, language });
    for (const intro of snippet.expect.introductions) {
      const r = resolutionFor(analysis, intro.displayName);
      const isSectorRight = (r?.sector ?? 'unknown') === intro.sector;
      const isOrganisationRight = sameOrganisation(r?.organisation, intro.organisation);
      add(figures.sector, isSectorRight);
      add(figures.sectorBySource.snippets, isSectorRight);
      add(figures.organisation, isOrganisationRight);
      if (!isSectorRight || !isOrganisationRight) {
        figures.mistakes.push(`${snippet.id} ${intro.displayName}: found ${r?.organisation ?? 'no organisation'} (${r?.sector ?? 'unknown'}), expected ${intro.organisation ?? 'no organisation'} (${intro.sector})`);
      }
    }
    scoreSuggestions(snippet.expect, { where: snippet.id, meetingType: snippet.meetingType, lines: snippet.lines, analysis, lineOf }, figures);
  }

  for (const meeting of corpus.meetings) {
    const { stored, lineOf, nameOf } = storedMeeting(meeting);
    const analysis = analyseMeeting(stored, { directory: directoryFor(meeting.directory), mappings: new Map(), nowMs: stored.meeting.lastSeenAtMs, language });
    for (const p of meeting.participants.filter((q) => !q.isRoom && !q.viaRoom)) {
      const r = analysis.resolutions.get(nameOf(p.name));
      const isSectorRight = (r?.sector ?? 'unknown') === p.sector;
      const isOrganisationRight = sameOrganisation(r?.organisation?.name, p.organisation);
      add(figures.sector, isSectorRight);
      add(figures.sectorBySource.meetings, isSectorRight);
      add(figures.organisation, isOrganisationRight);
      if (!isSectorRight || !isOrganisationRight) {
        figures.mistakes.push(`${meeting.file} ${nameOf(p.name)}: found ${r?.organisation?.name ?? 'no organisation'} (${r?.sector ?? 'unknown'}), expected ${p.organisation ?? 'no organisation'} (${p.sector})`);
      }
    }
    figures.primaryCareShare.push({ file: meeting.file, measured: analysis.organisations.primaryCare.talkShareRatio, truth: truthShare(meeting, stored, nameOf) });
    scoreSuggestions(meeting.truth, { where: meeting.file, meetingType: meeting.meetingType, lines: meeting.lines, analysis, lineOf, nameOf }, figures);
    scoreAgendaItems({ where: meeting.file, lines: meeting.lines, starts: meeting.truth.agendaItems }, analysis, lineOf, figures);
  }

  for (const excerpt of corpus.agendaExcerpts) {
    const { stored, lineOf } = storedExcerpt(excerpt);
    const analysis = analyseMeeting(stored, { directory: directoryFor(undefined), mappings: new Map(), nowMs: stored.meeting.lastSeenAtMs });
    scoreAgendaItems({ where: excerpt.id, lines: excerpt.lines, starts: excerpt.starts }, analysis, lineOf, figures);
  }
  return figures;
}

function ratio(numerator: number, denominator: number): string {
  return denominator ? (numerator / denominator).toFixed(2) : 'n/a';
}

/** Precision of a detection (1 when nothing was suggested). */
export function precisionOf(d: Detection): number {
  return d.found + d.wrong ? d.found / (d.found + d.wrong) : 1;
}

/** Recall of a detection (1 when nothing was expected). */
export function recallOf(d: Detection): number {
  return d.found + d.missed ? d.found / (d.found + d.missed) : 1;
}

/** The figures as lines of a report. */
export function describeFigures(part: string, figures: UnderstandingFigures, counts: { snippets: number; meetings: number; agendaExcerpts: number }): string[] {
  const tally = (t: Tally): string => `${ratio(t.right, t.checked)} (${t.right} of ${t.checked})`;
  const detection = (d: Detection): string => `precision ${ratio(d.found, d.found + d.wrong)}, recall ${ratio(d.found, d.found + d.missed)} (${d.found} found, ${d.wrong} wrong, ${d.missed} missed)`;
  const lines = [
    `Understanding, ${part} part of the corpus: ${counts.snippets} snippets, ${counts.meetings} whole meetings and ${counts.agendaExcerpts} agenda excerpts`,
    `  participants in the right sector:       ${tally(figures.sector)}; in whole meetings ${tally(figures.sectorBySource.meetings)}, introduced in snippets ${tally(figures.sectorBySource.snippets)}`,
    `  participants in the right organisation: ${tally(figures.organisation)}`,
    ...figures.primaryCareShare.map(
      (s) => `  primary care's share of the talk, ${s.file}: ${(s.measured * 100).toFixed(1)}% (truth ${(s.truth * 100).toFixed(1)}%, error ${((s.measured - s.truth) * 100).toFixed(1)} points)`,
    ),
    `  actions:   ${detection(figures.actions)}`,
    `  decisions: ${detection(figures.decisions)}`,
    `  owners right:    ${tally(figures.owners)}; people ${tally(figures.owners.byKind.person)}, bodies ${tally(figures.owners.byKind.body)}, unassigned ${tally(figures.owners.byKind.unassigned)}`,
    `  due dates right: ${tally(figures.dueDates)}; dated ${tally(figures.dueDates.byKind.dated)}, undated ${tally(figures.dueDates.byKind.undated)}, already past ${tally(figures.dueDates.byKind.past)}`,
    `  agenda item starts (within one turn): ${detection(figures.agendaItems)}; numbers right ${tally(figures.agendaNumbers)}, titles right ${tally(figures.agendaTitles)}`,
    `  item mentions that are not starts, not taken for one: ${tally(figures.agendaMentions)}`,
    '  by meeting type:',
    ...Object.entries(figures.byMeetingType)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, d]) => `    ${type.padEnd(24)} actions ${detection(d.actions)}; decisions ${detection(d.decisions)}`),
  ];
  return lines;
}
