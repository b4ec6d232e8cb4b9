import type { DueDate, DueDateParser, LanguageTools } from '../core/language';
import { createDateReader } from '../dates/due-date';
import { createSentenceTagger, rememberingTagger } from './tagger';
import { createMemo } from '../core/memo';
import type { SentenceReading } from '../core/actions';

/**
 * The language tools the meeting analysis needs to suggest actions and
 * decisions: a British English date reader and a sentence tagger. Loading
 * the tagger's model takes about a tenth of a second, so make them once.
 */
export function createLanguageTools(): LanguageTools {
  const dates = createDateReader();
  return {
    dates: { ...dates, parseDue: rememberingDueDates(dates.parseDue) },
    tagSentence: rememberingTagger(createSentenceTagger()),
    // What each sentence was read as (action, decision or neither): about a three-hour meeting's worth.
    readings: createMemo<SentenceReading>(8_000),
  };
}

/** Due dates already read are kept, so re-analysing a live meeting every second reads each sentence once. */
function rememberingDueDates(parseDue: DueDateParser): DueDateParser {
  const memo = createMemo<DueDate | null>(4_000);
  return (sentence, meetingStartMs, context) => memo(`${meetingStartMs}|${context?.nextMeetingMs ?? ''}|${sentence}`, () => parseDue(sentence, meetingStartMs, context));
}
