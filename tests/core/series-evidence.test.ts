import { describe, expect, it } from 'vitest';
import { analyseMeeting, type RecordedAction, type StoredMeeting } from '@/utils/core/meeting-analysis';
import { BUILTIN_ORGANISATIONS, OrganisationIndex } from '@/utils/core/org-directory';
import { buildSeriesEvidence, meetingEvidence, type EvidenceRecord } from '@/utils/core/series-evidence';
import type { MeetingEvidence } from '@/utils/core/series-types';
import { countWords } from '@/utils/core/text';
import { recorded, SAMPLE_START_MS, sampleActions, sampleStoredMeeting, action } from '../helpers/summary-fixture';

const MINUTE = 60_000;
const DAY = 86_400_000;
const directory = new OrganisationIndex(BUILTIN_ORGANISATIONS);

/** When the sample's records were said, in seconds; D-2026-003 closes the action log under "Matters arising", where no one from primary care spoke. */
const SAID_AT_S: Readonly<Record<string, number>> = { 'D-2026-001': 231.3, 'A-2026-001': 496.8, 'A-2026-002': 508.1, 'D-2026-002': 1142.6, 'D-2026-003': 293.3 };

function sampleRecords() {
  return [...sampleActions(), action({ ref: 'D-2026-003', kind: 'decision', text: 'Actions fourteen to sixteen are closed' })];
}

/** Analyses a stored meeting with the real analysis and boils it down, as the repository does. */
function evidenceOf(stored: StoredMeeting, meeting: { id: string; title?: string; startedAtMs?: number }, records: readonly EvidenceRecord[] = []): MeetingEvidence {
  const analysis = analyseMeeting(stored, { directory, mappings: new Map(), nowMs: stored.meeting.endedAtMs ?? stored.meeting.lastSeenAtMs });
  return meetingEvidence({
    meeting: { id: meeting.id, title: meeting.title ?? 'Primary Care Commissioning Committee', startedAtMs: meeting.startedAtMs ?? stored.meeting.startedAtMs, endedAtMs: stored.meeting.endedAtMs },
    analysis,
    records,
    isTranscriptDeleted: stored.meeting.transcriptDeletedAtMs !== undefined,
  });
}

/** The sample committee meeting (captions), with its confirmed records. */
function sampleMeeting(): { stored: StoredMeeting; records: EvidenceRecord[] } {
  const summaryActions = sampleRecords();
  const stored = sampleStoredMeeting({ records: summaryActions.map((a): RecordedAction => recorded(a, SAID_AT_S[a.ref] ?? null)) });
  const records = summaryActions.map((a): EvidenceRecord => ({ ...a, atMs: SAID_AT_S[a.ref] === undefined ? null : SAMPLE_START_MS + SAID_AT_S[a.ref]! * 1000 }));
  return { stored, records };
}

/**
 * A meeting recorded with the manual tally only: each party (named by organisation) talks for its minutes in turn;
 * `present` are people there who never got a turn.
 */
function tallyMeeting(id: string, monthsAgo: number, talk: Readonly<Record<string, number>>, present: readonly string[] = [], records: readonly EvidenceRecord[] = []): MeetingEvidence {
  const startMs = SAMPLE_START_MS - monthsAgo * 30 * DAY;
  let atMs = startMs;
  const manualSegments = Object.entries(talk).map(([party, minutes]) => {
    const segment = { party, startMs: atMs, endMs: atMs + minutes * MINUTE };
    atMs += minutes * MINUTE;
    return segment;
  });
  const endMs = atMs + MINUTE;
  const stored: StoredMeeting = {
    meeting: { startedAtMs: startMs, lastSeenAtMs: endMs, endedAtMs: endMs },
    participants: present.map((name) => ({ name, isSelf: false, intervals: [{ joinMs: startMs, leaveMs: endMs }] })),
    utterances: [],
    speechSegments: [],
    manualSegments,
  };
  return evidenceOf(stored, { id }, records);
}

/** Primary care (Townships 1 PCN) talks `share` of an hour against the ICB. */
function meetingWithShare(id: string, monthsAgo: number, share: number): MeetingEvidence {
  return tallyMeeting(id, monthsAgo, { 'Townships 1 PCN': share * 100, 'NHS South Yorkshire ICB': (1 - share) * 100 });
}

describe('meetingEvidence', () => {
  it('boils the sample meeting down: people (rooms not counted), talk, organisations, voices, allies, decisions under their items, actions', () => {
    const { stored, records } = sampleMeeting();
    const analysis = analyseMeeting(stored, { directory, mappings: new Map(), nowMs: stored.meeting.endedAtMs! });
    const evidence = evidenceOf(stored, { id: 'm1' }, records);

    expect(evidence.figuresSource).toBe('captions');
    expect(evidence.people).toBe(12); // 13 on the roster, one of them Meeting Room 3
    expect(evidence.primaryCarePeople).toBe(5);
    expect(evidence.primaryCareSeatShareRatio).toBeCloseTo(5 / 12);
    expect(evidence.totalTalkMs).toBe(analysis.talk.primary!.totalTalkMs);
    expect(evidence.primaryCareTalkShareRatio).toBeCloseTo(analysis.organisations.primaryCare.talkShareRatio);
    expect(evidence.organisations.map((o) => o.name)).toContain('Townships 1 PCN');
    expect(evidence.organisations.some((o) => o.key === 'unknown' || o.key.startsWith('room:'))).toBe(false);

    expect(evidence.primaryCareVoices.map((v) => v.name).sort()).toEqual(['Dr Aisha Malik', 'Dr James Whitaker', 'Dr Tom Richards', 'Imran Saeed', 'Karen Hodgson']);
    expect(evidence.primaryCareVoices.find((v) => v.name === 'Dr Tom Richards')).toMatchObject({ organisation: 'Townships 1 PCN', sector: 'pcn' });

    const sarah = evidence.allies.find((a) => a.name === 'Sarah Whitfield')!;
    expect(sarah).toMatchObject({ organisation: 'NHS South Yorkshire ICB', sector: 'icb' });
    expect(sarah.primaryCareTurns).toBeGreaterThan(0);
    expect(sarah.themes).toContain('Contracts and funding');
    expect(evidence.allies.every((a) => a.sector !== 'pcn' && a.sector !== 'general_practice')).toBe(true);

    expect(evidence.decisions).toEqual([
      { ref: 'D-2026-001', text: 'The minutes are approved as an accurate record', itemLabel: 'Item 3: Minutes of the last meeting', isWithoutPrimaryCare: false },
      { ref: 'D-2026-002', text: 'The committee resolved to commission the winter LES from 1 December', itemLabel: 'Item 8: Winter local enhanced service', isWithoutPrimaryCare: false },
      { ref: 'D-2026-003', text: 'Actions fourteen to sixteen are closed', itemLabel: 'Matters arising and the action log', isWithoutPrimaryCare: true },
    ]);
    expect(evidence.actions.map((a) => [a.ref, a.organisation, a.status, a.dueDate])).toEqual([
      ['A-2026-001', 'NHS South Yorkshire ICB', 'open', null],
      ['A-2026-002', 'Townships 1 PCN', 'open', '2026-11-27'],
      ['A-2026-003', 'NHS South Yorkshire ICB', 'open', '2027-01-20'],
    ]);
    expect(evidence.isTranscriptDeleted).toBe(false);
  });

  it('takes a tally-only meeting from the tally: no words, so no allies', () => {
    const evidence = tallyMeeting('t1', 0, { 'Townships 1 PCN': 30, 'NHS South Yorkshire ICB': 50, 'Sheffield LMC': 20 });
    expect(evidence.figuresSource).toBe('manual');
    expect(evidence.people).toBe(3);
    expect(evidence.primaryCarePeople).toBe(2);
    expect(evidence.totalTalkMs).toBe(100 * MINUTE);
    expect(evidence.primaryCareTalkMs).toBe(50 * MINUTE);
    expect(evidence.primaryCareTalkShareRatio).toBeCloseTo(0.5);
    expect(evidence.primaryCareVoices.map((v) => [v.name, v.talkMs])).toEqual([
      ['Townships 1 PCN', 30 * MINUTE],
      ['Sheffield LMC', 20 * MINUTE],
    ]);
    expect(evidence.allies).toEqual([]);
  });

  it('counts people whose organisation is not known, but lists no "not known" organisation', () => {
    const evidence = tallyMeeting('u1', 0, { 'Townships 1 PCN': 10, 'Jo Smith': 30 }, ['Alex Guest']);
    expect(evidence.people).toBe(3);
    expect(evidence.primaryCarePeople).toBe(1);
    expect(evidence.primaryCareSeatShareRatio).toBeCloseTo(1 / 3);
    expect(evidence.primaryCareTalkShareRatio).toBeCloseTo(0.25);
    expect(evidence.organisations.map((o) => o.name)).toEqual(['Townships 1 PCN']);
    expect(buildSeriesEvidence([evidence], SAMPLE_START_MS).neverHeard).toEqual([]);
  });

  it('a meeting with nobody and no talk has no shares', () => {
    const evidence = tallyMeeting('e1', 0, {});
    expect(evidence).toMatchObject({ figuresSource: null, people: 0, primaryCareSeatShareRatio: null, primaryCareTalkShareRatio: null });
    expect(buildSeriesEvidence([evidence], SAMPLE_START_MS).trendText).toBe("In its one meeting nobody's attendance or talk was recorded.");
  });

  it('after retention deleted the transcript, the figures and decisions stand, allies cannot be recounted, and it is flagged', () => {
    const { stored, records } = sampleMeeting();
    const before = evidenceOf(stored, { id: 'm1' }, records);
    // As applyRetention leaves it: words counted then deleted, introductions and item starts (with their themes) kept.
    const analysis = analyseMeeting(stored, { directory, mappings: new Map(), nowMs: stored.meeting.endedAtMs! });
    const retained: StoredMeeting = {
      ...stored,
      meeting: {
        ...stored.meeting,
        transcriptDeletedAtMs: stored.meeting.endedAtMs! + 30 * DAY,
        introductions: [...analysis.introductions.values()].map((claim) => ({ ...claim, quote: '' })),
        itemStarts: analysis.saidItemStarts.map((start) => ({ ...start, themes: [...(analysis.items.find((item) => item.key === start.key)?.concern.themes ?? [])] })),
      },
      utterances: stored.utterances.map((u) => ({ ...u, wordCount: countWords(u.text), text: '' })),
    };
    const after = evidenceOf(retained, { id: 'm1' }, records);

    expect(before.allies.length).toBeGreaterThan(0);
    expect(after.allies).toEqual([]);
    expect(after.isTranscriptDeleted).toBe(true);
    const { allies: _a, isTranscriptDeleted: _b, ...figuresBefore } = before;
    const { allies: _c, isTranscriptDeleted: _d, ...figuresAfter } = after;
    expect(figuresAfter).toEqual(figuresBefore);
    expect(after.decisions.find((d) => d.ref === 'D-2026-003')?.isWithoutPrimaryCare).toBe(true);
  });
});

describe('buildSeriesEvidence', () => {
  it('puts meetings oldest first, whatever order they come in', () => {
    const series = buildSeriesEvidence([meetingWithShare('b', 1, 0.2), meetingWithShare('c', 0, 0.2), meetingWithShare('a', 2, 0.2)], SAMPLE_START_MS);
    expect(series.meetings.map((m) => m.meetingId)).toEqual(['a', 'b', 'c']);
  });

  it('pools the shares: talk by time over the meetings with talk, seats by people', () => {
    const long = tallyMeeting('long', 1, { 'Townships 1 PCN': 30, 'NHS South Yorkshire ICB': 30 });
    const short = tallyMeeting('short', 0, { 'NHS South Yorkshire ICB': 20 }, ['Townships 1 PCN', 'Sheffield Teaching Hospitals', 'Healthwatch Sheffield']);
    const silent = tallyMeeting('silent', 2, {}, ['Townships 1 PCN', 'NHS South Yorkshire ICB']);
    const series = buildSeriesEvidence([long, short, silent], SAMPLE_START_MS);
    expect(short.people).toBe(4);
    // 30 of 80 minutes, not the mean of 50% and 0%.
    expect(series.overall.primaryCareTalkShareRatio).toBeCloseTo(30 / 80);
    // 3 of 8 people: (1 of 2) + (1 of 4) + (1 of 2).
    expect(series.overall.primaryCareSeatShareRatio).toBeCloseTo(3 / 8);
    expect(series.overall.meetings).toBe(3);
    expect(series.trendText).toBe('Across 3 meetings primary care held 38% of the seats and, in the 2 with talk recorded, 38% of the talk; a trend needs talk recorded at 3 or more meetings.');
  });

  it('finds the trend of primary care’s share of the talk: rising, falling, steady, not enough meetings', () => {
    const shares = (values: readonly number[]) => values.map((share, i) => meetingWithShare(`m${i}`, values.length - i, share));

    const falling = buildSeriesEvidence(shares([0.3, 0.26, 0.22, 0.18]), SAMPLE_START_MS);
    expect(falling.trend).toBe('falling');
    expect(falling.trendText).toBe('Across 4 meetings primary care held 50% of the seats and 24% of the talk; its share of the talk fell from about 30% to about 18%.');

    const rising = buildSeriesEvidence(shares([0.1, 0.25, 0.3]), SAMPLE_START_MS);
    expect(rising.trend).toBe('rising');
    expect(rising.trendText).toMatch(/rose from about 12% to about 32%\.$/);

    const steady = buildSeriesEvidence(shares([0.2, 0.22, 0.21, 0.2]), SAMPLE_START_MS);
    expect(steady.trend).toBe('steady');
    expect(steady.trendText).toMatch(/; its share of the talk held steady at about 21%\.$/);

    // A change of 2 points is steady, of 4 is not.
    expect(buildSeriesEvidence(shares([0.2, 0.21, 0.22]), SAMPLE_START_MS).trend).toBe('steady');
    expect(buildSeriesEvidence(shares([0.2, 0.22, 0.24]), SAMPLE_START_MS).trend).toBe('rising');

    const two = buildSeriesEvidence([...shares([0.3, 0.1]), tallyMeeting('no-talk', 0, {}, ['Townships 1 PCN'])], SAMPLE_START_MS);
    expect(two.trend).toBe('not-enough-meetings');
    expect(buildSeriesEvidence([], SAMPLE_START_MS)).toMatchObject({ trend: 'not-enough-meetings', trendText: 'This series has no meetings recorded yet.', meetings: [] });
  });

  it('lists organisations present somewhere and never heard anywhere, with the meetings they were at', () => {
    const series = buildSeriesEvidence(
      [
        tallyMeeting('a', 2, { 'Townships 1 PCN': 10 }, ['Sheffield Teaching Hospitals', 'Healthwatch Sheffield']),
        tallyMeeting('b', 1, { 'Healthwatch Sheffield': 5 }, ['Sheffield Teaching Hospitals']),
        tallyMeeting('c', 0, { 'NHS South Yorkshire ICB': 10 }, ['Sheffield Teaching Hospitals', 'Sheffield LMC', 'Townships 1 PCN']),
      ],
      SAMPLE_START_MS,
    );
    expect(series.neverHeard.map((o) => [o.name, o.meetingsPresent])).toEqual([
      ['Sheffield Teaching Hospitals', 3],
      ['Sheffield LMC', 1],
    ]);
    expect(series.neverHeard[0]!.sector).toBe('acute_trust');
  });

  it('counts who speaks for primary care across meetings', () => {
    const series = buildSeriesEvidence(
      [
        tallyMeeting('a', 2, { 'Townships 1 PCN': 10, 'Sheffield LMC': 5 }),
        tallyMeeting('b', 1, { 'Sheffield LMC': 20 }),
        tallyMeeting('c', 0, { 'Sheffield LMC': 1, 'NHS South Yorkshire ICB': 10 }),
      ],
      SAMPLE_START_MS,
    );
    expect(series.primaryCareVoices).toEqual([
      { name: 'Sheffield LMC', organisation: 'Sheffield LMC', meetingsSpoken: 3, talkMs: 26 * MINUTE },
      { name: 'Townships 1 PCN', organisation: 'Townships 1 PCN', meetingsSpoken: 1, talkMs: 10 * MINUTE },
    ]);
  });

  it('counts one person once across meetings whatever title their name carries', () => {
    const voice = (name: string) => ({ name, organisation: 'Townships 1 PCN', sector: 'pcn' as const, talkMs: MINUTE, turns: 2 });
    const series = buildSeriesEvidence(
      [
        { ...meetingWithShare('a', 1, 0.3), primaryCareVoices: [voice('Dr Tom Richards')] },
        { ...meetingWithShare('b', 0, 0.3), primaryCareVoices: [voice('Tom Richards')] },
      ],
      SAMPLE_START_MS,
    );
    expect(series.primaryCareVoices.map((v) => [v.name, v.meetingsSpoken])).toEqual([['Dr Tom Richards', 2]]);
  });

  it('counts open and overdue actions by organisation, overdue by the local date', () => {
    const record = (ref: string, organisation: string | null, dueDate: string | null, status: EvidenceRecord['status'] = 'open'): EvidenceRecord => ({
      ref,
      kind: 'action',
      text: `Action ${ref}`,
      organisation,
      sector: organisation === 'Townships 1 PCN' ? 'pcn' : organisation ? 'icb' : null,
      status,
      dueDate,
      atMs: null,
    });
    const older = tallyMeeting('a', 1, { 'Townships 1 PCN': 10 }, [], [
      record('A-2026-001', 'NHS South Yorkshire ICB', '2026-11-29'),
      record('A-2026-002', 'NHS South Yorkshire ICB', '2026-11-30'),
      record('A-2026-003', 'Townships 1 PCN', '2026-11-01', 'done'),
    ]);
    const newer = tallyMeeting('b', 0, { 'Townships 1 PCN': 10 }, [], [
      record('A-2026-004', 'Townships 1 PCN', '2026-11-20'),
      record('A-2026-005', null, '2026-10-01'),
      record('A-2026-006', 'NHS South Yorkshire ICB', null),
      record('A-2026-007', 'NHS South Yorkshire ICB', '2026-10-01', 'dropped'),
    ]);
    // 23:30 on 30 November, local time: due on the 30th is not yet overdue.
    const series = buildSeriesEvidence([newer, older], new Date(2026, 10, 30, 23, 30).getTime());
    expect(series.actionsByOrganisation).toEqual([
      { organisation: 'NHS South Yorkshire ICB', sector: 'icb', open: 3, overdue: 1 },
      { organisation: 'Townships 1 PCN', sector: 'pcn', open: 1, overdue: 1 },
      { organisation: 'Organisation not known', sector: null, open: 1, overdue: 1 },
    ]);
    expect(series.meetings.map((m) => [m.meetingId, m.actionsOpen, m.actionsOverdue])).toEqual([
      ['a', 2, 1],
      ['b', 3, 2],
    ]);
    // Half an hour later it is 1 December: the action due on the 30th is overdue.
    expect(buildSeriesEvidence([older], new Date(2026, 11, 1, 0, 0).getTime()).meetings[0]!.actionsOverdue).toBe(2);
  });

  it('adds up decisions taken without primary care and the allies across meetings', () => {
    const { stored, records } = sampleMeeting();
    const one = evidenceOf(stored, { id: 'm1', startedAtMs: SAMPLE_START_MS - 30 * DAY }, records);
    const two = evidenceOf(stored, { id: 'm2' }, records);
    const series = buildSeriesEvidence([one, two], SAMPLE_START_MS);
    expect(series.overall.decisions).toBe(6);
    expect(series.overall.decisionsWithoutPrimaryCare).toBe(2);
    expect(series.meetings[0]!.decisionsWithoutPrimaryCare.map((d) => d.ref)).toEqual(['D-2026-003']);
    const sarah = series.allies.find((a) => a.name === 'Sarah Whitfield')!;
    expect(sarah.meetings).toBe(2);
    expect(sarah.primaryCareTurns).toBe(2 * one.allies.find((a) => a.name === 'Sarah Whitfield')!.primaryCareTurns);
    expect(series.allies.map((a) => a.primaryCareTurns)).toEqual([...series.allies.map((a) => a.primaryCareTurns)].sort((a, b) => b - a));
  });

  it('a meeting moved between series changes both series’ figures (evidence is per meeting)', () => {
    const m1 = meetingWithShare('m1', 3, 0.4);
    const m2 = meetingWithShare('m2', 2, 0.3);
    const m3 = meetingWithShare('m3', 1, 0.1);
    const other = tallyMeeting('o1', 0, { 'Townships 1 PCN': 60, 'NHS South Yorkshire ICB': 40 });

    const before = { a: buildSeriesEvidence([m1, m2, m3], SAMPLE_START_MS), b: buildSeriesEvidence([other], SAMPLE_START_MS) };
    const after = { a: buildSeriesEvidence([m1, m2], SAMPLE_START_MS), b: buildSeriesEvidence([m3, other], SAMPLE_START_MS) };

    expect(before.a.overall.meetings).toBe(3);
    expect(before.a.overall.primaryCareTalkShareRatio).toBeCloseTo(0.8 / 3);
    expect(before.a.trend).toBe('falling');
    expect(after.a.overall.meetings).toBe(1 + 1);
    expect(after.a.overall.primaryCareTalkShareRatio).toBeCloseTo(0.35);
    expect(after.a.trend).toBe('not-enough-meetings');

    expect(before.b.overall.primaryCareTalkShareRatio).toBeCloseTo(0.6);
    expect(after.b.overall.primaryCareTalkShareRatio).toBeCloseTo(0.35);
    expect(after.b.meetings.map((m) => m.meetingId)).toEqual(['m3', 'o1']);
  });
});
