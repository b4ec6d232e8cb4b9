import { describe, expect, it } from 'vitest';
import type { MeetingItem } from '@/utils/core/agenda-items';
import { buildSummary, DEFAULT_SUMMARY_OPTIONS, IN_BRIEF_MAX_LINES, type SummaryInput, type SummaryOptions } from '@/utils/core/summary';
import { renderSummaryText } from '@/utils/core/summary-render';
import { loadSampleMeeting } from '../helpers/meeting';
import { action, SAMPLE_START_MS, sampleSummaryInput } from '../helpers/summary-fixture';

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

/** The sample input with its agenda items changed, as if the meeting had gone otherwise. */
function withItems(input: SummaryInput, change: (item: MeetingItem) => MeetingItem): SummaryInput {
  return { ...input, analysis: { ...input.analysis, items: input.analysis.items.map(change) } };
}

/** Nobody from primary care spoke under item `number`. */
const silenceOn = (number: number) => (item: MeetingItem): MeetingItem => (item.number === number ? { ...item, primaryCareSpoke: false } : item);

const SHARE_LINE = /^Primary care had \d+% of the talk, with 42% of the people present \(5 of 12\)\.$/;

describe('buildSummary: In brief', () => {
  it('gives the sample meeting’s share, its decision and action on primary care, and what is overdue', () => {
    const summary = buildSummary(sampleSummaryInput());

    expect(summary.inBrief).toEqual([
      expect.stringMatching(SHARE_LINE),
      '1 decision affects primary care (D-2026-002): The committee resolved to commission the winter LES from 1 December.',
      '1 action on primary care (A-2026-002), by 27 Nov 2026: Test the planned care offer with the other clinical directors.',
      'Overdue: A-2026-000 (due 1 Nov 2026).',
      // Matters arising ran through the action log on access and ARRS, and only the ICB spoke.
      'Primary care was not heard on Matters arising and the action log, which concerned it.',
    ]);
    expect(summary.inBrief![0]).toBe(summary.headline.replace('of the talking', 'of the talk').replace('the people here', 'the people present'));
  });

  it('leaves out every line that has nothing to say', () => {
    const summary = buildSummary(sampleSummaryInput({ actions: [], carriedForward: [] }));

    expect(summary.inBrief).toEqual([expect.stringMatching(SHARE_LINE), 'Primary care was not heard on Matters arising and the action log, which concerned it.']);
  });

  it('says when no talk was recorded, with primary care’s seats', () => {
    const attendees = loadSampleMeeting().participants.map((p) => p.teamsName);
    const summary = buildSummary(sampleSummaryInput({ utterances: [], attendees, actions: [], carriedForward: [] }));

    expect(summary.inBrief).toEqual(['No talk was recorded; primary care was 5 of the 12 people present.']);
  });

  it('lists several decisions and actions by ref and date, naming at most three before "and N more"', () => {
    const actions = [
      action({ ref: 'D-2026-003', kind: 'decision', text: 'Approved the PCN enhanced access plan' }),
      action({ ref: 'D-2026-004', kind: 'decision', text: 'Agreed the GP practice estates priorities' }),
      ...['A-2026-004', 'A-2026-005', 'A-2026-006', 'A-2026-007', 'A-2026-008'].map((ref, i) =>
        action({ ref, text: `Report back on the access data ${i}`, owner: 'Dr Tom Richards', organisation: 'Townships 1 PCN', sector: 'pcn', ...(i === 1 ? { dueText: 'before the next meeting' } : i === 2 ? {} : { dueDate: '2026-12-0' + String(i + 1) }) }),
      ),
      action({ ref: 'A-2026-009', text: 'Closed already', owner: 'Jo Hart', organisation: 'Foundry PCN', sector: 'pcn', dueDate: '2026-12-10', status: 'done' }),
    ];

    const summary = buildSummary(sampleSummaryInput({ actions, carriedForward: [] }));

    expect(summary.inBrief).toEqual([
      expect.stringMatching(SHARE_LINE),
      '2 decisions affect primary care: D-2026-003 and D-2026-004.',
      '5 actions on primary care: A-2026-004 by 1 Dec 2026, A-2026-005 before the next meeting, A-2026-006 with no date and 2 more.',
      'Primary care was not heard on Matters arising and the action log, which concerned it.',
    ]);
  });

  it('ends a line whose decision was cut short with the ellipsis alone', () => {
    const long = 'Approved the PCN enhanced access plan for every practice in the place, with Saturday clinics in each neighbourhood and the evening hub kept open until March';
    const summary = buildSummary(sampleSummaryInput({ actions: [action({ ref: 'D-2026-003', kind: 'decision', text: long })], carriedForward: [] }));

    const line = summary.inBrief!.find((l) => l.startsWith('1 decision affects primary care'))!;
    expect(line).toMatch(/…$/);
    expect(line).not.toMatch(/…\.$/);
  });

  it('lists every overdue action, this meeting’s and those carried forward, but not one that is done', () => {
    const base = sampleSummaryInput();
    const actions = [
      ...base.actions,
      action({ ref: 'A-2026-004', text: 'Send the ICB the rota', owner: 'Sarah Whitfield', organisation: 'NHS South Yorkshire ICB', sector: 'icb', dueDate: '2026-11-25' }),
      action({ ref: 'A-2026-005', text: 'Already sent', owner: 'Sarah Whitfield', organisation: 'NHS South Yorkshire ICB', sector: 'icb', dueDate: '2026-11-20', status: 'done' }),
    ];

    // Read on 26 November, eight days after the meeting.
    const summary = buildSummary({ ...sampleSummaryInput({ actions }), nowMs: new Date(2026, 10, 26, 12, 0).getTime() });

    expect(summary.inBrief).toContain('Overdue: A-2026-004 (due 25 Nov 2026) and A-2026-000 (due 1 Nov 2026).');
  });

  it('asks for a date already past when the action was agreed to be checked, rather than calling it overdue', () => {
    const base = sampleSummaryInput();
    // "By 17 November", said at the meeting of 18 November: a slip of the tongue or of the captions, not a late action.
    const actions = [...base.actions, action({ ref: 'A-2026-004', text: 'Send the ICB the rota', owner: 'Sarah Whitfield', organisation: 'NHS South Yorkshire ICB', sector: 'icb', dueDate: '2026-11-17' })];

    const summary = buildSummary(sampleSummaryInput({ actions }));

    expect(summary.inBrief).toContain('Overdue: A-2026-000 (due 1 Nov 2026). Dates already past when agreed, to check: A-2026-004 (17 Nov 2026).');
    const listed = [...summary.actions.forPrimaryCare, ...summary.actions.needingPrimaryCareInput, ...summary.actions.others].find((a) => a.ref === 'A-2026-004');
    expect(listed).toMatchObject({ isOverdue: false, isPastWhenAgreed: true });
    expect(renderSummaryText(summary)).toContain('Due: 17 Nov 2026 (already past when agreed: check the date).');
  });

  it('names the decisions taken on an item that concerns primary care when nobody from primary care spoke on it', () => {
    const input = withItems(sampleSummaryInput(), silenceOn(8));

    const summary = buildSummary(input);

    // Five lines at most: "not heard" on Matters arising is the least pressing, so it goes.
    expect(summary.inBrief).toEqual([
      expect.stringMatching(SHARE_LINE),
      '1 decision affects primary care (D-2026-002): The committee resolved to commission the winter LES from 1 December.',
      'Taken without primary care speaking: D-2026-002 (Item 8: Winter local enhanced service).',
      '1 action on primary care (A-2026-002), by 27 Nov 2026: Test the planned care offer with the other clinical directors.',
      'Overdue: A-2026-000 (due 1 Nov 2026).',
    ]);
  });

  it('counts only confirmed decisions: a suggestion not yet reviewed makes an item "not heard", not "decided without"', () => {
    const input = withItems(sampleSummaryInput({ actions: [], carriedForward: [] }), (item) =>
      item.number === 5 ? { ...item, primaryCareSpoke: false, records: [{ ...input5Suggestion, atMs: item.startMs + 1_000 }] } : item,
    );

    const summary = buildSummary(input);

    expect(summary.inBrief).toEqual([expect.stringMatching(SHARE_LINE), 'Primary care was not heard on Matters arising and the action log and Item 5: ARRS roles and funding, which concerned it.']);
  });

  it('never has more than five lines: the least pressing one goes', () => {
    const input = withItems(sampleSummaryInput(), (item) => silenceOn(5)(silenceOn(8)(item)));

    const summary = buildSummary(input);

    expect(summary.inBrief).toHaveLength(IN_BRIEF_MAX_LINES);
    expect(summary.inBrief!.at(-1)).toBe('Overdue: A-2026-000 (due 1 Nov 2026).');
    expect(summary.inBrief!.some((line) => line.includes('not heard'))).toBe(false);
    expect(summary.items!.find((i) => i.label.startsWith('Item 5:'))!.flags).toEqual([expect.stringMatching(/^Primary care discussed, not heard: /)]);
  });
});

/** A decision suggested under an item and not yet confirmed or dismissed. */
const input5Suggestion = {
  id: 'u40#1',
  ref: null,
  kind: 'decision',
  text: 'The committee approved the supervision scheme',
  atMs: 0,
  isConfirmed: false,
  owner: null,
  organisation: null,
  sector: null,
  dueDate: null,
  dueIsNextMeeting: false,
} as const;

describe('buildSummary: item by item', () => {
  it('gives each item its label, times, primary care’s share of the talk and of the people present, and what was confirmed under it', () => {
    const input = sampleSummaryInput();

    const summary = buildSummary(input);

    expect(summary.items!.map((i) => i.label)).toEqual([
      'Item 1: Welcome and introductions',
      'Item 2: Declarations of interest',
      'Item 3: Minutes of the last meeting',
      'Matters arising and the action log',
      'Item 4: Enhanced access at PCN level',
      'Item 5: ARRS roles and funding',
      'Item 6: Pharmacy First referrals from practices',
      'Item 7: Premises at Birchfield Medical Practice',
      'Item 8: Winter local enhanced service',
      'Item 9: Advice and guidance and the interface with the hospital',
      'Item 10: Any other business',
    ]);
    const item4 = summary.items!.find((i) => i.label === 'Item 4: Enhanced access at PCN level')!;
    expect(item4.time).toMatch(/^10:0\d to 10:0\d, \d min$/);
    expect(item4.share).toMatch(/^Primary care had \d+% of the talk, with 42% of the people present \(5 of 12\)\.$/);
    expect(item4.records).toEqual([
      'Action A-2026-001: Circulate the utilisation data by PCN before the next meeting',
      'Action A-2026-002: Test the planned care offer with the other clinical directors (due 27 Nov 2026)',
    ]);
    expect(item4.flags).toEqual([]);
    expect(summary.items!.find((i) => i.label.startsWith('Item 8:'))!.records).toEqual(['Decision D-2026-002: The committee resolved to commission the winter LES from 1 December']);
  });

  it('gives the times and length as a chair would say them', () => {
    const input = withItems(sampleSummaryInput(), (item) =>
      item.number === 4 ? { ...item, startMs: new Date(2026, 10, 18, 14, 5).getTime(), endMs: new Date(2026, 10, 18, 14, 22).getTime(), durationMs: 17 * 60_000 } : item,
    );

    expect(buildSummary(input).items!.find((i) => i.label.startsWith('Item 4:'))!.time).toBe('14:05 to 14:22, 17 min');
  });

  it('says an item under way is still running, and that a short one was under a minute', () => {
    const input = withItems(sampleSummaryInput(), (item) =>
      item.number === 10 ? { ...item, isCurrent: true } : item.number === 2 ? { ...item, durationMs: 25_000, endMs: item.startMs + 25_000 } : item,
    );

    const items = buildSummary(input).items!;

    expect(items.at(-1)!.time).toMatch(/^10:2\d onwards, \d+ min so far$/);
    expect(items.find((i) => i.label.startsWith('Item 2:'))!.time).toMatch(/^10:0\d to 10:0\d, under 1 min$/);
  });

  it('says when nobody spoke under an item', () => {
    const input = withItems(sampleSummaryInput(), (item) => (item.number === 10 ? { ...item, talk: null } : item));

    expect(buildSummary(input).items!.at(-1)!.share).toBe('No talk was recorded; primary care was 5 of the 12 people present.');
  });

  it('flags an item decided without primary care, counting confirmed decisions only', () => {
    const silenced = buildSummary(withItems(sampleSummaryInput(), silenceOn(8)));
    const suggestedOnly = buildSummary(
      withItems(sampleSummaryInput(), (item) => (item.number === 8 ? { ...item, primaryCareSpoke: false, records: item.records.map((r) => ({ ...r, isConfirmed: false, ref: null })) } : item)),
    );

    expect(silenced.items!.find((i) => i.label.startsWith('Item 8:'))!.flags).toEqual([
      'Decided without primary care: a decision was taken on this item, which concerns primary care, and nobody from primary care spoke on it.',
    ]);
    const item8 = suggestedOnly.items!.find((i) => i.label.startsWith('Item 8:'))!;
    expect(item8.flags).toEqual(['Primary care discussed, not heard: this item concerned primary care, and nobody from primary care spoke on it.']);
    expect(item8.records).toEqual([]);
  });

  it('hides patient details in titles, and names too when people are described by role', () => {
    const input = withItems(sampleSummaryInput(), (item) => (item.number === 4 ? { ...item, title: 'Update from Daniel Okafor, ring 0114 272 1234' } : item));

    const byName = buildSummary(input);
    const byRole = buildSummary(input, options({ namesAs: 'roles' }));
    const unredacted = buildSummary(input, options({ redact: false }));

    expect(byName.items!.map((i) => i.label)).toContain('Item 4: Update from Daniel Okafor, ring [phone number]');
    const label = byRole.items!.find((i) => i.label.startsWith('Item 4:'))!.label;
    expect(label).toMatch(/^Item 4: Update from .*NHS South Yorkshire ICB, ring \[phone number\]$/);
    expect(label).not.toMatch(/Daniel|Okafor/);
    expect(unredacted.items!.map((i) => i.label)).toContain('Item 4: Update from Daniel Okafor, ring 0114 272 1234');
  });

  it('has no items when the meeting has none, and gives the label of an item without a number or title', () => {
    const none = buildSummary({ ...sampleSummaryInput(), analysis: { ...sampleSummaryInput().analysis, items: [] } });
    const bare = buildSummary(withItems(sampleSummaryInput(), (item) => (item.number === 2 ? { ...item, number: null, title: null, source: 'user' } : item)));

    expect(none.items).toEqual([]);
    expect(renderSummaryText(none)).not.toContain('ITEM BY ITEM');
    expect(bare.items!.map((i) => i.label).slice(0, 3)).toEqual(['Item 1: Welcome and introductions', 'Untitled item', 'Item 3: Minutes of the last meeting']);
  });
});

describe('buildSummary: names as roles', () => {
  it('takes the names of people in the meeting out of caption text, and leaves a name two people share ambiguous', () => {
    const input = sampleSummaryInput({
      utterances: [
        { speaker: 'Dr Tom Richards', text: 'Thanks Tom, I agree with Dr Tom Richards and with Okafor on the PCN ARRS budget; Will said he will check.', startMs: SAMPLE_START_MS + 60_000 },
      ],
      attendees: ['Dr Tom Richards', 'Daniel Okafor', 'HART, Tom (FOUNDRY PCN)'],
    });

    const summary = buildSummary(input, options({ namesAs: 'roles' }));

    const quotes = summary.topics.flatMap((t) => t.moments.map((m) => m.quote ?? '')).join(' ');
    expect(quotes).not.toMatch(/Daniel|Okafor|Tom|Richards/);
    expect(quotes).toContain('Thanks a participant, I agree with ');
    expect(quotes).toContain('Will said he will check');
  });
});
