import { describe, expect, it } from 'vitest';
import { buildSeriesPack, type SeriesPack } from '@/utils/core/series-pack';
import { emptySeriesEvidence, meetingRow, NHS_NUMBER, PACK_NOW, sampleSeriesEvidence } from '../helpers/series-pack-fixtures';

const OPTIONS = { seriesTitle: 'Primary Care Commissioning Committee', nowMs: PACK_NOW, redact: true } as const;

/** Every piece of text in the pack, for checks that nothing escapes redaction or roles. */
function allText(pack: SeriesPack): string {
  return JSON.stringify(pack);
}

describe('buildSeriesPack: the overview', () => {
  const pack = buildSeriesPack(sampleSeriesEvidence(), OPTIONS);

  it('gives the title, the date range and the number of meetings', () => {
    expect(pack.title).toBe('Evidence pack: Primary Care Commissioning Committee');
    expect(pack.dateRange).toBe('18 Nov 2026 to 7 Apr 2027');
    expect(pack.meetingCount).toBe(6);
    expect(pack.overview.scope).toBe('6 meetings, 18 Nov 2026 to 7 Apr 2027.');
  });

  it('says what share of the seats and of the talk primary care held, with figures', () => {
    expect(pack.overview.headline).toBe('Primary care held 42% of the seats and 23% of the talk in the last 6 meetings.');
    expect(pack.overview.trend).toBe(sampleSeriesEvidence().trendText);
  });

  it('counts the decisions taken without primary care in the "on N of M decisions" wording', () => {
    expect(pack.overview.decisions).toBe('On 4 of 9 decisions, no one from primary care spoke, though the item concerned primary care.');
  });

  it('lists organisations never heard, who speaks for primary care, allies and actions by organisation', () => {
    expect(pack.overview.neverHeard).toEqual(['Healthwatch Barnsley (Healthwatch): present at 3 meetings, never heard']);
    expect(pack.overview.voices).toEqual([
      'Dr Tom Richards (Townships 1 PCN): spoke at 5 of 6 meetings, 42 minutes in all',
      'Priya Shah: spoke at 2 of 6 meetings, 6 minutes in all',
    ]);
    expect(pack.overview.allies).toEqual(['Daniel Okafor (NHS South Yorkshire ICB, ICB): 7 turns on primary care at 3 meetings (access, workforce)']);
    expect(pack.overview.actionsByOrganisation).toEqual([
      { organisation: 'NHS South Yorkshire ICB', open: '4', overdue: '1' },
      { organisation: 'Townships 1 PCN', open: '2', overdue: '0' },
    ]);
  });

  it('leaves out meetings without talk from the headline, and says so', () => {
    const evidence = sampleSeriesEvidence();
    const withGap = buildSeriesPack({ ...evidence, overall: { ...evidence.overall, meetings: 4 } }, OPTIONS);
    expect(withGap.overview.headline).toBe(
      'Primary care held 42% of the seats and 23% of the talk in the last 4 meetings. 2 meetings had no talk recorded and are left out of these figures.',
    );
  });

  it('says when no decision was taken without primary care', () => {
    const evidence = sampleSeriesEvidence();
    const all = buildSeriesPack({ ...evidence, overall: { ...evidence.overall, decisionsWithoutPrimaryCare: 0 } }, OPTIONS);
    expect(all.overview.decisions).toBe('On every one of the 9 decisions, primary care spoke on the item, or the item did not concern primary care.');
  });
});

describe('buildSeriesPack: meeting by meeting', () => {
  it('makes a short table per meeting, oldest first, with the figures in words a reader checks', () => {
    const pack = buildSeriesPack(sampleSeriesEvidence(), OPTIONS);
    expect(pack.meetings).toHaveLength(6);
    const first = pack.meetings[0]!;
    expect(first.heading).toBe('18 Nov 2026: Primary Care Commissioning Committee');
    expect(first.rows).toEqual([
      { label: 'Date', value: '18 Nov 2026' },
      { label: 'Title', value: 'Primary Care Commissioning Committee' },
      { label: 'People', value: '12' },
      { label: 'Primary care people', value: '5' },
      { label: 'Primary care share of people', value: '42%' },
      { label: 'Primary care share of talk', value: '30%' },
      { label: 'Decisions', value: '1' },
      { label: 'Decisions without primary care', value: '1: D-2026-001: Adopt the winter access scheme (Item 4: Winter access)' },
      { label: 'Actions open', value: '1' },
    ]);
    expect(first.decisionsWithoutPrimaryCare).toEqual(['D-2026-001: Adopt the winter access scheme (Item 4: Winter access)']);
    const fourth = pack.meetings[3]!;
    expect(fourth.rows.find((r) => r.label === 'Actions open')!.value).toBe('3 (1 overdue)');
    expect(fourth.rows.find((r) => r.label === 'Decisions without primary care')!.value).toBe('0');
  });

  it('says plainly when a meeting has no talk or nobody present, or no title', () => {
    const evidence = sampleSeriesEvidence({
      meetings: [meetingRow(0, { title: null, people: 0, primaryCarePeople: 0, primaryCareSeatShareRatio: null, primaryCareTalkShareRatio: null })],
    });
    const [only] = buildSeriesPack(evidence, OPTIONS).meetings;
    expect(only!.heading).toBe('18 Nov 2026: Untitled meeting');
    expect(only!.rows.find((r) => r.label === 'Primary care share of people')!.value).toBe('no figures');
    expect(only!.rows.find((r) => r.label === 'Primary care share of talk')!.value).toBe('no talk recorded');
  });
});

describe('buildSeriesPack: redaction and roles', () => {
  it('hides an NHS number in a decision text when redaction is on, and counts it', () => {
    const pack = buildSeriesPack(sampleSeriesEvidence(), OPTIONS);
    expect(allText(pack)).not.toContain(NHS_NUMBER);
    expect(pack.meetings[2]!.decisionsWithoutPrimaryCare).toEqual(['D-2027-001: Refer the patient with NHS number [NHS number] to the panel']);
    expect(pack.redactedCount).toBe(1);
    expect(pack.notes).toContain('1 patient detail was hidden.');
  });

  it('keeps the text as it was with redaction off', () => {
    const pack = buildSeriesPack(sampleSeriesEvidence(), { ...OPTIONS, redact: false });
    expect(pack.meetings[2]!.decisionsWithoutPrimaryCare[0]).toContain(NHS_NUMBER);
    expect(pack.redactedCount).toBe(0);
  });

  it('redacts titles too', () => {
    const evidence = sampleSeriesEvidence({ meetings: [meetingRow(0, { title: `Case review ${NHS_NUMBER}` })] });
    const pack = buildSeriesPack(evidence, OPTIONS);
    expect(pack.meetings[0]!.heading).toBe('18 Nov 2026: Case review [NHS number]');
  });

  it('with names as roles, describes people by their organisation and takes their names out of decisions', () => {
    const pack = buildSeriesPack(sampleSeriesEvidence(), { ...OPTIONS, namesAs: 'roles' });
    expect(pack.overview.voices).toEqual([
      'Someone from Townships 1 PCN: spoke at 5 of 6 meetings, 42 minutes in all',
      'Someone from primary care: spoke at 2 of 6 meetings, 6 minutes in all',
    ]);
    expect(pack.overview.allies).toEqual(['Someone from NHS South Yorkshire ICB: 7 turns on primary care at 3 meetings (access, workforce)']);
    expect(pack.meetings[4]!.decisionsWithoutPrimaryCare).toEqual(['D-2027-004: Someone from Townships 1 PCN to be told the ARRS decision (Item 2: ARRS)']);
    for (const name of ['Tom Richards', 'Richards', 'Priya', 'Daniel Okafor', 'Okafor']) expect(allText(pack)).not.toContain(name);
    expect(pack.notes).toContain('People are described by their organisation, not named.');
  });

  it('names people by default', () => {
    const pack = buildSeriesPack(sampleSeriesEvidence(), OPTIONS);
    expect(pack.meetings[4]!.decisionsWithoutPrimaryCare[0]).toContain('Tom Richards');
  });
});

describe('buildSeriesPack: an empty series', () => {
  it('builds a pack that says there is nothing yet', () => {
    const pack = buildSeriesPack(emptySeriesEvidence(), OPTIONS);
    expect(pack.meetingCount).toBe(0);
    expect(pack.dateRange).toBe('');
    expect(pack.meetings).toEqual([]);
    expect(pack.overview.scope).toBe('No meetings yet.');
    expect(pack.overview.headline).toBe('There are no meetings in this series yet.');
    expect(pack.overview.decisions).toBe('No decisions were recorded in these meetings.');
    expect(pack.redactedCount).toBe(0);
  });
});
