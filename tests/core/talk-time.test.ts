import { describe, expect, it } from 'vitest';
import { CAPTION_LEAD_MS, computeMeetingTalk, computeTalkTime, summariseTalk } from '@/utils/core/talk-time';
import { meeting } from '../helpers/meeting';

describe('computeTalkTime', () => {
  it('sums talk time, words and turns per speaker and ranks by talk time', () => {
    const stats = computeTalkTime(
      meeting(`
        00:00 00:10 Alice Let's start with the roadmap for this winter
        00:11 00:14 Bob   Sounds good to me
        00:15 00:35 Alice First item is the enhanced access paper which sets out options
      `),
      'indicators',
    );

    expect(stats.participants.map((p) => [p.speaker, p.talkMs, p.words, p.turns])).toEqual([
      ['Alice', 30_000, 19, 2],
      ['Bob', 3_000, 4, 1],
    ]);
    expect(stats.totalTalkMs).toBe(33_000);
    expect(stats.participants[0]!.shareRatio).toBeCloseTo(30 / 33);
    expect(stats.shareBasis).toBe('time');
  });

  it('merges overlapping items from one speaker instead of counting them twice', () => {
    const stats = computeTalkTime(
      meeting(`
        00:00 00:10 Alice one
        00:05 00:12 Alice two
      `),
      'indicators',
    );
    expect(stats.participants[0]!.talkMs).toBe(12_000);
  });

  it('joins consecutive items from the same speaker into one turn and reports the longest turn', () => {
    const stats = computeTalkTime(
      meeting(`
        00:00 00:10 Alice a
        00:11 00:30 Alice b
        00:31 00:35 Bob   c
        00:36 00:40 Alice d
      `),
      'indicators',
    );
    const alice = stats.participants.find((p) => p.speaker === 'Alice')!;
    expect(alice.turns).toBe(2);
    expect(alice.longestTurnMs).toBe(30_000);
    expect(stats.totalTurns).toBe(3);
  });

  it('adds the first word, spoken before a caption row appears, at the utterance’s own pace', () => {
    const stats = computeTalkTime(meeting('00:10 00:14 Alice one two three four five'), 'captions');
    expect(stats.participants[0]!.talkMs).toBe(4_000 + 1_000);
  });

  it('gives a one-word caption a typical word length', () => {
    const stats = computeTalkTime(meeting('00:10 00:10 Alice yes'), 'captions');
    expect(stats.participants[0]!.talkMs).toBe(CAPTION_LEAD_MS);
  });

  it('caps the first-word allowance for slow rows', () => {
    const stats = computeTalkTime(meeting('00:00 00:20 Alice well then'), 'captions');
    expect(stats.participants[0]!.talkMs).toBe(21_000);
  });

  it('counts an item that ends before it starts as zero length and reports it', () => {
    const stats = computeTalkTime(meeting('00:10 00:05 Alice oops'), 'indicators');
    expect(stats.participants[0]!.talkMs).toBe(0);
    expect(stats.invalidItemCount).toBe(1);
  });

  it('falls back to word share when no timing is available', () => {
    const stats = computeTalkTime(
      meeting(`
        00:10 00:10 Alice one two three
        00:20 00:20 Bob   four
      `),
      'indicators',
    );
    expect(stats.shareBasis).toBe('words');
    expect(stats.participants.map((p) => p.shareRatio)).toEqual([0.75, 0.25]);
  });

  it('returns empty figures for no speech', () => {
    const stats = computeTalkTime([], 'captions');
    expect(stats).toMatchObject({ totalTalkMs: 0, totalWords: 0, participants: [] });
  });
});

describe('computeTalkTime with an imported transcript’s timing', () => {
  const items = meeting(`
    00:00 00:10 Alice Let's start with the roadmap for this winter
    00:11 00:14 Bob   Sounds good to me
  `);

  it('takes a transcript’s cue times as they are, without the live captions’ first-word allowance', () => {
    const live = computeTalkTime(items, 'captions');
    const cues = computeTalkTime(items, 'captions', 'cues');
    expect(cues.participants.map((p) => [p.speaker, p.talkMs])).toEqual([
      ['Alice', 10_000],
      ['Bob', 3_000],
    ]);
    expect(live.totalTalkMs).toBeGreaterThan(cues.totalTalkMs);
    expect(cues.shareBasis).toBe('time');
  });

  it('shares talk by words when the times were only estimated from the words', () => {
    const stats = computeTalkTime(items, 'captions', 'words');
    expect(stats.shareBasis).toBe('words');
    expect(stats.participants.map((p) => [p.speaker, p.shareRatio])).toEqual([
      ['Alice', 8 / 12],
      ['Bob', 4 / 12],
    ]);
  });

  it('passes the timing through computeMeetingTalk to the captions and to captions with no speaker', () => {
    const talk = computeMeetingTalk({ utterances: items, speechSegments: [], captionTiming: 'words' });
    expect(talk.primary?.shareBasis).toBe('words');
  });
});

describe('computeMeetingTalk', () => {
  it('leads with captions and keeps indicators as a cross-check', () => {
    const talk = computeMeetingTalk({
      utterances: meeting('00:00 00:05 Alice hello'),
      speechSegments: meeting('00:00 00:06 Alice'),
    });
    expect(talk.primary?.source).toBe('captions');
    expect(talk.indicators?.participants[0]?.talkMs).toBe(6_000);
  });

  it('uses speaking indicators when there are no captions', () => {
    const talk = computeMeetingTalk({ utterances: [], speechSegments: meeting('00:00 00:06 Alice') });
    expect(talk.primary?.source).toBe('indicators');
  });

  it('has no figures without any data', () => {
    expect(computeMeetingTalk({ utterances: [], speechSegments: [] }).primary).toBeNull();
  });

  it('prefers captions, then the manual tally, then indicators, unless the user picks another', () => {
    const input = {
      utterances: meeting('00:00 00:05 Alice hello'),
      speechSegments: meeting('00:00 00:06 Alice'),
      manualSegments: meeting('00:00 00:30 "Townships 1 PCN"'),
    };
    expect(computeMeetingTalk(input)).toMatchObject({ primary: { source: 'captions' }, available: ['captions', 'manual', 'indicators'] });
    expect(computeMeetingTalk({ ...input, preferredSource: 'manual' }).primary?.participants[0]?.speaker).toBe('Townships 1 PCN');
    expect(computeMeetingTalk({ ...input, utterances: [] }).primary?.source).toBe('manual');
  });

  it('keeps captions without a known speaker out of everyone’s figures and reports them apart', () => {
    const utterances = [
      ...meeting('00:00 00:10 Alice one two three'),
      { ...meeting('00:11 00:15 "Unknown speaker" can you hear me')[0]!, isSpeakerUnknown: true },
    ];
    const talk = computeMeetingTalk({ utterances, speechSegments: [] });
    expect(talk.primary?.participants.map((p) => p.speaker)).toEqual(['Alice']);
    expect(talk.primary?.participants[0]?.shareRatio).toBe(1);
    expect(talk.unknownSpeaker).toMatchObject({ utteranceCount: 1, words: 4 });
  });
});

describe('summariseTalk', () => {
  it('keeps the top speakers and totals', () => {
    const stats = computeTalkTime(
      meeting(`
        00:00 00:10 A x
        00:10 00:15 B x
        00:15 00:17 C x
        00:17 00:18 D x
      `),
      'indicators',
    );
    const figures = summariseTalk(stats, 2);
    expect(figures.speakerCount).toBe(4);
    expect(figures.topSpeakers.map((s) => s.speaker)).toEqual(['A', 'B']);
  });
});
