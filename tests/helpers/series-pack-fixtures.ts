import type { EvidenceDecision, SeriesEvidence, SeriesMeetingRow } from '@/utils/core/series-types';

/**
 * Series evidence built by hand for the evidence pack and the series CSV:
 * figures chosen so every sentence can be checked by eye.
 */

/** A valid NHS number (modulus 11), to check redaction. */
export const NHS_NUMBER = '943 476 5919';

/** The first meeting: 18 Nov 2026, 10:00 local time. */
export const SERIES_T0 = new Date(2026, 10, 18, 10, 0).getTime();
const FOUR_WEEKS_MS = 28 * 86_400_000;
/** The day the pack is made. */
export const PACK_NOW = new Date(2027, 4, 12, 15, 0).getTime();

export function decision(overrides: Partial<EvidenceDecision> = {}): EvidenceDecision {
  return { ref: 'D-2026-004', text: 'Approve the ARRS recruitment plan', itemLabel: 'Item 5: ARRS roles and funding', isWithoutPrimaryCare: true, ...overrides };
}

export function meetingRow(index: number, overrides: Partial<SeriesMeetingRow> = {}): SeriesMeetingRow {
  return {
    meetingId: `m${index + 1}`,
    title: 'Primary Care Commissioning Committee',
    startedAtMs: SERIES_T0 + index * FOUR_WEEKS_MS,
    figuresSource: 'captions',
    people: 12,
    primaryCarePeople: 5,
    primaryCareSeatShareRatio: 5 / 12,
    primaryCareTalkShareRatio: 0.23,
    decisions: 2,
    decisionsWithoutPrimaryCare: [],
    actionsOpen: 1,
    actionsOverdue: 0,
    ...overrides,
  };
}

/** Six committees: primary care held 42% of the seats and 23% of the talk; 4 of 9 decisions without primary care. */
export function sampleSeriesEvidence(overrides: Partial<SeriesEvidence> = {}): SeriesEvidence {
  const meetings = [
    meetingRow(0, { primaryCareTalkShareRatio: 0.3, decisions: 1, decisionsWithoutPrimaryCare: [decision({ ref: 'D-2026-001', text: 'Adopt the winter access scheme', itemLabel: 'Item 4: Winter access' })] }),
    meetingRow(1, { primaryCareTalkShareRatio: 0.27, decisions: 2 }),
    meetingRow(2, {
      primaryCareTalkShareRatio: 0.24,
      decisions: 2,
      decisionsWithoutPrimaryCare: [decision({ ref: 'D-2027-001', text: `Refer the patient with NHS number ${NHS_NUMBER} to the panel`, itemLabel: null })],
    }),
    meetingRow(3, { title: 'Primary Care Commissioning Committee (extraordinary)', primaryCareTalkShareRatio: 0.21, decisions: 1, actionsOpen: 3, actionsOverdue: 1 }),
    meetingRow(4, { primaryCareTalkShareRatio: 0.19, decisions: 2, decisionsWithoutPrimaryCare: [decision({ ref: 'D-2027-004', text: 'Tom Richards to be told the ARRS decision', itemLabel: 'Item 2: ARRS' })] }),
    meetingRow(5, { primaryCareTalkShareRatio: 0.17, decisions: 1, decisionsWithoutPrimaryCare: [decision({ ref: 'D-2027-006', text: 'Close the estates review', itemLabel: 'Item 3: Estates' })] }),
  ];
  return {
    meetings,
    overall: { meetings: 6, primaryCareTalkShareRatio: 0.23, primaryCareSeatShareRatio: 0.42, decisions: 9, decisionsWithoutPrimaryCare: 4 },
    trend: 'falling',
    trendText: 'Primary care’s share of the talk fell from 30% to 17% across the 6 meetings, while its share of the people present stayed at 42%.',
    neverHeard: [{ name: 'Healthwatch Barnsley', sector: 'healthwatch_patient_voice', meetingsPresent: 3 }],
    primaryCareVoices: [
      { name: 'Dr Tom Richards', organisation: 'Townships 1 PCN', meetingsSpoken: 5, talkMs: 42 * 60_000 },
      { name: 'Priya Shah', organisation: null, meetingsSpoken: 2, talkMs: 6 * 60_000 },
    ],
    actionsByOrganisation: [
      { organisation: 'NHS South Yorkshire ICB', sector: 'icb', open: 4, overdue: 1 },
      { organisation: 'Townships 1 PCN', sector: 'pcn', open: 2, overdue: 0 },
    ],
    allies: [{ name: 'Daniel Okafor', organisation: 'NHS South Yorkshire ICB', sector: 'icb', primaryCareTurns: 7, meetings: 3, themes: ['access', 'workforce'] }],
    ...overrides,
  };
}

/** A series with no meetings yet. */
export function emptySeriesEvidence(): SeriesEvidence {
  return {
    meetings: [],
    overall: { meetings: 0, primaryCareTalkShareRatio: null, primaryCareSeatShareRatio: null, decisions: 0, decisionsWithoutPrimaryCare: 0 },
    trend: 'not-enough-meetings',
    trendText: 'There are not enough meetings to show a trend.',
    neverHeard: [],
    primaryCareVoices: [],
    actionsByOrganisation: [],
    allies: [],
  };
}

/** `count` meetings, as for a bench: each with three decisions, one without primary care. */
export function longSeriesEvidence(count: number): SeriesEvidence {
  const base = sampleSeriesEvidence();
  const meetings = Array.from({ length: count }, (_, index) =>
    meetingRow(index, {
      primaryCareTalkShareRatio: 0.15 + (index % 5) * 0.03,
      decisions: 3,
      decisionsWithoutPrimaryCare: [decision({ ref: `D-2027-${String(index + 1).padStart(3, '0')}`, text: `Agree the enhanced access specification, part ${index + 1}` })],
      actionsOpen: index % 4,
    }),
  );
  return { ...base, meetings, overall: { ...base.overall, meetings: count, decisions: count * 3, decisionsWithoutPrimaryCare: count } };
}
