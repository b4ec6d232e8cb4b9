import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { PartOfSpeech, SentenceTagger, TaggedWord } from '../core/language';
import { createMemo } from '../core/memo';

/**
 * A part-of-speech tagger over wink-nlp's English web model: it tells the
 * meeting's actions and decisions apart by their structure (who does what,
 * in which tense) rather than by lists of phrases. About 0.05 ms a
 * sentence; the model weighs about 3.6 MB, so only the side panel loads it,
 * and only when it first needs it.
 */
export function createSentenceTagger(): SentenceTagger {
  const nlp = winkNLP(model, ['pos', 'negation']);
  const its = nlp.its;
  return tag;

  function tag(sentence: string): readonly TaggedWord[] {
    const tokens = nlp.readDoc(sentence).tokens();
    const texts = tokens.out(its.value) as string[];
    const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[];
    const tags = tokens.out(its.pos) as PartOfSpeech[];
    const negated = tokens.out(its.negationFlag) as unknown as boolean[];
    return texts.map((text, i) => ({ text, lemma: lemmas[i]!.toLowerCase(), pos: tags[i]!, isNegated: !!negated[i] }));
  }
}

/** Sentences whose tags are kept: about a three-hour meeting's worth. */
const CACHE_LIMIT = 8_000;

/**
 * The same tagger, remembering the sentences it has read: the side panel
 * analyses a live meeting again every second, and reads each sentence once.
 */
export function rememberingTagger(tag: SentenceTagger): SentenceTagger {
  const memo = createMemo<readonly TaggedWord[]>(CACHE_LIMIT);
  return (sentence) => memo(sentence, () => tag(sentence));
}
