import type { SentenceReading } from './actions';
import type { Memo } from './memo';

/**
 * What the core's understanding of speech needs from outside: reading dates
 * needs a date library, so it is injected (utils/dates provides it), and the
 * core stays free of dependencies.
 */

/** A due date read from speech ("by Friday" → 2026-11-20). */
export interface DueDate {
  /** The words it came from: "by Friday", "before the next meeting", "within ten working days". */
  readonly text: string;
  /** ISO date (YYYY-MM-DD), or null when the words give no date (e.g. the next meeting's date is not known). */
  readonly date: string | null;
  /** Due at the series' next meeting: the date is filled in when that meeting is known. */
  readonly isNextMeeting?: boolean;
  /**
   * The words name a date already past on the day they were said ("by 25
   * November" said on 6 December): the date is kept as said, never moved to
   * next year, and the user is asked to check it.
   */
  readonly needsCheck?: boolean;
}

/** What a due date can be read against besides the meeting's date. */
export interface DueDateContext {
  /** The next meeting's start, when the meeting said it aloud or the series knows it. */
  readonly nextMeetingMs?: number | null;
}

/** Reads a due date in British English from a sentence, relative to the meeting's start. */
export type DueDateParser = (sentence: string, meetingStartMs: number, context?: DueDateContext) => DueDate | null;

/**
 * Finds the next meeting's date in a sentence that says it ("our next
 * meeting is on the thirteenth of January"), as local midnight of that day
 * in milliseconds, or null.
 */
export type NextMeetingFinder = (sentence: string, meetingStartMs: number) => number | null;

/** The date tools the analysis is given. */
export interface DateReader {
  readonly parseDue: DueDateParser;
  readonly findNextMeeting: NextMeetingFinder;
}

/** A word's part of speech (Universal Dependencies tags). */
export type PartOfSpeech =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/** One word of a sentence as a part-of-speech tagger reads it. */
export interface TaggedWord {
  /** As said: "sending", "I", "'ll". */
  readonly text: string;
  /** Lower-case base form: "sending" → "send", "'ll" → "will". */
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  /** Inside the reach of a negation ("do not think we should send it"). */
  readonly isNegated: boolean;
}

/**
 * Reads one sentence into tagged words. Injected: the tagger is a language
 * model that only the side panel loads.
 */
export type SentenceTagger = (sentence: string) => readonly TaggedWord[];

/** Everything the core needs to understand speech: dates and sentence structure. */
export interface LanguageTools {
  readonly dates: DateReader;
  readonly tagSentence: SentenceTagger;
  /** What each sentence was read as, kept between analyses of a live meeting. */
  readonly readings?: Memo<SentenceReading>;
}
