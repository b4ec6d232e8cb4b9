import type { DateReader, DueDate, DueDateParser } from '../core/language';
import { dayOf, dayOfMs, endOfMonth, isoOfDay, partsOf, type Day } from './calendar';
import { DATED_KINDS, findMentions, isMeetingDateGap, type Mention, type MentionKind } from './date-mentions';
import { monthNumber } from './date-words';
import { findNextMeetingDate } from './next-meeting';

export { findNextMeetingDate } from './next-meeting';

/**
 * How strongly the words before a mention make it a deadline.
 *
 * - strong: "by", "before", "until" (said for "by" by many speakers),
 *   "within", "no later than", "in time for", "ahead of", "deadline is";
 * - weak: "on", "in", "at", "for", "during", "to": a deadline for some
 *   kinds of words ("on Monday", "in March") and not others ("for October");
 * - against: "from", "since", "after", "of", "last": the date is what the
 *   work is about or when it starts, never when it is due.
 */
type LeadStrength = 'strong' | 'weak' | 'against' | 'none';

interface Lead {
  readonly strength: LeadStrength;
  readonly word: string;
  /** Where the lead's words start, for the due date's text. */
  readonly start: number;
}

const LEAD = new RegExp(
  String.raw`(?:^|[^\w'])(at\s+the\s+(?:very\s+)?latest\s+by|by\s+no\s+later\s+than|no\s+later\s+than|not\s+later\s+than|latest\s+by|in\s+time\s+for|ahead\s+of|deadline\s+(?:is|of)|due(?:\s+by|\s+on)?|by|before|until|till|til|within|up\s+to|as\s+(?:at|of)|ending|commencing|beginning|starting|dated|when|on|in|at|for|during|to|around|from|since|after|between|of|than|last|previous|past|not)\s+(?:the\s+)?$`,
  'i',
);
/** "for the ICB board on the 28th", "ahead of the LMC meeting on Tuesday": the meeting's day is the deadline. */
const MEETING_ON = /(?:^|[^\w'])(for|before|by|in\s+time\s+for|ahead\s+of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:board|meeting|committee|forum|panel|group|session|pccc|cabinet|huddle)(?:\s+meeting)?\s+on\s+(?:the\s+)?$/i;
/** The end of a window the work is to be done in: "sometime between the 14th and (the 18th)". */
const TIME_WINDOW_END = /\b(?:sometime|some time|at some point|any ?time)\s+(?:between|from)\s+(?!now\b)(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:and|to|till|until)\s+(?:the\s+)?$/i;
/** "before it closes on the fourth", "by the time the survey shuts on Friday": the day it closes is the deadline. */
const CLOSES_ON = /(?:^|[^\w'])(before|by\s+the\s+time)\s+(?:(?:it|the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:closes|shuts|ends|expires|goes\s+in|is\s+due(?:\s+in)?)|(?:we|you|they|the\s+(?:board|committee|group))\s+(?:next\s+)?(?:meet|meets|get\s+together|reconvene)(?:\s+again)?)\s+on\s+(?:the\s+)?$/i;
/** "between April and June", "from Monday to Friday": a range is what the work covers. */
const RANGE_END = /\b(?:from|between)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:to|till|until|and)\s+(?:the\s+)?$/i;

const STRONG = /^(?:at the (?:very )?latest by|by no later than|no later than|not later than|latest by|in time for|ahead of|deadline (?:is|of)|due(?: by| on)?|by|before|until|till|til|within)$/;
const AGAINST = /^(?:from|since|after|between|of|than|last|previous|past|not|up to|as at|as of|ending|commencing|beginning|starting|dated)$/;
/**
 * Before a weaker lead, words that make the date another event's or the
 * past: "the hub opens on the 4th", "the data lands on Friday", "which we
 * reviewed in March", "it was agreed in January".
 */
const NOT_THE_ACTION = new RegExp(
  [
    String.raw`\b(?:opens|closes|starts|begins|ends|lands|launches|goes\s+live|comes\s+in|kicks\s+off|happens|takes\s+place|is\s+held|meets|expires|finishes|reopens|runs\s+out)\s*$`,
    String.raw`\b(?:we|they|I|he|she|which|who|you)\s+(?:last\s+|first\s+|already\s+|only\s+|just\s+)?(?:\w+ed|did|went|sent|met|said|came|saw|got|had|made|took|held|spoke|wrote|told|gave|heard|ran|began|put)\s*$`,
    String.raw`\b(?:was|were)\s+(?:\w+ed|held|sent|made|taken|given|told|written|put|met|seen)\s*$`,
  ].join('|'),
  'i',
);

function leadBefore(s: string, start: number): Lead {
  // "it doesn't need to be before Christmas": a time it need not meet.
  if (NOT_NEEDED_BY.test(s.slice(0, start))) return { strength: 'against', word: '', start };
  const from = Math.max(0, start - 60);
  const before = s.slice(from, start);
  const meeting = MEETING_ON.exec(before);
  if (meeting) return { strength: 'strong', word: 'on', start: from + meeting.index + meeting[0].indexOf(meeting[1]!) };
  // "sometime between the 14th and the 18th": when it is to be done, so done by the last day.
  const window = TIME_WINDOW_END.exec(before);
  if (window) return { strength: 'strong', word: 'between', start: from + window.index };
  // "by the time we meet on the 14th": the meeting said with its date is the deadline.
  const byTheTime = /\bby\s+the\s+time\s+$/i.exec(before);
  if (byTheTime) return { strength: 'strong', word: 'by', start: from + byTheTime.index };
  const closes = CLOSES_ON.exec(before);
  if (closes) return { strength: 'strong', word: 'before', start: from + closes.index + closes[0].indexOf(closes[1]!) };
  const lead = LEAD.exec(before);
  if (!lead) return { strength: 'none', word: '', start };
  const word = lead[1]!.toLowerCase().replace(/\s+/g, ' ');
  const leadStart = from + lead.index + lead[0].indexOf(lead[1]!);
  if (/^(?:to|till|until|and)$/.test(word) && RANGE_END.test(before)) return { strength: 'against', word, start: leadStart };
  // "not before Christmas": when it cannot be done, not when it is due.
  if (/\bnot\s+$/i.test(s.slice(Math.max(0, leadStart - 6), leadStart))) return { strength: 'against', word, start: leadStart };
  const strength: LeadStrength = STRONG.test(word) ? 'strong' : AGAINST.test(word) ? 'against' : 'weak';
  if (strength === 'weak' && NOT_THE_ACTION.test(s.slice(Math.max(0, leadStart - 40), leadStart))) return { strength: 'against', word, start: leadStart };
  return { strength, word, start: leadStart };
}

/** What may follow a month, quarter or "the twentieth" said as a deadline: not a noun ("the November data", "the third month"). */
const FOLLOWS_PERIOD = /^(?:\s*$|\s*[,.;:?!)–—-]|\s+(?:and|or|at|please|so|if|when|then|because|as|to|for|with|latest|ideally|really|I|we|you|they|it|that|which|but|otherwise|is|was|will|would|should|could|can|the|this|next|in|on|by|before|after|anyway|20\d\d)\b)/i;
/** Nothing more of the clause after the words: "I'll send it Tuesday.", "… Tuesday then, once …", "… Monday, please". */
const ENDS_CLAUSE = /^\s*(?:(?:then|please|if that's (?:ok|okay|alright|all right))\b)?\s*(?:$|[,.;:?!])/;
/** Saying it cannot or will not happen ("we can't sign it off today"), not "don't forget" or "not later than". */
const CANNOT_BEFORE = /(?:\b(?:can't|cannot|can not|won't|will not|couldn't|isn't|aren't|not (?:in a position|able|going|ready|possible))|\bunable)\b(?:(?!\bbut\b)[^.;!?])*$/i;
/** "Friday's bulletin", "today's agenda". */
const POSSESSIVE = /^'s\b/;

/** A deadline said not to apply: "doesn't need to be before", "there's no need to have it by". */
const NOT_NEEDED_BY = /\b(?:doesn't|does not|don't|do not|needn't|need not|no need to|not)\s+(?:need\s+to\s+)?(?:be|have it|get it)?\s*(?:done\s+|sent\s+|out\s+|finished\s+|ready\s+|in\s+)?(?:before|by)\s+(?:the\s+)?$/i;
/** "Friday at the latest". */
const AT_THE_LATEST = /^\s*,?\s*at\s+the\s+(?:very\s+)?latest\b/i;

/**
 * How much a mention looks like the deadline, from its kind and its lead: 3
 * for a deadline word and a date ("by Friday", "within ten working days"), 2
 * for words that are a deadline by themselves ("Friday week", "close of
 * play", "end of February") or a weaker lead ("on Monday", "in March"), 1 for
 * bare "today", "tomorrow" and dates, 0 when it is not a deadline.
 */
function scoreOf(s: string, mention: Mention, lead: Lead): number {
  if (mention.kind === 'past' || lead.strength === 'against') return 0;
  const after = s.slice(mention.end, mention.end + 30);
  const isStrong = lead.strength === 'strong' || AT_THE_LATEST.test(after);
  const isWeak = lead.strength === 'weak';
  if (POSSESSIVE.test(after)) {
    // "in Friday's bulletin": the bulletin goes out on Friday. Other possessives ("today's agenda") describe.
    return mention.kind === 'weekday' && /^(?:in|for|by|before|until|ahead of|in time for)$/.test(lead.word) ? 2 : 0;
  }
  const table: Record<MentionKind, () => number> = {
    duration: () => (mention.leadWord === 'within' ? 3 : 2),
    relative: () => (isStrong ? 3 : 2),
    // "the figures to the end of December" is what they cover.
    'period-end': () => (isStrong ? 3 : lead.word === 'to' ? 0 : 2),
    // "We can't sign off the guidance today": when it will not happen, not a deadline.
    'day-word': () => (isStrong ? 3 : isWeak ? 2 : CANNOT_BEFORE.test(s.slice(0, mention.start)) ? 0 : 1),
    time: () => (isStrong ? 3 : 0),
    // A bare date followed by a noun describes it: "the 30 September deadline".
    date: () => (isStrong ? 3 : isWeak ? 2 : FOLLOWS_PERIOD.test(after) ? 1 : 0),
    'numeric-date': () => (isStrong ? 3 : lead.word === 'on' ? 2 : 0),
    ordinal: () => (!FOLLOWS_PERIOD.test(after) ? 0 : isStrong ? 3 : lead.word === 'on' || lead.word === 'for' ? 2 : 0),
    // "on Saturday opening" is about Saturdays.
    // "I'll do it Monday": a weekday ending a promise or request is when it will be done.
    weekday: () => (isStrong ? 3 : /^(?:on|for|to)$/.test(lead.word) && FOLLOWS_PERIOD.test(after) ? 2 : ENDS_CLAUSE.test(after) && ACTION_START.test(s.slice(0, mention.start)) ? 1 : 0),
    month: () => (!FOLLOWS_PERIOD.test(after) ? 0 : isStrong ? 3 : /^(?:in|during)$/.test(lead.word) ? 2 : 0),
    quarter: () => (!FOLLOWS_PERIOD.test(after) ? 0 : isStrong ? 3 : /^(?:in|during)$/.test(lead.word) ? 2 : 0),
    holiday: () => (isStrong ? 3 : 0),
    'next-meeting': () => (isStrong ? 3 : isWeak ? 2 : 0),
    'month-meeting': () => (isStrong ? 3 : isWeak ? 2 : 0),
    past: () => 0,
    modifier: () => 0,
  };
  return table[mention.kind]();
}

/** "by Tuesday, no, sorry, Wednesday", "on the 3rd, I mean the 4th", "Friday, or rather Monday". */
const CORRECTION = /^\s*[,;.–—-]?\s*(?:(?:no|sorry|I mean|I meant|or rather|rather|actually|correction|scratch that|make (?:it|that))\b[\s,;.–—-]*)+(?:(?:by|on|say|it's|it is)\s+)?(?:the\s+)?$/i;

/**
 * Where a request or commitment starts: a deadline after it belongs to the
 * action, one before it may not. A "please" that closes a clause ("by close
 * of play, please, the return goes in tomorrow") starts nothing.
 */
const ACTION_START = /\b(?:[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill|[Ss]hall)\s+(?:you|we|I|they|the|someone|somebody|everyone|all|[A-Z][a-z]+)\b|\b(?:I'll|I will|[Ww]e'll|[Ww]e will|[Yy]ou'll|I'm going to|[Ww]e're going to|[Pp]lease(?!\s*[,.;!?])|ACTION|[Aa]ction on)\b/;

interface Candidate {
  readonly mention: Mention;
  readonly score: number;
  /** Said after "by", "before", "until" and the like, rather than "in" or "during". */
  readonly isStrong: boolean;
  /** Where the due date's text starts: the lead, or the mention itself. */
  readonly textStart: number;
}

/** The day an ordinal names in the month of the month's meeting said before it, this year or next; null when the month has no such day. */
function dayInMonthOf(s: string, monthMeeting: Mention, ordinal: Mention, today: Day): Day | null {
  if (ordinal.day === null) return null;
  const month = monthNumber(/\w+/.exec(s.slice(monthMeeting.start))![0]);
  const { dayOfMonth } = partsOf(ordinal.day);
  const { year } = partsOf(today);
  for (const candidateYear of [year, year + 1]) {
    if (dayOfMonth > partsOf(endOfMonth(candidateYear, month)).dayOfMonth) continue;
    const day = dayOf(candidateYear, month, dayOfMonth);
    if (day >= today) return day;
  }
  return null;
}

/** Gives "the next meeting" the date said after it ("which is the fourteenth of January"). */
function withMeetingDates(s: string, mentions: readonly Mention[], today: Day): Mention[] {
  const out: Mention[] = [];
  for (const mention of mentions) {
    const previous = out.at(-1);
    if (previous?.kind === 'next-meeting' && DATED_KINDS.has(mention.kind) && isMeetingDateGap(s.slice(previous.end, mention.start))) {
      out[out.length - 1] = { ...previous, end: mention.end, day: mention.day, ...(mention.isDoubtful ? { isDoubtful: true } : {}) };
      continue;
    }
    // "before our December meeting on the eighth": the eighth of that month, not the next eighth.
    const meetingDay = previous?.kind === 'month-meeting' && mention.kind === 'ordinal' && isMeetingDateGap(s.slice(previous.end, mention.start)) ? dayInMonthOf(s, previous, mention, today) : null;
    if (meetingDay !== null) {
      // Either may be the deadline's words ("at the November meeting on the twelfth", "before our meeting on the eighth").
      out[out.length - 1] = { ...previous!, end: mention.end, day: meetingDay };
      const { dayBefore: _before, forwardDay: _forward, ...said } = mention;
      out.push({ ...said, day: meetingDay });
      continue;
    }
    out.push(mention);
  }
  return out;
}

function candidatesOf(s: string, mentions: readonly Mention[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const mention of mentions) {
    const lead = mention.kind === 'duration' ? { strength: 'strong' as const, word: mention.leadWord ?? '', start: mention.start } : leadBefore(s, mention.start);
    const score = scoreOf(s, mention, lead);
    const previous = candidates.at(-1);
    if (previous && previous.score > 0 && mention.day !== null && CORRECTION.test(s.slice(previous.mention.end, mention.start))) {
      // The speaker corrected the date: the new one takes the old one's place, in its own words.
      const the = /\bthe\s+$/i.exec(s.slice(0, mention.start));
      candidates[candidates.length - 1] = { mention, score: previous.score, isStrong: previous.isStrong, textStart: the ? the.index : mention.start };
      continue;
    }
    const isStrong = lead.strength === 'strong' || AT_THE_LATEST.test(s.slice(mention.end, mention.end + 30));
    candidates.push({ mention, score, isStrong, textStart: lead.strength === 'strong' || lead.strength === 'weak' ? lead.start : mention.start });
  }
  return candidates.filter((c) => c.score > 0);
}

/** The deadline among the candidates: those after a request or commitment when there are any, then the strongest, then the first said. */
function choose(s: string, candidates: readonly Candidate[]): Candidate | null {
  if (candidates.length === 0) return null;
  const action = ACTION_START.exec(s);
  const afterAction = action ? candidates.filter((c) => c.mention.start >= action.index) : [];
  const pool = afterAction.length > 0 ? afterAction : candidates;
  return pool.reduce((best, c) => (c.score > best.score ? c : best));
}

function dueFrom(s: string, sentence: string, chosen: Candidate, today: Day): DueDate {
  const { mention } = chosen;
  const leadWord = /^(\w+)/.exec(s.slice(chosen.textStart))?.[1]?.toLowerCase();
  const isBefore = leadWord === 'before' && mention.dayBefore !== undefined;
  const day = isBefore ? mention.dayBefore! : !chosen.isStrong && mention.forwardDay !== undefined ? mention.forwardDay : mention.day;
  // "in Friday's bulletin", "Friday at the latest": the words run on.
  const rest = s.slice(mention.end);
  const runOn = /^'s\s+[\w-]+/.exec(rest) ?? AT_THE_LATEST.exec(rest);
  const text = sentence
    .slice(chosen.textStart, mention.end + (runOn?.[0].length ?? 0))
    .replace(/[\s,;:.?!]+$/, '')
    .trim();
  const needsCheck = day !== null && (day < today || mention.isDoubtful === true);
  return {
    text,
    date: day === null ? null : isoOfDay(day),
    ...(mention.isNextMeeting ? { isNextMeeting: true } : {}),
    ...(needsCheck ? { needsCheck: true } : {}),
  };
}

/** A cheap test that a sentence may hold a date at all: most sentences do not. */
const MAY_HOLD_DATE = /\d|day|night|morrow|week|month|year|quarter|\bq[1-4]\b|end of|close of|meet|next|christmas|easter|half[\s-]?term|noon|lunch|fortnight|\bCO[BP]\b|\bEOD\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|ieth/i;

/**
 * Reads a due date in British English from one sentence, relative to the day
 * the meeting started.
 *
 * The deadline is what the words make a deadline ("by …", "before …",
 * "within …", "no later than …", "until …", "at the next meeting", "for the
 * board on …", "in time for …"), not a date that describes the work: "send
 * the figures for October by Friday" is due Friday, and "the Q3 return" or
 * "the November data" alone give no due date. Read the NHS way: financial
 * quarters (Q1 April to June … Q4 January to March), working days that skip
 * weekends and bank holidays in England and Wales, "Friday week", "a
 * fortnight today", "close of play", "the first week of January", the end of
 * a week, month, quarter or year.
 *
 * A date already past on the meeting day ("by 25 November" said on 6
 * December) is returned as said with `needsCheck`, never moved to next year;
 * a clearly past day ("last Friday") is no due date. "Before the next
 * meeting" takes the next meeting's date when the words say it or the
 * context knows it (`isNextMeeting`), otherwise no date. A spoken correction
 * ("by Tuesday, no, sorry, Wednesday") takes the corrected day. The text is
 * always the words the date came from.
 */
export function createDueDateParser(options: { readonly nextMeetingMs?: number | null } = {}): DueDateParser {
  return (sentence, meetingStartMs, context = {}): DueDate | null => {
    if (!MAY_HOLD_DATE.test(sentence)) return null;
    // Straight apostrophes, same length, so spans index the sentence as said.
    const s = sentence.replace(/[‘’]/g, "'");
    const today = dayOfMs(meetingStartMs);
    const nextMeetingMs = context.nextMeetingMs ?? options.nextMeetingMs ?? null;
    // A "next meeting" on or before this one is not the next one.
    const nextMeeting = nextMeetingMs === null || dayOfMs(nextMeetingMs) <= today ? null : dayOfMs(nextMeetingMs);
    const mentions = withMeetingDates(s, findMentions(s, { today, nextMeeting }), today);
    const chosen = choose(s, candidatesOf(s, mentions));
    return chosen ? dueFrom(s, sentence, chosen, today) : null;
  };
}

/** The parser for meetings with no known next meeting. */
export const parseDueDate: DueDateParser = createDueDateParser();

/** The date tools the meeting analysis is given. */
export function createDateReader(): DateReader {
  return { parseDue: createDueDateParser(), findNextMeeting: findNextMeetingDate };
}
