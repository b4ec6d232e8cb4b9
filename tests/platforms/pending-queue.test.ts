import { describe, expect, it } from 'vitest';
import type { RosterSnapshot, SpeechSegmentUpdate, UtteranceUpdate } from '@/utils/core/model';
import { PENDING_LIMITS, createPendingQueue, type PendingQueueLimits } from '@/utils/platforms/pending-queue';
import { T0, makeUtterance } from '../helpers/builders';

const small: PendingQueueLimits = { maxUtterances: 3, maxSegments: 2, maxRosters: 2, maxBatchItems: 2 };

const u = (id: string, text = `text of ${id}`): UtteranceUpdate => makeUtterance({ id, text });
const seg = (id: string, endMs = T0): SpeechSegmentUpdate => ({
  id,
  speaker: 'Helen Marsh',
  isSelf: false,
  startMs: T0,
  endMs,
  isFinal: false,
});
const roster = (atMs: number): RosterSnapshot => ({ atMs, source: 'tiles', isComplete: false, participants: [] });

const ids = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);

describe('createPendingQueue', () => {
  it('starts empty, with nothing dropped', () => {
    const queue = createPendingQueue(small);

    expect(queue.hasAnything).toBe(false);
    expect(queue.droppedCount).toBe(0);
    expect(queue.take()).toEqual({ utterances: [], speech: [], roster: [] });
  });

  it('keeps one update per id, the newest, moved to the end', () => {
    const queue = createPendingQueue(small);
    queue.add([u('a', 'first'), u('b')], []);
    queue.add([u('a', 'second')], []);

    expect(queue.take().utterances.map((k) => [k.id, k.text])).toEqual([
      ['b', 'text of b'],
      ['a', 'second'],
    ]);
  });

  it('takes at most the batch size of utterances and of segments, oldest first, and every roster', () => {
    const queue = createPendingQueue(small);
    queue.add([u('a'), u('b'), u('c')], [seg('s1'), seg('s2')]);
    queue.addRoster(roster(1));
    queue.addRoster(roster(2));

    const first = queue.take();
    expect(ids(first.utterances)).toEqual(['a', 'b']);
    expect(ids(first.speech)).toEqual(['s1', 's2']);
    expect(first.roster.map((r) => r.atMs)).toEqual([1, 2]);
    const second = queue.take();
    expect([ids(second.utterances), second.speech, second.roster]).toEqual([['c'], [], []]);
    expect(queue.hasAnything).toBe(false);
  });

  it('drops the oldest utterances beyond the bound and counts them', () => {
    const queue = createPendingQueue(small);
    queue.add([u('a'), u('b'), u('c'), u('d'), u('e')], []);

    expect(queue.droppedCount).toBe(2);
    expect(ids([...queue.take().utterances, ...queue.take().utterances])).toEqual(['c', 'd', 'e']);
  });

  it('counts a refreshed id once: updating an old id keeps it as the newest', () => {
    const queue = createPendingQueue(small);
    queue.add([u('a'), u('b'), u('c')], []);
    queue.add([u('a', 'newer'), u('d')], []);

    expect(queue.droppedCount).toBe(1);
    const kept = [...queue.take().utterances, ...queue.take().utterances];
    expect(kept.map((k) => [k.id, k.text])).toEqual([
      ['c', 'text of c'],
      ['a', 'newer'],
      ['d', 'text of d'],
    ]);
  });

  it('bounds segments and rosters separately, oldest dropped first', () => {
    const queue = createPendingQueue(small);
    queue.add([], [seg('s1'), seg('s2'), seg('s3')]);
    for (const atMs of [1, 2, 3, 4]) queue.addRoster(roster(atMs));

    expect(queue.droppedCount).toBe(1 + 2);
    const batch = queue.take();
    expect(ids(batch.speech)).toEqual(['s2', 's3']);
    expect(batch.roster.map((r) => r.atMs)).toEqual([3, 4]);
  });

  it('puts a failed batch back in front of what came since', () => {
    const queue = createPendingQueue(small);
    queue.add([u('a'), u('b')], [seg('s1')]);
    queue.addRoster(roster(1));
    const failed = queue.take();
    queue.add([u('c')], [seg('s2')]);
    queue.addRoster(roster(2));

    queue.requeue(failed);

    const batch = queue.take();
    expect(ids(batch.utterances)).toEqual(['a', 'b']);
    expect(ids(batch.speech)).toEqual(['s1', 's2']);
    expect(batch.roster.map((r) => r.atMs)).toEqual([1, 2]);
    expect(ids(queue.take().utterances)).toEqual(['c']);
    expect(queue.droppedCount).toBe(0);
  });

  it('keeps an update made since the failed batch was taken, in the batch’s place', () => {
    const queue = createPendingQueue(small);
    queue.add([u('a', 'old'), u('b', 'old')], [seg('s1', T0)]);
    const failed = queue.take();
    queue.add([u('b', 'new')], [seg('s1', T0 + 500)]);

    queue.requeue(failed);

    const batch = queue.take();
    expect(batch.utterances.map((k) => [k.id, k.text])).toEqual([
      ['a', 'old'],
      ['b', 'new'],
    ]);
    expect(batch.speech.map((s) => s.endMs)).toEqual([T0 + 500]);
  });

  it('drops the oldest of a requeued batch when it no longer fits, and counts them', () => {
    const queue = createPendingQueue(small);
    queue.add([u('a'), u('b')], []);
    queue.addRoster(roster(1));
    queue.addRoster(roster(2));
    const failed = queue.take();
    queue.add([u('c'), u('d')], []);
    queue.addRoster(roster(3));

    queue.requeue(failed);

    expect(queue.droppedCount).toBe(1 + 1);
    const batch = queue.take();
    expect(ids(batch.utterances)).toEqual(['b', 'c']);
    expect(batch.roster.map((r) => r.atMs)).toEqual([2, 3]);
    expect(ids(queue.take().utterances)).toEqual(['d']);
  });

  it('keeps counting drops across every add and requeue', () => {
    const queue = createPendingQueue(small);
    queue.add([u('a'), u('b'), u('c'), u('d')], []);
    queue.add([u('e')], [seg('s1'), seg('s2'), seg('s3')]);

    expect(queue.droppedCount).toBe(1 + 1 + 1);
  });

  it('has the engine’s bounds by default: 3,000 utterances and segments, 50 rosters, 1,000 a batch', () => {
    const queue = createPendingQueue();
    queue.add(
      Array.from({ length: 3_050 }, (_, i) => u(`u${i}`)),
      Array.from({ length: 3_001 }, (_, i) => seg(`s${i}`)),
    );
    for (let i = 0; i < 51; i += 1) queue.addRoster(roster(i));

    expect(PENDING_LIMITS).toEqual({ maxUtterances: 3_000, maxSegments: 3_000, maxRosters: 50, maxBatchItems: 1_000 });
    expect(queue.droppedCount).toBe(50 + 1 + 1);
    const batch = queue.take();
    expect(batch.utterances).toHaveLength(1_000);
    expect(batch.utterances[0]!.id).toBe('u50');
    expect(batch.speech[0]!.id).toBe('s1');
    expect(batch.roster).toHaveLength(50);
  });
});
