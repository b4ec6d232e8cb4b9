import { bench, describe } from 'vitest';
import { findNextMeetingDate, parseDueDate } from '@/utils/dates/due-date';
import { loadSampleMeeting } from '../helpers/meeting';

// Every sentence of a three-hour meeting: the sample committee meeting's sentences repeated to 3,000.
const { lines } = loadSampleMeeting();
const sentences = lines.flatMap((line) => line.text.split(/(?<=[.!?])\s+(?=[A-Z])/));
const meeting = Array.from({ length: Math.ceil(3_000 / sentences.length) }, () => sentences).flat().slice(0, 3_000);
const startMs = new Date(2026, 10, 18, 10).getTime();

const actionSentences = [
  'Marie, can you send the enhanced access figures for October by Friday week?',
  "I'll have it to you within ten working days, bear in mind Christmas.",
  'Could the ICB respond by the end of Q3, before the next meeting?',
  "I'll get the plan round by Tuesday, no, sorry, Wednesday.",
  'Can we have the breakdown before we meet again on the ninth of February?',
  'Can you write to the practices?',
];

describe('due dates', () => {
  bench(`findNextMeetingDate over ${meeting.length} sentences`, () => {
    for (const s of meeting) findNextMeetingDate(s, startMs);
  });

  bench('parseDueDate over six action sentences', () => {
    for (const s of actionSentences) parseDueDate(s, startMs);
  });
});
