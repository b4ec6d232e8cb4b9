import { describe, expect, it } from 'vitest';
import { buildSummary, DEFAULT_SUMMARY_OPTIONS, type SummaryOptions } from '@/utils/core/summary';
import { renderSummaryText } from '@/utils/core/summary-render';
import { loadSampleMeeting } from '../helpers/meeting';
import { SAMPLE_START_MS, sampleSummaryInput } from '../helpers/summary-fixture';

const options = (overrides: Partial<SummaryOptions> = {}): SummaryOptions => ({ ...DEFAULT_SUMMARY_OPTIONS, ...overrides });

describe('buildSummary on the sample committee meeting', () => {
  const input = sampleSummaryInput();
  const summary = buildSummary(input);

  it('gives the meeting facts, including what was said about quoracy', () => {
    expect(summary.title).toBe('Sheffield Place Primary Care Commissioning Committee');
    expect(summary.facts).toEqual([
      { label: 'Date', value: '18 Nov 2026' },
      { label: 'Time', value: expect.stringMatching(/^10:00 to 10:2\d \(22 minutes( \d+ seconds)?\)$/) },
      { label: 'Where', value: 'Google Meet' },
      { label: 'Quorate', value: expect.stringMatching(/^Yes, as said at 10:0\d$/) },
      { label: 'People present', value: '12' },
      { label: 'Figures from', value: 'captions' },
    ]);
  });

  it('leads with primary care’s share of voice against its share of the people present', () => {
    const pc = input.analysis.organisations.primaryCare;
    expect(summary.headline).toBe(
      `Primary care had ${Math.round(pc.talkShareRatio * 100)}% of the talking, with ${Math.round(pc.attendeeShareRatio * 100)}% of the people here (${pc.attendees} of ${pc.totalAttendees}).`,
    );
    expect(summary.voiceBySector.find((s) => s.isPrimaryCare)).toBeDefined();
    expect(summary.voiceByOrganisation.length).toBeGreaterThan(3);
  });

  it('lists who was there by group and organisation, primary care first', () => {
    expect(summary.attendance[0]).toMatchObject({ group: 'Primary care', isPrimaryCare: true });
    const organisations = summary.attendance.flatMap((g) => g.organisations.map((o) => o.name));
    expect(organisations).toEqual(expect.arrayContaining(['Townships 1 PCN', 'NHS South Yorkshire ICB']));
    const townships = summary.attendance[0]!.organisations.find((o) => o.name === 'Townships 1 PCN')!;
    expect(townships.people).toContain('Tom Richards');
  });

  it('groups primary care moments into topics, with time, speaker, organisation and a short quote', () => {
    expect(summary.topics.length).toBeGreaterThanOrEqual(3);
    expect(summary.topics.map((t) => t.mentions)).toEqual([...summary.topics.map((t) => t.mentions)].sort((a, b) => b - a));
    const contracts = summary.topics.find((t) => t.theme === 'Contracts and funding')!;
    expect(contracts.mentions).toBeGreaterThan(2);
    expect(contracts.moments.length).toBeLessThanOrEqual(4);
    for (const moment of summary.topics.flatMap((t) => t.moments)) {
      expect(moment.time).toMatch(/^1[01]:\d\d$/);
      expect(moment.quote!.length).toBeLessThanOrEqual(221);
    }
    expect(summary.topics.flatMap((t) => t.moments).some((m) => m.who === 'Dr Tom Richards (Townships 1 PCN)' || m.who.endsWith('(Townships 1 PCN)'))).toBe(true);
  });

  it('puts decisions that affect primary care first, and sorts actions by who owns them', () => {
    expect(summary.decisions).toEqual([
      { ref: 'D-2026-002', text: 'The committee resolved to commission the winter LES from 1 December', affectsPrimaryCare: true },
      { ref: 'D-2026-001', text: 'The minutes are approved as an accurate record', affectsPrimaryCare: false },
    ]);
    expect(summary.actions.forPrimaryCare.map((a) => [a.ref, a.owner, a.due])).toEqual([['A-2026-002', 'Dr Tom Richards (Townships 1 PCN)', '27 Nov 2026']]);
    expect(summary.actions.needingPrimaryCareInput.map((a) => a.ref)).toEqual(['A-2026-001']);
    expect(summary.actions.others.map((a) => a.ref)).toEqual(['A-2026-003']);
    expect(summary.actions.carriedForward).toEqual([
      expect.objectContaining({ ref: 'A-2026-000', isOverdue: true, from: 'Sheffield Place Primary Care Commissioning Committee, 21 Oct 2026' }),
    ]);
  });

  it('says what to follow up: deadlines soon, overdue actions, topics where primary care was silent', () => {
    expect(summary.followUps).toContain('A-2026-002 is due 27 Nov 2026: Test the planned care offer with the other clinical directors (Dr Tom Richards (Townships 1 PCN)).');
    expect(summary.followUps).toContain('A-2026-000 is overdue (due 1 Nov 2026): Share the estates survey with practices.');
    for (const topic of summary.topics.filter((t) => !t.primaryCareSpoke)) {
      expect(summary.followUps.some((f) => f.startsWith(`Primary care did not speak on ${topic.theme.toLowerCase()}`))).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(buildSummary(sampleSummaryInput())).toEqual(summary);
  });
});

describe('buildSummary options', () => {
  it('leaves quotes out, and adds transcript excerpts around the main moments', () => {
    const summary = buildSummary(sampleSummaryInput(), options({ includeQuotes: false, includeExcerpts: true }));
    expect(summary.topics.flatMap((t) => t.moments).every((m) => m.quote === null)).toBe(true);
    expect(summary.excerpts.length).toBeGreaterThan(0);
    expect(summary.excerpts.length).toBeLessThanOrEqual(4);
    for (const excerpt of summary.excerpts) expect(excerpt.lines.length).toBeGreaterThanOrEqual(2);
  });

  it('names nobody when people are described by role and organisation, with quotes off', () => {
    const summary = buildSummary(sampleSummaryInput(), options({ namesAs: 'roles', includeQuotes: false }));
    const text = renderSummaryText(summary);
    for (const participant of loadSampleMeeting().participants.filter((p) => p.sector !== null)) {
      for (const part of participant.name.replace(/^(Dr|Cllr) /, '').split(' ')) expect(text, participant.name).not.toContain(part);
    }
    expect(summary.attendance[0]!.organisations.find((o) => o.name === 'Townships 1 PCN')!.people).toMatch(/^\d+ (person|people)$/);
    expect(summary.topics.flatMap((t) => t.moments).some((m) => /^Clinical director, Townships 1 PCN$|^Someone from /.test(m.who))).toBe(true);
  });

  it('hides patient details in quotes, excerpts and action wording when redaction is on', () => {
    const base = sampleSummaryInput();
    const utterances = [
      { speaker: 'Dr Tom Richards', text: 'One PCN patient, NHS number 943 476 5919, born 12/03/1954, waited six weeks for a GP appointment.', startMs: SAMPLE_START_MS + 400_000 },
      { speaker: 'Helen Marsh', text: 'Thank you, we will look into it.', startMs: SAMPLE_START_MS + 410_000 },
    ];
    const actions = [...base.actions, { ...base.actions[0]!, ref: 'A-2026-009', text: 'Call the practice on 0114 272 1234 about the PCN patient' }];
    const input = sampleSummaryInput({ utterances, actions });
    const redacted = buildSummary(input, options({ includeExcerpts: true }));
    const text = renderSummaryText(redacted);
    expect(text).not.toContain('943 476 5919');
    expect(text).not.toContain('12/03/1954');
    expect(text).not.toContain('0114 272 1234');
    expect(text).toContain('[NHS number]');
    expect(redacted.redactedCount).toBeGreaterThanOrEqual(3);
    const plain = buildSummary(input, options({ includeExcerpts: true, redact: false }));
    expect(renderSummaryText(plain)).toContain('943 476 5919');
    expect(plain.redactedCount).toBe(0);
  });

  it('notes suggestions still to review, and a deleted transcript', () => {
    const summary = buildSummary(sampleSummaryInput({ pendingSuggestions: 3, transcriptDeletedAtMs: new Date(2026, 11, 18).getTime(), utterances: [] }));
    expect(summary.notes).toContain('3 suggested actions or decisions have not been reviewed, so they are not included.');
    expect(summary.notes).toContain('The transcript was deleted on 18 Dec 2026 under the retention setting; quotes are no longer available.');
    expect(summary.topics).toEqual([]);
  });

  it('copes with a meeting where nobody spoke and nothing was recorded', () => {
    // With no captions there are no introductions: the NHSmail names say who is from where.
    const attendees = loadSampleMeeting().participants.map((p) => p.teamsName);
    const summary = buildSummary(sampleSummaryInput({ utterances: [], attendees, actions: [], carriedForward: [] }));
    expect(summary.headline).toBe('Nobody’s talk was recorded. Primary care was 5 of the 12 people here.'.replace('’', "'"));
    expect(renderSummaryText(summary)).toContain('No decisions were recorded.');
  });
});
