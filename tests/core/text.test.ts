import { describe, expect, it } from 'vitest';
import { countWords, normaliseForComparison, normaliseSpaces } from '@/utils/core/text';

describe('text helpers', () => {
  it('counts words, keeping contractions whole', () => {
    expect(countWords("We've had 400 Pharmacy First referrals — that's good.")).toBe(8);
    expect(countWords('   ')).toBe(0);
    expect(countWords('Café naïve réunion')).toBe(3);
  });
  it('collapses whitespace', () => {
    expect(normaliseSpaces('  a \n b\t c ')).toBe('a b c');
  });
  it('compares without punctuation or capitals', () => {
    expect(normaliseForComparison('Hello, how are you?')).toBe(normaliseForComparison('hello how are you'));
  });
});
