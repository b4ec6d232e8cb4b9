import type { EvidenceDecision, SeriesEvidence, SeriesMeetingRow } from '@/utils/core/series-types';

const DAY_MS = 86_400_000;
/** 14 Jan 2027, 10:00 UTC: the first meeting of the sample series. */
export const SERIES_T0 = Date.UTC(2027, 0, 14, 10, 0, 0);

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

/** A decision for a fixture. */
export function makeDecision(overrides: Partial<EvidenceDecision> = {}): EvidenceDecision {
  return { ref: 'D-2027-001', text: 'Approve the winter access plan.', itemLabel: 'Item 4: Winter access', isWithoutPrimaryCare: true, ...overrides };
}

/** One meeting's row for a fixture. */
export function makeSeriesRow(overrides: Partial<SeriesMeetingRow> & { meetingId: string }): SeriesMeetingRow {
  return {
    title: 'Primary Care Commissioning Committee',
    startedAtMs: SERIES_T0,
    figuresSource: 'captions',
    people: 10,
    primaryCarePeople: 4,
    primaryCareSeatShareRatio: 0.4,
    primaryCareTalkShareRatio: 0.25,
    decisions: 0,
    decisionsWithoutPrimaryCare: [],
    actionsOpen: 0,
    actionsOverdue: 0,
    ...overrides,
  };
}

/**
 * A series of four monthly meetings: primary care's share of the talk falls
 * (30%, 22%, none recorded, 15%) while it holds about 40% of the seats; two
 * meetings took decisions without primary care.
 */
export function sampleSeriesEvidence(overrides: Partial<SeriesEvidence> = {}): SeriesEvidence {
  const meetings: SeriesMeetingRow[] = [
    makeSeriesRow({ meetingId: 'm1', startedAtMs: SERIES_T0, people: 10, primaryCarePeople: 4, primaryCareSeatShareRatio: 0.4, primaryCareTalkShareRatio: 0.3, decisions: 2 }),
    makeSeriesRow({
      meetingId: 'm2',
      startedAtMs: SERIES_T0 + 28 * DAY_MS,
      people: 12,
      primaryCarePeople: 5,
      primaryCareSeatShareRatio: 5 / 12,
      primaryCareTalkShareRatio: 0.22,
      decisions: 3,
      decisionsWithoutPrimaryCare: [
        makeDecision({ ref: 'D-2027-004', text: 'Move the enhanced access hub to the hospital site.', itemLabel: 'Item 5: Enhanced access' }),
        makeDecision({ ref: null, text: 'Pause the ARRS recruitment panel.', itemLabel: null }),
      ],
      actionsOpen: 2,
      actionsOverdue: 1,
    }),
    makeSeriesRow({
      meetingId: 'm3',
      title: 'PCCC (extraordinary)',
      startedAtMs: SERIES_T0 + 42 * DAY_MS,
      figuresSource: null,
      people: 8,
      primaryCarePeople: 3,
      primaryCareSeatShareRatio: 3 / 8,
      primaryCareTalkShareRatio: null,
    }),
    makeSeriesRow({
      meetingId: 'm4',
      startedAtMs: SERIES_T0 + 56 * DAY_MS,
      people: 9,
      primaryCarePeople: 4,
      primaryCareSeatShareRatio: 4 / 9,
      primaryCareTalkShareRatio: 0.15,
      decisions: 1,
      decisionsWithoutPrimaryCare: [makeDecision({ ref: 'D-2027-009', text: 'Close the Saturday clinic.', itemLabel: 'Item 3: Estates' })],
      actionsOpen: 1,
    }),
  ];
  return {
    meetings,
    overall: { meetings: 3, primaryCareTalkShareRatio: 0.23, primaryCareSeatShareRatio: 0.42, decisions: 6, decisionsWithoutPrimaryCare: 3 },
    trend: 'falling',
    trendText: 'Primary care’s share of the talk fell from 30% to 15% across 3 meetings with talk, while it held about 42% of the seats.',
    neverHeard: [
      { name: 'Northby Healthwatch', sector: 'healthwatch_patient_voice', meetingsPresent: 3 },
      { name: HOSTILE_NAME, sector: 'unknown', meetingsPresent: 1 },
    ],
    primaryCareVoices: [
      { name: 'Dr Asha Rahman', organisation: 'Northby PCN', meetingsSpoken: 3, talkMs: 754_000 },
      { name: 'Sue Patel', organisation: null, meetingsSpoken: 1, talkMs: 65_000 },
    ],
    actionsByOrganisation: [
      { organisation: 'NHS Northby ICB', sector: 'icb', open: 2, overdue: 1 },
      { organisation: HOSTILE_NAME, sector: null, open: 1, overdue: 0 },
    ],
    allies: [{ name: 'Mark Evans', organisation: 'Northby Council', sector: 'local_authority', primaryCareTurns: 7, meetings: 2, themes: ['access', 'workforce'] }],
    ...overrides,
  };
}

/** A series with one meeting: nothing to compare yet. */
export function oneMeetingSeries(): SeriesEvidence {
  const meetings = [makeSeriesRow({ meetingId: 'only' })];
  return sampleSeriesEvidence({
    meetings,
    overall: { meetings: 1, primaryCareTalkShareRatio: 0.25, primaryCareSeatShareRatio: 0.4, decisions: 0, decisionsWithoutPrimaryCare: 0 },
    trend: 'not-enough-meetings',
    trendText: 'One meeting so far: a trend needs two or more.',
    neverHeard: [],
    primaryCareVoices: [],
    actionsByOrganisation: [],
    allies: [],
  });
}
