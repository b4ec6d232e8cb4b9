import { describe, expect, it } from 'vitest';
import { CaptionTracker, isCaptionReset, type CaptionSpeaker } from '@/utils/core/caption-tracker';

const helen: CaptionSpeaker = { label: 'Helen Marsh', displayName: 'Helen Marsh', isSelf: false };
const tom: CaptionSpeaker = { label: 'Tom Richards', displayName: 'Tom Richards', isSelf: false };
const you: CaptionSpeaker = { label: 'You', displayName: 'You', isSelf: true };

function tracker(): CaptionTracker {
  return new CaptionTracker({ idPrefix: 'session' });
}

describe('CaptionTracker', () => {
  it('keeps one utterance while a row grows word by word and is re-punctuated', () => {
    const t = tracker();
    t.observeRow(1, helen, 'good', 1_000);
    t.observeRow(1, helen, 'good morning', 1_400);
    t.observeRow(1, helen, 'good morning everyone', 1_800);
    t.observeRow(1, helen, 'Good morning, everyone.', 2_100);

    const updates = t.takeUpdates();

    expect(updates).toEqual([
      {
        id: 'session:1',
        speaker: 'Helen Marsh',
        isSelf: false,
        isSpeakerUnknown: false,
        text: 'Good morning, everyone.',
        startMs: 1_000,
        endMs: 2_100,
        isFinal: false,
      },
    ]);
  });

  it('emits an utterance again only when it changed', () => {
    const t = tracker();
    t.observeRow(1, helen, 'Hello there', 1_000);
    t.takeUpdates();
    t.observeRow(1, helen, 'Hello there', 1_500);

    expect(t.takeUpdates()).toEqual([]);
  });

  it('ignores a row until it shows words', () => {
    const t = tracker();
    t.observeRow(1, helen, '   ', 1_000);
    expect(t.takeUpdates()).toEqual([]);
    t.observeRow(1, helen, 'Right', 1_300);
    expect(t.takeUpdates()).toMatchObject([{ text: 'Right', startMs: 1_300 }]);
  });

  it('applies a correction to an earlier row to that row’s utterance after a new row starts', () => {
    const t = tracker();
    t.observeRow(1, helen, 'we had four hundred pharmacy thirst referrals', 1_000);
    t.observeRow(2, tom, 'That is good news', 5_000);
    t.takeUpdates();
    t.observeRow(1, helen, 'We had four hundred Pharmacy First referrals.', 5_500);

    const updates = t.takeUpdates();

    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ id: 'session:1', text: 'We had four hundred Pharmacy First referrals.', endMs: 5_500 });
  });

  it('keeps consecutive rows from the same speaker as separate utterances', () => {
    const t = tracker();
    t.observeRow(1, tom, 'First point.', 1_000);
    t.observeRow(2, tom, 'Second point.', 3_000);

    expect(t.takeUpdates().map((u) => [u.id, u.speaker, u.text])).toEqual([
      ['session:1', 'Tom Richards', 'First point.'],
      ['session:2', 'Tom Richards', 'Second point.'],
    ]);
  });

  it('finalises an utterance when its row is evicted, keeping its last text', () => {
    const t = tracker();
    t.observeRow(1, helen, 'Item one is the minutes.', 1_000);
    t.takeUpdates();
    t.releaseRow(1, 9_000);

    expect(t.takeUpdates()).toMatchObject([{ id: 'session:1', text: 'Item one is the minutes.', isFinal: true, endMs: 1_000 }]);
    expect(t.isTracking(1)).toBe(false);
  });

  it('starts a second utterance when a long monologue is cleared and restarted on the same row', () => {
    const t = tracker();
    const long = 'So the enhanced access paper sets out three options for the PCNs to consider this winter and beyond';
    t.observeRow(1, helen, long, 1_000);
    t.observeRow(1, helen, 'and', 30_000);
    t.observeRow(1, helen, 'and the third option', 31_000);

    const updates = t.takeUpdates();

    expect(updates.map((u) => [u.text, u.isFinal, u.startMs])).toEqual([
      [long, true, 1_000],
      ['and the third option', false, 30_000],
    ]);
  });

  it('continues the same utterance when a row is redrawn as a new element with the same words', () => {
    const t = tracker();
    t.observeRow(1, helen, 'The committee approved the scheme.', 1_000);
    t.releaseRow(1, 2_000);
    t.takeUpdates();
    t.observeRow(7, helen, 'The committee approved the scheme.', 2_100);

    expect(t.takeUpdates()).toEqual([]);
    expect(t.isTracking(7)).toBe(true);
  });

  it('continues the utterance when a redrawn row has grown meanwhile', () => {
    const t = tracker();
    t.observeRow(1, helen, 'The committee approved', 1_000);
    t.releaseRow(1, 2_000);
    t.takeUpdates();
    t.observeRow(2, helen, 'The committee approved the winter scheme', 2_400);

    expect(t.takeUpdates()).toMatchObject([
      { id: 'session:1', text: 'The committee approved the winter scheme', isFinal: false, endMs: 2_400 },
    ]);
  });

  it('continues a short utterance redrawn in the same change that removed its old row', () => {
    const t = tracker();
    t.observeRow(1, tom, 'Will do.', 1_000);
    t.takeUpdates();
    t.releaseRow(1, 9_000);
    t.observeRow(2, tom, 'Will do.', 9_000);

    expect(t.takeUpdates()).toMatchObject([{ id: 'session:1', text: 'Will do.', isFinal: true }]);
    expect(t.isTracking(2)).toBe(true);
  });

  it('does not merge a short phrase repeated later into the earlier one', () => {
    const t = tracker();
    t.observeRow(1, tom, 'Thank you.', 1_000);
    t.releaseRow(1, 5_000);
    t.takeUpdates();
    t.observeRow(2, tom, 'Thank you.', 20_000);

    expect(t.takeUpdates()).toMatchObject([{ id: 'session:2', text: 'Thank you.' }]);
  });

  it('starts a new utterance when a row is reused for a different speaker', () => {
    const t = tracker();
    t.observeRow(1, helen, 'Over to you, Tom.', 1_000);
    t.observeRow(1, tom, 'Thanks Helen.', 3_000);

    expect(t.takeUpdates().map((u) => [u.speaker, u.text, u.isFinal])).toEqual([
      ['Helen Marsh', 'Over to you, Tom.', true],
      ['Tom Richards', 'Thanks Helen.', false],
    ]);
  });

  it('renames the local user in place when their name becomes known', () => {
    const t = tracker();
    t.observeRow(1, you, 'I can take that action.', 1_000);
    t.takeUpdates();
    t.observeRow(1, { label: 'You', displayName: 'Dr Tom Richards', isSelf: true }, 'I can take that action.', 1_500);

    expect(t.takeUpdates()).toMatchObject([{ id: 'session:1', speaker: 'Dr Tom Richards', isSelf: true }]);
  });

  it('settles an older row that stopped changing, but never the latest one', () => {
    const t = tracker();
    t.observeRow(1, helen, 'First.', 1_000);
    t.observeRow(2, tom, 'Second, still talking', 2_000);
    t.takeUpdates();

    t.settle(20_000);

    expect(t.takeUpdates()).toMatchObject([{ id: 'session:1', isFinal: true }]);
  });

  it('finalises every open row at once', () => {
    const t = tracker();
    t.observeRow(1, helen, 'One', 1_000);
    t.observeRow(2, tom, 'Two', 2_000);
    t.takeUpdates();
    t.releaseAll(3_000);

    expect(t.takeUpdates().map((u) => u.isFinal)).toEqual([true, true]);
    expect([t.isTracking(1), t.isTracking(2)]).toEqual([false, false]);
  });

  it('forgets released utterances beyond its memory limit', () => {
    const t = new CaptionTracker({ idPrefix: 's', recentLimit: 2 });
    for (let row = 1; row <= 3; row += 1) {
      t.observeRow(row, helen, `This is a long enough sentence number ${row}`, row * 1_000);
      t.releaseRow(row, row * 1_000 + 500);
    }
    t.takeUpdates();
    t.observeRow(10, helen, 'This is a long enough sentence number 1', 4_000);

    expect(t.takeUpdates()).toMatchObject([{ id: 's:4' }]);
  });
});

describe('isCaptionReset', () => {
  it.each([
    ['a refinement that re-punctuates', 'so we need to look at the access figures again', 'So we need to look at the access figures again.', false],
    ['a correction that changes a word', 'pharmacy thirst referrals are up', 'Pharmacy First referrals are up', false],
    ['a short text rewritten', 'I', "It's", false],
    ['a long text replaced by a new start', 'x'.repeat(120), 'and then', true],
    ['growth', 'we', 'we had', false],
  ])('%s', (_name, previous, next, expected) => {
    expect(isCaptionReset(previous, next)).toBe(expected);
  });
});
