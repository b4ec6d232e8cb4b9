import { describe, expect, it } from 'vitest';
import { parseDueDate } from '@/utils/dates/due-date';
import { dayOf, isoOfDay, weekdayOf, SATURDAY, SUNDAY } from '@/utils/dates/calendar';
import { isBankHoliday } from '@/utils/dates/working-days';

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

const pick = <T,>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const OPENINGS = ['Can you send the figures', "I'll circulate the draft", 'Could the ICB confirm the funding', 'ACTION: the PCN to share the rota', 'Please can the practices return the template'];
const DEADLINES = [
  'by Friday', 'by Monday week', 'by Friday week', 'a fortnight today', 'by the end of next week', 'this week', 'by close of play', 'by close of play Thursday',
  'first thing tomorrow', 'today', 'tomorrow', 'this afternoon', 'by the twentieth', 'by the 3rd', 'on the twenty-first', 'by the end of the month', 'by the end of next month',
  'within ten working days', 'within five working days', 'within two weeks', 'in three weeks', 'by the end of Q1', 'by the end of Q3', 'during Q1 of next financial year',
  'by the end of the financial year', 'before the end of the calendar year', 'in the first week of January', 'by March', 'in July', 'before April', 'by 25 November',
  'by the fifteenth of January', 'by 31/01', 'next Tuesday', 'Wednesday of next week', 'by Tuesday, no, sorry, Wednesday', 'before the next meeting', 'by Christmas',
  'for the board on the 28th of January', 'by the end of quarter four', 'no later than 4 December', 'until Friday', 'by mid-February',
];
const DECOYS = ['for October', 'for the Q3 return', 'from April to June', 'the November data', 'which went out last Friday'];

function sentence(random: () => number): string {
  const parts = [pick(random, OPENINGS)];
  if (random() < 0.4) parts.push(pick(random, DECOYS));
  parts.push(pick(random, DEADLINES));
  return `${parts.join(' ')}${random() < 0.5 ? '?' : '.'}`;
}

describe('parseDueDate properties', () => {
  const random = seeded(2026_12_11);
  const cases = Array.from({ length: 3_000 }, () => {
    const said = dayOf(2025, 1, 1) + Math.floor(random() * 365 * 10);
    const [y, m, d] = isoOfDay(said).split('-').map(Number) as [number, number, number];
    return { text: sentence(random), startMs: new Date(y, m - 1, d, 9 + Math.floor(random() * 9), 0).getTime(), said: isoOfDay(said) };
  });

  it('never gives a date before the meeting day unless it asks for a check', () => {
    for (const c of cases) {
      const due = parseDueDate(c.text, c.startMs);
      if (due?.date && due.date < c.said) expect(due.needsCheck, `${c.text} said ${c.said} → ${due.date}`).toBe(true);
    }
  });

  it('always quotes words that are in the sentence', () => {
    for (const c of cases) {
      const due = parseDueDate(c.text, c.startMs);
      if (due) expect(c.text, c.text).toContain(due.text);
    }
  });

  it('reads every deadline in the generated sentences', () => {
    for (const c of cases) {
      const due = parseDueDate(c.text, c.startMs);
      expect(due?.date ?? (due?.isNextMeeting ? 'next meeting' : null), `${c.text} said ${c.said}`).not.toBeNull();
    }
  });

  it('lands working-day deadlines on working days', () => {
    for (const c of cases.filter((k) => /working days/.test(k.text))) {
      const due = parseDueDate(c.text, c.startMs)!;
      const [y, m, d] = due.date!.split('-').map(Number) as [number, number, number];
      const day = dayOf(y, m, d);
      expect([SATURDAY, SUNDAY]).not.toContain(weekdayOf(day));
      expect(isBankHoliday(day), due.date!).toBe(false);
    }
  });

  it('puts "this week", "Friday week" and "the end of next week" on a Friday', () => {
    for (const c of cases.filter((k) => /this week|Friday week|end of next week/.test(k.text))) {
      const due = parseDueDate(c.text, c.startMs)!;
      expect(new Date(`${due.date!}T12:00:00Z`).getUTCDay(), `${c.text} said ${c.said}`).toBe(5);
    }
  });
});
