import { describe, expect, it } from 'vitest';
import { cleanSpeech } from '@/utils/core/speech';

describe('cleanSpeech', () => {
  it.each([
    ["I'll, I'll send it round.", "I'll send it round."],
    ['um we we need the figures', 'we need the figures'],
    ['thats approved and ive sent it', "that's approved and i've sent it"],
    // "ill" for "I'll" opening a clause before a verb of doing, as captions without apostrophes write it.
    ['no not yet um ill ill email all the care homes today', "no not yet I'll email all the care homes today"],
    ['send me the slides and ill get them circulated by tomorrow', "send me the slides and I'll get them circulated by tomorrow"],
  ])('%s', (said, read) => {
    expect(cleanSpeech(said)).toBe(read);
  });

  it.each([
    'the frail and ill get seen first',
    'she was ill last week so the audit slipped',
    'the mentally ill need a named worker',
  ])('keeps "ill" as a word: %s', (said) => {
    expect(cleanSpeech(said)).toBe(said);
  });
});
