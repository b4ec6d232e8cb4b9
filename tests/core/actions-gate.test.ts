import { describe, expect, it } from 'vitest';
import { mayHoldASuggestion, readSentence } from '@/utils/core/actions';
import { createSentenceTagger } from '@/utils/language/tagger';
import { loadCorpus } from '../corpus/load';

/**
 * Detection's first look at a sentence (utils/core/actions.ts) skips those
 * with none of the words any rule needs. Read every sentence of the
 * development corpus without that look: wherever a rule finds something, the
 * look must have let the sentence through. A rule that needs a word the look
 * does not know fails here.
 */
describe('the first look at a sentence', () => {
  it('lets through every sentence of the development corpus in which a rule finds an action or a decision', () => {
    const corpus = loadCorpus('dev');
    const lines = [...corpus.snippets.flatMap((s) => s.lines), ...corpus.meetings.flatMap((m) => m.lines)].map((l) => l.text);
    const sentences = [...new Set(lines.flatMap((l) => l.split(/(?<=[.!?])\s+/)))];
    const tag = createSentenceTagger();
    const found = sentences.filter((s) => {
      const reading = readSentence(s, false, tag, false);
      return reading.actions.length > 0 || reading.decision !== null;
    });
    const stopped = found.filter((s) => !mayHoldASuggestion(s));
    expect(found.length).toBeGreaterThan(1000);
    expect(stopped).toEqual([]);
  }, 120_000);

  it('stops talk that holds none of those words', () => {
    expect(mayHoldASuggestion('The waits at the front door have come down a little this year.')).toBe(false);
    // Any word before a comma once passed: a name spoken to needs its capital.
    expect(mayHoldASuggestion('The waits, honestly, have come down a little this year.')).toBe(false);
    expect(mayHoldASuggestion('Nadia, the rota for January.')).toBe(true);
  });
});
