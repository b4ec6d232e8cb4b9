import { describe, expect, it } from 'vitest';
import { applyItemEdits, itemAt, itemFlags, itemLabel, type ItemEdit } from '@/utils/core/agenda-items';
import type { SaidItemStart } from '@/utils/core/agenda';
import { analyseMeeting, type RecordedAction, type StoredMeeting } from '@/utils/core/meeting-analysis';
import { OrganisationIndex } from '@/utils/core/org-directory';

const T0 = Date.UTC(2026, 11, 2, 14, 0);
const CHAIR = 'KHAN, Imran (NHS NORTHFIELD ICB)';
const GP = 'COLE, Amy (RIVERSIDE PCN)';
const TRUST = 'BELL, Martin (NORTHFIELD HOSPITALS NHS FOUNDATION TRUST)';
const COUNCIL = 'DYER, Sam (NORTHFIELD CITY COUNCIL)';

function said(key: string, atMs: number, number: number | null, title: string | null): SaidItemStart {
  return { key, atMs, number, title, utteranceId: key, speaker: CHAIR };
}

describe('the user decides', () => {
  const starts = [said('a', 1_000, 1, 'Welcome'), said('b', 60_000, 2, 'Minutes'), said('c', 120_000, 3, 'Finance')];
  type Unsaved<E> = E extends ItemEdit ? Omit<E, 'createdAtMs'> : never;
  const edit = (e: Unsaved<ItemEdit>, createdAtMs: number) => ({ ...e, createdAtMs }) as ItemEdit;

  it('adds, renames, merges and moves, in the order the edits were made', () => {
    const result = applyItemEdits(starts, [
      edit({ id: 'e3', kind: 'move', itemKey: 'c', atMs: 110_000 }, 3),
      edit({ id: 'e1', kind: 'add', atMs: 90_000, title: 'Questions from the public' }, 1),
      edit({ id: 'e2', kind: 'rename', itemKey: 'b', title: 'Minutes and action log' }, 2),
      edit({ id: 'e4', kind: 'remove', itemKey: 'a' }, 4),
    ]);
    expect(result.map((s) => [s.key, s.atMs, s.title, s.source, s.isEdited])).toEqual([
      ['b', 60_000, 'Minutes and action log', 'said', true],
      ['user:e1', 90_000, 'Questions from the public', 'user', false],
      ['c', 110_000, 'Finance', 'said', true],
    ]);
  });

  it('ignores edits to starts that are no longer found', () => {
    expect(applyItemEdits(starts, [edit({ id: 'e1', kind: 'rename', itemKey: 'gone', title: 'X' }, 1)]).map((s) => s.title)).toEqual(['Welcome', 'Minutes', 'Finance']);
  });

  it('names items as people say them', () => {
    expect(itemLabel({ number: 4, title: 'Estates' })).toBe('Item 4: Estates');
    expect(itemLabel({ number: 4, title: null })).toBe('Item 4');
    expect(itemLabel({ number: null, title: 'Any other business' })).toBe('Any other business');
    expect(itemLabel({ number: null, title: null })).toBe('Untitled item');
  });
});

/** A committee: item 5 decides practice funding without primary care saying a word; item 6 hears the GP. */
function committee(extra: Partial<StoredMeeting> = {}): StoredMeeting {
  const lines: [number, string, string][] = [
    [0, CHAIR, 'Item five, the enhanced access funding for general practice.'],
    [20, TRUST, 'The proposal moves the enhanced access money for GP practices into the hospital hub from April.'],
    [60, COUNCIL, 'The council supports it, the hub is closer to the bus station.'],
    [90, CHAIR, 'Then the committee approved the transfer of enhanced access funding to the hub.'],
    [120, CHAIR, 'Item six, the dermatology pathway.'],
    [140, GP, 'From general practice, the referral form is the problem, practices send everything twice.'],
    [200, TRUST, 'We can simplify the form.'],
  ];
  const endMs = T0 + 230_000;
  return {
    meeting: { startedAtMs: T0, lastSeenAtMs: endMs, endedAtMs: endMs },
    participants: [CHAIR, GP, TRUST, COUNCIL].map((name) => ({ name, isSelf: false, intervals: [{ joinMs: T0, leaveMs: endMs }] })),
    utterances: lines.map(([s, speaker, text], i) => ({
      id: `u${i}`,
      speaker,
      text,
      startMs: T0 + s * 1000,
      endMs: T0 + s * 1000 + Math.max(3_000, text.split(' ').length * 400),
      isFinal: true,
    })),
    speechSegments: [],
    manualSegments: [],
    ...extra,
  };
}

const decision = (id: string, atMs: number): RecordedAction => ({
  id,
  ref: 'D-2026-001',
  kind: 'decision',
  text: 'Approved the transfer of enhanced access funding to the hub',
  owner: null,
  organisation: null,
  sector: null,
  dueDate: null,
  dueIsNextMeeting: false,
  suggestionId: null,
  saidAtMs: atMs,
  createdAtMs: atMs + 60_000,
});

function analyse(stored: StoredMeeting) {
  return analyseMeeting(stored, { directory: new OrganisationIndex([]), mappings: new Map(), nowMs: T0 + 300_000 });
}

describe('each item', () => {
  it('has its start, end and duration, who spoke, and its shares by sector and organisation', () => {
    const [five, six] = analyse(committee()).items;
    expect([five!.number, five!.startMs - T0, five!.endMs - T0, five!.durationMs]).toEqual([5, 0, 120_000, 120_000]);
    expect([six!.number, six!.startMs - T0, six!.endMs - T0]).toEqual([6, 120_000, 230_000]);
    expect(five!.talk!.participants.map((p) => p.speaker).sort()).toEqual([CHAIR, COUNCIL, TRUST].sort());
    expect(six!.talk!.participants.map((p) => p.speaker).sort()).toEqual([CHAIR, GP, TRUST].sort());
    const shareSum = five!.organisations.bySector.reduce((sum, s) => sum + s.shareRatio, 0);
    expect(shareSum).toBeCloseTo(1, 5);
    expect(five!.organisations.byOrganisation.map((o) => o.name)).toContain('Northfield City Council');
  });

  it("sets primary care's share of the talk against its share of the people present", () => {
    const [five, six] = analyse(committee()).items;
    expect(five!.organisations.primaryCare.talkShareRatio).toBe(0);
    expect(five!.organisations.primaryCare.attendeeShareRatio).toBeCloseTo(1 / 4, 5);
    expect(six!.organisations.primaryCare.talkShareRatio).toBeGreaterThan(0.3);
    expect(six!.primaryCareSpoke).toBe(true);
    expect(five!.primaryCareSpoke).toBe(false);
  });

  it('counts only the people present during the item', () => {
    const stored = committee();
    const late: StoredMeeting = {
      ...stored,
      participants: stored.participants.map((p) => (p.name === GP ? { ...p, intervals: [{ joinMs: T0 + 125_000, leaveMs: null }] } : p)),
    };
    const [five, six] = analyse(late).items;
    expect(five!.organisations.primaryCare.attendees).toBe(0);
    expect(six!.organisations.primaryCare.attendees).toBe(1);
  });

  it('holds the decisions and actions said under it, confirmed or suggested, and its primary care moments', () => {
    const analysis = analyse(committee({ records: [decision('d1', T0 + 90_000)] }));
    const [five, six] = analysis.items;
    expect(five!.records.map((r) => [r.id, r.isConfirmed])).toEqual([['d1', true]]);
    expect(six!.records).toEqual([]);
    expect(five!.moments.length).toBeGreaterThanOrEqual(2);
    expect(five!.concern.themes.length).toBeGreaterThan(0);
    expect(itemAt(analysis.items, T0 + 130_000)?.number).toBe(6);
    expect(itemAt(analysis.items, T0 - 1)).toBeNull();
  });

  it('splits a turn that starts an item part way through between the two items', () => {
    const stored = committee();
    const utterances = [...stored.utterances];
    utterances[4] = { ...utterances[4]!, startMs: T0 + 110_000, endMs: T0 + 130_000, text: 'Thank you all for a very full discussion on that one. Item six, the dermatology pathway.' };
    const [five, six] = analyse({ ...stored, utterances }).items;
    expect(six!.startMs).toBeGreaterThan(T0 + 110_000);
    const chairWordsIn = (item: typeof five) => item!.talk!.participants.find((p) => p.speaker === CHAIR)!.words;
    expect(chairWordsIn(six)).toBeGreaterThanOrEqual(4);
    // The words before the start stay with item five: none is lost or counted twice (give or take the word cut at the split).
    const whole = analyse({ ...stored, utterances }).talk.primary!.participants.find((p) => p.speaker === CHAIR)!.words;
    expect(Math.abs(chairWordsIn(five) + chairWordsIn(six) - whole)).toBeLessThanOrEqual(1);
    expect(chairWordsIn(six)).toBeLessThanOrEqual(7);
  });
});

describe('flags', () => {
  it('says "decided without primary care" for a decision on a primary care item no one from primary care spoke on', () => {
    const [five, six] = analyse(committee({ records: [decision('d1', T0 + 90_000)] })).items;
    expect(itemFlags(five!, { confirmedOnly: true })).toEqual([expect.objectContaining({ kind: 'decided-without-primary-care' })]);
    expect(itemFlags(five!, { confirmedOnly: true })[0]!.text).toMatch(/^Decided without primary care: a decision was taken on this item/);
    expect(itemFlags(six!, { confirmedOnly: true })).toEqual([]);
  });

  it('says "primary care discussed, not heard" when there was no decision', () => {
    const [five] = analyse(committee()).items;
    expect(itemFlags(five!, { confirmedOnly: true }).map((f) => f.kind)).toEqual(['discussed-not-heard']);
  });

  it('raises nothing for an item that does not concern primary care', () => {
    const stored = committee();
    const utterances = stored.utterances.map((u, i) => (i < 4 ? { ...u, text: i === 0 ? 'Item five, the car parking contract.' : 'The car park barrier contract ends in March and the new one costs less.' } : u));
    const [five] = analyse({ ...stored, utterances, records: [decision('d1', T0 + 90_000)] }).items;
    expect(itemFlags(five!, { confirmedOnly: true })).toEqual([]);
  });

  it('counts a suggested decision only when asked to', () => {
    const [five] = analyse(committee({ records: [decision('d1', T0 + 90_000)] })).items;
    const suggested = { ...five!, records: five!.records.map((r) => ({ ...r, isConfirmed: false, ref: null })) };
    expect(itemFlags(suggested, { confirmedOnly: false }).map((f) => f.kind)).toEqual(['decided-without-primary-care']);
    expect(itemFlags(suggested, { confirmedOnly: true }).map((f) => f.kind)).toEqual(['discussed-not-heard']);
  });

  it('places a decision added after the meeting, with no time said, under no item', () => {
    const [five] = analyse(committee({ records: [{ ...decision('d1', T0 + 90_000), saidAtMs: null, createdAtMs: T0 + 900_000 }] })).items;
    expect(five!.records).toEqual([]);
  });
});
