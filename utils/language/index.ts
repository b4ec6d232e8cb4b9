import type { DueDate, DueDateParser, LanguageTools } from '../core/language';
import { createDateReader } from '../dates/due-date';
import { createSentenceTagger, rememberingTagger } from './tagger';

/**
 * The language tools the meeting analysis needs to suggest actions and
 * decisions: a British English date reader and a sentence tagger. Loading
 * the tagger's model takes about a tenth of a second, so make them once.
 */
export function createLanguageTools(): LanguageTools {
  const dates = createDateReader();
  return { dates: { ...dates, parseDue: rememberingDueDates(dates.parseDue) }, tagSentence: rememberingTagger(createSentenceTagger()) };
}

/** Due dates already read are kept, so re-analysing a live meeting every second reads each sentence once. */
function rememberingDueDates(parseDue: DueDateParser): DueDateParser {
  const cache = new Map<string, DueDate | null>();
  return (sentence, meetingStartMs, context) => {
    const key = `${meetingStartMs}|${context?.nextMeetingMs ?? ''}|${sentence}`;
    if (cache.has(key)) return cache.get(key)!;
    const due = parseDue(sentence, meetingStartMs, context);
    if (cache.size >= 4_000) cache.delete(cache.keys().next().value!);
    cache.set(key, due);
    return due;
  };
}
