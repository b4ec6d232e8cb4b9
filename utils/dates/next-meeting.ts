import type { NextMeetingFinder } from '../core/language';
import { dayOfMs, msOfDay } from './calendar';
import { DATED_KINDS, findMentions, isMeetingDateGap, NEXT_MEETING_PHRASE } from './date-mentions';

/** A cheap first test, run on every sentence of a meeting: most never mention the next meeting. */
const MAY_SAY_NEXT_MEETING = /next|meet/i;

/**
 * Finds the next meeting's date when a sentence says it ("our next meeting is
 * on Wednesday the thirteenth of January", "we meet again on the 9th", "next
 * committee: 13 January, same time", "the next meeting, which is the
 * fourteenth of January"), as local midnight of that day, or null. Only a day
 * after the meeting counts; a month alone ("we meet again in March") is not a
 * date.
 */
export const findNextMeetingDate: NextMeetingFinder = (sentence, meetingStartMs) => {
  if (!MAY_SAY_NEXT_MEETING.test(sentence)) return null;
  NEXT_MEETING_PHRASE.lastIndex = 0;
  const said = NEXT_MEETING_PHRASE.exec(sentence);
  if (!said) return null;
  // Only the words from the phrase on can say its date.
  const s = sentence.slice(said.index, said.index + 160).replace(/[‘’]/g, "'");
  const today = dayOfMs(meetingStartMs);
  const mentions = findMentions(s, { today, nextMeeting: null });
  for (let i = 0; i < mentions.length - 1; i += 1) {
    const phrase = mentions[i]!;
    const date = mentions[i + 1]!;
    if (phrase.kind !== 'next-meeting' || !DATED_KINDS.has(date.kind) || date.day === null) continue;
    if (date.day > today && isMeetingDateGap(s.slice(phrase.end, date.start))) {
      // "Thursday the fifteenth of April": the weekday leads into the date itself.
      const fuller = mentions[i + 2];
      const isWeekdayOfDate = date.kind === 'weekday' && fuller && DATED_KINDS.has(fuller.kind) && fuller.day !== null && /^[\s,]*(?:the\s+)?$/i.test(s.slice(date.end, fuller.start));
      return msOfDay(isWeekdayOfDate ? fuller.day! : date.day);
    }
  }
  return null;
};
