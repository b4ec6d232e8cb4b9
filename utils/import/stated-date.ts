const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A local date and time as a transcript states them. */
export interface StatedDateTime {
  /** YYYY-MM-DD */
  readonly date: string;
  /** HH:MM (24-hour), or null when only the date is stated. */
  readonly time: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function monthOf(word: string): number | null {
  const index = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return index === -1 ? null : index + 1;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function clockTime(hours: number, minutes: number, meridiem: string | undefined): string | null {
  let h = hours;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    const isPm = meridiem.toLowerCase().startsWith('p');
    h = (h % 12) + (isPm ? 12 : 0);
  }
  if (h > 23 || minutes > 59) return null;
  return `${pad(h)}:${pad(minutes)}`;
}

const TIME = String.raw`(?:,?\s*(?:at\s+)?(?<h>\d{1,2})[:.](?<min>\d{2})(?::\d{2})?\s*(?<ampm>[AaPp]\.?[Mm]\.?)?)?`;
const DAY_NAME = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?`;
const PATTERNS: readonly RegExp[] = [
  // November 18, 2026, 10:00AM (Teams, en-US)
  new RegExp(String.raw`^${DAY_NAME}(?<month>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})${TIME}\s*$`, 'i'),
  // 18 November 2026, 10:00 (en-GB)
  new RegExp(String.raw`^${DAY_NAME}(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>[A-Za-z]{3,9})\.?,?\s+(?<year>\d{4})${TIME}\s*$`, 'i'),
  // 2026-11-18 10:00
  new RegExp(String.raw`^(?<year>\d{4})-(?<monthNumber>\d{2})-(?<day>\d{2})(?:[T\s]+(?<h>\d{1,2}):(?<min>\d{2})(?::\d{2})?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?\s*$`),
];

/**
 * Reads a date, and a time if there is one, as transcript headers state them:
 * "November 18, 2026, 10:00AM" (Teams), "18 November 2026 10:00",
 * "Wednesday 18 Nov 2026", "2026-11-18 10:00 GMT". Null for anything else.
 */
export function parseStatedDateTime(text: string): StatedDateTime | null {
  const line = text.trim();
  for (const pattern of PATTERNS) {
    const groups = pattern.exec(line)?.groups;
    if (!groups) continue;
    const month = groups.monthNumber ? Number(groups.monthNumber) : monthOf(groups.month ?? '');
    if (month === null || month < 1 || month > 12) continue;
    const date = isoDate(Number(groups.year), month, Number(groups.day));
    if (!date) continue;
    const time = groups.h === undefined ? null : clockTime(Number(groups.h), Number(groups.min), groups.ampm);
    if (groups.h !== undefined && time === null) continue;
    return { date, time };
  }
  return null;
}

/** A length as Teams states it ("1h 31m 5s", "45m", "12s"), in milliseconds; null for anything else. */
export function parseStatedDuration(text: string): number | null {
  const match = /^(?:(?<h>\d+)\s*h(?:ours?|rs?)?\s*)?(?:(?<m>\d+)\s*m(?:in(?:utes?|s)?)?\s*)?(?:(?<s>\d+)\s*s(?:ec(?:onds?|s)?)?)?$/i.exec(text.trim());
  if (!match?.groups || !text.trim()) return null;
  const { h, m, s } = match.groups;
  if (h === undefined && m === undefined && s === undefined) return null;
  return ((Number(h ?? 0) * 60 + Number(m ?? 0)) * 60 + Number(s ?? 0)) * 1000;
}

/** A clock reading or offset ("1:02:03", "12:05", "0:07", "01:02:03.450") in milliseconds; null for anything else. */
export function parseClock(text: string): number | null {
  const match = /^(?:(?<h>\d{1,2}):)?(?<m>\d{1,2}):(?<s>\d{2})(?:[.,](?<f>\d{1,3}))?$/.exec(text.trim());
  if (!match?.groups) return null;
  const { h, m, s, f } = match.groups;
  if (Number(s) > 59 || (h !== undefined && Number(m) > 59)) return null;
  return ((Number(h ?? 0) * 60 + Number(m)) * 60 + Number(s)) * 1000 + (f ? Number(f.padEnd(3, '0')) : 0);
}
