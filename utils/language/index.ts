import type { LanguageTools } from '../core/language';
import { createDateReader } from '../dates/due-date';
import { createSentenceTagger } from './tagger';

/**
 * The language tools the meeting analysis needs to suggest actions and
 * decisions: a British English date reader and a sentence tagger. Loading
 * the tagger's model takes about a tenth of a second, so make them once.
 */
export function createLanguageTools(): LanguageTools {
  return { dates: createDateReader(), tagSentence: createSentenceTagger() };
}
