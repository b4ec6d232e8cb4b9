import * as chrono from 'chrono-node';
import type { DateReader, DueDate, DueDateParser, NextMeetingFinder } from '../core/language';

/** "before the next meeting", "at the January meeting": a date only the series knows. */
const NEXT_MEETING = /\b(?:before|by|at|to|for|until) (?:the )?next (?:meeting|committee|board|forum)\b/i;
/** "to the January meeting": a meeting named by its month, whose date is not known yet. */
const MONTH_MEETING = /\b(?:before|by|at|to|for|until|in time for) (?:the )?(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:meeting|committee|board|forum)\b/i;
/** Phrases that introduce a deadline; the date parser reads from here on. */
const DEADLINE = /\b(by|before|until|no later than|within|in time for|ahead of|at the latest by|in|at|to|for) /gi;

function isoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function endOfMonth(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth() + 1, 0);
}

/**
 * Reads a due date in British English ("by Friday", "by the end of January",
 * "by 31/01", "within two weeks", "before the next meeting") relative to the
 * meeting's date, with chrono-node's en-GB parser (day before month; dates
 * always after the meeting). "The next meeting" is the next meeting of the
 * series when it is known, otherwise a due date without a date.
 */
export function createDueDateParser(options: { readonly nextMeetingMs?: number | null } = {}): DueDateParser {
  return (sentence, meetingStartMs, context = {}): DueDate | null => {
    const nextMeetingMs = context.nextMeetingMs ?? options.nextMeetingMs ?? null;
    const nextMeeting = NEXT_MEETING.exec(sentence);
    if (nextMeeting) {
      return { text: nextMeeting[0], date: nextMeetingMs ? isoDate(new Date(nextMeetingMs)) : null, isNextMeeting: true };
    }
    const monthMeeting = MONTH_MEETING.exec(sentence);
    if (monthMeeting) return { text: monthMeeting[0], date: null };
    const reference = new Date(meetingStartMs);
    for (const lead of sentence.matchAll(DEADLINE)) {
      const rest = sentence.slice(lead.index! + lead[0].length);
      const [first] = chrono.en.GB.parse(rest, reference, { forwardDate: true });
      // The date must start the phrase: "by Friday" yes, "by PCN … in March" no.
      if (!first || first.index > 4) continue;
      // "in March", "by January": a month without a day means by the end of that month.
      const isMonthOnly = first.start.isCertain('month') && !first.start.isCertain('day') && !first.start.isCertain('weekday');
      const date = isMonthOnly ? endOfMonth(first.start.date()) : first.start.date();
      return { text: `${lead[1]} ${first.text}`.trim(), date: isoDate(date) };
    }
    return null;
  };
}

/** The parser for meetings with no known next meeting. */
export const parseDueDate: DueDateParser = createDueDateParser();

/** "Our next meeting is on …", "we meet again on …": a sentence that may give the next meeting's date. */
const NEXT_MEETING_SAID = /\b(?:next (?:meeting|committee|board|forum|session)|meet(?:ing)? again)\b/i;

/**
 * Finds the next meeting's date when a sentence says it ("the next meeting
 * is on Wednesday the thirteenth of January"), as local midnight.
 */
export const findNextMeetingDate: NextMeetingFinder = (sentence, meetingStartMs) => {
  const said = NEXT_MEETING_SAID.exec(sentence);
  if (!said) return null;
  const [first] = chrono.en.GB.parse(sentence.slice(said.index), new Date(meetingStartMs), { forwardDate: true });
  if (!first || !first.start.isCertain('day')) return null;
  const date = first.start.date();
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
};

/** The date tools the meeting analysis is given. */
export function createDateReader(): DateReader {
  return { parseDue: createDueDateParser(), findNextMeeting: findNextMeetingDate };
}
