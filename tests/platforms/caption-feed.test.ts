import { describe, expect, it } from 'vitest';
import { CaptionTracker, type CaptionSpeaker } from '@/utils/core/caption-tracker';
import { createCaptionFeed } from '@/utils/platforms/caption-feed';

const T0 = Date.UTC(2026, 10, 18, 10, 0, 0);
const helen: CaptionSpeaker = { label: 'Helen Marsh', displayName: 'Helen Marsh', isSelf: false };
const you: CaptionSpeaker = { label: 'You', displayName: 'Dr Tom Richards', isSelf: true };

/** A tracker fed every step directly, and one fed through a feed, side by side. */
function pair() {
  const direct = new CaptionTracker({ idPrefix: 's' });
  const fed = new CaptionTracker({ idPrefix: 's' });
  const feed = createCaptionFeed(fed);
  return {
    direct,
    fed,
    feed,
    observe(rowKey: number, speaker: CaptionSpeaker, text: string, atMs: number) {
      direct.observeRow(rowKey, speaker, text, atMs);
      feed.observe(rowKey, speaker, text, atMs);
    },
    grow(rowKey: number, speaker: CaptionSpeaker, text: string, atMs: number) {
      direct.observeRow(rowKey, speaker, text, atMs);
      feed.grow(rowKey, speaker, text, atMs);
    },
    release(rowKey: number, atMs: number) {
      direct.releaseRow(rowKey, atMs);
      feed.release(rowKey, atMs);
    },
    /** What a batch would carry now from each. */
    take() {
      feed.catchUp();
      return { direct: direct.takeUpdates(), fed: fed.takeUpdates() };
    },
  };
}

describe('createCaptionFeed', () => {
  it('holds back plain growth and hands the latest text over, timed at its last change', () => {
    const p = pair();
    p.observe(1, helen, 'good', T0);
    p.grow(1, helen, 'good morning', T0 + 300);
    p.grow(1, helen, 'good morning everyone', T0 + 600);

    expect(p.fed.takeUpdates()).toEqual([expect.objectContaining({ text: 'good', endMs: T0 })]);
    p.feed.catchUp();
    expect(p.fed.takeUpdates()).toEqual([expect.objectContaining({ text: 'good morning everyone', startMs: T0, endMs: T0 + 600 })]);
  });

  it('ends with the same utterances as feeding every step: growth, a text put back, a reset, an empty text, a speaker change and a release', () => {
    const p = pair();
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    p.observe(1, helen, 'we had four', T0);
    p.grow(1, helen, 'we had four hundred', T0 + 100);
    p.grow(1, helen, 'we had four hundred.', T0 + 200);
    p.grow(1, helen, 'we had four hundred', T0 + 300);
    p.grow(1, helen, long, T0 + 400);
    p.grow(1, helen, 'and then', T0 + 500);
    p.grow(1, helen, '', T0 + 600);
    p.grow(1, you, 'and then some', T0 + 700);
    p.release(1, T0 + 800);

    const { direct, fed } = p.take();
    expect(fed).toEqual(direct);
    expect(fed.map((u) => u.text)).toEqual([long, 'and then', 'and then some']);
  });

  it('matches feeding every step over 2,000 random sequences, with batches and settling at random moments', () => {
    let state = 42;
    const next = (): number => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
    const words = ['yes', 'no', 'Pharmacy', 'First', 'referrals', 'the', 'ICB', 'will', 'confirm', 'funding'];
    for (let run = 0; run < 2_000; run += 1) {
      const p = pair();
      const texts = new Map<number, string[]>();
      let atMs = T0;
      for (let step = 0; step < 40; step += 1) {
        atMs += Math.floor(next() * 400);
        const rowKey = 1 + Math.floor(next() * 3);
        const current = texts.get(rowKey) ?? [];
        const roll = next();
        let shown: string[];
        if (roll < 0.55) shown = [...current, words[Math.floor(next() * words.length)]!];
        else if (roll < 0.65) shown = current.slice(0, Math.floor(current.length / 3));
        else if (roll < 0.72) shown = current.slice(0, -1);
        else if (roll < 0.77) shown = [];
        else if (roll < 0.82) shown = current;
        else if (roll < 0.87) {
          p.release(rowKey, atMs);
          texts.delete(rowKey);
          continue;
        } else if (roll < 0.94) {
          const { direct, fed } = p.take();
          expect(fed).toEqual(direct);
          if (next() < 0.5) {
            p.direct.settle(atMs);
            p.fed.settle(atMs);
          }
          continue;
        } else shown = [...current, 'again'];
        texts.set(rowKey, shown);
        const speaker = next() < 0.05 ? you : helen;
        const text = shown.join(' ');
        if (next() < 0.2) p.observe(rowKey, speaker, text, atMs);
        else p.grow(rowKey, speaker, text, atMs);
      }
      const { direct, fed } = p.take();
      expect(fed, `run ${run}`).toEqual(direct);
    }
  });
});
