import type { DateReader, DueDate } from '@/utils/core/language';
import { loadCorpus } from '../corpus/load';
import type { ExpectedAction } from '../corpus/schema';

/**
 * The due dates of the development part of the understanding corpus, one
 * case per expected action, read sentence by sentence: the due-date reader
 * measured on its own, without action detection in front of it.
 *
 * Only the development part is read here: the test part is held out.
 */

/** What kind of due date a case expects, as the corpus evaluation counts them. */
export type DueKind = 'dated' | 'undated' | 'past';

/** One expected action's due date and the sentences it is read from. */
export interface DueCase {
  readonly where: string;
  readonly meetingStartMs: number;
  /** The next meeting's start when the whole meeting says it (found by the reader under test), else null. */
  readonly nextMeetingMs: number | null;
  /** The sentence holding the due words; for an action with no due words, every sentence of its line. */
  readonly sentences: readonly string[];
  readonly expected: Pick<ExpectedAction, 'due' | 'dueWords' | 'dueIsPast'>;
  readonly kind: DueKind;
  /** The due words were not found in any nearby line, so the action's line was used. */
  readonly isUnlocated: boolean;
}

/** What the reader made of one case. */
export interface DueOutcome {
  readonly dueCase: DueCase;
  readonly found: DueDate | null;
  readonly isRight: boolean;
  /** The reader's words and the annotated words overlap (only checked where both exist). */
  readonly isTextRight: boolean | null;
}

/** Caption text as action detection passes it to the reader: straight apostrophes, no "um" or "erm". */
export function asPassed(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/\b(?:um+|uh+|erm+|er)\b,?\s*/gi, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Sentences as action detection splits them. */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z"“'‘])/)
    .map((s) => asPassed(s))
    .filter(Boolean);
}

function localMs(isoDate: string, time = '10:00'): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, hh, mm, 0).getTime();
}

function kindOf(action: ExpectedAction): DueKind {
  return action.dueIsPast ? 'past' : action.due ? 'dated' : 'undated';
}

const comparable = (text: string): string => asPassed(text).toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();

/** The sentence nearest the action's line that holds the due words, searching the lines after it first (replies), then before. */
function locate(lines: readonly string[], line: number, words: string, reach: number): string | null {
  const wanted = comparable(words);
  const order = [0, 1, 2, 3, -1, -2, 4, 5].filter((offset) => Math.abs(offset) <= reach);
  for (const offset of order) {
    const text = lines[line + offset];
    if (text === undefined) continue;
    const sentence = sentencesOf(text).find((s) => comparable(s).includes(wanted));
    if (sentence) return sentence;
    // Words that run over a sentence break ("End of February? Fine.") are read from the whole line.
    if (comparable(text).includes(wanted)) return asPassed(text);
  }
  return null;
}

function casesOf(
  where: string,
  lines: readonly string[],
  actions: readonly ExpectedAction[],
  meetingStartMs: number,
  nextMeetingMs: number | null,
  reach: number,
): DueCase[] {
  return actions.map((action, index) => {
    const own = lines[action.line] ?? '';
    const base = { where: `${where} line ${action.line}`, meetingStartMs, nextMeetingMs, expected: action, kind: kindOf(action) };
    if (action.dueWords) {
      const sentence = locate(lines, action.line, action.dueWords, reach);
      return { ...base, sentences: [sentence ?? asPassed(own)], isUnlocated: sentence === null };
    }
    // No due words: no sentence of the line should give a date, except one holding another action's due words.
    const others = actions.filter((a, i) => i !== index && a.line === action.line && a.dueWords).map((a) => comparable(a.dueWords!));
    const sentences = sentencesOf(own).filter((s) => !others.some((w) => comparable(s).includes(w)));
    return { ...base, sentences, isUnlocated: false };
  });
}

/** Every expected action of the development part, with the sentences its due date is read from. */
export function loadDevDueCases(reader: Pick<DateReader, 'findNextMeeting'>): DueCase[] {
  const { snippets, meetings } = loadCorpus('dev');
  const cases: DueCase[] = [];
  for (const snippet of snippets) {
    const startMs = localMs(snippet.meetingDate, snippet.meetingTime);
    cases.push(...casesOf(snippet.id, snippet.lines.map((l) => l.text), snippet.expect.actions, startMs, null, snippet.lines.length));
  }
  for (const meeting of meetings) {
    const startMs = localMs(meeting.date, meeting.startTime);
    let nextMeetingMs: number | null = null;
    for (const line of meeting.lines) {
      const ms = reader.findNextMeeting(line.text, startMs);
      if (ms !== null && ms > startMs) nextMeetingMs = ms;
    }
    cases.push(...casesOf(meeting.file, meeting.lines.map((l) => l.text), meeting.truth.actions, startMs, nextMeetingMs, 3));
  }
  return cases;
}

/** The next meeting's date said aloud in each whole meeting of the development part, and the truth. */
export function loadDevNextMeetings(): { file: string; meetingStartMs: number; lines: string[]; truth: string | null }[] {
  return loadCorpus('dev').meetings.map((m) => ({
    file: m.file,
    meetingStartMs: localMs(m.date, m.startTime),
    lines: m.lines.map((l) => l.text),
    truth: m.truth.nextMeetingDate,
  }));
}

function overlaps(found: string, expected: string): boolean {
  const a = comparable(found);
  const b = comparable(expected);
  return a.length > 0 && (a.includes(b) || b.includes(a));
}

/** Reads one case: right when the date is the annotated one and "already past" is flagged exactly when annotated. */
export function readCase(dueCase: DueCase, parseDue: DateReader['parseDue']): DueOutcome {
  const context = { nextMeetingMs: dueCase.nextMeetingMs };
  const readings = dueCase.sentences.map((s) => parseDue(s, dueCase.meetingStartMs, context));
  const { due, dueWords, dueIsPast } = dueCase.expected;
  if (dueCase.kind === 'undated' && !dueWords) {
    const dated = readings.find((r) => r?.date) ?? null;
    return { dueCase, found: dated, isRight: dated === null, isTextRight: null };
  }
  const found = readings[0] ?? null;
  const date = found?.date ?? null;
  const isRight = date === due && (found?.needsCheck === true) === (dueIsPast === true);
  return { dueCase, found, isRight, isTextRight: found && dueWords ? overlaps(found.text, dueWords) : null };
}

/** Right answers out of those checked. */
export interface DueTally {
  right: number;
  checked: number;
}

/** The figures of one run over the cases. */
export interface DueFigures {
  readonly all: DueTally;
  readonly byKind: Record<DueKind, DueTally>;
  readonly words: DueTally;
  readonly mistakes: string[];
}

/** Scores the reader over the cases. */
export function scoreDueCases(cases: readonly DueCase[], parseDue: DateReader['parseDue']): DueFigures {
  const figures: DueFigures = {
    all: { right: 0, checked: 0 },
    byKind: { dated: { right: 0, checked: 0 }, undated: { right: 0, checked: 0 }, past: { right: 0, checked: 0 } },
    words: { right: 0, checked: 0 },
    mistakes: [],
  };
  for (const dueCase of cases) {
    const outcome = readCase(dueCase, parseDue);
    for (const tally of [figures.all, figures.byKind[dueCase.kind]]) {
      tally.checked += 1;
      if (outcome.isRight) tally.right += 1;
    }
    if (outcome.isTextRight !== null) {
      figures.words.checked += 1;
      if (outcome.isTextRight) figures.words.right += 1;
    }
    if (!outcome.isRight || outcome.isTextRight === false) {
      const f = outcome.found;
      const got = f ? `${f.date ?? 'no date'}${f.needsCheck ? ' (check)' : ''}${f.isNextMeeting ? ' (next meeting)' : ''} from "${f.text}"` : 'nothing';
      const want = `${dueCase.expected.due ?? 'no date'}${dueCase.expected.dueIsPast ? ' (past)' : ''}${dueCase.expected.dueWords ? ` from "${dueCase.expected.dueWords}"` : ''}`;
      const flag = outcome.isRight ? 'words' : 'WRONG';
      figures.mistakes.push(`${flag} ${dueCase.where}: got ${got}, expected ${want}${dueCase.isUnlocated ? ' [words not found]' : ''} :: ${dueCase.sentences.join(' | ')}`);
    }
  }
  return figures;
}

/** "0.52 (12 of 23)". */
export function describeTally(t: DueTally): string {
  return `${t.checked ? (t.right / t.checked).toFixed(2) : 'n/a'} (${t.right} of ${t.checked})`;
}
