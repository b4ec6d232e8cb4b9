import { describe, expect, it } from 'vitest';
import { dayOf, isoOfDay, weekdayOf, SATURDAY, SUNDAY } from '@/utils/dates/calendar';
import { addWorkingDays, bankHolidaysOf, easterSunday, isWorkingDay } from '@/utils/dates/working-days';

const isoList = (year: number): string[] => [...bankHolidaysOf(year)].sort((a, b) => a - b).map(isoOfDay);

/** A small seeded generator, so a failing case can be run again. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('easterSunday', () => {
  it.each([
    [2008, '2008-03-23'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (year, iso) => {
    expect(isoOfDay(easterSunday(year))).toBe(iso);
  });
});

describe('bankHolidaysOf (England and Wales)', () => {
  it.each([
    [2025, ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']],
    // Boxing Day on a Saturday: its substitute is Monday 28 December.
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
    // Christmas on a Saturday: Monday 27 and Tuesday 28 December.
    [2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']],
    // New Year's Day on a Saturday: Monday 3 January.
    [2028, ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26']],
    // Christmas on a Sunday: Boxing Day on the Monday, Christmas Day's substitute on the Tuesday.
    [2033, ['2033-01-03', '2033-04-15', '2033-04-18', '2033-05-02', '2033-05-30', '2033-08-29', '2033-12-26', '2033-12-27']],
    // Proclaimed: the Platinum Jubilee moved the spring holiday and added one; the Queen's funeral.
    [2022, ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27']],
  ])('%i', (year, expected) => {
    expect(isoList(year)).toEqual(expected);
  });

  it('gives eight holidays on weekdays within the year for any year without a proclamation', () => {
    for (let year = 1990; year <= 2100; year += 1) {
      if ([1999, 2011, 2012, 2020, 2022, 2023].includes(year)) continue;
      const days = [...bankHolidaysOf(year)];
      expect(days, String(year)).toHaveLength(8);
      for (const day of days) {
        expect([SATURDAY, SUNDAY], isoOfDay(day)).not.toContain(weekdayOf(day));
        expect(isoOfDay(day).slice(0, 4)).toBe(String(year));
      }
    }
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-12-17', 10, '2027-01-05'],
    ['2026-12-23', 5, '2027-01-04'],
    ['2027-02-09', 10, '2027-02-23'],
    ['2027-03-25', 5, '2027-04-05'],
    ['2026-11-21', 1, '2026-11-23'],
    ['2026-11-18', 0, '2026-11-18'],
  ])('%s + %i working days → %s', (from, count, expected) => {
    const [y, m, d] = from.split('-').map(Number) as [number, number, number];
    expect(isoOfDay(addWorkingDays(dayOf(y, m, d), count))).toBe(expected);
  });

  it('never lands on a weekend or a bank holiday, and counts exactly the working days it passes', () => {
    const random = seeded(20261218);
    for (let i = 0; i < 2_000; i += 1) {
      const from = dayOf(2020, 1, 1) + Math.floor(random() * 365 * 20);
      const count = 1 + Math.floor(random() * 30);
      const to = addWorkingDays(from, count);
      expect(isWorkingDay(to), `${isoOfDay(from)} + ${count}`).toBe(true);
      let passed = 0;
      for (let d = from + 1; d <= to; d += 1) if (isWorkingDay(d)) passed += 1;
      expect(passed).toBe(count);
    }
  });
});
