/**
 * Redaction of patient identifiers from caption text before it leaves the
 * extension (quotes, transcript excerpts, exports).
 *
 * Every pattern is compiled once here and is linear: each repeated part is
 * either bounded or cannot overlap the part that follows it, so a long
 * transcript cannot trigger catastrophic backtracking.
 */

export type RedactionKind = 'nhs-number' | 'date-of-birth' | 'phone' | 'email' | 'postcode';

export interface RedactionResult {
  readonly text: string;
  readonly counts: Readonly<Record<RedactionKind, number>>;
}

export interface RedactionOptions {
  /** The year dates are judged against; defaults to the current year. */
  readonly referenceYear?: number;
}

export const REDACTION_LABELS: Readonly<Record<RedactionKind, string>> = Object.freeze({
  'nhs-number': '[NHS number]',
  'date-of-birth': '[date of birth]',
  phone: '[phone number]',
  email: '[email]',
  postcode: '[postcode]',
});

/** Without a cue, only a date at least this old is taken to be an adult's date of birth. */
const ADULT_AGE_YEARS = 16;

/** How far back to look for a "born" or "DOB" cue before a date. */
const CUE_WINDOW_CHARS = 80;

// Lookbehinds keep matches from starting part-way through a word, so each run
// of characters is only scanned from its start.
const EMAIL = /(?<![a-z\d._%+-])[a-z\d._%+-]+@[a-z\d-]+(?:\.[a-z\d-]+)+/gi;

// 3-3-4 with the same single separator throughout, or 10 digits together. The
// boundaries also reject a neighbouring digit across a decimal point or comma.
const NHS_NUMBER = /(?<!\d)(?<!\d[.,])\d{3}([ -]?)\d{3}\1\d{4}(?!\d)(?![.,]\d)/g;

// International first, so "+44" is not left behind. National numbers have 10
// or 11 digits including the leading 0; each bracketed area code length fixes
// how many digits may follow it.
const PHONE = new RegExp(
  [
    String.raw`(?<!\d)(?:`,
    String.raw`\+44[ -]?(?:\(0\)[ -]?|0)?[1-9](?:[ -]?\d){8,9}`,
    String.raw`|\(0\d{2}\)[ -]?\d(?:[ -]?\d){6,7}`,
    String.raw`|\(0\d{3}\)[ -]?\d(?:[ -]?\d){5,6}`,
    String.raw`|\(0\d{4}\)[ -]?\d(?:[ -]?\d){4,5}`,
    String.raw`|0\d(?:[ -]?\d){8,9}`,
    String.raw`)(?!\d)`,
  ].join(''),
  'g',
);

// Outward code (A9, A99, AA9, AA99, A9A, AA9A) then inward code (9AA), using
// the letters Royal Mail allows in each position. The inward part is required,
// so road names such as "M1" and districts such as "S10" on their own stay.
const POSTCODE =
  /(?<![a-z\d])(?:[a-pr-uwyz](?:\d[a-hjkpstuw\d]?|[a-hk-y]\d[abehmnprvwxy\d]?)|gir) ?\d[abd-hjlnp-uw-z]{2}(?![a-z\d])/gi;

const MONTH_NAMES =
  String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;

// Day first with a consistent separator: 12/03/1954, 12-03-1954, 12.03.54, 12/03.
const NUMERIC_DATE =
  /(?<!\d)(?<!\d[/.-])(?<day>\d{1,2})(?<separator>[/.-])(?<month>\d{1,2})(?:\k<separator>(?<year>\d{4}|\d{2}))?(?!\d)(?![/.-]\d)/g;

const ISO_DATE = /(?<!\d)(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?!\d)/g;

// 12 March 1954, 12th of March 1954, 12 Mar.
const DAY_MONTH_DATE = new RegExp(
  String.raw`(?<!\d)(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAMES})(?![a-z])\.?(?:,?\s+(?<year>\d{4}))?(?!\d)`,
  'gi',
);

// March 12 1954, March 12th, 1954.
const MONTH_DAY_DATE = new RegExp(
  String.raw`(?<![a-z])(?:${MONTH_NAMES})(?![a-z])\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>\d{4}))?(?!\d)`,
  'gi',
);

// A cue, then at most four words, then the end of the text before the date.
// Words and the gaps between them use disjoint characters, so there is only one
// way to split the text and no backtracking. Sentence ends break the link.
const DATE_OF_BIRTH_CUE =
  /(?<![\p{L}\p{N}])(?:born|birthday|birth ?date|date of birth|d\.?\s?o\.?\s?b\.?)(?![\p{L}\p{N}])(?:[^\p{L}\p{N}'’.!?]+[\p{L}\p{N}'’]+){0,4}[^\p{L}\p{N}'’.!?]*$/iu;

interface DateParts {
  readonly day: number;
  readonly month: number | undefined;
  readonly year: number | undefined;
}

interface Detector {
  readonly kind: RedactionKind;
  readonly pattern: RegExp;
  /** Extra checks a pattern alone cannot make; absent means every match counts. */
  readonly accept?: (match: RegExpExecArray, text: string, referenceYear: number) => boolean;
}

// Order is priority: an earlier detector's match wins any overlap. NHS numbers
// come before phones so a valid NHS number is labelled as one.
const DETECTORS: readonly Detector[] = [
  { kind: 'email', pattern: EMAIL },
  { kind: 'nhs-number', pattern: NHS_NUMBER, accept: (match) => isValidNhsNumber(match[0].replace(/[ -]/g, '')) },
  { kind: 'date-of-birth', pattern: ISO_DATE, accept: dateAcceptor(isoDateParts) },
  { kind: 'date-of-birth', pattern: NUMERIC_DATE, accept: dateAcceptor(numericDateParts) },
  { kind: 'date-of-birth', pattern: DAY_MONTH_DATE, accept: dateAcceptor(textDateParts) },
  { kind: 'date-of-birth', pattern: MONTH_DAY_DATE, accept: dateAcceptor(textDateParts) },
  { kind: 'phone', pattern: PHONE },
  { kind: 'postcode', pattern: POSTCODE },
];

/** True when a 10-digit string is a valid NHS number by its modulus 11 check digit. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let position = 0; position < 9; position++) {
    sum += Number(digits[position]) * (10 - position);
  }
  const check = 11 - (sum % 11);
  // A check of 10 is never issued, so such a number cannot be real.
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** Replaces patient identifiers in text with a bracketed label. */
export function redactText(text: string, options: RedactionOptions = {}): RedactionResult {
  const referenceYear = options.referenceYear ?? new Date().getFullYear();
  const counts: Record<RedactionKind, number> = {
    'nhs-number': 0,
    'date-of-birth': 0,
    phone: 0,
    email: 0,
    postcode: 0,
  };
  const spans: { start: number; end: number; kind: RedactionKind }[] = [];
  // Characters already claimed by a higher-priority match.
  let claimed: Uint8Array | undefined;

  for (const detector of DETECTORS) {
    for (const match of text.matchAll(detector.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (claimed && isClaimed(claimed, start, end)) continue;
      if (detector.accept && !detector.accept(match, text, referenceYear)) continue;
      claimed ??= new Uint8Array(text.length);
      claimed.fill(1, start, end);
      spans.push({ start, end, kind: detector.kind });
      counts[detector.kind]++;
    }
  }

  // Returning the very same string lets callers skip work when nothing changed.
  if (spans.length === 0) return { text, counts };

  spans.sort((a, b) => a.start - b.start);
  let redacted = '';
  let copiedUpTo = 0;
  for (const span of spans) {
    redacted += text.slice(copiedUpTo, span.start) + REDACTION_LABELS[span.kind];
    copiedUpTo = span.end;
  }
  redacted += text.slice(copiedUpTo);
  return { text: redacted, counts };
}

/** Shorthand returning only the text. */
export function redact(text: string, options?: RedactionOptions): string {
  return redactText(text, options).text;
}

function isClaimed(claimed: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (claimed[index]) return true;
  }
  return false;
}

function dateAcceptor(
  readParts: (match: RegExpExecArray) => DateParts | undefined,
): (match: RegExpExecArray, text: string, referenceYear: number) => boolean {
  return (match, text, referenceYear) => {
    const parts = readParts(match);
    if (!parts || !isPlausibleDate(parts)) return false;
    if (hasDateOfBirthCue(text, match.index)) return true;
    // Without a cue, only an old, complete date is treated as a date of birth:
    // deadlines and contract years must survive.
    if (parts.year === undefined) return false;
    return expandYear(parts.year, match.groups?.year?.length ?? 4, referenceYear) <= referenceYear - ADULT_AGE_YEARS;
  };
}

function isoDateParts(match: RegExpExecArray): DateParts {
  const groups = match.groups ?? {};
  return { day: Number(groups.day), month: Number(groups.month), year: Number(groups.year) };
}

function numericDateParts(match: RegExpExecArray): DateParts | undefined {
  const groups = match.groups ?? {};
  // Without a year, "12.03" and "1-2" are far more often a decimal or a range.
  if (groups.year === undefined && groups.separator !== '/') return undefined;
  let day = Number(groups.day);
  let month = Number(groups.month);
  // Accept a month-first date too: a missed date of birth costs more than a spare label.
  if (month > 12 && day <= 12) [day, month] = [month, day];
  return { day, month, year: groups.year === undefined ? undefined : Number(groups.year) };
}

function textDateParts(match: RegExpExecArray): DateParts {
  const groups = match.groups ?? {};
  return { day: Number(groups.day), month: undefined, year: groups.year === undefined ? undefined : Number(groups.year) };
}

function isPlausibleDate({ day, month }: DateParts): boolean {
  return day >= 1 && day <= 31 && (month === undefined || (month >= 1 && month <= 12));
}

/** A two-digit year is the latest year ending in those digits that is not in the future. */
function expandYear(year: number, digitCount: number, referenceYear: number): number {
  if (digitCount !== 2) return year;
  const century = Math.floor(referenceYear / 100) * 100;
  return century + year <= referenceYear ? century + year : century - 100 + year;
}

function hasDateOfBirthCue(text: string, dateStart: number): boolean {
  const before = text.slice(Math.max(0, dateStart - CUE_WINDOW_CHARS), dateStart);
  return DATE_OF_BIRTH_CUE.test(before);
}

const KEEP_TEXT = (text: string): string => text;

/** The text filter every export applies: redaction when the setting is on, the text unchanged when off. */
export function exportTextFilter(isRedactionOn: boolean, options?: RedactionOptions): (text: string) => string {
  return isRedactionOn ? (text) => redact(text, options) : KEEP_TEXT;
}
