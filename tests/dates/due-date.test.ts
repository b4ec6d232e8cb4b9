import { describe, expect, it } from 'vitest';
import type { DueDate } from '@/utils/core/language';
import { createDueDateParser, parseDueDate } from '@/utils/dates/due-date';

/** 10:00 on a local calendar day. */
function on(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 10, 0, 0).getTime();
}

const WED_18_NOV = '2026-11-18';

type Row = readonly [sentence: string, saidOn: string, text: string | null, date: string | null, flags?: Partial<Pick<DueDate, 'isNextMeeting' | 'needsCheck'>>];

/** One table of sentences, each read on the day it was said. */
function table(rows: readonly Row[]): void {
  const named = rows.map(([sentence, saidOn, text, date, flags = {}]) => ({ sentence, saidOn, text, date, flags }));
  it.each(named)('$sentence (said $saidOn) → $text, $date', ({ sentence, saidOn, text, date, flags }) => {
    const due = parseDueDate(sentence, on(saidOn));
    expect({ text: due?.text ?? null, date: due?.date ?? null }).toEqual({ text, date });
    expect(due?.isNextMeeting ?? false).toBe(flags.isNextMeeting ?? false);
    expect(due?.needsCheck ?? false).toBe(flags.needsCheck ?? false);
  });
}

describe('parseDueDate: the deadline wins over a date that describes the work', () => {
  table([
    ['Please send the figures for October by Friday.', WED_18_NOV, 'by Friday', '2026-11-20'],
    ['Could you send the October figures for the practices by Friday?', WED_18_NOV, 'by Friday', '2026-11-20'],
    ['Can we have the Q3 return by the fourth of December?', WED_18_NOV, 'by the fourth of December', '2026-12-04'],
    ['Can you pull together the activity from April to June by the end of the month?', WED_18_NOV, 'by the end of the month', '2026-11-30'],
    ['Can you write up the December activity for the board?', WED_18_NOV, null, null],
    ["I'll circulate the November data once it lands.", WED_18_NOV, null, null],
    ['Could you look again at the Q2 position?', WED_18_NOV, null, null],
    ['The audit covers April to June, can you share it?', WED_18_NOV, null, null],
    ["Can you check October's numbers with the federation?", WED_18_NOV, null, null],
    ['The merger takes effect from the first of April, can you tell the practices?', WED_18_NOV, null, null],
    ['Could you pick up the third item with the estates team?', WED_18_NOV, null, null],
    ["I can't give you an answer today, but I'll come back to you by Friday.", WED_18_NOV, 'by Friday', '2026-11-20'],
    ['Practices get ten working days to appeal, so can you send the letters today?', WED_18_NOV, 'today', '2026-11-18'],
    ["I'll have the data cleaned by the end of January so we can go through it in February.", WED_18_NOV, 'by the end of January', '2027-01-31'],
    ['I will send it by Friday and it can go to the March committee.', WED_18_NOV, 'by Friday', '2026-11-20'],
    ['Write to the practices.', WED_18_NOV, null, null],
    ['Can you chase the practices that missed the 30 September deadline?', WED_18_NOV, null, null],
    ['Could you update the risk register, which we last reviewed in March?', WED_18_NOV, null, null],
    ['Can you tell the practices the hub opens on the 4th of January?', WED_18_NOV, null, null],
    ['Can you share the figures for the week ending 13 November?', WED_18_NOV, null, null],
    ['Can we have the position as at 31 March?', WED_18_NOV, null, null],
    ['Can we have the figures up to the end of December?', WED_18_NOV, null, null],
    ['Could you give us a view on Saturday opening?', WED_18_NOV, null, null],
    ['Can you send round the minutes of the 4th of November meeting?', WED_18_NOV, null, null],
    ["Can you tell me why Tuesday's clinic was cancelled?", WED_18_NOV, null, null],
    ['Could you ask April to send it by Friday?', WED_18_NOV, 'by Friday', '2026-11-20'],
    ['May I ask you to look at it by Friday?', WED_18_NOV, 'by Friday', '2026-11-20'],
    ["I'll have it finished in March.", WED_18_NOV, 'in March', '2027-03-31'],
    ['Can you do it in the next couple of weeks?', WED_18_NOV, 'in the next couple of weeks', '2026-12-02'],
  ]);
});

describe('parseDueDate: deadline words', () => {
  table([
    ['Please get the draft to me before Thursday.', WED_18_NOV, 'before Thursday', '2026-11-19'],
    ['Could the ICB respond no later than 4 December?', WED_18_NOV, 'no later than 4 December', '2026-12-04'],
    ['Send me your comments until Friday, please.', WED_18_NOV, 'until Friday', '2026-11-20'],
    ['We need the costings in time for the finance committee on the 2nd of December.', WED_18_NOV, 'in time for the finance committee on the 2nd of December', '2026-12-02'],
    ['Could you have the paper ready for the board on 28 January?', WED_18_NOV, 'for the board on 28 January', '2027-01-28'],
    ['Send the slides ahead of the LMC meeting on Tuesday.', WED_18_NOV, 'ahead of the LMC meeting on Tuesday', '2026-11-24'],
    ['Can you take the figures to the locality forum on the twenty-third?', WED_18_NOV, 'on the twenty-third', '2026-11-23'],
    ['Can you get it to me on Monday?', WED_18_NOV, 'on Monday', '2026-11-23'],
    ['Friday at the latest, please.', WED_18_NOV, 'Friday at the latest', '2026-11-20'],
    ["I'll put it in Friday's bulletin.", WED_18_NOV, "in Friday's bulletin", '2026-11-20'],
    ['Can you send the plan by Christmas?', WED_18_NOV, 'by Christmas', '2026-12-24'],
    ['Can you get the figures to me before the Christmas break?', WED_18_NOV, 'before the Christmas break', '2026-12-24'],
    ['Share it within two weeks.', WED_18_NOV, 'within two weeks', '2026-12-02'],
    ['Within a fortnight, please.', WED_18_NOV, 'Within a fortnight', '2026-12-02'],
    ["I'll do it. Give me a fortnight.", WED_18_NOV, 'Give me a fortnight', '2026-12-02'],
    ['Report back in three weeks.', WED_18_NOV, 'in three weeks', '2026-12-09'],
    ['Could you reply within a month?', WED_18_NOV, 'within a month', '2026-12-18'],
    ['Can you confirm within 48 hours?', WED_18_NOV, 'within 48 hours', '2026-11-20'],
  ]);
});

describe('parseDueDate: the next meeting', () => {
  table([
    ['Bring the revised plan back to the next meeting.', WED_18_NOV, 'to the next meeting', null, { isNextMeeting: true }],
    ['Can you update us at our next board?', WED_18_NOV, 'at our next board', null, { isNextMeeting: true }],
    ["Please pick this up for next time.", WED_18_NOV, 'for next time', null, { isNextMeeting: true }],
    ["Can we have it before the committee's next meeting?", WED_18_NOV, "before the committee's next meeting", null, { isNextMeeting: true }],
    ['Can you have it for the next meeting, which I believe is the 9th of December?', WED_18_NOV, 'for the next meeting, which I believe is the 9th of December', '2026-12-09', { isNextMeeting: true }],
    ['Let us have it before we next meet on the 2nd.', WED_18_NOV, 'before we next meet on the 2nd', '2026-12-02', { isNextMeeting: true }],
    ['Bring it to the December meeting.', WED_18_NOV, 'to the December meeting', null],
    ['Can they present at the January board?', WED_18_NOV, 'at the January board', null],
    // The month's meeting with its day: that day of that month, not the next such day (which would be 8 December here too, so January).
    ['Could it be with us before our January meeting on the eighth?', WED_18_NOV, 'before our January meeting on the eighth', '2027-01-08'],
    ["I'll have them ready at the February meeting on the twelfth.", WED_18_NOV, 'at the February meeting on the twelfth', '2027-02-12'],
    // "February's committee, the tenth": the month's meeting with a possessive, and its day after a comma.
    ["Harpal, can you bring the workload data back to February's committee, the tenth?", WED_18_NOV, "to February's committee, the tenth", '2027-02-10'],
    ['Can you bring that to the next one, rather than this one?', WED_18_NOV, 'to the next one', null, { isNextMeeting: true }],
    // The day said straight after, with "that's", or after the speaker's own question.
    ["A paper will come back to the January meeting, that's the 25th.", WED_18_NOV, "to the January meeting, that's the 25th", '2027-01-25'],
    ["Dev, can you bring the locum figures to the next meeting? That's the ninth of December.", WED_18_NOV, "to the next meeting? That's the ninth of December", '2026-12-09', { isNextMeeting: true }],
  ]);

  it('takes the next meeting’s date from the context when it is known', () => {
    const parse = createDueDateParser();
    const nextMeetingMs = new Date(2026, 11, 16, 14, 0).getTime();
    expect(parse('Circulate the paper before the next meeting.', on(WED_18_NOV), { nextMeetingMs })).toEqual({ text: 'before the next meeting', date: '2026-12-16', isNextMeeting: true });
    expect(parse('Bring it to the December meeting.', on(WED_18_NOV), { nextMeetingMs })).toEqual({ text: 'to the December meeting', date: '2026-12-16', isNextMeeting: true });
    expect(parse('Bring it to the January meeting.', on(WED_18_NOV), { nextMeetingMs })).toEqual({ text: 'to the January meeting', date: null });
  });

  it('ignores a "next meeting" from the context that is not after this one', () => {
    const nextMeetingMs = new Date(2026, 10, 18, 16, 0).getTime();
    expect(parseDueDate('Circulate the paper before the next meeting.', on(WED_18_NOV), { nextMeetingMs })).toEqual({ text: 'before the next meeting', date: null, isNextMeeting: true });
  });

  it('prefers the date said aloud to the one the context knows', () => {
    const nextMeetingMs = new Date(2026, 11, 16).getTime();
    expect(parseDueDate('Bring it to the next meeting, which is the 9th of December.', on(WED_18_NOV), { nextMeetingMs })?.date).toBe('2026-12-09');
  });
});

describe('parseDueDate: quarters and years the NHS way', () => {
  table([
    ['The support visits will be done by the end of Q3.', WED_18_NOV, 'by the end of Q3', '2026-12-31'],
    ['Can the LMC respond by the end of quarter four?', WED_18_NOV, 'by the end of quarter four', '2027-03-31'],
    ['Can you do the review by Q4?', WED_18_NOV, 'by Q4', '2027-03-31'],
    ['Before Q4, please.', WED_18_NOV, 'Before Q4', '2026-12-31'],
    ["We'll have the new contract in place during Q1 of next financial year.", '2027-01-11', 'during Q1 of next financial year', '2027-06-30'],
    ["I'll finish it in Q2.", WED_18_NOV, 'in Q2', '2027-09-30'],
    ['Can it be done by the end of Q2?', WED_18_NOV, 'by the end of Q2', '2026-09-30', { needsCheck: true }],
    ['Can we have it by the end of the first quarter?', '2027-02-10', 'by the end of the first quarter', '2027-06-30'],
    ['Could we see it during the third quarter of 2027/28?', WED_18_NOV, 'during the third quarter of 2027/28', '2027-12-31'],
    ['By the end of the quarter, please.', WED_18_NOV, 'By the end of the quarter', '2026-12-31'],
    ['By the end of next quarter, please.', WED_18_NOV, 'By the end of next quarter', '2027-03-31'],
    ['We must spend it by the end of the financial year.', WED_18_NOV, 'by the end of the financial year', '2027-03-31'],
    ['We must spend it by the end of the financial year.', '2027-02-10', 'by the end of the financial year', '2027-03-31'],
    ['We must spend it by the end of the financial year.', '2027-04-02', 'by the end of the financial year', '2028-03-31'],
    ['Can we close it by year end?', WED_18_NOV, 'by year end', '2027-03-31'],
    ['Can we have the map before the end of the calendar year?', WED_18_NOV, 'before the end of the calendar year', '2026-12-31'],
    ['Can we have the map by the end of the year?', WED_18_NOV, 'by the end of the year', '2026-12-31'],
    ['Finish it by the end of next year.', WED_18_NOV, 'by the end of next year', '2027-12-31'],
  ]);
});

describe('parseDueDate: weeks', () => {
  table([
    ["We'll write to them this week.", WED_18_NOV, 'this week', '2026-11-20'],
    ['Return the template by the end of the week.', WED_18_NOV, 'by the end of the week', '2026-11-20'],
    ['Confirm the rota by the end of next week.', WED_18_NOV, 'by the end of next week', '2026-11-27'],
    ['Send it by Monday week.', WED_18_NOV, 'by Monday week', '2026-11-30'],
    ['Send it by Friday week.', WED_18_NOV, 'by Friday week', '2026-11-27'],
    ['Send it by Friday week.', '2026-11-20', 'by Friday week', '2026-12-04'],
    ['Send it by Friday.', '2026-11-20', 'by Friday', '2026-11-27'],
    ['Can we have the numbers a fortnight today?', WED_18_NOV, 'a fortnight today', '2026-12-02'],
    ['A week on Friday would be fine.', WED_18_NOV, 'A week on Friday', '2026-11-27'],
    ['Can you do it a week tomorrow?', WED_18_NOV, 'a week tomorrow', '2026-11-26'],
    ['Let me have it the Friday after next.', WED_18_NOV, 'the Friday after next', '2026-11-27'],
    ['Could you action that by the week after next?', WED_18_NOV, 'by the week after next', '2026-12-04'],
    ['By the end of the week after next, please.', WED_18_NOV, 'By the end of the week after next', '2026-12-04'],
    ["I'll send it out next Tuesday.", WED_18_NOV, 'next Tuesday', '2026-11-24'],
    ["I'll send it out next Tuesday.", '2026-11-16', 'next Tuesday', '2026-11-24'],
    ['Can I say Thursday of next week?', WED_18_NOV, 'Thursday of next week', '2026-11-26'],
    ['Could you do it by Thursday next week?', WED_18_NOV, 'by Thursday next week', '2026-11-26'],
    ['Could you do it this Friday?', WED_18_NOV, 'this Friday', '2026-11-20'],
    ['I will confirm next week.', WED_18_NOV, null, null],
    ['Can the rota go out in the first week of January?', '2026-12-10', 'in the first week of January', '2027-01-08'],
    ['Can the rota go out in the first week of January?', '2028-12-11', 'in the first week of January', '2029-01-05'],
    ['Can it be done in the first week of March?', '2027-02-10', 'in the first week of March', '2027-03-05'],
    ['Can it be done in the second week of March?', '2027-02-10', 'in the second week of March', '2027-03-12'],
    ['Can it be done in the last week of March?', '2027-02-10', 'in the last week of March', '2027-03-31'],
    ['Can you have that set up by the end of the first week in January?', '2026-12-23', 'by the end of the first week in January', '2027-01-08'],
    ['By the end of the first week of January, please.', '2026-12-10', 'By the end of the first week of January', '2027-01-08'],
    ["I'll circulate that in the next fortnight.", '2026-11-26', 'in the next fortnight', '2026-12-10'],
    ['Could you get it done within the next week?', '2026-11-26', 'within the next week', '2026-12-03'],
    ['Could I have your comments by Wednesday lunchtime?', '2026-11-26', 'by Wednesday lunchtime', '2026-12-02'],
    ['The pilot ran over two days.', '2026-11-26', null, null],
    // A weekday that ends a promise or request is when; one that describes something is not.
    ["I'll do it Monday.", WED_18_NOV, 'Monday', '2026-11-23'],
    ['Can you send it over Friday?', WED_18_NOV, 'Friday', '2026-11-20'],
    ['We meet Monday.', WED_18_NOV, null, null],
    ["I'll send the Monday figures.", WED_18_NOV, null, null],
  ]);
});

describe('parseDueDate: today, tomorrow and close of play', () => {
  table([
    ["I'll ask the team today.", WED_18_NOV, 'today', '2026-11-18'],
    ["I'll send it tonight.", WED_18_NOV, 'tonight', '2026-11-18'],
    ["I'll ring them this afternoon, it's the third time this month.", WED_18_NOV, 'this afternoon', '2026-11-18'],
    ["I'll send it over tomorrow.", WED_18_NOV, 'tomorrow', '2026-11-19'],
    ["I'll email them first thing tomorrow.", WED_18_NOV, 'first thing tomorrow', '2026-11-19'],
    ["I'll do it first thing on Monday.", WED_18_NOV, 'first thing on Monday', '2026-11-23'],
    ['Comments by close of play, please.', WED_18_NOV, 'by close of play', '2026-11-18'],
    ['Close of play Thursday for the bid, please.', '2026-11-16', 'Close of play Thursday', '2026-11-19'],
    ["I'll get that to you by close of play tomorrow.", WED_18_NOV, 'by close of play tomorrow', '2026-11-19'],
    ['Can you do it by Thursday close of play?', '2026-11-16', 'by Thursday close of play', '2026-11-19'],
    ['By end of play Friday, please.', WED_18_NOV, 'By end of play Friday', '2026-11-20'],
    ['Can I have it by COB Friday?', WED_18_NOV, 'by COB Friday', '2026-11-20'],
    ['Can I have it by 5pm?', WED_18_NOV, 'by 5pm', '2026-11-18'],
    ['Can I have it by lunchtime tomorrow?', WED_18_NOV, 'by lunchtime tomorrow', '2026-11-19'],
    ['Can I have it by Friday at noon?', WED_18_NOV, 'by Friday at noon', '2026-11-20'],
    ['Please have it with the clerk by 12 noon on Friday.', WED_18_NOV, 'by 12 noon on Friday', '2026-11-20'],
    ['Could the lists be with Jo by the end of tomorrow?', WED_18_NOV, 'by the end of tomorrow', '2026-11-19'],
    ['I need the rota back by close of play, please, because the hub rings round in the morning.', WED_18_NOV, 'by close of play', '2026-11-18'],
    ['Draft figures by close of play, please, as the return goes in tomorrow.', WED_18_NOV, 'by close of play', '2026-11-18'],
  ]);
  it('reads "not before" as when the work cannot be done, not as its deadline', () => {
    expect(parseDueDate("Yes, though not before Christmas, so the first week of January?", Date.parse(`${WED_18_NOV}T10:00:00Z`))?.text).toBe('first week of January');
    expect(parseDueDate("Not before Friday, I'm afraid.", Date.parse(`${WED_18_NOV}T10:00:00Z`))).toBeNull();
  });
  it('reads "give me a fortnight" as asking for that long, but not "I\'ll give it a week and see"', () => {
    expect(parseDueDate("I'll give it a week and see.", Date.parse(`${WED_18_NOV}T10:00:00Z`))).toBeNull();
  });
});

describe('parseDueDate: days of the month, months and dates', () => {
  table([
    ['Circulate the plan by the twentieth, please.', '2026-11-12', 'by the twentieth', '2026-11-20'],
    ['Can you get it in by the eleventh?', '2026-11-24', 'by the eleventh', '2026-12-11'],
    ['Can you get it in by the 3rd?', WED_18_NOV, 'by the 3rd', '2026-12-03'],
    ['Can you get it in by the 18th?', WED_18_NOV, 'by the 18th', '2026-11-18'],
    ["I'll raise it at the forum on the twenty-seventh.", '2027-01-12', 'on the twenty-seventh', '2027-01-27'],
    ['Can you send it on the 31st?', '2026-11-05', 'on the 31st', '2026-12-31'],
    ['Can you send it by the 20th of next month?', WED_18_NOV, 'by the 20th of next month', '2026-12-20'],
    ['Can you do it by the first of the month?', WED_18_NOV, 'by the first of the month', '2026-12-01'],
    ['Let us have your comments by December 2nd.', WED_18_NOV, 'by December 2nd', '2026-12-02'],
    ['Friday the 4th is the deadline, can you make it?', WED_18_NOV, null, null],
    ['Can you make it by Friday the 4th?', WED_18_NOV, 'by Friday the 4th', '2026-12-04'],
    ['Bring an update in March.', WED_18_NOV, 'in March', '2027-03-31'],
    ['Confirm it by March.', WED_18_NOV, 'by March', '2027-03-31'],
    ['Confirm it before March.', WED_18_NOV, 'before March', '2027-02-28'],
    ['Confirm it before the end of March.', WED_18_NOV, 'before the end of March', '2027-03-31'],
    ['A report will come back in July.', '2026-11-26', 'in July', '2027-07-31'],
    ['Can you look at it by mid-January?', WED_18_NOV, 'by mid-January', '2027-01-15'],
    ['Can you have it ready by the start of April?', WED_18_NOV, 'by the start of April', '2027-04-01'],
    ['Confirm it by November.', '2026-12-06', 'by November', '2026-11-30', { needsCheck: true }],
    ["We'll look at it again in November.", '2026-12-06', 'in November', '2027-11-30'],
    ['Send the costings by 4 December.', WED_18_NOV, 'by 4 December', '2026-12-04'],
    ['Circulate it by Friday 11 December.', WED_18_NOV, 'by Friday 11 December', '2026-12-11'],
    ['Circulate it by Friday 12 December.', WED_18_NOV, 'by Friday 12 December', '2026-12-12', { needsCheck: true }],
    // A weekday and a day of the month that last fell together days ago: that date, to check, not one six months on.
    ['Could it be with me by Friday the fourth?', '2026-12-08', 'by Friday the fourth', '2026-12-04', { needsCheck: true }],
    ['Could it be with me by Friday the eighteenth?', '2026-12-08', 'by Friday the eighteenth', '2026-12-18'],
    // …even when the month just gone has no such day next month ("the twenty-ninth" said on 4 February 2027).
    ["I'll get that over to you by Friday the twenty-ninth, Paul.", '2027-02-04', 'by Friday the twenty-ninth', '2027-01-29', { needsCheck: true }],
    // A weekday ending a promise, with "then" before the clause ends.
    ["I'll get it submitted Tuesday then, once I've put the caveat in.", '2027-02-04', 'Tuesday', '2027-02-09'],
    // School half-terms as most of England keeps them: the last working day before the week off.
    ['Could you draft something to the ICB before the half-term?', '2027-01-28', 'before the half-term', '2027-02-12'],
    ['Can you get the asthma reviews done before half-term?', '2027-05-10', 'before half-term', '2027-05-28'],
    ['Can we have it by the October half term?', '2027-05-10', 'by the October half term', '2027-10-22'],
    ['Can we have it by November the 25th?', '2026-12-08', 'by November the 25th', '2026-11-25', { needsCheck: true }],
    ['Can we have it by January the twelfth?', '2026-12-08', 'by January the twelfth', '2027-01-12'],
    ['Circulate it by Wednesday the thirteenth of January.', '2026-12-09', 'by Wednesday the thirteenth of January', '2027-01-13'],
    ['Report back by 3/12.', WED_18_NOV, 'by 3/12', '2026-12-03'],
    ['Report back by 12/1.', WED_18_NOV, 'by 12/1', '2027-01-12'],
    ['Report back by 31/01/2027.', WED_18_NOV, 'by 31/01/2027', '2027-01-31'],
    ['Confirm it by the fifteenth of January.', '2026-12-16', 'by the fifteenth of January', '2027-01-15'],
    ['Confirm it by 4 April 2028.', WED_18_NOV, 'by 4 April 2028', '2028-04-04'],
  ]);
});

describe('parseDueDate: dates already past are kept as said and flagged', () => {
  table([
    ['Action on Sunil to get the results to the ICB by 25 November.', '2026-12-06', 'by 25 November', '2026-11-25', { needsCheck: true }],
    ['Can the practices confirm by the thirtieth of November?', '2026-12-02', 'by the thirtieth of November', '2026-11-30', { needsCheck: true }],
    ['Can we have it by 20 December?', '2027-01-05', 'by 20 December', '2026-12-20', { needsCheck: true }],
    ['Can we have it by 25 November 2026?', '2026-12-06', 'by 25 November 2026', '2026-11-25', { needsCheck: true }],
    ['Could you send what you promised by last Friday?', WED_18_NOV, null, null],
    ['It went out last Friday, can you check it arrived?', WED_18_NOV, null, null],
    ['Could you send what you promised yesterday?', WED_18_NOV, null, null],
    ['The letter went out two weeks ago; can you chase it by Friday?', WED_18_NOV, 'by Friday', '2026-11-20'],
  ]);
});

describe('parseDueDate: corrections in speech', () => {
  table([
    ["I'll get it round by Tuesday, no, sorry, Wednesday, because sign-off is Tuesday afternoon.", '2026-12-14', 'Wednesday', '2026-12-16'],
    ['Can you send it on the 3rd, I mean the 4th?', WED_18_NOV, 'the 4th', '2026-12-04'],
    ['Can you send it by Friday, or rather Monday?', WED_18_NOV, 'Monday', '2026-11-23'],
    ['Can you send it by Friday, actually make it Thursday?', WED_18_NOV, 'Thursday', '2026-11-19'],
    ['Can you send it by Friday, not Thursday?', WED_18_NOV, 'by Friday', '2026-11-20'],
  ]);
});

describe('parseDueDate: working days skip weekends and bank holidays', () => {
  table([
    ["You'll have it within ten working days.", '2026-12-17', 'within ten working days', '2027-01-05'],
    ["I'll get the summary to the board within five working days.", '2026-12-23', 'within five working days', '2027-01-04'],
    ['Can the ICB respond within ten working days?', '2027-02-09', 'within ten working days', '2027-02-23'],
    ['Can you reply within 3 business days?', '2026-11-20', 'within 3 business days', '2026-11-25'],
    ["We'll confirm within five working days.", '2027-03-25', 'within five working days', '2027-04-05'],
    ['Can you come back within two working days?', '2027-05-28', 'within two working days', '2027-06-02'],
  ]);
});

describe('parseDueDate: the bank holiday and Easter are the last working day before them', () => {
  table([
    // Good Friday 2027 is 26 March: the day before is Maundy Thursday.
    ['The contracts team will get the variation letters out before the bank holiday.', '2027-03-23', 'before the bank holiday', '2027-03-25'],
    ['Can we have it before Easter, please?', '2027-03-01', 'before Easter', '2027-03-25'],
    // A Monday bank holiday: the Friday before it.
    ['Can you send it by the bank holiday weekend?', '2026-08-20', 'by the bank holiday weekend', '2026-08-28'],
    ['Can you confirm by the May bank holiday?', '2027-03-23', 'by the May bank holiday', '2027-04-30'],
  ]);
});

describe('parseDueDate: a day when something will not happen is no deadline', () => {
  table([
    ["We're not in a position to decide the intermediate care model today.", '2026-03-24', null, null],
    ["I can't do it today but tomorrow is fine.", '2026-03-24', 'tomorrow', '2026-03-25'],
    ['Can you confirm the cover today?', '2026-03-24', 'today', '2026-03-24'],
    ["Don't forget to send the rota round today.", '2026-03-24', 'today', '2026-03-24'],
  ]);
});

describe('parseDueDate: a period counted from something yet to happen gives no date', () => {
  table([
    ['The practices will reply within five working days of receiving the draft.', WED_18_NOV, null, null],
    ["We'll publish the figures two weeks after the audit closes.", WED_18_NOV, null, null],
    ['Can you send the minutes within three working days of the meeting?', WED_18_NOV, 'within three working days', '2026-11-23'],
    ['Could you respond within ten days from today?', WED_18_NOV, 'within ten days', '2026-11-28'],
  ]);
});

describe('parseDueDate: the words it came from', () => {
  it('returns the words as said, curly apostrophes and all', () => {
    expect(parseDueDate('I’ll put it in Friday’s bulletin.', on(WED_18_NOV))).toEqual({ text: 'in Friday’s bulletin', date: '2026-11-20' });
  });

  it('reads the same sentence the same way whatever the time of day', () => {
    const early = new Date(2026, 10, 18, 0, 5).getTime();
    const late = new Date(2026, 10, 18, 23, 55).getTime();
    expect(parseDueDate('Send it by Friday week.', early)).toEqual(parseDueDate('Send it by Friday week.', late));
  });
});

describe('parseDueDate: a window to do it in, a closing date, and "within the fifteen working days"', () => {
  table([
    ['Could you run the training sometime between the 14th and the 18th?', '2026-12-07', 'sometime between the 14th and the 18th', '2026-12-18'],
    ['We need the figures for between April and June by Friday.', '2026-12-07', 'by Friday', '2026-12-11'],
    ['Can the trust bring the figures at some point between now and March?', '2026-12-07', null, null],
    ['It needs to be in before it closes on the fourth of December.', '2026-11-30', 'before it closes on the fourth of December', '2026-12-04'],
    // Fifteen working days from Thursday 10 December skip Christmas Day, the Boxing Day holiday on Monday 28th and New Year's Day.
    ['Can you turn that round within the fifteen working days?', '2026-12-10', 'within the fifteen working days', '2027-01-05'],
  ]);
});

describe('parseDueDate: quarter end, a deadline said not to apply, and "by the time we meet"', () => {
  table([
    ['We will have the recovery plan signed off by quarter end.', WED_18_NOV, 'by quarter end', '2026-12-31'],
    ['Can the audit be back by quarter-end?', '2027-02-10', 'by quarter-end', '2027-03-31'],
    ["It doesn't need to be before Christmas, the second week of January is fine.", WED_18_NOV, 'second week of January', '2027-01-15'],
    ['Could you send the figures by the time we meet on the 9th of December?', WED_18_NOV, 'by the time we meet on the 9th of December', '2026-12-09', { isNextMeeting: true }],
  ]);
});
