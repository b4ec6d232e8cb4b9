import { describe, expect, it } from 'vitest';
import { REDACTION_LABELS, exportTextFilter, isValidNhsNumber, redact, redactText } from '@/utils/core/redaction';

const REFERENCE_YEAR = 2026;

/** Independent modulus 11 check digit; undefined when the check would be 10. */
function nhsCheckDigit(firstNine: string): number | undefined {
  const sum = [...firstNine].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : check;
}

function withCheckDigit(firstNine: string): string {
  const check = nhsCheckDigit(firstNine);
  if (check === undefined) throw new Error(`${firstNine} has no valid check digit`);
  return firstNine + String(check);
}

function spaced(digits: string, separator: string): string {
  return [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)].join(separator);
}

const validNhsNumbers = ['401023213', '485777345', '600000001', '712345678', '634567891'].map(withCheckDigit);
validNhsNumbers.push('9434765919');

const redactAt2026 = (text: string): string => redact(text, { referenceYear: REFERENCE_YEAR });

describe('isValidNhsNumber', () => {
  it.each(validNhsNumbers)('accepts %s', (digits) => {
    expect(isValidNhsNumber(digits)).toBe(true);
  });

  it.each([
    ['9434765918', 'wrong check digit'],
    ['4010232138', 'wrong check digit'],
    ['6000000015', 'wrong check digit'],
    ['1234567890', 'check computes to 10'],
    ['4010000040', 'check computes to 10'],
    ['943476591', 'too short'],
    ['943 476 5919', 'not bare digits'],
  ])('rejects %s (%s)', (digits) => {
    expect(isValidNhsNumber(digits)).toBe(false);
  });
});

describe('NHS numbers', () => {
  const formatted = validNhsNumbers.flatMap((digits) => [digits, spaced(digits, ' '), spaced(digits, '-')]);

  it.each(formatted)('redacts valid number %s', (number) => {
    const result = redactText(`NHS number ${number}, thanks`, { referenceYear: REFERENCE_YEAR });
    expect(result.text).toBe('NHS number [NHS number], thanks');
    expect(result.counts['nhs-number']).toBe(1);
    expect(result.counts.phone).toBe(0);
  });

  it.each(['9434765918', '943 476 5918', '4010232138', '600-000-0015', '1234567890', '401 000 0040'])(
    'leaves invalid number %s alone',
    (number) => {
      const text = `reference ${number} noted`;
      expect(redactAt2026(text)).toBe(text);
    },
  );

  it.each(['109434765919', '94347659190', 'order 1194347659191 placed', '3.9434765919'])(
    'leaves a valid number inside a longer digit run alone: %s',
    (text) => {
      expect(redactAt2026(text)).toBe(text);
    },
  );
});

describe('emails', () => {
  it.each([
    ['Email jo.bloggs@nhs.net please', 'Email [email] please'],
    ['a_b+c@sub.example.co.uk wrote in', '[email] wrote in'],
    ['Contact: Practice.Manager@NHS.NET.', 'Contact: [email].'],
  ])('%s', (text, expected) => {
    expect(redactAt2026(text)).toBe(expected);
  });
});

describe('phone numbers', () => {
  it.each([
    '07700 900123',
    '07700900123',
    '07700-900-123',
    '0114 272 1234',
    '(0114) 2721234',
    '020 7946 0018',
    '+44 7700 900123',
    '+447700900123',
    '+44 (0)114 272 1234',
  ])('redacts %s', (number) => {
    const result = redactText(`ring ${number} today`, { referenceYear: REFERENCE_YEAR });
    expect(result.text).toBe('ring [phone number] today');
    expect(result.counts.phone).toBe(1);
  });

  it.each([
    'Patients should ring 111 out of hours',
    'In an emergency call 999',
    'The budget is £1,234,567 this year',
    'We cover 12,500 patients',
    'Figures from in 2019 look better',
    'The 0.5 WTE post and 2 sessions',
  ])('leaves "%s" alone', (text) => {
    expect(redactAt2026(text)).toBe(text);
  });
});

describe('postcodes', () => {
  it.each(['S10 2TH', 'SW1A 1AA', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 's10 2th', 'S102TH', 'sw1a1aa'])(
    'redacts %s',
    (postcode) => {
      const result = redactText(`lives at ${postcode}, near the surgery`, { referenceYear: REFERENCE_YEAR });
      expect(result.text).toBe('lives at [postcode], near the surgery');
      expect(result.counts.postcode).toBe(1);
    },
  );

  it.each(['the M1 was closed', 'S10 practices are merging', 'take the A1 north', 'vitamin B12 levels', 'Q3 2026 figures'])(
    'leaves "%s" alone',
    (text) => {
      expect(redactAt2026(text)).toBe(text);
    },
  );
});

describe('dates of birth', () => {
  it.each([
    ['DOB 12/03/1954', 'DOB [date of birth]'],
    ['D.O.B. 12-03-1954', 'D.O.B. [date of birth]'],
    ['date of birth: 12.03.54', 'date of birth: [date of birth]'],
    ['She was born on 12 March 1954.', 'She was born on [date of birth].'],
    ['born on the 12th March 1954', 'born on the [date of birth]'],
    ['dob 12th of March 1954', 'dob [date of birth]'],
    ['his birthday is March 12 1954', 'his birthday is [date of birth]'],
    ['Date of birth 1954-03-12', 'Date of birth [date of birth]'],
    ['baby born 3 January 2026', 'baby born [date of birth]'],
    ['birthday is 12 March', 'birthday is [date of birth]'],
    ['DOB is 12/03', 'DOB is [date of birth]'],
  ])('with a cue: %s', (text, expected) => {
    expect(redactAt2026(text)).toBe(expected);
  });

  it.each([
    ['first seen on 03/07/1961 in clinic', 'first seen on [date of birth] in clinic'],
    ['the patient, 3 July 1961, attended', 'the patient, [date of birth], attended'],
    ['letter dated 12.03.54', 'letter dated [date of birth]'],
  ])('without a cue, an adult date: %s', (text, expected) => {
    expect(redactAt2026(text)).toBe(expected);
  });

  it.each([
    'Returns are due by 31/01',
    'The deadline is 31/01/2027',
    'It starts from 1 April 2024',
    'Under the 2015 contract',
    'She was born in 1954',
    'Go-live on 01.04.24 for all sites',
    'She was born in Leeds and moved here on 1 April 2024',
    'Version 1.2.3.4 is out',
  ])('leaves "%s" alone', (text) => {
    expect(redactAt2026(text)).toBe(text);
  });
});

describe('redactText', () => {
  it('redacts a realistic caption and counts each kind', () => {
    const caption =
      'So Mrs Patel, DOB 12/03/1954, NHS number 943 476 5919, lives at s10 2th — ' +
      'call her on 07700 900123 or email jo.bloggs@nhs.net before 31/01/2027.';
    const result = redactText(caption, { referenceYear: REFERENCE_YEAR });
    expect(result.text).toBe(
      'So Mrs Patel, DOB [date of birth], NHS number [NHS number], lives at [postcode] — ' +
        'call her on [phone number] or email [email] before 31/01/2027.',
    );
    expect(result.counts).toEqual({ 'nhs-number': 1, 'date-of-birth': 1, phone: 1, email: 1, postcode: 1 });
  });

  it('counts repeated identifiers of one kind', () => {
    const result = redactText('Ring 0114 272 1234 or 07700 900123', { referenceYear: REFERENCE_YEAR });
    expect(result.text).toBe('Ring [phone number] or [phone number]');
    expect(result.counts.phone).toBe(2);
  });

  it('returns text with nothing to redact unchanged', () => {
    const text = 'We had 400 Pharmacy First referrals in Q3, up from 310 in 2025 across 12,500 patients.';
    const result = redactText(text, { referenceYear: REFERENCE_YEAR });
    expect(result.text).toBe(text);
    expect(result.counts).toEqual({ 'nhs-number': 0, 'date-of-birth': 0, phone: 0, email: 0, postcode: 0 });
  });

  it('uses the labels it publishes', () => {
    expect(REDACTION_LABELS).toEqual({
      'nhs-number': '[NHS number]',
      'date-of-birth': '[date of birth]',
      phone: '[phone number]',
      email: '[email]',
      postcode: '[postcode]',
    });
  });
});

describe('exportTextFilter', () => {
  const text = `Patient ${validNhsNumbers[0]} rang 07700 900123 about S1 2HE.`;

  it('redacts when the setting is on', () => {
    const filtered = exportTextFilter(true, { referenceYear: REFERENCE_YEAR })(text);
    expect(filtered).toBe('Patient [NHS number] rang [phone number] about [postcode].');
  });

  it('keeps the text as it is when the setting is off', () => {
    expect(exportTextFilter(false)(text)).toBe(text);
  });
});
