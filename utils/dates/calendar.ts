/**
 * Calendar days as whole numbers, for reading dates in speech.
 *
 * A day is the number of days from 1 January 1970 to a local calendar date
 * (counted as if in UTC), so adding days is adding numbers, weekdays are a
 * remainder, and clocks going forward or back never move a date.
 */

/** A local calendar date as whole days from 1 January 1970. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/** Weekdays as `Date#getDay` numbers them. */
export const SUNDAY = 0;
export const MONDAY = 1;
export const FRIDAY = 5;
export const SATURDAY = 6;

/** The day of a year, month (1–12) and day of the month; out-of-range days roll over as `Date.UTC` does. */
export function dayOf(year: number, month: number, dayOfMonth: number): Day {
  return Math.round(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY);
}

/** Year, month (1–12) and day of the month of a day. */
export function partsOf(day: Day): { readonly year: number; readonly month: number; readonly dayOfMonth: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() };
}

/** The local calendar day of a moment. */
export function dayOfMs(ms: number): Day {
  const date = new Date(ms);
  return dayOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Local midnight at the start of a day, in milliseconds. */
export function msOfDay(day: Day): number {
  const { year, month, dayOfMonth } = partsOf(day);
  return new Date(year, month - 1, dayOfMonth).getTime();
}

/** The day as an ISO date, "2026-12-11". */
export function isoOfDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 for Sunday to 6 for Saturday. */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The first day on or after `day` that falls on `weekday`. */
export function onOrAfter(day: Day, weekday: number): Day {
  return day + ((weekday - weekdayOf(day) + 7) % 7);
}

/** The Monday of the week (Monday to Sunday) that holds `day`. */
export function mondayOf(day: Day): Day {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** The last day of a month (1–12). */
export function endOfMonth(year: number, month: number): Day {
  return dayOf(year, month + 1, 0);
}

/** The same day of the month `months` later, kept inside the month when it is shorter (31 January + 1 month = 28 February). */
export function addMonths(day: Day, months: number): Day {
  const { year, month, dayOfMonth } = partsOf(day);
  const target = dayOf(year, month + months, 1);
  const { year: y, month: m } = partsOf(target);
  return Math.min(dayOf(y, m, dayOfMonth), endOfMonth(y, m));
}

/**
 * The year in which the NHS financial year holding `day` starts: the year
 * runs from 1 April to 31 March, so 15 January 2027 is in 2026/27 (2026).
 */
export function financialYearOf(day: Day): number {
  const { year, month } = partsOf(day);
  return month >= 4 ? year : year - 1;
}

/**
 * The last day of a quarter of an NHS financial year: Q1 is April to June,
 * Q2 July to September, Q3 October to December and Q4 January to March.
 */
export function quarterEnd(financialYear: number, quarter: 1 | 2 | 3 | 4): Day {
  return quarter === 4 ? endOfMonth(financialYear + 1, 3) : endOfMonth(financialYear, 3 + quarter * 3);
}

/** The quarter (1–4) of the NHS financial year that holds `day`. */
export function quarterOf(day: Day): 1 | 2 | 3 | 4 {
  const { month } = partsOf(day);
  return month >= 4 ? ((Math.floor((month - 4) / 3) + 1) as 1 | 2 | 3) : 4;
}
