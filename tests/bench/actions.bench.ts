import { bench, describe } from 'vitest';
import { detectActions } from '@/utils/core/actions';
import { parseDueDate } from '@/utils/dates/due-date';
import { createLanguageTools } from '@/utils/language';
import { createSentenceTagger } from '@/utils/language/tagger';
import { loadThreeHoursOfMeetings } from '../helpers/meeting';

// A three-hour meeting, every sentence different (nine meetings one after another, about 31,000 words).
const utterances = loadThreeHoursOfMeetings();
const words = utterances.reduce((sum, u) => sum + u.text.split(/\s+/).length, 0);

const tagSentence = createSentenceTagger();
// The side panel's language tools remember the sentences they have read, so a live
// meeting's second-by-second re-analysis reads only what is new.
const remembering = createLanguageTools();
const live = { meetingStartMs: 0, parseDue: remembering.dates.parseDue, tagSentence: remembering.tagSentence, readings: remembering.readings };
detectActions(utterances, live);

describe(`detectActions over ${utterances.length} utterances (${words} words)`, () => {
  bench('whole meeting, every sentence read afresh (the panel opened on a finished meeting)', () => {
    detectActions(utterances, { meetingStartMs: 0, parseDue: parseDueDate, tagSentence });
  });
  bench('whole meeting again, its sentences already read (the live panel, each second)', () => {
    detectActions(utterances, live);
  });
});
