import { describe, expect, it } from 'vitest';
import type { CaptionSpeaker } from '@/utils/core/caption-tracker';
import { SpeakingTracker } from '@/utils/core/speaking-tracker';

const ann: CaptionSpeaker = { label: 'Ann', displayName: 'Ann', isSelf: false };
const bob: CaptionSpeaker = { label: 'Bob', displayName: 'Bob', isSelf: false };

describe('SpeakingTracker', () => {
  it('opens a segment at the first speaking sample and ends it at the last one', () => {
    const t = new SpeakingTracker('s', 800);
    t.sample(1_000, [ann]);
    t.sample(1_500, [ann]);
    t.sample(2_000, []);
    t.sample(2_500, []);

    expect(t.takeUpdates().at(-1)).toEqual({
      id: 's:s1',
      speaker: 'Ann',
      isSelf: false,
      startMs: 1_000,
      endMs: 1_500,
      isFinal: true,
    });
  });

  it('bridges silences shorter than the hold time', () => {
    const t = new SpeakingTracker('s', 800);
    t.sample(1_000, [ann]);
    t.sample(1_500, []);
    t.sample(2_000, [ann]);
    t.closeAll();

    const final = t.takeUpdates().filter((u) => u.isFinal);
    expect(final).toEqual([expect.objectContaining({ startMs: 1_000, endMs: 2_000 })]);
  });

  it('tracks several speakers at once', () => {
    const t = new SpeakingTracker('s');
    t.sample(1_000, [ann, bob]);
    t.sample(1_500, [bob]);
    t.sample(3_000, []);

    const final = t.takeUpdates().filter((u) => u.isFinal);
    expect(final.map((u) => [u.speaker, u.startMs, u.endMs])).toEqual([
      ['Ann', 1_000, 1_000],
      ['Bob', 1_000, 1_500],
    ]);
    expect(t.hasOpenSegments).toBe(false);
  });
});
