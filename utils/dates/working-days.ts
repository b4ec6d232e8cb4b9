import { dayOf, endOfMonth, MONDAY, onOrAfter, SATURDAY, SUNDAY, weekdayOf, type Day } from './calendar';

/**
 * Bank holidays in England and Wales, worked out for any year from the
 * rules (https://www.gov.uk/bank-holidays): New Year's Day, Good Friday,
 * Easter Monday, the early May bank holiday (first Monday of May), the spring
 * bank holiday (last Monday of May), the summer bank holiday (last Monday of
 * August), Christmas Day and Boxing Day. A fixed holiday that falls at a
 * weekend is replaced by the next weekday that is not already a holiday
 * (Christmas on a Saturday: Monday 27 and Tuesday 28 December).
 *
 * Holidays moved or added by proclamation cannot be worked out; the known
 * ones are listed below, and a future one needs adding when it is announced.
 */
const PROCLAIMED: Readonly<Record<number, { readonly moved?: readonly (readonly [from: Day, to: Day])[]; readonly added?: readonly Day[] }>> = {
  1999: { added: [dayOf(1999, 12, 31)] }, // the millennium
  2011: { added: [dayOf(2011, 4, 29)] }, // royal wedding
  2012: { moved: [[dayOf(2012, 5, 28), dayOf(2012, 6, 4)]], added: [dayOf(2012, 6, 5)] }, // Diamond Jubilee
  2020: { moved: [[dayOf(2020, 5, 4), dayOf(2020, 5, 8)]] }, // 75th anniversary of VE Day
  2022: { moved: [[dayOf(2022, 5, 30), dayOf(2022, 6, 2)]], added: [dayOf(2022, 6, 3), dayOf(2022, 9, 19)] }, // Platinum Jubilee; the Queen's funeral
  2023: { added: [dayOf(2023, 5, 8)] }, // the coronation
};

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, dayOfMonth);
}

function isWeekend(day: Day): boolean {
  const weekday = weekdayOf(day);
  return weekday === SATURDAY || weekday === SUNDAY;
}

/** Adds a fixed holiday, or its substitute: the next weekday not already a holiday. */
function addFixed(holidays: Set<Day>, day: Day): void {
  let observed = day;
  while (isWeekend(observed) || holidays.has(observed)) observed += 1;
  holidays.add(observed);
}

const cache = new Map<number, ReadonlySet<Day>>();

/** The bank holidays of England and Wales in one calendar year. */
export function bankHolidaysOf(year: number): ReadonlySet<Day> {
  const cached = cache.get(year);
  if (cached) return cached;
  const holidays = new Set<Day>();
  addFixed(holidays, dayOf(year, 1, 1));
  const easter = easterSunday(year);
  holidays.add(easter - 2);
  holidays.add(easter + 1);
  holidays.add(onOrAfter(dayOf(year, 5, 1), MONDAY));
  holidays.add(onOrAfter(endOfMonth(year, 5) - 6, MONDAY));
  holidays.add(onOrAfter(endOfMonth(year, 8) - 6, MONDAY));
  addFixed(holidays, dayOf(year, 12, 25));
  addFixed(holidays, dayOf(year, 12, 26));
  const proclaimed = PROCLAIMED[year];
  for (const [from, to] of proclaimed?.moved ?? []) {
    holidays.delete(from);
    holidays.add(to);
  }
  for (const day of proclaimed?.added ?? []) holidays.add(day);
  cache.set(year, holidays);
  return holidays;
}

/** Whether a day is a bank holiday in England and Wales. */
export function isBankHoliday(day: Day): boolean {
  const year = new Date(day * 86_400_000).getUTCFullYear();
  return bankHolidaysOf(year).has(day);
}

/** Whether a day is a working day: Monday to Friday and not a bank holiday in England and Wales. */
export function isWorkingDay(day: Day): boolean {
  return !isWeekend(day) && !isBankHoliday(day);
}

/**
 * The day `count` working days after `day` ("within ten working days" said
 * on Thursday 17 December 2026 is Tuesday 5 January 2027: Christmas Day, the
 * Boxing Day substitute and New Year's Day are skipped). Counting starts the
 * day after, whether or not `day` itself is a working day.
 */
export function addWorkingDays(day: Day, count: number): Day {
  let result = day;
  for (let left = count; left > 0; ) {
    result += 1;
    if (isWorkingDay(result)) left -= 1;
  }
  return result;
}
