import * as chrono from 'chrono-node';
import {
  addMonths,
  MONDAY,
  dayOf,
  endOfMonth,
  financialYearOf,
  mondayOf,
  onOrAfter,
  partsOf,
  quarterEnd,
  quarterOf,
  weekdayOf,
  type Day,
} from './calendar';
import { COUNT, countValue, isMonthWord, MONTH, monthNumber, ORDINAL_DAY, ordinalValue, QUARTER, quarterValue, WEEKDAY, weekdayNumber } from './date-words';
import { addWorkingDays, bankHolidaysOf, isWorkingDay } from './working-days';

/**
 * Every way a sentence can name a day, found with the span of words that
 * says it. Whether a mention is a deadline is decided from the words around
 * it (due-date.ts); here each mention only gets its day.
 *
 * Explicit calendar dates ("4 December", "the thirtieth of November",
 * "31/01", "Friday 11 December") are read by chrono-node's en-GB parser (day
 * before month). Everything chrono does not know the way NHS meetings say it
 * is read here: financial quarters, working days with bank holidays,
 * "Friday week", "a fortnight today", "close of play", "the twentieth", the
 * end of a week, month or year, the first week of a month, the next meeting.
 */

/** What sort of words a mention is; the due-date reader decides from this which leads it needs. */
export type MentionKind =
  /** "Friday week", "close of play Thursday", "next Tuesday", "this week", "the first week of January": a deadline by its own words. */
  | 'relative'
  /** "the end of the month", "the end of Q3", "the end of the financial year". */
  | 'period-end'
  /** "within ten working days", "in two weeks" (the lead is part of the words). */
  | 'duration'
  /** "today", "tonight", "this afternoon", "tomorrow": often said of when something happens, not when it is due. */
  | 'day-word'
  /** "by 5pm", "by lunchtime": today, only after a deadline word. */
  | 'time'
  /** "4 December", "Friday 11 December", "the twenty-eighth of January". */
  | 'date'
  /** "31/01", "13/01/2027". */
  | 'numeric-date'
  /** "the twentieth", "the 3rd": the next such day of a month. */
  | 'ordinal'
  | 'weekday'
  /** "March", "next April", "March 2027": the end of the month. */
  | 'month'
  /** "Q3", "quarter four of next financial year": the end of the quarter. */
  | 'quarter'
  /** "Christmas". */
  | 'holiday'
  /** "the next meeting", "next time", "we meet again": the day is the next meeting's, when known or said. */
  | 'next-meeting'
  /** "the December meeting": the next meeting's day when it falls in that month, else unknown. */
  | 'month-meeting'
  /** "last Friday", "yesterday", "two weeks ago": past, never a due date. */
  | 'past'
  /** "first thing": only says something next to a day ("first thing tomorrow"). */
  | 'modifier';

/** A day named in a sentence. */
export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
  /** The day the words name, or null when they name none (the next meeting, not yet known). */
  day: Day | null;
  /** For a month, quarter or holiday: the day before it starts, for "before March". */
  dayBefore?: Day;
  /**
   * For a month or quarter read as the one just ended ("by November" said in
   * December): the next one, which is meant when the words look ahead ("in
   * November", "during Q2").
   */
  forwardDay?: Day;
  /** "within" or "in", for a duration. */
  leadWord?: string;
  /** The words name a weekday that the date does not fall on ("Friday 12 December" in 2026). */
  isDoubtful?: boolean;
  /** The day is the next meeting's. */
  isNextMeeting?: boolean;
}

/** What mentions are read against. */
export interface MentionContext {
  /** The day the words were said. */
  readonly today: Day;
  /** The next meeting's day when known. */
  readonly nextMeeting: Day | null;
}

const MONTH_RE = new RegExp(`\\b${MONTH}\\b`, 'i');
const WEEK_WORD = `(?:weeks?|fortnights?)`;

/** A next meeting spoken of: "next meeting", "next board", "next time", "we meet again". */
export const NEXT_MEETING_PHRASE = new RegExp(
  String.raw`\bnext\s+(?:[a-z]+\s+){0,2}?(?:meeting|committee|board|forum|session|panel|huddle|pccc|one)\b|\bnext\s+time(?:\s+we\s+meet)?\b|\b(?:we|you)\s+(?:next\s+)?meet(?:\s+again)?\b|\bwe(?:'re|\s+are|'ll|\s+will)\s+(?:next\s+)?meet(?:ing)?\s+again\b`,
  'gi',
);
/** The words before "next meeting" that belong to it: "the", "our", "the committee's". */
const NEXT_MEETING_OWNER = /(?:^|\s)((?:the|our|your|their|this|that|[a-z]+'s)\s+)$/i;

type Finder = (s: string, context: MentionContext, add: (m: Mention) => void) => void;

function each(re: RegExp, s: string, fn: (m: RegExpExecArray) => Mention | null, add: (m: Mention) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const mention = fn(m);
    if (mention) add(mention);
  }
}

/** The next day on or after `today` that is the `dayOfMonth` of a month (months without it are skipped). */
function nextDayOfMonth(today: Day, dayOfMonth: number, monthsAhead?: number): Day | null {
  if (dayOfMonth < 1 || dayOfMonth > 31) return null;
  const { year, month } = partsOf(today);
  if (monthsAhead !== undefined) {
    const { year: y, month: m } = partsOf(dayOf(year, month + monthsAhead, 1));
    return dayOfMonth <= partsOf(endOfMonth(y, m)).dayOfMonth ? dayOf(y, m, dayOfMonth) : null;
  }
  for (let ahead = 0; ahead < 12; ahead += 1) {
    const { year: y, month: m } = partsOf(dayOf(year, month + ahead, 1));
    if (dayOfMonth > partsOf(endOfMonth(y, m)).dayOfMonth) continue;
    const day = dayOf(y, m, dayOfMonth);
    if (day >= today) return day;
  }
  return null;
}

/** The weekday strictly after today ("by Friday" said on a Friday is a week later). */
function coming(today: Day, weekday: number): Day {
  return onOrAfter(today + 1, weekday);
}

/** The weekday in the week (Monday to Sunday) after this one. */
function inNextWeek(today: Day, weekday: number): Day {
  return mondayOf(today) + 7 + ((weekday + 6) % 7);
}

/** The Friday of this working week (the coming one at a weekend). */
function fridayThisWeek(today: Day): Day {
  const friday = mondayOf(today) + 4;
  return friday >= today ? friday : friday + 7;
}

/**
 * The year of a month said without one: this year's when it has not ended,
 * last month's as said (flagged as past by the reader), otherwise next year's
 * ("in July" said in November is next July).
 */
function yearOfMonth(today: Day, month: number, when?: 'next' | 'this'): number {
  const { year, month: current } = partsOf(today);
  if (when === 'this') return year;
  if (when === 'next') return month > current ? year : year + 1;
  if (month >= current) return year;
  if ((current - month === 1) || (current === 1 && month === 12)) return current === 1 ? year - 1 : year;
  return year + 1;
}

/** Of the same day and month in last, this and next year, the one nearest today (later on a tie). */
function nearestYear(today: Day, month: number, dayOfMonth: number): Day {
  const { year } = partsOf(today);
  let best = dayOf(year, month, dayOfMonth);
  for (const y of [year - 1, year + 1]) {
    const candidate = dayOf(y, month, dayOfMonth);
    const distance = Math.abs(candidate - today);
    const bestDistance = Math.abs(best - today);
    if (distance < bestDistance || (distance === bestDistance && candidate > best)) best = candidate;
  }
  return best;
}

/**
 * The end of a quarter said without a year: the current quarter, the one just
 * ended (flagged as past), or else the next one of that number.
 */
function quarterEndNamed(today: Day, quarter: 1 | 2 | 3 | 4): Day {
  const financialYear = financialYearOf(today);
  const current = quarterOf(today);
  if (quarter === current) return quarterEnd(financialYear, quarter);
  if (quarter === current - 1 || (current === 1 && quarter === 4)) return current === 1 ? quarterEnd(financialYear - 1, 4) : quarterEnd(financialYear, quarter);
  return quarter > current ? quarterEnd(financialYear, quarter) : quarterEnd(financialYear + 1, quarter);
}

function quarterStart(end: Day): Day {
  const { year, month } = partsOf(end);
  return dayOf(year, month - 2, 1);
}

/** The financial year a quarter or year-end is said of: "of next financial year", "2027/28". */
function financialYearSaid(today: Day, when: string | undefined, startYear: string | undefined): number | null {
  if (startYear) return Number(startYear);
  if (!when) return null;
  return when.toLowerCase() === 'next' ? financialYearOf(today) + 1 : financialYearOf(today);
}

/**
 * The Friday of the first (or second, or last) working week of a month: the
 * first Monday-to-Friday week with at least as many of its working days in
 * the month as out of it. In January 2027 (1 January a Friday and a bank
 * holiday) that is the week of 4 January, so Friday 8 January; a week that
 * starts on a bank holiday Monday still ends that Friday.
 */
function weekOfMonth(year: number, month: number, which: 'first' | 'second' | 'third' | 'fourth' | 'last'): Day {
  const first = dayOf(year, month, 1);
  const last = endOfMonth(year, month);
  const isMostlyIn = (monday: Day): boolean => {
    let inside = 0;
    let outside = 0;
    for (let d = monday; d < monday + 5; d += 1) {
      if (!isWorkingDay(d)) continue;
      if (d >= first && d <= last) inside += 1;
      else outside += 1;
    }
    return inside > 0 && inside >= outside;
  };
  if (which === 'last') {
    let monday = mondayOf(last);
    while (!isMostlyIn(monday)) monday -= 7;
    let lastWorking = last;
    while (!isWorkingDay(lastWorking) && lastWorking > first) lastWorking -= 1;
    return Math.min(monday + 4, lastWorking);
  }
  let monday = mondayOf(first);
  while (!isMostlyIn(monday)) monday += 7;
  const offset = { first: 0, second: 1, third: 2, fourth: 3 }[which];
  return monday + 7 * offset + 4;
}

const PAST = new RegExp(
  String.raw`\b(?:(?:last|previous|this\s+past)\s+(?:${WEEKDAY}|(?:week|month|year|quarter)(?!\s+(?:of|in)\b)|time|meeting)|yesterday|the\s+day\s+before\s+yesterday|the\s+other\s+day|${COUNT}\s+(?:days?|weeks?|months?|years?)\s+ago|earlier\s+(?:today|this\s+week|this\s+month))\b|\b${WEEKDAY}\s+just\s+gone\b`,
  'gi',
);

const findPast: Finder = (s, _context, add) => each(PAST, s, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'past', day: null }), add);

const findNextMeeting: Finder = (s, context, add) =>
  each(
    NEXT_MEETING_PHRASE,
    s,
    (m) => {
      const owner = /^next/i.test(m[0]) ? NEXT_MEETING_OWNER.exec(s.slice(Math.max(0, m.index - 30), m.index)) : null;
      const start = m.index - (owner?.[1]!.length ?? 0);
      return { start, end: m.index + m[0].length, kind: 'next-meeting', day: context.nextMeeting, isNextMeeting: true };
    },
    add,
  );

// ("February's committee": the month's own meeting, said with its possessive.)
const MONTH_MEETING = new RegExp(String.raw`\b(${MONTH})(?:['’]s)?\s+(?:[A-Z]{2,6}\s+)?(?:meeting|committee|board|forum|session|panel|one|cabinet)\b`, 'gi');

const findMonthMeeting: Finder = (s, context, add) =>
  each(
    MONTH_MEETING,
    s,
    (m) => {
      if (!isMonthWord(m[1]!)) return null;
      const month = monthNumber(m[1]!);
      const next = context.nextMeeting;
      const isThatMeeting = next !== null && next >= context.today && partsOf(next).month === month && next - context.today < 366;
      return { start: m.index, end: m.index + m[0].length, kind: 'month-meeting', day: isThatMeeting ? next : null, ...(isThatMeeting ? { isNextMeeting: true } : {}) };
    },
    add,
  );

const DURATION = new RegExp(
  // "within ten working days", "in two weeks' time", "in the next fortnight" (one, when no number is said after "next"), "give me a fortnight".
  String.raw`\b(within|in|over|give (?:me|us))\s+(?:the\s+(next|coming)\s+|the\s+(?=(?:${COUNT})\s))?(?:(${COUNT})\s+)?(working\s+|business\s+)?(days?|weeks?|fortnights?|months?|hours?)(?:'?s?\s+time)?\b`,
  'gi',
);

const FROM_AN_EVENT = /^\s+(?:of|after|from)\s+(?!now\b|today\b|(?:this|the|today's)\s+meeting\b)\S/i;

const findDuration: Finder = (s, { today }, add) =>
  each(
    DURATION,
    s,
    (m) => {
      // A number, or "the next" with none ("in the next fortnight"); "in days" or "in the week" alone is no time.
      if (m[3] === undefined && m[2] === undefined) return null;
      const count = m[3] === undefined ? 1 : countValue(m[3]);
      if (!Number.isFinite(count) || count <= 0 || count > 400) return null;
      // "Over two days" says how long, not by when.
      if (m[1]!.toLowerCase() === 'over' && m[2] === undefined) return null;
      // "within ten working days of getting it", "two weeks after the letter goes out": counted from something yet to happen.
      if (FROM_AN_EVENT.test(s.slice(m.index + m[0].length))) return null;
      const unit = m[5]!.toLowerCase().replace(/s$/, '');
      const isWorking = m[4] !== undefined;
      let day: Day;
      if (unit === 'day') day = isWorking ? addWorkingDays(today, count) : today + count;
      else if (unit === 'week') day = today + 7 * count;
      else if (unit === 'fortnight') day = today + 14 * count;
      else if (unit === 'month') day = addMonths(today, count);
      else day = today + Math.ceil(count / 24);
      // "Give me a fortnight" asks for that long: by then, as "within".
      const lead = m[1]!.toLowerCase();
      return { start: m.index, end: m.index + m[0].length, kind: 'duration', day, leadWord: lead.startsWith('give') ? 'within' : lead };
    },
    add,
  );

/** "a week today", "a fortnight on Monday", "two weeks tomorrow", "Friday week", "the Friday after next". */
const WEEK_OFFSET = new RegExp(
  String.raw`\b(${COUNT})\s+(${WEEK_WORD})\s+(?:(today|tomorrow)|(?:on|from)\s+(${WEEKDAY}))\b|\b(${WEEKDAY})\s+week\b|\b(?:the\s+)?(${WEEKDAY})\s+after\s+next\b`,
  'gi',
);

const findWeekOffset: Finder = (s, { today }, add) =>
  each(
    WEEK_OFFSET,
    s,
    (m) => {
      const span = { start: m.index, end: m.index + m[0].length, kind: 'relative' as const };
      if (m[5] || m[6]) return { ...span, day: coming(today, weekdayNumber((m[5] ?? m[6])!)) + 7 };
      const count = countValue(m[1]!);
      if (!Number.isFinite(count) || count <= 0 || count > 52) return null;
      const days = count * (m[2]!.toLowerCase().startsWith('fortnight') ? 14 : 7);
      const base = m[3] ? (m[3].toLowerCase() === 'today' ? today : today + 1) : coming(today, weekdayNumber(m[4]!));
      return { ...span, day: base + days };
    },
    add,
  );

/** "Wednesday of next week", "Thursday next week", "next week on Tuesday", "next Tuesday", "this Friday", "this coming Monday". */
const WEEKDAY_IN_WEEK = new RegExp(
  String.raw`\b(${WEEKDAY})(?:\s+(?:morning|afternoon|evening|lunchtime))?\s+(?:of\s+)?(next|this)\s+week\b|\bnext\s+week\s*,?\s+(?:on\s+)?(${WEEKDAY})\b|\b(next|this(?:\s+coming)?|coming)\s+(${WEEKDAY})\b`,
  'gi',
);

const findWeekdayInWeek: Finder = (s, { today }, add) =>
  each(
    WEEKDAY_IN_WEEK,
    s,
    (m) => {
      const span = { start: m.index, end: m.index + m[0].length, kind: 'relative' as const };
      if (m[1]) {
        const weekday = weekdayNumber(m[1]);
        return { ...span, day: m[2]!.toLowerCase() === 'next' ? inNextWeek(today, weekday) : mondayOf(today) + ((weekday + 6) % 7) };
      }
      if (m[3]) return { ...span, day: inNextWeek(today, weekdayNumber(m[3])) };
      const weekday = weekdayNumber(m[5]!);
      return { ...span, day: m[4]!.toLowerCase() === 'next' ? inNextWeek(today, weekday) : onOrAfter(today, weekday) };
    },
    add,
  );

const PERIOD_END = new RegExp(
  [
    String.raw`\bend\s+of\s+(?:the\s+|this\s+)?(?:(week(?!\s+after\s+next)|month|quarter(?!\s+(?:one|two|three|four|[1-4])\b)|(?:financial|fiscal)\s+year|calendar\s+year|year)|(next)\s+(week|month|quarter|(?:financial|fiscal)\s+year|calendar\s+year|year))\b`,
    String.raw`\bend\s+of\s+(?:the\s+)?${QUARTER}(?:\s+(?:of\s+)?(?:the\s+)?(next|this|current)\s+(?:financial|fiscal)\s+year|\s+(?:of\s+)?(20\d\d)[/-]\d\d)?\b`,
    String.raw`\bend\s+of\s+(${MONTH})(?:\s+(20\d\d))?\b`,
    String.raw`\b(?:(?:financial|fiscal)\s+)?(?:year|(quarter))[\s-]end\b`,
    String.raw`\bend\s+of\s+(20\d\d)(?:[/-](\d\d))?\b`,
    String.raw`\b(start|beginning|middle)\s+of\s+(${MONTH})\b|\bmid[\s-](${MONTH})\b`,
  ].join('|'),
  'gi',
);

const findPeriodEnd: Finder = (s, { today }, add) =>
  each(
    PERIOD_END,
    s,
    (m) => {
      const span = { start: m.index, end: m.index + m[0].length, kind: 'period-end' as const };
      const { year, month } = partsOf(today);
      const financialYear = financialYearOf(today);
      const period = (m[1] ?? m[3])?.toLowerCase().replace(/\s+/g, ' ');
      if (period) {
        const isNext = m[2] !== undefined;
        if (period === 'week') return { ...span, day: fridayThisWeek(today) + (isNext ? 7 : 0) };
        if (period === 'month') return { ...span, day: isNext ? endOfMonth(year, month + 1) : endOfMonth(year, month) };
        if (period === 'quarter') {
          const end = quarterEnd(financialYear, quarterOf(today));
          return { ...span, day: isNext ? addMonths(end + 1, 3) - 1 : end };
        }
        if (period.endsWith('financial year') || period.endsWith('fiscal year')) return { ...span, day: quarterEnd(financialYear + (isNext ? 1 : 0), 4) };
        return { ...span, day: dayOf(year + (isNext ? 1 : 0), 12, 31) };
      }
      if (m[4] || m[5] || m[6]) {
        const quarter = quarterValue([m[4], m[5], m[6]]);
        const said = financialYearSaid(today, m[7], m[8]);
        return { ...span, day: said === null ? quarterEndNamed(today, quarter) : quarterEnd(said, quarter) };
      }
      if (m[9]) {
        if (!isMonthWord(m[9])) return null;
        const named = monthNumber(m[9]);
        return { ...span, day: endOfMonth(m[10] ? Number(m[10]) : yearOfMonth(today, named), named) };
      }
      // "by quarter end": the end of the quarter we are in.
      if (m[11]) return { ...span, day: quarterEnd(financialYear, quarterOf(today)) };
      if (m[12]) return m[13] ? { ...span, day: quarterEnd(Number(m[12]), 4) } : { ...span, day: dayOf(Number(m[12]), 12, 31) };
      if (m[14] || m[16]) {
        const name = (m[15] ?? m[16])!;
        if (!isMonthWord(name)) return null;
        const named = monthNumber(name);
        const y = yearOfMonth(today, named);
        const isStart = m[14] !== undefined && m[14].toLowerCase() !== 'middle';
        return { ...span, day: dayOf(y, named, isStart ? 1 : 15) };
      }
      // "year end", "financial year end": the end of the financial year.
      return { ...span, day: quarterEnd(financialYear, 4) };
    },
    add,
  );

// "the end of the first week of January" is that week's Friday too.
const WEEK_OF_MONTH = new RegExp(String.raw`\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?)?(first|second|third|fourth|last)\s+week\s+(?:of|in)\s+(${MONTH})(?:\s+(20\d\d))?\b`, 'gi');

const findWeekOfMonth: Finder = (s, { today }, add) =>
  each(
    WEEK_OF_MONTH,
    s,
    (m) => {
      if (!isMonthWord(m[2]!)) return null;
      const month = monthNumber(m[2]!);
      const which = m[1]!.toLowerCase() as 'first' | 'second' | 'third' | 'fourth' | 'last';
      const { year } = partsOf(today);
      let day = weekOfMonth(m[3] ? Number(m[3]) : year, month, which);
      if (!m[3] && day < today && partsOf(today).month !== month) day = weekOfMonth(year + 1, month, which);
      return { start: m.index, end: m.index + m[0].length, kind: 'relative', day };
    },
    add,
  );

const DAY_WORD = new RegExp(
  String.raw`\b(?:(today|tonight)|this\s+(?:morning|afternoon|evening)|later\s+(?:on\s+)?today|(tomorrow)(?:\s+(?:morning|afternoon|evening|night|lunchtime))?|the\s+day\s+after\s+tomorrow)\b`,
  'gi',
);

const findDayWord: Finder = (s, { today }, add) =>
  each(
    DAY_WORD,
    s,
    (m) => {
      const said = m[0].toLowerCase();
      const day = said.startsWith('the day after') ? today + 2 : m[2] ? today + 1 : today;
      return { start: m.index, end: m.index + m[0].length, kind: 'day-word', day };
    },
    add,
  );

// "The end of tomorrow" is tomorrow's close of play: "end of" joins the day word after it.
const CLOSE_OF_PLAY = /\b(?:close|end)\s+of\s+(?:play|business)\b|\bend\s+of\s+(?:the\s+)?day\b|\bend\s+of(?=\s+(?:tomorrow|today)\b)|\b(?:COB|COP|EOD)\b/g;
const FIRST_THING = /\bfirst\s+thing\b/gi;
const TIME_OF_DAY = new RegExp(String.raw`\b(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|(?:(?:12|twelve)\s+)?(?:noon|midday)|lunchtime|lunch|(?:${COUNT}|\d{1,2})\s+o'clock)\b`, 'gi');

const findCloseOfPlay: Finder = (s, { today }, add) => {
  each(new RegExp(CLOSE_OF_PLAY.source, 'gi'), s, (m) => (/^(?:cob|cop|eod)$/i.test(m[0]) && m[0] !== m[0].toUpperCase() ? null : { start: m.index, end: m.index + m[0].length, kind: 'relative', day: today }), add);
  each(FIRST_THING, s, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'modifier', day: null }), add);
  each(TIME_OF_DAY, s, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'time', day: today }), add);
};

const THIS_WEEK = /\bthis\s+week\b|\b(?:(?:the\s+)?end\s+of\s+)?the\s+week\s+after\s+next\b/gi;

const findThisWeek: Finder = (s, { today }, add) =>
  each(THIS_WEEK, s, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'relative', day: fridayThisWeek(today) + (/after\s+next$/i.test(m[0]) ? 14 : 0) }), add);

const QUARTER_SAID = new RegExp(String.raw`\b${QUARTER}(?:\s+(?:of\s+)?(?:the\s+)?(next|this|current)\s+(?:financial|fiscal)\s+year|\s+(?:of\s+)?(20\d\d)[/-]\d\d)?\b`, 'gi');

const findQuarter: Finder = (s, { today }, add) =>
  each(
    QUARTER_SAID,
    s,
    (m) => {
      const quarter = quarterValue([m[1], m[2], m[3]]);
      const said = financialYearSaid(today, m[4], m[5]);
      const day = said === null ? quarterEndNamed(today, quarter) : quarterEnd(said, quarter);
      const forward = day < today ? { forwardDay: quarterEnd(financialYearOf(today) + 1, quarter) } : {};
      return { start: m.index, end: m.index + m[0].length, kind: 'quarter', day, dayBefore: quarterStart(day) - 1, ...forward };
    },
    add,
  );

const CHRISTMAS = /\bChristmas(?:\s+(Eve|Day|break|holidays?|period|shutdown))?\b/gi;

const findHoliday: Finder = (s, { today }, add) =>
  each(
    CHRISTMAS,
    s,
    (m) => {
      const { year } = partsOf(today);
      // "By Christmas" and "before Christmas" both mean before the break: Christmas Eve.
      const named = m[1]?.toLowerCase();
      const dayOfMonth = named === 'day' ? 25 : 24;
      const isEveOrDay = named === 'eve' || named === 'day';
      const thisYear = dayOf(year, 12, dayOfMonth);
      const day = thisYear >= today ? thisYear : dayOf(year + 1, 12, dayOfMonth);
      return { start: m.index, end: m.index + m[0].length, kind: 'holiday', day, dayBefore: isEveOrDay ? day - 1 : day };
    },
    add,
  );

/** "Before the bank holiday", "by the Easter bank holiday", "before Easter": the next one, in England and Wales. */
const BANK_HOLIDAY = /\b(?:(?:the\s+)?(?:next\s+|(?:Easter|May|spring|summer|August)\s+)?bank\s+holiday(?:\s+weekend)?|Easter(?!\s+(?:Monday|Sunday|Day)\b))\b/gi;

const findBankHoliday: Finder = (s, { today }, add) =>
  each(
    BANK_HOLIDAY,
    s,
    (m) => {
      const said = m[0].toLowerCase();
      const season = /easter/.test(said) ? 'easter' : /may|spring/.test(said) ? 'may' : /summer|august/.test(said) ? 'august' : null;
      // The next bank holiday after today, of the season said when one is: this year's or next year's.
      const isSeason = (day: Day): boolean => {
        const { month } = partsOf(day);
        return season === null || (season === 'easter' ? month === 3 || month === 4 : season === 'may' ? month === 5 : month === 8);
      };
      const { year } = partsOf(today);
      const holiday = [...bankHolidaysOf(year), ...bankHolidaysOf(year + 1)].filter((day) => day > today && isSeason(day)).sort((a, b) => a - b)[0];
      if (holiday === undefined) return null;
      // "Before the bank holiday": the last working day before it (a Monday's is the Friday before; Easter's, Maundy Thursday).
      let lastBefore = holiday - 1;
      while (!isWorkingDay(lastBefore)) lastBefore -= 1;
      return { start: m.index, end: m.index + m[0].length, kind: 'holiday', day: lastBefore, dayBefore: lastBefore };
    },
    add,
  );

/** "Before half-term", "by the May half term": the school holiday week, as most of England keeps it. */
const HALF_TERM = /\b(?:the\s+)?(?:(?<season>February|spring|May|summer|October|autumn)\s+)?half[\s-]?term\b/gi;

/**
 * The Mondays that start the half-term weeks most English schools keep: the
 * week of the third Monday in February, of the late May bank holiday, and the
 * last week of October.
 */
function halfTermsOf(year: number): { readonly monday: Day; readonly season: 'february' | 'may' | 'october' }[] {
  return [
    { monday: onOrAfter(dayOf(year, 2, 15), MONDAY), season: 'february' },
    { monday: onOrAfter(dayOf(year, 5, 25), MONDAY), season: 'may' },
    { monday: onOrAfter(dayOf(year, 10, 25), MONDAY), season: 'october' },
  ];
}

const findHalfTerm: Finder = (s, { today }, add) =>
  each(
    HALF_TERM,
    s,
    (m) => {
      const said = m.groups?.season?.toLowerCase();
      const season = said === 'february' || said === 'spring' ? 'february' : said === 'may' || said === 'summer' ? 'may' : said === 'october' || said === 'autumn' ? 'october' : null;
      const { year } = partsOf(today);
      const next = [...halfTermsOf(year), ...halfTermsOf(year + 1)].filter((h) => h.monday > today && (season === null || h.season === season)).sort((a, b) => a.monday - b.monday)[0];
      if (!next) return null;
      // "Before half-term", "by half-term": the last working day before the week off.
      let lastBefore = next.monday - 1;
      while (!isWorkingDay(lastBefore)) lastBefore -= 1;
      return { start: m.index, end: m.index + m[0].length, kind: 'holiday', day: lastBefore, dayBefore: lastBefore };
    },
    add,
  );

const ORDINAL = new RegExp(String.raw`(?<!\b${MONTH}\s+(?:the\s+)?)\b(${ORDINAL_DAY})(?:\s+of\s+(?:the\s+)?(?:(this|next)\s+)?month)?\b(?!\s+(?:of\s+)?${MONTH}\b)`, 'gi');

const findOrdinal: Finder = (s, { today }, add) =>
  each(
    ORDINAL,
    s,
    (m) => {
      const isFigures = /^\d/.test(m[1]!);
      // Words ("the twentieth") need "the": "first", "second" and "third" are ordinary words too.
      if (!isFigures && !/\bthe\s+$/i.test(s.slice(Math.max(0, m.index - 6), m.index))) return null;
      const dayOfMonth = ordinalValue(m[1]!);
      const which = m[2]?.toLowerCase();
      const day = nextDayOfMonth(today, dayOfMonth, which === 'this' ? 0 : which === 'next' ? 1 : undefined);
      return day === null ? null : { start: m.index, end: m.index + m[0].length, kind: 'ordinal', day };
    },
    add,
  );

const MONTH_THE_DAY = new RegExp(String.raw`\b(${MONTH})(\s+the)(?=\s+(?:\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_DAY})\b)`, 'gi');

/**
 * chrono-node's day-first (en-GB) dates without its casual words ("today",
 * "end of the month"): those are read by the finders here, the NHS way, and
 * chrono reads a sentence two to three times faster without them.
 */
const DAY_FIRST_DATES = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));

const findExplicitDates: Finder = (s, { today }, add) => {
  if (!MONTH_RE.test(s) && !/\d\/\d/.test(s)) return;
  const { year, month, dayOfMonth } = partsOf(today);
  const reference = new Date(year, month - 1, dayOfMonth, 12);
  // "November the 25th": chrono reads "November 25th"; blanked, not cut, so every index still points into `s`.
  const read = s.replace(MONTH_THE_DAY, (words, month: string, the: string) => `${month}${' '.repeat(the.length)}${words.slice(month.length + the.length)}`);
  for (const result of DAY_FIRST_DATES.parse(read, reference)) {
    const start = result.start;
    if (!start.isCertain('day') || !start.isCertain('month')) continue;
    // chrono keeps a leading "on" ("on 28 January"): the reader judges the words before the date itself.
    const on = /^(?:on\s+)?(?:the\s+)?/i.exec(result.text)![0].length;
    const text = result.text.slice(on);
    const index = result.index + on;
    const isNumeric = /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/.test(text);
    const monthWord = MONTH_RE.exec(text)?.[0];
    if (!isNumeric && (!monthWord || !isMonthWord(monthWord))) continue;
    if (/\b(?:yesterday|last|ago|previous)\b/i.test(text)) continue;
    const m = start.get('month')!;
    const d = start.get('day')!;
    const day = start.isCertain('year') ? dayOf(start.get('year')!, m, d) : nearestYear(today, m, d);
    if (partsOf(day).month !== m) continue;
    const weekday = start.isCertain('weekday') ? start.get('weekday') : null;
    add({ start: index, end: index + text.length, kind: isNumeric ? 'numeric-date' : 'date', day, ...(weekday !== null && weekday !== undefined && weekday !== weekdayOf(day) ? { isDoubtful: true } : {}) });
  }
};

// "Wednesday lunchtime" is the weekday, then a time of day joined to it (a time of day is found first).
const WEEKDAY_SAID = new RegExp(String.raw`\b(${WEEKDAY})(?:\s+(?:morning|afternoon|evening))?\b(?!s\b)`, 'gi');

const findWeekday: Finder = (s, { today }, add) => each(WEEKDAY_SAID, s, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'weekday', day: coming(today, weekdayNumber(m[1]!)) }), add);

const MONTH_SAID = new RegExp(String.raw`\b(?:(next|this)\s+)?(${MONTH})(?:\s+(20\d\d))?\b`, 'gi');

const findMonth: Finder = (s, { today }, add) =>
  each(
    MONTH_SAID,
    s,
    (m) => {
      if (!isMonthWord(m[2]!)) return null;
      const month = monthNumber(m[2]!);
      const when = m[1]?.toLowerCase() as 'next' | 'this' | undefined;
      const year = m[3] ? Number(m[3]) : yearOfMonth(today, month, when);
      const day = endOfMonth(year, month);
      const forward = !m[3] && !when && day < today ? { forwardDay: endOfMonth(year + 1, month) } : {};
      return { start: m.index, end: m.index + m[0].length, kind: 'month', day, dayBefore: dayOf(year, month, 1) - 1, ...forward };
    },
    add,
  );

/** In order of precedence: words already taken by an earlier finder are not read again by a later one. */
const FINDERS: readonly Finder[] = [
  findNextMeeting,
  findPast,
  findMonthMeeting,
  findDuration,
  findWeekOffset,
  findWeekdayInWeek,
  findPeriodEnd,
  findWeekOfMonth,
  findCloseOfPlay,
  findDayWord,
  findThisWeek,
  findQuarter,
  findHoliday,
  findBankHoliday,
  findHalfTerm,
  findOrdinal,
  findExplicitDates,
  findWeekday,
  findMonth,
];

/** Words between a modifier and its day: "close of play (on) Thursday", "first thing (on) Monday", "5pm on Friday". */
const MODIFIER_THEN_DAY = /^\s*,?\s*(?:on\s+)?(?:the\s+)?$/i;
/** Words between a day and its modifier: "Thursday close of play", "tomorrow at 5pm", "Friday by noon". */
const DAY_THEN_MODIFIER = /^\s*,?\s*(?:by\s+|at\s+|before\s+)?$/i;
/** Words between a weekday and its date: "Wednesday the thirteenth", "Friday, 11 December". */
const WEEKDAY_THEN_DATE = /^\s*,?\s*(?:the\s+)?$/i;

/** The next `dayOfMonth` from `from` that falls on `weekday`, within a year, or null. */
function nextOnWeekday(from: Day, dayOfMonth: number, weekday: number): Day | null {
  let day: Day | null = from;
  for (let tries = 0; day !== null && tries < 12; tries += 1) {
    if (weekdayOf(day) === weekday) return day;
    day = nextDayOfMonth(day + 1, dayOfMonth);
  }
  return null;
}

/** Days ahead beyond which "Friday the fourth" is more likely a date just gone, said in error, than one months away. */
const WEEKDAY_DATE_AHEAD_DAYS = 45;

/**
 * The day "Friday the fourth" means, from the next fourth (`next`): the next
 * fourth that is a Friday, unless that is months away and the last fourth was
 * a Friday: then the date just gone, which the reader is asked to check
 * rather than moved silently months on.
 */
function ordinalOnWeekday(next: Day, weekday: number): Day {
  const { year, month, dayOfMonth } = partsOf(next);
  const ahead = nextOnWeekday(next, dayOfMonth, weekday);
  if (ahead !== null && ahead - next <= WEEKDAY_DATE_AHEAD_DAYS) return ahead;
  // "By Friday the twenty-ninth" said on 4 February 2027: the 29 January just gone (to check), not 29 October.
  for (const monthsBack of [1, 2]) {
    const last = dayOf(year, month - monthsBack, dayOfMonth);
    if (partsOf(last).dayOfMonth === dayOfMonth && weekdayOf(last) === weekday) return last;
  }
  return ahead ?? next;
}

/**
 * Joins a weekday to the date after it ("Wednesday the thirteenth of
 * January"), and "close of play", "first thing" or a time of day to the day
 * beside it. "Close of play" and "first thing" make the day a deadline by
 * their own words; a time of day does not.
 */
function join(s: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  const modifierKind = (m: Mention): 'deadline' | 'time' | null =>
    m.kind === 'modifier' || (m.kind === 'relative' && CLOSE_OF_PLAY_WORDS.test(s.slice(m.start, m.end))) ? 'deadline' : m.kind === 'time' ? 'time' : null;
  for (const mention of mentions) {
    const previous = out.at(-1);
    if (previous) {
      const gap = s.slice(previous.end, mention.start);
      if (previous.kind === 'weekday' && (mention.kind === 'date' || mention.kind === 'ordinal') && WEEKDAY_THEN_DATE.test(gap)) {
        const said = weekdayNumber(/^\w+/.exec(s.slice(previous.start))![0]);
        const day = mention.kind === 'ordinal' ? ordinalOnWeekday(mention.day!, said) : mention.day!;
        out[out.length - 1] = { ...mention, start: previous.start, day, ...(weekdayOf(day) !== said ? { isDoubtful: true } : {}) };
        continue;
      }
      const before = modifierKind(previous);
      const after = modifierKind(mention);
      if (before && !after && DATED_KINDS.has(mention.kind) && MODIFIER_THEN_DAY.test(gap)) {
        out[out.length - 1] = { ...mention, start: previous.start, ...(before === 'deadline' ? { kind: 'relative' } : {}) };
        continue;
      }
      if (!before && after && after !== null && mention.kind !== 'modifier' && DATED_KINDS.has(previous.kind) && DAY_THEN_MODIFIER.test(gap)) {
        out[out.length - 1] = { ...previous, end: mention.end, ...(after === 'deadline' ? { kind: 'relative' } : {}) };
        continue;
      }
    }
    out.push(mention);
  }
  return out.filter((m) => m.kind !== 'modifier');
}

const CLOSE_OF_PLAY_WORDS = new RegExp(`^(?:${CLOSE_OF_PLAY.source}|end\\s+of)$`, 'i');

/** Every day a sentence names, in the order said, each with its words' span. */
export function findMentions(s: string, context: MentionContext): Mention[] {
  const found: Mention[] = [];
  const add = (mention: Mention): void => {
    if (found.some((m) => mention.start < m.end && m.start < mention.end)) return;
    found.push(mention);
  };
  for (const finder of FINDERS) finder(s, context, add);
  found.sort((a, b) => a.start - b.start);
  return join(s, found);
}

/** "next meeting", "we meet again": the connecting words before the meeting's date ("which I think is the"). */
const MEETING_DATE_WORDS = new Set(["that's", "that'll", 'which', 'that', 'i', 'think', 'believe', 'is', "'s", 'will', 'be', 'being', 'held', 'now', 'scheduled', 'booked', 'set', 'moved', 'going', 'to', 'for', 'on', 'falls', 'takes', 'place', 'the', 'again', 'back', 'in', 'person', 'virtually', 'online', 'pencilled', 'provisionally', 'date', 'of', 'it', "it's", 'we', "we're", 'are', 'has', 'been', 'meet', 'meeting', 'board', 'committee', 'forum', 'group', 'panel', 'partnership', 'this', 'our', 'your', 'their', 'full', 'then', 'so']);
/** Mentions that name a day of their own (not a period, a duration or a meeting). */
export const DATED_KINDS: ReadonlySet<MentionKind> = new Set(['relative', 'day-word', 'date', 'numeric-date', 'ordinal', 'weekday']);

/** Whether the words between a next-meeting phrase and a date only connect them ("your next meeting, which I think is the sixteenth"). */
export function isMeetingDateGap(gap: string): boolean {
  // ("…to the next meeting? That's the eleventh of March", "the December board. The ninth, I think": the date said straight after.)
  const words = gap.toLowerCase().replace(/[‘’]/g, "'").split(/[\s,:–—?.-]+/).filter(Boolean);
  return words.length <= 8 && words.every((w) => MEETING_DATE_WORDS.has(w));
}
