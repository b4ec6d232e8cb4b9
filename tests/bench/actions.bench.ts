import { bench, describe } from 'vitest';
import { detectActions } from '@/utils/core/actions';
import { parseDueDate } from '@/utils/dates/due-date';
import { createLanguageTools } from '@/utils/language';
import { createSentenceTagger } from '@/utils/language/tagger';
import { loadSampleMeeting } from '../helpers/meeting';

// A three-hour meeting: the sample committee meeting's speech repeated to about 30,000 words.
const { lines } = loadSampleMeeting();
const wordsPerPass = lines.reduce((sum, line) => sum + line.text.split(/\s+/).length, 0);
const passes = Math.ceil(30_000 / wordsPerPass);
const utterances = Array.from({ length: passes }, (_, pass) =>
  lines.map((line, i) => ({ id: `${pass}:${i}`, speaker: line.speaker, text: line.text, startMs: (pass * lines.length + i) * 4_000 })),
).flat();

const tagSentence = createSentenceTagger();
// The side panel's language tools remember the sentences they have read, so a live
// meeting's second-by-second re-analysis tags and dates only what is new.
const remembering = createLanguageTools();
detectActions(utterances, { meetingStartMs: 0, parseDue: remembering.dates.parseDue, tagSentence: remembering.tagSentence, readings: remembering.readings });

describe(`detectActions over ${utterances.length} utterances (~${passes * wordsPerPass} words)`, () => {
  bench('whole meeting, every sentence tagged afresh', () => {
    detectActions(utterances, { meetingStartMs: 0, parseDue: parseDueDate, tagSentence });
  });
  bench('whole meeting again, its sentences already tagged and dated (the live panel, each second)', () => {
    detectActions(utterances, { meetingStartMs: 0, parseDue: remembering.dates.parseDue, tagSentence: remembering.tagSentence, readings: remembering.readings });
  });
});
