import { describe, expect, it } from 'vitest';
import { cleanPageText } from '@/utils/platforms/dom';

/** What cleanPageText did before its clean-text shortcut: always collapse, remove and trim. */
function cleanPageTextInFull(raw: string, maxChars: number): string {
  // eslint-disable-next-line no-control-regex -- the same removal as the real function
  const text = raw.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  if (!/[^\s\p{Cc}\p{Cf}\p{Z}]/u.test(text)) return '';
  if (text.length <= maxChars) return text;
  const last = text.charCodeAt(maxChars - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? maxChars - 1 : maxChars).trimEnd();
}

/** Letters, spaces of every kind, controls, format marks and a surrogate pair. */
const ALPHABET = [
  ...['a', 'Z', '7', '.', 'é', '😀', ' ', ' ', ' '],
  ...['\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u180e', '\u2000', '\u2003', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'],
  ...['\u0000', '\u0007', '\u001f', '\u007f', '\u0085', '\u009f', '\u00a1', '\u200b', '\u200f', '\u202e'],
];

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('cleanPageText', () => {
  it('returns clean text as it is', () => {
    expect(cleanPageText('Good morning, everyone.', 100)).toBe('Good morning, everyone.');
  });

  it.each([
    ['two spaces', 'a  b', 'a b'],
    ['a leading space', ' a', 'a'],
    ['a trailing space', 'a ', 'a'],
    ['a tab', 'a\tb', 'a b'],
    ['a no-break space', 'a\u00a0b', 'a b'],
    ['a control character', 'a\u0000b', 'ab'],
    ['a C1 control character', 'a\u0085b', 'ab'],
  ])('cleans text with %s', (_name, raw, expected) => {
    expect(cleanPageText(raw, 100)).toBe(expected);
  });

  it('treats every character of the Basic Multilingual Plane as collapsing, removing and trimming would', () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const c = String.fromCharCode(code);
      for (const raw of [`a${c}b`, `${c}a`, `a${c}`, `a ${c}b`]) {
        if (cleanPageText(raw, 100) !== cleanPageTextInFull(raw, 100)) differ.push(`U+${code.toString(16)} in ${JSON.stringify(raw)}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('cleans 20,000 random texts exactly as collapsing, removing and trimming every time would', () => {
    const next = random(20_261_206);
    for (let i = 0; i < 20_000; i += 1) {
      const length = Math.floor(next() * 24);
      const raw = Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
      const maxChars = 1 + Math.floor(next() * 30);
      expect(cleanPageText(raw, maxChars), JSON.stringify(raw)).toBe(cleanPageTextInFull(raw, maxChars));
    }
  });
});
