/**
 * The words British speakers use for dates, as regular-expression parts and
 * look-ups shared by the due-date reader and the next-meeting finder.
 */

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** A month's full name. */
export const MONTH = `(?:${MONTH_NAMES.join('|')})`;
/** A weekday's full name. */
export const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;

/** The month (1–12) of a month's name, or 0. */
export function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name.toLowerCase() as (typeof MONTH_NAMES)[number]) + 1;
}

/** The weekday (0 Sunday – 6 Saturday) of a weekday's name, or -1. */
export function weekdayNumber(name: string): number {
  return WEEKDAY_NAMES.indexOf(name.toLowerCase() as (typeof WEEKDAY_NAMES)[number]);
}

/**
 * "May" and "March" are also ordinary words ("we may", "march on"): as months
 * they are only read with a capital, as captions write them.
 */
export function isMonthWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (lower !== 'may' && lower !== 'march') || /^[A-Z]/.test(word);
}

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60 };

/** A count said in words or figures: "ten", "twenty-one", "10", "a", "a couple of". */
export const COUNT = `(?:\\d{1,3}|(?:a )?couple of|an?|(?:twenty|thirty|forty|fifty|sixty)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|${UNITS.slice(1).reverse().join('|')})`;

/** The number a count stands for, or NaN. */
export function countValue(said: string): number {
  const text = said.toLowerCase().trim();
  if (/^\d+$/.test(text)) return Number(text);
  if (text === 'a' || text === 'an') return 1;
  if (text === 'a couple of' || text === 'couple of') return 2;
  const [tens, unit] = text.split(/[ -]/) as [string, string | undefined];
  if (tens in TENS) return TENS[tens]! + (unit ? UNITS.indexOf(unit) : 0);
  const index = UNITS.indexOf(text);
  return index > 0 ? index : Number.NaN;
}

const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];

/** A day of the month as an ordinal: "the twentieth", "twenty-first", "3rd", "31st". */
export const ORDINAL_DAY = `(?:(?:twenty|thirty)[ -](?:${ORDINAL_UNITS.join('|')})|twentieth|thirtieth|${ORDINAL_TEENS.join('|')}|${ORDINAL_UNITS.join('|')}|(?:[12]?\\d|3[01])(?:st|nd|rd|th))`;

/** The day of the month an ordinal stands for (1–31), or NaN. */
export function ordinalValue(said: string): number {
  const text = said.toLowerCase();
  const figures = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(text);
  if (figures) return Number(figures[1]);
  if (text === 'twentieth') return 20;
  if (text === 'thirtieth') return 30;
  const teen = ORDINAL_TEENS.indexOf(text);
  if (teen >= 0) return 10 + teen;
  const unit = ORDINAL_UNITS.indexOf(text);
  if (unit >= 0) return unit + 1;
  const compound = /^(twenty|thirty)[ -](\w+)$/.exec(text);
  if (compound) {
    const ones = ORDINAL_UNITS.indexOf(compound[2]!);
    if (ones >= 0) return (compound[1] === 'twenty' ? 20 : 30) + ones + 1;
  }
  return Number.NaN;
}

/** A quarter of the financial year: "Q3", "quarter four", "the third quarter". */
export const QUARTER = `(?:q([1-4])|quarter (one|two|three|four|[1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter)`;

/** The quarter (1–4) from QUARTER's three groups. */
export function quarterValue(groups: readonly (string | undefined)[]): 1 | 2 | 3 | 4 {
  const said = (groups.find((g) => g !== undefined) ?? '1').toLowerCase();
  const byWord: Record<string, 1 | 2 | 3 | 4> = { one: 1, two: 2, three: 3, four: 4, first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
  return byWord[said] ?? (Number(said) as 1 | 2 | 3 | 4);
}
