import { describe, expect, it } from 'vitest';
import {
  applyTallyChanges,
  checkPartyName,
  planTallySilence,
  planTallyTap,
  planTallyKey,
  planTallyUndo,
  reassignTallyKey,
  tallyAsSpeech,
  tallyKeyOf,
  type TallyKeys,
  type TallySegment,
} from '@/utils/core/manual-tally';

function run(steps: ((segments: TallySegment[]) => ReturnType<typeof planTallyTap>)[]): TallySegment[] {
  return steps.reduce<TallySegment[]>((segments, step) => applyTallyChanges(segments, step(segments)), []);
}
const tap = (party: string, atMs: number, id: string) => (s: TallySegment[]) => planTallyTap(s, party, atMs, id);
const silence = (atMs: number) => (s: TallySegment[]) => planTallySilence(s, atMs);
const undo = () => (s: TallySegment[]) => planTallyUndo(s);

describe('manual tally', () => {
  it('starts a turn on each tap and ends the previous one', () => {
    expect(run([tap('ICB', 0, 'a'), tap('PCN', 10_000, 'b'), tap('Council', 25_000, 'c')])).toEqual([
      { id: 'a', party: 'ICB', startMs: 0, endMs: 10_000 },
      { id: 'b', party: 'PCN', startMs: 10_000, endMs: 25_000 },
      { id: 'c', party: 'Council', startMs: 25_000, endMs: null },
    ]);
  });

  it('ignores a tap on whoever is already speaking', () => {
    expect(run([tap('ICB', 0, 'a'), tap('ICB', 5_000, 'b')])).toEqual([{ id: 'a', party: 'ICB', startMs: 0, endMs: null }]);
  });

  it('marks silence by ending the current turn', () => {
    expect(run([tap('ICB', 0, 'a'), silence(8_000), silence(9_000)])).toEqual([{ id: 'a', party: 'ICB', startMs: 0, endMs: 8_000 }]);
  });

  it('undoes a tap: the new turn goes and the turn it ended continues', () => {
    expect(run([tap('ICB', 0, 'a'), tap('PCN', 10_000, 'b'), undo()])).toEqual([{ id: 'a', party: 'ICB', startMs: 0, endMs: null }]);
  });

  it('undoes silence: the last turn continues', () => {
    expect(run([tap('ICB', 0, 'a'), silence(5_000), undo()])).toEqual([{ id: 'a', party: 'ICB', startMs: 0, endMs: null }]);
  });

  it('walks back through several undos, and does nothing when there is nothing left', () => {
    expect(run([tap('ICB', 0, 'a'), tap('PCN', 1_000, 'b'), tap('LMC', 2_000, 'c'), undo(), undo(), undo(), undo()])).toEqual([]);
  });

  it('counts an open turn up to now for talk time', () => {
    expect(tallyAsSpeech([{ id: 'a', party: 'ICB', startMs: 1_000, endMs: null }], 4_000)).toEqual([
      { speaker: 'ICB', startMs: 1_000, endMs: 4_000 },
    ]);
  });
});

describe('checkPartyName', () => {
  it.each([
    ['  Townships 1  PCN ', [], { ok: true, name: 'Townships 1 PCN' }],
    ['   ', [], { ok: false, error: 'Type a name or an organisation first.' }],
    ['x'.repeat(121), [], { ok: false, error: 'Names can be at most 120 characters.' }],
    ['city council', ['City Council'], { ok: false, error: '"city council" is already in the tally.' }],
  ])('%j', (input, existing, expected) => {
    expect(checkPartyName(input, existing)).toEqual(expected);
  });
});

describe('tally number keys', () => {
  it('gives keys in the order parties are added or first tapped, and never moves them', () => {
    let keys = planTallyKey(undefined, 'Townships 1 PCN');
    keys = planTallyKey(keys, 'City council');
    keys = planTallyKey(keys, 'Townships 1 PCN');
    expect(tallyKeyOf(keys, 'Townships 1 PCN')).toBe(1);
    expect(tallyKeyOf(keys, 'City council')).toBe(2);
    expect(tallyKeyOf(keys, 'Someone else')).toBeNull();
    expect(planTallyKey(keys, 'City council')).toBe(keys);
  });

  it('stops at nine, and gives a freed key to the next party', () => {
    let keys = Array.from({ length: 10 }, (_, i) => `P${i + 1}`).reduce<TallyKeys | undefined>((k, party) => planTallyKey(k, party), undefined)!;
    expect(tallyKeyOf(keys, 'P9')).toBe(9);
    expect(tallyKeyOf(keys, 'P10')).toBeNull();
    keys = reassignTallyKey(keys, 'P3', null);
    expect(tallyKeyOf(planTallyKey(keys, 'P10'), 'P10')).toBe(3);
  });

  it('lets the user give the chair a key: whoever had it takes the chair’s old key, or none', () => {
    const keys = ['Townships 1 PCN', 'City council', null, null, null, null, null, null, null];
    expect(reassignTallyKey(keys, 'Chair', 1)).toEqual(['Chair', 'City council', null, null, null, null, null, null, null]);
    expect(reassignTallyKey(keys, 'City council', 1)).toEqual(['City council', 'Townships 1 PCN', null, null, null, null, null, null, null]);
    expect(reassignTallyKey(keys, 'City council', 5)).toEqual(['Townships 1 PCN', null, null, null, 'City council', null, null, null, null]);
    expect(reassignTallyKey(keys, 'City council', 12)).toEqual(['Townships 1 PCN', null, null, null, null, null, null, null, null]);
  });
});
