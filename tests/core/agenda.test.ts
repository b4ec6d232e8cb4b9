import { describe, expect, it } from 'vitest';
import { cleanTitle, findItemStarts, type AgendaUtterance } from '@/utils/core/agenda';

const CHAIR = 'Cllr Maureen Oduya';

/** A meeting from [speaker, text] turns, twenty seconds apart. */
function turns(...lines: readonly (readonly [string, string])[]): AgendaUtterance[] {
  return lines.map(([speaker, text], i) => ({ id: `u${i}`, speaker, text, startMs: i * 20_000, endMs: i * 20_000 + 16_000 }));
}

function startsOf(lines: readonly (readonly [string, string])[]) {
  return findItemStarts(turns(...lines)).map((s) => ({ at: Number(s.utteranceId.slice(1)), number: s.number, title: s.title }));
}

/** Each start's number and title, for the lines given. */
const titles = (...lines: (readonly [string, string])[]) => startsOf(lines).map((s) => [s.number, s.title]);

describe('item starts said by the chair', () => {
  it.each([
    ['Item four, the dermatology pathway.', 4, 'Dermatology pathway'],
    ['So, agenda item 4, the dermatology pathway.', 4, 'Dermatology pathway'],
    ['Okay, moving on to item eleven, the pharmacy needs assessment.', 11, 'Pharmacy needs assessment'],
    ['Right, on to item 6: quality and safety.', 6, 'Quality and safety'],
    ['That brings us to item nine, which is the Better Care Fund.', 9, 'Better Care Fund'],
    ['If we can go to item three now, the minutes.', 3, 'Minutes'],
    ['Item twelve is the risk register.', 12, 'Risk register'],
    ['Lovely, so back to item two, the estates bid.', 2, 'Estates bid'],
    ['Can we move on to agenda item number 7, primary care access?', 7, 'Primary care access'],
  ])('finds "%s"', (text, number, title) => {
    expect(startsOf([[CHAIR, 'Good morning all.'], ['Raj Patel', 'Morning.'], [CHAIR, text]])).toEqual([{ at: 2, number, title }]);
  });

  it.each([
    ['Next on the agenda we have the winter plan.', 'Winter plan'],
    ['The next item on the agenda is the GP contract update, Femi.', 'GP contract update'],
    ['Moving on to the community diagnostic centre.', 'Community diagnostic centre'],
    ["We'll take the dental access paper next, as Sue has to go at eleven.", 'Dental access paper'],
    ['Okay, any other business?', 'Any other business'],
    ['And finally, AOB.', 'Any other business'],
    ["Let's turn to the neighbourhood health plan.", 'Neighbourhood health plan'],
  ])('finds the unnumbered start "%s"', (text, title) => {
    const found = startsOf([[CHAIR, 'Item one, welcome and apologies.'], ['Raj Patel', 'Apologies from Kath.'], [CHAIR, text], ['Femi Adeyemi', 'Thank you, chair.']]);
    expect(found.at(-1)).toEqual({ at: 2, number: null, title });
  });

  it('takes the title from the next sentence when the start names none', () => {
    expect(startsOf([[CHAIR, 'Item one, welcome.'], ['Raj Patel', 'Hello.'], [CHAIR, 'Thanks Raj. Item five. The care home support scheme, which came back from the audit.']]).at(-1)).toEqual({
      at: 2,
      number: 5,
      title: 'Care home support scheme',
    });
    expect(startsOf([[CHAIR, 'Item one, welcome.'], ['Raj Patel', 'Hello.'], [CHAIR, 'Okay, moving on. Social prescribing, which I know Dee has views on.']]).at(-1)).toEqual({
      at: 2,
      number: null,
      title: 'Social prescribing',
    });
  });

  it('finds a topic named and handed over at the start of a turn', () => {
    expect(startsOf([[CHAIR, 'Item one, welcome.'], ['Raj Patel', 'Hello.'], [CHAIR, 'Thank you Raj. Okay, childhood immunisations. Femi, over to you.'], ['Femi Adeyemi', 'Thanks.']]).at(-1)).toEqual({
      at: 2,
      number: null,
      title: 'Childhood immunisations',
    });
  });

  it('finds items taken out of order, each with its number', () => {
    const found = startsOf([
      [CHAIR, 'Item three, the finance report.'],
      ['Gita Rao', 'We are on plan at month eight.'],
      [CHAIR, "Because Ola has to leave, I'm going to bring item six forward. Then we'll come back to item four."],
      ['Ola Bankole', 'Thanks chair. The estates bid is in.'],
      [CHAIR, 'Thank you Ola. Right, back to item four, the workforce plan.'],
    ]);
    expect(found).toEqual([
      { at: 0, number: 3, title: 'Finance report' },
      { at: 2, number: 6, title: null },
      { at: 4, number: 4, title: 'Workforce plan' },
    ]);
  });

  it('starts an item at the sentence where the chair starts it, part way through a turn', () => {
    const [start] = findItemStarts(turns([CHAIR, 'Thanks everyone for that, it was a really useful discussion and I think we have a clear steer now. Item eight, the risk register.']));
    const offset = 'Thanks everyone for that, it was a really useful discussion and I think we have a clear steer now. '.length;
    expect(start!.key).toBe(`said:u0:${offset}`);
    expect(start!.atMs).toBeGreaterThan(10_000);
    expect(start!.atMs).toBeLessThan(16_000);
  });
});

describe('the habits of brisk chairs', () => {
  const opening: [string, string][] = [[CHAIR, 'Item one, welcome and apologies.'], ['Raj Patel', 'Apologies from Kath.']];
  it.each([
    ['Right, nine. Estates. Raj.', 9, 'Estates'],
    ['Nine point two, the care homes scheme. Raj again.', 9, 'Care homes scheme'],
    ["Okay, let's get on to 9. That's the neighbourhood plan.", 9, 'Neighbourhood plan'],
    ['Okay, so this is item nine, the locum bank.', 9, 'Locum bank'],
    ['Lovely. Let us turn to item eight... sorry, item nine, the locum bank. Raj.', 9, 'Locum bank'],
  ])('finds "%s"', (text, number, title) => {
    expect(startsOf([...opening, [CHAIR, text], ['Raj Patel', 'Thanks.']]).at(-1)).toEqual({ at: 2, number, title });
  });

  it.each([
    ['Second, the prescribing budget. Raj?', 'Prescribing budget'],
    ['Next up, the flu campaign. Raj.', 'Flu campaign'],
    ['Great. Onto the winter hub. Raj?', 'Winter hub'],
    ["We've done the minutes, so, onto the access figures. Raj, that's yours.", 'Access figures'],
    ['Thank you. Dermatology. Raj, over to you.', 'Dermatology'],
    ['The last substantive item is the estates strategy. Raj.', 'Estates strategy'],
    ["I'll ask Raj to introduce the next paper, on the locum bank.", 'Locum bank'],
  ])('finds the unnumbered start "%s"', (text, title) => {
    expect(startsOf([...opening, [CHAIR, text], ['Raj Patel', 'Thanks.']]).at(-1)).toEqual({ at: 2, number: null, title });
  });

  it('keeps sub-items apart, and an item with its first sub-item together', () => {
    const found = startsOf([
      [CHAIR, 'Item four is in two parts. Item 4.1, the QOF protection. Raj.'],
      ['Raj Patel', 'The ICB will protect QOF income this year.'],
      [CHAIR, 'Thank you. 4.2, the wound care service. Raj again.'],
      ['Raj Patel', 'Wound care moves to the community in April.'],
    ]);
    expect(found).toEqual([
      { at: 0, number: 4, title: 'QOF protection' },
      { at: 2, number: 4, title: 'Wound care service' },
    ]);
  });

  it('takes a start from a vice-chair who takes an item by number', () => {
    const found = startsOf([
      [CHAIR, 'Item six, the hospice contract. As I declared, Raj will chair this one.'],
      ['Raj Patel', 'Thanks Maureen. Item six then, the hospice contract. Gita.'],
      ['Gita Rao', 'The contract ends in March.'],
      ['Raj Patel', 'Thank you. Can someone let Maureen back in?'],
      [CHAIR, "Thanks Raj. Right, item seven, the risk register. Gita."],
      ['Gita Rao', 'Two new risks.'],
    ]);
    expect(found.map((s) => [s.at, s.number])).toEqual([
      [0, 6],
      [4, 7],
    ]);
  });
});

describe('starts in the ways chairs change the running order', () => {
  it.each([
    ["Because Dr Shah is on call, with members' agreement I'm going to jump to item nine, the GP access recovery plan, and then return to item seven.", 9, 'GP access recovery plan'],
    ['Thanks both. So we now return to item seven, the estates strategy.', 7, 'Estates strategy'],
    ['Right, going back to the top, item two, the action log.', 2, 'Action log'],
    ["So now straight to the main item this evening, item three, the locally commissioned services review.", 3, 'Locally commissioned services review'],
    ["We're short of time, so I suggest we take the flu item, which is item ten on your agenda, before the workforce paper.", 10, 'Flu item'],
    ['Lovely. Nine, any other business?', 9, 'Any other business'],
  ])('finds "%s"', (text, number, title) => {
    expect(startsOf([[CHAIR, 'Good evening all.'], ['Raj Patel', 'Evening.'], [CHAIR, text]])).toEqual([{ at: 2, number, title }]);
  });

  it.each([
    ['Okay. First proper item is the care home visiting rota.', 'Care home visiting rota'],
    ["Right, we've only got the room till twelve. First thing is the audit feedback from the practices.", 'Audit feedback from the practices'],
    ['Great. Second thing, the new referral template, Raj, you drafted that.', 'New referral template'],
    ['So, colleagues, we move on now to the item on the Westfield branch closure.', 'Westfield branch closure'],
    ["I'm now going to open the item on public questions. We've had three in advance.", 'Public questions'],
    ['Good evening. Can we start with apologies. Raj?', 'Apologies'],
    ['Right, apologies first, we have two.', 'Apologies'],
    ['Thank you. Are there any declarations of interest?', 'Declarations of interest'],
    ['Thanks, Raj. Right, back to the winter resilience plan then.', 'Winter resilience plan'],
    ['Before we start properly, Gita has to leave at four, so we will take the pharmacy paper next and then the minutes.', 'Pharmacy paper'],
  ])('finds the unnumbered start "%s"', (text, title) => {
    const found = startsOf([[CHAIR, 'Welcome, everyone.'], ['Raj Patel', 'Hello.'], [CHAIR, text], ['Gita Rao', 'Thank you, chair.']]);
    expect(found.at(-1)).toEqual({ at: 2, number: null, title });
  });

  it.each([
    [CHAIR, 'After this we will go back to item seven, and then the finance report.'],
    [CHAIR, "Item four in your pack is the contract variation, but I'm not going to take it yet, the ICB aren't here."],
    ['Raj Patel', 'Apologies, I was on mute.'],
    [CHAIR, 'Back to you, Raj.'],
  ])('does not start an item at "%s"', (speaker, text) => {
    const found = startsOf([[CHAIR, 'Item one, welcome.'], ['Gita Rao', 'Hello.'], [speaker, text], ['Gita Rao', 'Thanks.']]);
    expect(found.filter((f) => f.at === 2)).toEqual([]);
  });
});

describe('mentions of items that are not starts', () => {
  it.each([
    ['Raj Patel', 'I need to declare an interest on item five, my wife works for the federation.'],
    ['Raj Patel', "I'm only really here for item four."],
    [CHAIR, 'As we said under item two, the money is not recurrent.'],
    [CHAIR, "We'll come back to item five after the break."],
    [CHAIR, "Let's pick that up under item eight."],
    [CHAIR, 'Item five has been deferred to January.'],
    [CHAIR, 'Is that item six or item seven in the pack?'],
    ['Gita Rao', 'Moving on to the next slide, you can see the trend.'],
    ['Gita Rao', 'I have one thing for any other business.'],
    [CHAIR, 'Before we move on, can I just check everyone has the papers?'],
    [CHAIR, "We'll take questions now."],
    [CHAIR, 'That brings us to the end of the meeting.'],
    [CHAIR, 'The dental item is on the agenda for March.'],
    [CHAIR, 'That is item five, Raj.'],
    ['Gita Rao', 'Moving on to the figures by practice, Northfield is still the lowest.'],
    [CHAIR, "Okay, so, item five is the ARRS paper, but Sue's not joined yet, so we'll come back to item five."],
    [CHAIR, 'Thank you. So the committee approved the grant. Raj, Gita will write to you.'],
  ])('"%s: %s" starts nothing', (speaker, text) => {
    const found = startsOf([
      [CHAIR, 'Item one, welcome and apologies.'],
      ['Raj Patel', 'Apologies from Kath.'],
      [speaker, text],
    ]);
    expect(found).toEqual([{ at: 0, number: 1, title: 'Welcome and apologies' }]);
  });

  it('takes starts from the chair only', () => {
    const found = startsOf([
      [CHAIR, 'Item one, welcome.'],
      [CHAIR, 'Item two, minutes.'],
      ['Raj Patel', 'Moving on to the capital programme, the bids are in.'],
      [CHAIR, 'Item three, the capital programme.'],
    ]);
    expect(found.map((s) => s.number)).toEqual([1, 2, 3]);
  });

  it('counts an item said twice in a turn, or named again while it runs, once', () => {
    const found = startsOf([
      [CHAIR, 'Okay, moving on. Item five, Pharmacy First.'],
      ['Raj Patel', 'Referrals are up.'],
      [CHAIR, 'So, still on item five, any more questions?'],
    ]);
    expect(found).toEqual([{ at: 0, number: 5, title: 'Pharmacy First' }]);
  });
});

describe('numbered starts in more chairs\' voices', () => {
  it.each([
    // "we move to", "if we go to", "we'll now consider"
    ['We move to item three, the pharmacy closures.', 3, 'Pharmacy closures'],
    ['Okay, if we go to item 2b, the locum budget.', 2, 'Locum budget'],
    ["We'll now consider item ten, the ICB's report on the urgent treatment centre.", 10, 'Urgent treatment centre'],
    ["We're on to item eight now, the enhanced access rota.", 8, 'Enhanced access rota'],
    // a reason, then only a lead-in, then the item
    ['Because the auditors have to leave at four, so item eleven, the internal audit plan.', 11, 'Internal audit plan'],
    ['The auditors are with us now, so back to item two, the annual accounts.', 2, 'Annual accounts'],
    // a bare number with a dash, "is", or "then"
    ['Right, twelve — dermatology.', 12, 'Dermatology'],
    ['Three is the housing and health paper, so Kemi again.', 3, 'Housing and health paper'],
    ['Fourteen then, the social prescribing contract. Kemi, is that you?', 14, 'Social prescribing contract'],
    ['Folks, eight point two, the phlebotomy review.', 8, 'Phlebotomy review'],
    // the presenter's name between the number and the title, or no title at all
    ['Nine, Kemi, safeguarding.', 9, 'Safeguarding'],
    ['Four, Kemi.', 4, null],
    ['Next item, item seven. It is the carers respite review.', 7, 'Carers respite review'],
    ['Item five on the agenda is questions from the public.', 5, 'Questions from the public'],
    ['Item six, please. Kemi.', 6, null],
  ])('finds "%s"', (text, number, title) => {
    expect(startsOf([[CHAIR, 'Good evening all.'], ['Kemi Bello', 'Evening.'], [CHAIR, text], ['Kemi Bello', 'Thanks, chair.']])).toEqual([{ at: 2, number, title }]);
  });

  it('counts a sub-item said in its own turn as a start of its own', () => {
    const found = startsOf([
      [CHAIR, 'Item six, reports from the LMC, which has two parts.'],
      [CHAIR, 'Six point one, the sessional GP survey. Kemi.'],
      ['Kemi Bello', 'Thanks. Forty responses.'],
      [CHAIR, 'Good. 6.2 is just the LMC levy, for noting.'],
    ]);
    expect(found.map((s) => [s.at, s.number])).toEqual([[0, 6], [1, 6], [3, 6]]);
  });

  it.each([
    ['a withdrawn item', 'Item nine is the Mossley branch closure, which has been withdrawn from tonight.'],
    ['a deferral with its title first', 'Item eight, the digital strategy, is deferred to the March meeting.'],
    ['a member asking which item', 'Is the waiting list money part of the finance paper, which is item seven?'],
    ['several items planned', "We'll do items one to three and then break for coffee."],
    ['a reorder announced', "And I'll take item nine, the audit report, first, because Kemi has to leave."],
    ["a presenter's point", 'Moving on to my third point, the locum survey results.'],
  ])('does not take %s for a start', (_kind, text) => {
    expect(startsOf([[CHAIR, 'Good evening all.'], ['Kemi Bello', 'Evening.'], ['Kemi Bello', text], ['Raj Patel', 'Okay.']])).toEqual([]);
    expect(startsOf([[CHAIR, 'Item one, welcome.'], ['Kemi Bello', 'Evening.'], [CHAIR, text], ['Raj Patel', 'Okay.']]).filter((s) => s.at === 2)).toEqual([]);
  });
});

describe('unnumbered starts, hand-overs and closing items in more chairs\' voices', () => {
  it.each([
    // asked as a question
    ['Right, shall we get on with the estates review? Kemi, that is yours.', 'Estates review'],
    ["Shall we go to Kemi's paper on the same-day access hub?", 'Same-day access hub'],
    ["Okay, let's move to the training hub bid, which has been a long time coming.", 'Training hub bid'],
    // "the next one", "the first substantive item", with the title after "this is" or the presenter's name
    ['The next one on here is the cervical screening recall. Kemi.', 'Cervical screening recall'],
    ['The next one is Kemi, the translation service contract.', 'Translation service contract'],
    ['So the first substantive item is the frailty hub evaluation. Kemi.', 'Frailty hub evaluation'],
    ['The next item is the out of hours review, and I think Kemi has the slides.', 'Out of hours review'],
    ['Next item. This is the respiratory hub plan for January.', 'Respiratory hub plan for January'],
    // a hand-over that names the item
    ['Kemi, over to you for the safeguarding update.', 'Safeguarding update'],
    ['Okay, thanks. Kemi, the dementia diagnosis rates.', 'Dementia diagnosis rates'],
    ['Lovely. Vaccine storage, Kemi.', 'Vaccine storage'],
    // other ways of taking the next thing
    ["Then we've got the PCN dashboard. Kemi?", 'PCN dashboard'],
    ['Matters arising next.', 'Matters arising'],
    ["Okay, let's do workforce. Kemi, where are we?", 'Workforce'],
    // closing items
    ['And then the last thing is AOB.', 'Any other business'],
    ['Anything under AOB?', 'Any other business'],
    ['Is there anything else anybody wants to raise before we finish?', 'Any other business'],
    ['Date of next meeting, then, the ninth of June.', 'Date of next meeting'],
  ])('finds "%s"', (text, title) => {
    const found = startsOf([[CHAIR, 'Item one, welcome and apologies.'], ['Raj Patel', 'Apologies from Kath.'], [CHAIR, text], ['Kemi Bello', 'Thank you, chair.']]);
    expect(found.at(-1)).toEqual({ at: 2, number: null, title });
  });

  it.each([
    ['So the first substantive item is the diabetes prevention review, item three.', 3, 'Diabetes prevention review'],
    ["So meanwhile, let's go to Olu's paper on the bowel screening pilot, which is item nine.", 9, 'Bowel screening pilot'],
  ])('takes the title said before the number: "%s"', (text, number, title) => {
    expect(startsOf([[CHAIR, 'Good evening all.'], ['Olu Bakare', 'Evening.'], [CHAIR, text], ['Olu Bakare', 'Thanks, chair.']])).toEqual([{ at: 2, number, title }]);
  });

  it.each([
    ['an answer to a member', ['Raj Patel', 'Which one is item three again?'], [CHAIR, 'The estates review, Raj.']],
    ['a courtesy and a name', ['Raj Patel', 'That is all from me.'], [CHAIR, 'Carry on, Kemi.']],
    ['an adverb and a name', ['Raj Patel', 'That is all from me.'], [CHAIR, 'Briefly, Kemi.']],
    ['a next item announced and put off', ['Raj Patel', 'That is all from me.'], [CHAIR, 'The next item is the estates review, but Kemi is stuck on a train, so we will swap it.']],
    ['a part of the item already running', ['Raj Patel', 'Minutes agreed.'], [CHAIR, 'Kemi, over to you for the action log.']],
  ])('does not take %s for a start', (_kind, before, line) => {
    const found = startsOf([[CHAIR, 'Item two, minutes and action log.'], before as [string, string], line as [string, string], ['Kemi Bello', 'Okay.']]);
    expect(found.filter((s) => s.at === 2)).toEqual([]);
  });
});

describe('titles', () => {
  it('writes a title as minutes would', () => {
    expect(cleanTitle('the finance report, which was circulated')).toBe('Finance report');
    expect(cleanTitle('Pharmacy First')).toBe('Pharmacy First');
    expect(cleanTitle('the next slide')).toBeNull();
    expect(cleanTitle('section 4 of the paper')).toBeNull();
    expect(cleanTitle('the section 75 agreement')).toBe('Section 75 agreement');
    expect(cleanTitle('For information only, the registration changes')).toBe('Registration changes');
    expect(cleanTitle("the ICB's update on the community hospital")).toBe('Community hospital');
    expect(cleanTitle('governance and risk, so Kemi again')).toBe('Governance and risk');
    expect(cleanTitle('please')).toBeNull();
    expect(cleanTitle('')).toBeNull();
    expect(cleanTitle(`a ${'very '.repeat(30)}long title`)!.length).toBeLessThanOrEqual(81);
  });
});

const pairs = (lines: readonly (readonly [string, string])[]) => startsOf(lines).map((s) => [s.number, s.title]);

describe('findItemStarts: returning to the order, slips and "where are we?"', () => {
  it('an item brought forward takes its title from after "forward"; going back to where we were starts the next', () => {
    const found = pairs([
      ['Chair', "Before we go on, I'm going to bring item eight forward, the flu campaign, because Rina has a clinic."],
      ['Rina Patel', 'Thanks. Uptake is at sixty-one percent.'],
      ['Chair', 'Thank you Rina. Right, going back to where we were, item five, the estates bid.'],
      ['Tom Hale', 'So the bid went in on Friday.'],
    ]);
    expect(found).toEqual([
      [8, 'Flu campaign'],
      [5, 'Estates bid'],
    ]);
  });

  it('a slip put right ("item four—sorry, we\'ve done that") starts nothing; the item said next does', () => {
    const found = pairs([
      ['Chair', "Item four, the minutes—sorry, no, we've done that one."],
      ['Chair', 'Item five is the workforce plan. Over to Jess.'],
      ['Jess Lane', 'Thanks.'],
    ]);
    expect(found).toEqual([[5, 'Workforce plan']]);
  });

  it('"we\'re on item six" answering "which item are we on?" starts nothing', () => {
    const found = pairs([
      ['Chair', 'On to the dementia strategy. Amir.'],
      ['Amir Khan', 'Thanks, so the diagnosis rate is up.'],
      ['Late Joiner', 'Sorry, I have just joined, which item are we on?'],
      ['Chair', "We're on item six, the dementia strategy."],
      ['Amir Khan', 'So as I was saying.'],
    ]);
    expect(found).toEqual([[null, 'Dementia strategy']]);
  });

  it('a presenter moving on to the second section of their paper starts nothing; "last thing is…" starts one', () => {
    expect(pairs([['Presenter', 'Moving on to the second section, recruitment.'], ['Presenter', 'Vacancies are down.']])).toEqual([]);
    const found = pairs([
      ['Chair', 'Right, item two, the minutes. Any comments?'],
      ['Dev Shah', 'None from me.'],
      ['Chair', 'Good. Last thing is the winter communications plan. Bea.'],
      ['Bea Moss', 'Thanks.'],
    ]);
    expect(found.at(-1)).toEqual([null, 'Winter communications plan']);
  });
});

describe('findItemStarts: what is said about an item does not start it', () => {
  const inTheMiddle = (said: string) =>
    pairs([
      ['Chair', 'Right, item two, the minutes.'],
      ['Member', 'Fine by me.'],
      ['Chair', said],
      ['Member', 'Okay, thanks.'],
    ]).slice(1);

  it.each([
    'Going to item 5 would be premature.',
    "That's item nine's business, not this one.",
    'Item 4 of the minutes, page 2, needs correcting.',
    "Item five; actually, let's finish this first.",
    "Item seven is where we'll pick up the funding question.",
    "Item eight, we'll leave that to the end.",
    "Today we've got item three, the winter plan, then item four, finance, and then any other business.",
    "Item six, I should declare an interest, I'm a director of the fed.",
    "Item 4.2 is the bit I'm worried about.",
    "If we get to item nine today, that'll be a miracle.",
    "Item three, yes, that's the one.",
    "That's item ten Nadia, the safe staffing paper, so hold it for then if you would.",
    "I'm conscious of the time, we're on item four still and we've got items five to nine after this.",
    "We'll get to item six shortly.",
  ])('%s', (said) => {
    expect(inTheMiddle(said)).toEqual([]);
  });

  it.each([
    ['Item 5 is the finance report.', 5, 'Finance report'],
    ["Right, so that's agenda item three done. Agenda item four is the health inequalities funding.", 4, 'Health inequalities funding'],
    ['Number six on the agenda, the Corby urgent treatment centre options appraisal.', 6, 'Corby urgent treatment centre options appraisal'],
    ['Number 4, estates.', 4, 'Estates'],
    ['Okay, item six—sorry, no, item seven, the risk register.', 7, 'Risk register'],
    ["Item six's the audit.", 6, 'Audit'],
    ['Item six, the conflicts of interest policy.', 6, 'Conflicts of interest policy'],
  ])('but this starts one: %s', (said, number, title) => {
    expect(inTheMiddle(said)).toEqual([[number, title]]);
  });
});

describe('findItemStarts: "finally", and the plan said after an item', () => {
  it('"Finally, item eight, the date of the next meeting" starts item eight', () => {
    expect(pairs([['Chair', 'Finally, item eight, the date and time of the next meeting, which is Thursday the eleventh of March.']])).toEqual([[8, 'Date and time of the next meeting']]);
  });

  it('"we\'ll go to item eight, the needs assessment, and then come back to winter" starts item eight, titled without the plan', () => {
    expect(pairs([['Chair', "Faisal has to leave at three, so we'll go to item eight, the needs assessment, and then come back to winter."]])).toEqual([[8, 'Needs assessment']]);
    expect(pairs([['Chair', "We'll go to item eight and then come back to item five."]])).toEqual([[8, null]]);
  });

  it('"jump ahead to item seven, …, and we\'ll come back to five and six" starts item seven; coming back to its own number puts it off', () => {
    expect(pairs([['Chair', "So I'm going to jump ahead to item seven, the healthy ageing pilot, and we'll come back to five and six."]])).toEqual([[7, 'Healthy ageing pilot']]);
    expect(pairs([['Chair', "Item four, the minutes, and we'll come back to four after the break."]])).toEqual([]);
  });
});

describe('findItemStarts: "Now, item four"', () => {
  it('reads "Now" as a lead-in, not as a "No" that corrects', () => {
    expect(pairs([['Chair', 'That was item three. Now, item four, the hub.'], ['Member', 'Thanks.']])).toEqual([[4, 'Hub']]);
    expect(pairs([['Chair', 'Now item two, the minutes.'], ['Member', 'Thanks.']])).toEqual([[2, 'Minutes']]);
  });
});

describe('findItemStarts: more ways chairs move on', () => {
  it.each([
    ['Can we have item six, please?', 6],
    ['So to item four.', 4],
    ['Over to item five then.', 5],
    ['Moving swiftly on to item 4.', 4],
    ["I'll now ask Gemma to present item seven.", 7],
  ])('%s', (said, number) => {
    expect(pairs([['Chair', 'Right, item two, the minutes.'], ['Member', 'Fine by me.'], ['Chair', said], ['Member', 'Thanks.']]).at(-1)![0]).toBe(number);
  });

  it('"Up next, the LMC report" starts an unnumbered item; "to item four we\'ll add…" starts none', () => {
    expect(pairs([['Chair', 'Right, item two, the minutes.'], ['Member', 'Fine by me.'], ['Chair', 'Up next, the LMC report.'], ['Member', 'Thanks.']]).at(-1)).toEqual([null, 'LMC report']);
    expect(pairs([['Chair', 'Right, item two, the minutes.'], ['Member', 'Fine by me.'], ['Chair', "To item four we'll add the estates point."], ['Member', 'Thanks.']])).toEqual([[2, 'Minutes']]);
  });
});

describe('findItemStarts: an aside before the start', () => {
  it('"So as I said before the break, item five is the crisis pathway" starts item five; "As I said, item five will need a vote" does not', () => {
    expect(pairs([['Chair', 'Welcome back. So as I said before the break, item five is the mental health crisis pathway.'], ['Member', 'Thanks.']])).toEqual([[5, 'Mental health crisis pathway']]);
    expect(pairs([['Chair', 'As I said, item five will need a vote.'], ['Member', 'Thanks.']])).toEqual([]);
  });
});

describe('findItemStarts: the title from the presenter when the chair gives none', () => {
  it.each([
    ["That's me, sorry, I was on mute. So this is the update on frailty same-day emergency care at the Royal.", 'Frailty same-day emergency care at the Royal'],
    ["That's the flu and COVID uptake, that's me. So we're at sixty-one percent.", 'Flu and COVID uptake'],
    ['So five is the care home ward rounds. Every home now has a named clinician.', 'Care home ward rounds'],
    ['Care homes. The ward round rota now covers all nine homes.', 'Care homes'],
  ])('%s', (presenter, title) => {
    expect(pairs([['Chair', 'Right, item four, the minutes.'], ['Member', 'Fine.'], ['Chair', 'Thanks. Item five. Lisa.'], ['Lisa Hart', presenter]]).at(-1)).toEqual([5, title]);
  });

  it('takes no title from a presenter who only says a number or who they are', () => {
    expect(pairs([['Chair', 'Thanks. Item five.'], ['Lisa Hart', 'So, only two changes. The first is the rota.']])).toEqual([[5, null]]);
  });
});

/**
 * What `said` starts, said after item two has begun and before `after` (a presenter's first words unless
 * given): the starts after item two, as [number, title].
 */
function startsAround(said: string, speaker = 'Chair', after: [string, string] = ['Nicola Reed', 'Thanks. So the main thing this month is the new contract.']) {
  return pairs([['Chair', 'Right, item two, the minutes.'], ['Member', 'Fine by me.'], [speaker, said], after]).slice(1);
}

describe('findItemStarts: hand-overs by topic, papers by letter and presenters announcing their own item', () => {
  it.each([
    ['Nicola, optometry.', 'Optometry'],
    ['Great, Nicola, pharmacy then.', 'Pharmacy'],
    ['Social prescribing, over to you.', 'Social prescribing'],
    ['Paper B, the business plan for next year.', 'Business plan for next year'],
    ['Well, that brings us neatly to the antimicrobial stewardship plan, which is Karen\'s paper.', 'Antimicrobial stewardship plan'],
    ['So that\'s everything on the list. Any AOB?', 'Any other business'],
  ])('starts one: %s', (said, title) => {
    expect(startsAround(said)).toEqual([[null, title]]);
  });

  it.each(['Dr Reed, over to you again.', 'Thank you Nicola, much appreciated.', '...and moving on to section three, which is the learning from deaths.'])('starts none: %s', (said) => {
    expect(startsAround(said)).toEqual([]);
  });

  it('takes "the next item\'s mine" from a presenter who is not chairing', () => {
    expect(startsAround("Chair, the next item's mine, it's the collective action update.", 'Andy Quayle')).toEqual([[null, 'Collective action update']]);
  });
});

describe('findItemStarts: the running order read out, and items held for later', () => {
  it.each([
    'So item four is the Gainsborough practice merger, item five is dental access, and item six is the month nine finance report.',
    "Okay, let me say where we are. Item twelve is the GP IT report, and items thirteen and fourteen are for noting.",
    "no the rota's separate Lisa, that's item five, we'll get there in a sec",
    "item nine's a confidential one, a pastoral case, so I'll take it last once the observers have gone",
    "right, item five is down as glaucoma referral refinement, but it's really just a verbal which she'll fold into six",
    "So the next item, the community diagnostic centre, Ian's stuck on the M61, so we'll take that later when he's here.",
  ])('%s', (said) => {
    expect(startsAround(said, 'Chair', ['Member', 'Okay.'])).toEqual([]);
  });
});

describe('findItemStarts: a number or a topic said after a few words, and the presenter named next', () => {
  it.each([
    ["lovely. right I'm conscious of time so we'll go to six, the comms plan for the new website", 6, 'Comms plan for the new website'],
    ['right back to five then, the premises letter. angela', 5, 'Premises letter'],
    ["Thank you Gail. So that's noted, which takes us on to the update on GP collective action. Joanne.", null, 'GP collective action'],
    ["Next one's yours, Mo, the VCSE funding update.", null, 'VCSE funding update'],
    ["ok everyone content to note? good. Rebecca you're next with the care coordinator update", null, 'Care coordinator update'],
    ['Thank you Kerry. We\'ll now receive the primary care quality report, item nine. Jacqui.', 9, 'Primary care quality report'],
    ['Okay, winter review then. Nicola.', null, 'Winter review'],
  ])('%s', (said, number, title) => {
    expect(startsAround(said)).toEqual([[number, title]]);
  });

  it.each(["Good. Let's keep the money for item ten then. Nicola, what's the ask of us tonight?", 'OK, Friday then. Nicola.'])('starts none: %s', (said) => {
    expect(startsAround(said)).toEqual([]);
  });
});

describe('findItemStarts: starts said with the presenter, by a stand-in, and items said to come later', () => {
  it.each([
    ["Right, next we've got the winter plan, and Shazia's going to take us through it.", [[null, 'Winter plan']]],
    ["Thank you Helen, and I'll hand over to Olamide for the performance report.", [[null, 'Performance report']]],
    ["We're on to paper H, the integrated quality report, and Ollie, this is your moment.", [[null, 'Integrated quality report']]],
    ['So Helen, the month eight finance report, please.', [[null, 'Month eight finance report']]],
    ["Okay, so I'm in the chair for item six, the proposed merger of two surgeries.", [[6, 'Proposed merger of two surgeries']]],
    ['We were about to start item nine, which is the void space paper.', [[9, 'Void space paper']]],
    ["Before we go to item six I'm going to bring item eleven forward, the sessional GPs update, because Sarah has to get away.", [[11, 'Sessional GPs update']]],
    ["let's do it under finance Claire, that's item five, it's straight after this", []],
    ["and we'll do item 5 straight after, the reserves policy, then bring the observers back in", []],
    ["We're a bit ahead, so I'm going to bring item eight forward while Mark's still with us, the health and care travel plan, and do seven after.", [[8, 'Health and care travel plan']]],
    ["And I'm a partner at Combs Ford, which is in the estates paper, so that's item six for me.", []],
    ["Item eight, Priya, but briefly here if it's about the CDC specifically.", []],
    ['Number seven now, the GP collective action update.', [[7, 'GP collective action update']]],
    ['Okay, thanks Sophie for that. Over to Nadeem for the workforce race equality standard report.', [[null, 'Workforce race equality standard report']]],
    ['Five, the indemnity talk, is deferred to March because the medical director is away.', []],
    ["Item ten, internal audit, and item eleven, counter fraud, are both going to March.", []],
    ["Just to orientate us, we've got nine items today, and the ones that really need discussion are item four, the dental plan, and item seven, the pharmacy applications.", []],
  ] as const)('%s', (said, expected) => {
    expect(startsAround(said, 'Chair', ['Helen', 'Thank you. So the position is this.'])).toEqual(expected);
  });
});

it('does not start an item said to belong later: "That\'s item seven, Paul. If you can hold it till then…"', () => {
  expect(startsAround("That's item seven, Paul, the primary care access report. If you can hold it till then we'll have the lead in the room.")).toEqual([]);
});

describe('findItemStarts: sub-items, reasons, ordinals, quoted titles and slips', () => {
  const other: [string, string] = ['Dr Ama Mensah', 'Thanks, chair.'];
  it.each([
    ["OK, item 7's got two parts, so let's do 7a first, the care coordinator caseloads. Ibrahim.", 7, 'Care coordinator caseloads'],
    ['Right, thanks Ibrahim. 7b then, frailty register validation. Megan.', 7, 'Frailty register validation'],
    ["Welcome back. Which is a nice link, because we're now on to item seven, GP access in the county.", 7, 'GP access in the county'],
    ["So, it says here, item six, 'Dementia diagnosis rates: locality position', paper D, for information.", 6, 'Dementia diagnosis rates: locality position'],
    ['I think that is noted. Which takes us to the, the fourth item, number four on the agenda I should say, the ARRS flexibilities.', 4, 'ARRS flexibilities'],
    ['Lovely, thank you. On to number five, then, the LMC update.', 5, 'LMC update'],
    ['Thank you Alison. Back to nine, then, the, the discharge to assess review. Lynne?', 9, 'Discharge to assess review'],
    ["OK, let's quickly do item six, flu and COVID vaccination. Marie, go.", 6, 'Flu and COVID vaccination'],
    ["So, item six, the, oh no, sorry, it's five isn't it. Item five, the IIF. Darren.", 5, 'IIF'],
    ["Thanks. OK, I'm, I'm going to switch the order slightly, Declan's got a hard stop, so we'll take the finance paper next and then come back to estates.", null, 'Finance paper'],
    ["Ha, right, shows how well I've read the agenda. Let's do the Christmas cover next then. Anjali.", null, 'Christmas cover'],
  ])('%s', (said, number, title) => {
    expect(pairs([[CHAIR, said], other])).toEqual([[number, title]]);
  });

  it('does not start an item said as the plan after questions: "and then we\'ll go on to number five"', () => {
    expect(pairs([[CHAIR, "Well, let's take questions once Becky's finished, and then we'll go on to number five, which is the LMC update."], other])).toEqual([]);
  });

  it('does not start again an item paused and taken up: "Darren, back to the IIF, sorry."', () => {
    const said = pairs([[CHAIR, 'Item five, the IIF. Darren.'], ['Darren Cole', 'So the IIF this year…'], [CHAIR, "Darren, do you mind if we pause you? Let's quickly do item six, flu. Marie."], ['Marie Shaw', 'Uptake is down.'], [CHAIR, 'Thanks Marie. Darren, back to the IIF, sorry.'], other]);
    expect(said).toEqual([[5, 'IIF'], [6, 'Flu']]);
  });

  it('does not take "let\'s do four then" for an item called "Four"', () => {
    expect(pairs([[CHAIR, "Okay, let's do four then."], other]).filter(([, title]) => title === 'Four')).toEqual([]);
  });
});

describe('findItemStarts: a running order read out, a presenter counting off points, and starts said as a question', () => {
  const other: [string, string] = ['Dr Ama Mensah', 'Thanks, chair.'];

  it('takes nothing from the order of business read out: "Item one, apologies. Item two, declarations…"', () => {
    const said = "Thank you, Chair. Item one, apologies. Item two, declarations of interest. Item three, minutes. Item four, the urgent care plan.";
    expect(pairs([['Clerk Person', said], other])).toEqual([]);
  });

  it('takes nothing from a presenter\'s "Number one, …. Number two, …"', () => {
    const lines: [string, string][] = [[CHAIR, 'Item five, the winter plan. Deepak.'], ['Deepak Rao', 'Number one, the care transfer hub. Number two, the ambulance handover target.'], other];
    expect(pairs(lines)).toEqual([[5, 'Winter plan']]);
  });

  it('does not let a presenter counting off points ("So first, funding.") take the chair', () => {
    const lines: [string, string][] = [
      [CHAIR, 'Good. Which brings us on to the GP contract, which I suspect will take a while. Lucy.'],
      ['Lucy Ford', "So first, funding. It's a headline of three point six percent."],
      ['Lucy Ford', "Second thing, online access. It's everything switched on by October."],
      other,
    ];
    expect(pairs(lines)).toEqual([[null, 'GP contract']]);
  });

  it.each([
    ["Right. Contract update done, thank you Hannah. Workforce next? Sam, you've got this one.", 'Sam Patel', 'Workforce'],
    ["Thanks Hannah. Indemnity now that Aoife's back? Aoife, over to you.", 'Aoife Byrne', 'Indemnity'],
    ["Okay. Lovely. Thanks Jo, we'll note that. Care homes then, Amrit.", 'Amrit Gill', 'Care homes'],
    ["Thanks Sally, noted. Which leads nicely into the Healthwatch report, because they went out to the clinics.", 'Neil Shaw', 'Healthwatch report'],
    ["Thanks Deepa, that's really useful. Can I bring in Marcus now for the premises update?", 'Marcus Hill', 'Premises update'],
  ])('%s', (said, presenter, title) => {
    expect(pairs([[CHAIR, said], [presenter, 'Thanks, chair. So, briefly.']])).toEqual([[null, title]]);
  });

  it('reads "back to the order on the paper, item three, the performance report"', () => {
    expect(pairs([[CHAIR, 'Okay. Thanks Deepak. Right, back to the order on the paper, item three, the performance report.'], other])).toEqual([[3, 'Performance report']]);
  });
});

describe('findItemStarts: questions, the action log and plans that are not starts', () => {
  const other: [string, string] = ['Dr Ama Mensah', 'Thanks, chair.'];
  it.each([
    ['Okay, shall we do the budget now or—'],
    ['Sorry, can we go back to item three for a second? I had a question on the discharge numbers.'],
    ["Vicky, can I ask where we've got to with the action from last time? Item four from last time, the VCSE grants."],
    ['Noted, thank you Gemma. We\'ll come to four shortly.'],
  ])('no start in: %s', (said) => {
    expect(pairs([[CHAIR, said], other])).toEqual([]);
  });
});

describe('starts and non-starts from the 7 December agenda round', () => {
  const opening: [string, string][] = [[CHAIR, 'Item one, welcome and apologies.'], ['Raj Patel', 'Apologies from Kath.']];

  it.each([
    ["Lovely, thanks Kemi. We're nearly at time, so any other business.", null, 'Any other business'],
    ['thanks all yeah the minutes are fine so next on the agenda is the er social prescribing contract Kemi', null, 'Social prescribing contract'],
    ["Thanks. Kemi, you're next, the digital inclusion bit.", null, 'Digital inclusion bit'],
    ['Good. And last one before we finish, the risk register. Kemi?', null, 'Risk register'],
    ['ok thanks raj right item 4 is the er the phlebotomy review kemi would you like to start', 4, 'Phlebotomy review'],
    ['Thank you. We move on to the next item, item 4, the estates strategy, which was deferred from September.', 4, 'Estates strategy'],
    ['Okay, moving on to the care home visits, this is the one Kemi raised last month.', null, 'Care home visits'],
    ['Declarations, does anybody have any interests to declare on these papers?', null, 'Declarations of interest'],
    ['Right, item seven, AOB.', 7, 'Any other business'],
  ])('finds "%s"', (text, number, title) => {
    const found = startsOf([...opening, [CHAIR, text], ['Kemi Bello', 'Thank you, chair.']]);
    expect(found.at(-1)).toEqual({ at: 2, number, title });
  });

  it.each([
    [['Raj Patel', 'The count was wrong, it should say twelve'], [CHAIR, 'Twelve. That changes things. Kemi can you correct that']],
    [['Raj Patel', 'Only six?'], [CHAIR, 'Six. And the chart shows the rest going to the hub.']],
    [['Raj Patel', 'Is that the pharmacy one?'], [CHAIR, "That's item five Raj, so we'll cover it then"]],
    [['Raj Patel', 'Would that include the locum costs?'], [CHAIR, 'Can we go to 8b within the current budget?']],
    [['Raj Patel', 'Fine by me.'], [CHAIR, 'Yep, AOB. Carry on Kemi.']],
  ])('starts nothing at "%s" then "%s"', (before, line) => {
    const found = startsOf([...opening, before as [string, string], line as [string, string], ['Kemi Bello', 'Okay.']]);
    expect(found).toEqual([{ at: 0, number: 1, title: 'Welcome and apologies' }]);
  });

  it('takes an item brought forward to be taken "straight after this one" as starting when the chair comes to it', () => {
    const found = startsOf([
      ...opening,
      [CHAIR, "Just so you know, I'm going to bring item six forward, the dental contract, we'll do it straight after this one."],
      ['Raj Patel', 'Thanks.'],
      [CHAIR, 'Right, item six, as promised. Kemi.'],
      ['Kemi Bello', 'Thank you, chair.'],
    ]);
    expect(found.slice(1)).toEqual([{ at: 4, number: 6, title: null }]);
  });
});

describe('mentions of items from the 7 December decoy round', () => {
  const opening: [string, string][] = [[CHAIR, 'Item one, welcome and apologies.'], ['Raj Patel', 'Apologies from Kath.']];

  it.each([
    [['Raj Patel', "I'm a partner at Elm Lodge, so item five, the branch closure, I'm conflicted on that."]],
    [[CHAIR, "After this we've got item six, the dental update, then item seven, the work programme, and then any other business."]],
    [[CHAIR, 'so the action log first. number four is done, kemi sent it round']],
    [[CHAIR, "Right, can we take item six as read? It's the risk register, nothing new on it."]],
    [[CHAIR, 'first, the paper for item four, the flu figures, had an error on page two, so a new one has gone round']],
    [[CHAIR, 'Just so everyone knows where we are: we have this, then item six, then questions from the public.']],
    [['Raj Patel', "And item seven's a quick one, just the conference motions, so we can tack that on the end."]],
    [[CHAIR, 'Good idea. Kemi, can you link up with the LPC office? Raj, anything else?']],
  ])('starts nothing at %j', (line) => {
    const found = startsOf([...opening, line as [string, string], ['Kemi Bello', 'Okay.']]);
    expect(found).toEqual([{ at: 0, number: 1, title: 'Welcome and apologies' }]);
  });

  it.each([
    ['Lovely. Right, the minutes of the last meeting then. Any comments on accuracy?', 'Minutes of the last meeting'],
    ['right so lets start with the extended access rota for january kemi', 'Extended access rota for january'],
  ])('finds "%s"', (text, title) => {
    const found = startsOf([...opening, [CHAIR, text], ['Kemi Bello', 'Thank you, chair.']]);
    expect(found.at(-1)).toEqual({ at: 2, number: null, title });
  });
});

describe('starts in unpunctuated captions, a title before its number, and AOB asked', () => {
  const opening: [string, string][] = [[CHAIR, 'Item one, welcome and apologies.'], ['Raj Patel', 'Apologies from Kath.']];

  it.each([
    ["thanks raj that's great so item three is the phlebotomy review and I think that's kemi", 3, 'Phlebotomy review'],
    ['ok noted thanks raj on to item four the estates bid', 4, 'Estates bid'],
    ['So declarations of interest, item two. Has anyone got anything?', 2, 'Declarations of interest'],
    ["and that's it for the formal items so AOB does anyone have anything", null, 'Any other business'],
    ['Okay, and last up, AOB. Anyone?', null, 'Any other business'],
    ['Right, finance it is. Kemi, over to you.', null, 'Finance'],
  ])('finds "%s"', (text, number, title) => {
    const found = startsOf([...opening, [CHAIR, text], ['Kemi Bello', 'Thank you, chair.']]);
    expect(found.at(-1)).toEqual({ at: 2, number, title });
  });

  it.each([
    [[CHAIR, 'Next, item 5.']],
    [[CHAIR, 'Sorry, Raj, my mistake. The PCN it is. Kemi?']],
    [['Raj Patel', 'I have one thing for AOB later, if there is time.']],
  ])('does not take %j for a start with a title of its own', (line) => {
    const found = startsOf([...opening, line as [string, string], ['Kemi Bello', 'Okay.']]);
    expect(found.filter((s) => s.at === 2 && s.title !== null)).toEqual([]);
  });
});

describe('a topic named, then handed over at length', () => {
  it.each([
    ["Care home DES. Kemi, you've declared, but you're also the one who knows it, so talk us through it.", 'Care home DES'],
    ["Right. Collective action. Kemi, over to you, what's the latest nationally and what are we hearing locally?", 'Collective action'],
  ])('finds "%s"', (text, title) => {
    const found = startsOf([[CHAIR, 'Item one, welcome and apologies.'], ['Raj Patel', 'Apologies from Kath.'], [CHAIR, text], ['Kemi Bello', 'Thank you, chair.']]);
    expect(found.at(-1)).toEqual({ at: 2, number: null, title });
  });

  it('does not take "One vote per practice. Kemi, can you call it?" for a start', () => {
    const found = startsOf([[CHAIR, 'Item one, welcome and apologies.'], ['Raj Patel', 'Apologies from Kath.'], [CHAIR, "Let's do it properly then. One vote per practice. Kemi, can you call it?"], ['Kemi Bello', 'Okay.']]);
    expect(found.filter((s) => s.at === 2)).toEqual([]);
  });
});

describe('findItemStarts: an item taken out of order', () => {
  it('starts "take the dental item first, item seven, the primary care dental access scheme" there, with its number and title', () => {
    const found = startsOf([
      ['Helen Mayhew', 'Item six, estates.'],
      ['Gareth Pryce', 'Thanks.'],
      ['Helen Mayhew', "Now I'm going to be a bit naughty and take the dental item first, item seven, the primary care dental access scheme, so Priya can get away. Lorna, are you leading?"],
      ['Lorna Finbow', "I'll kick off and Priya can fill in the national bits."],
    ]);
    expect(found).toEqual([
      { at: 0, number: 6, title: 'Estates' },
      { at: 2, number: 7, title: 'Primary care dental access scheme' },
    ]);
  });

  it('starts item five where it is taken up, not where the change of order was announced', () => {
    const found = startsOf([
      ['Bernadette Oyelaran', "Now, I'm going to take things slightly out of order, because Rob has to leave us, so we'll do item five next and then come back to the finance report afterwards. Gareth, is that okay with you?"],
      ['Gareth Llewellyn', 'Yeah, no problem at all.'],
      ['Bernadette Oyelaran', 'Thank you. So, item five, dental access recovery. Rob, over to you.'],
    ]);
    expect(found).toEqual([{ at: 2, number: 5, title: 'Dental access recovery' }]);
  });
});

describe('findItemStarts: a hand-over opening the sentence with a capital', () => {
  it('starts "Handing over to Kate for the finance report."', () => {
    expect(startsOf([
      ['Chair', 'Thanks, that was helpful.'],
      ['Bob Hale', 'No problem.'],
      ['Chair', 'Handing over to Kate for the finance report.'],
      ['Kate Lowe', 'Thanks, Chair.'],
    ])).toEqual([{ at: 2, number: null, title: 'Finance report' }]);
  });
});

describe('findItemStarts: starts said after "as agreed", in unpunctuated captions, and "number six then is"', () => {
  const around = (said: string) => startsOf([['Chair', 'Item three, estates.'], ['Bob Lane', 'Thanks.'], ['Chair', said], ['Dr Fitch', 'Thank you.']]).slice(1);

  it.each([
    ['Thank you. So, as agreed, item seven, King George maternity. Dr Fitch, welcome.', 7, 'King George maternity'],
    ['brilliant thanks lorna so back to item 4 then the discharge dashboard', 4, 'Discharge dashboard'],
    ['number six then is the care navigator training and jo youve got a paper on that', 6, 'Care navigator training'],
    ['thank you laura so were on item five then the community services contract and i welcome dr crossley', 5, 'Community services contract'],
  ])('%s', (said, number, title) => {
    expect(around(said)).toEqual([{ at: 2, number, title }]);
  });

  it('does not start an item from "We were on item seven, and we\'d just finished" or "i think we\'re on item five now aren\'t we"', () => {
    expect(around("We were on item seven, the pharmacy closures report, and we'd just finished the presentation.")).toEqual([]);
    expect(startsOf([['Chair', 'Item four, cancer.'], ['Dr Ellie Foss', "i think we're on item five now aren't we chair the dentistry one"]]).slice(1)).toEqual([]);
  });
});

describe('findItemStarts: a hand-over asked as a question that names the item', () => {
  const around = (said: string) => startsOf([['Chair', 'Item three, the rota.'], ['Bob Lane', 'Thanks, all done.'], ['Chair', said], ['Neil Amos', 'Thank you.']]).slice(1);

  it('starts "Siobhan, d\'you want to take us through the workforce paper?" and "Ravi, do you want to kick us off with the flu update?"', () => {
    expect(around("Thanks Carl. Siobhan, d'you want to take us through the workforce paper?")).toEqual([{ at: 2, number: null, title: 'Workforce paper' }]);
    expect(around('Ravi, do you want to kick us off with the flu update?')).toEqual([{ at: 2, number: null, title: 'Flu update' }]);
  });

  it('does not start one for "take us through the slides", "the report" or "the action log really quickly"', () => {
    expect(around('Siobhan, can you take us through the slides?')).toEqual([]);
    expect(around('Mark, would you like to take us through the report?')).toEqual([]);
    expect(around('Tom, can you take us through the action log really quickly?')).toEqual([]);
  });
});

describe('findItemStarts: the minutes, said with when that meeting was', () => {
  const around = (said: string) => startsOf([['Chair', 'Item one, apologies. None received.'], ['Bob Lane', 'Thanks.'], ['Chair', said], ['Neil Amos', 'Fine by me.']]).slice(1);

  it.each([
    ['Minutes of the last meeting, that was the fifth of November. Any comments on accuracy?', 'Minutes of the last meeting'],
    ['Minutes from September then. Any corrections?', 'Minutes'],
  ])('starts "%s"', (said, title) => {
    expect(around(said)).toEqual([{ at: 2, number: null, title }]);
  });
});

describe('findItemStarts: members answering the call for declarations', () => {
  it('does not start item six from "And item six, obviously, the merger, that\'s us", and starts the merger when the chair takes it', () => {
    const found = startsOf([
      ['Margaret Thorne', 'Declarations, then. Anything specific to today\'s papers?'],
      ['Dr Anjali Mehta', "Yes, for item five, the hub contract, my practice is a member of the Alliance, so I'll keep out of that one."],
      ['Karen Bostock', "And item six, obviously, the merger, that's us. I'll drop off when we get to it."],
      ['Margaret Thorne', 'Thank you both. Item three, the minutes. Any comments?'],
      ['Dr Anjali Mehta', 'None from me.'],
      ['Margaret Thorne', 'Okay, the merger. Karen, this is where you leave us, I think.'],
      ['Karen Bostock', "It is, yes. I'll drop off now."],
    ]);
    expect(found.map((s) => s.at)).toEqual([3, 5]);
  });
});

describe('findItemStarts: a presenter counting off their own points, an item parked, "shall we move on to …?"', () => {
  it('does not start items from "one, IIF achievement, two, the ARRS claims, three, …" or "There are four items in my report"', () => {
    const found = startsOf([
      [CHAIR, 'Item three, the rota.'],
      ['Bob Lane', 'Thanks, all done.'],
      [CHAIR, "Okay, I think we've exhausted that. Shall we move on to finance? Harvey?"],
      ['Harvey Shaw', 'Thanks. Three things: one, IIF achievement, two, the ARRS claims, three, the care home DES payments.'],
      ['Joanna Bell', 'There are four items in my report and I\'ll be brief. The first item is the winter vaccination position.'],
    ]);
    expect(found).toEqual([
      { at: 0, number: 3, title: 'Rota' },
      { at: 2, number: null, title: 'Finance' },
    ]);
  });

  it('does not start item five when the chair parks it in the same breath', () => {
    expect(startsOf([[CHAIR, "So item five is the Weston hub estates update, but Gareth's stuck on the M5, so I'm going to park that and we'll do six."]]).map((s) => s.number)).not.toContain(5);
  });
});

describe('findItemStarts: captions with no full stops, items taken now, "we resume with", closing forms', () => {
  it('starts an item after a bare "um" in a caption with no punctuation, and leaves the presenter off the title', () => {
    const found = startsOf([
      [CHAIR, 'great thats item six done um seven is the interface group update rhys'],
      ['Rhys Evans', 'thanks so the group met twice'],
      [CHAIR, 'lovely thanks rhys um item eight is the practice resilience fund kofi'],
      ['Kofi Mensah', 'yep so we had nine bids'],
    ]);
    expect(found).toEqual([
      { at: 0, number: 7, title: 'Interface group update' },
      { at: 2, number: 8, title: 'Practice resilience fund' },
    ]);
  });

  it('keeps "item four, um, the finance report" whole', () => {
    expect(startsOf([[CHAIR, 'Item four, um, the finance report.'], ['Mel Ray', 'Thanks.']])).toEqual([{ at: 0, number: 4, title: 'Finance report' }]);
  });

  it.each([
    ['Welcome back everyone. We resume with item seven, the director of public health annual report. Gail.', 7],
    ['Thank you. We move then to item five, the work programme.', 5],
    ['thank you right then agenda item for gp access in the north of the borough', 4],
  ])('reads "%s"', (said, number) => {
    expect(startsOf([[CHAIR, said], ['Gail Moss', 'Thank you, Chair.']]).map((s) => s.number)).toEqual([number]);
  });

  it.each([
    ["Then shall we do the dental one now, while you're still here? Liam, are you happy to bring that forward?", 'Dental'],
    ["Let's go to the access money now, while Deborah's here, and do shared care after.", 'Access money'],
  ])('takes an item taken now: "%s"', (said, title) => {
    const found = startsOf([[CHAIR, 'Item two, the minutes.'], ['Liam Hart', 'Agreed.'], [CHAIR, said], ['Liam Hart', 'Yes, happy to.']]);
    expect(found.at(-1)).toEqual({ at: 2, number: null, title });
  });

  it('does not take "shall we do the budget now or—" cut off', () => {
    const found = startsOf([[CHAIR, 'Item two, the minutes.'], ['Liam Hart', 'Agreed.'], [CHAIR, 'Shall we do the budget now or—'], ['Liam Hart', 'Sorry, go on.']]);
    expect(found).toHaveLength(1);
  });

  it.each(['So that just leaves any other business. Has anybody got anything?', 'Great, noted. Then we\'re into any other business.'])('closes with "%s"', (said) => {
    const found = startsOf([[CHAIR, 'Item two, the minutes.'], ['Liam Hart', 'Agreed.'], [CHAIR, said]]);
    expect(found.at(-1)).toMatchObject({ at: 2, title: 'Any other business' });
  });

  it('takes "Okay, the hub. Where are we with it, Zainab?" as the hub handed over', () => {
    const found = startsOf([[CHAIR, 'Item two, the minutes.'], ['Zainab Ali', 'Fine.'], [CHAIR, 'Great, close that. Okay, the hub. Where are we with it, Zainab?'], ['Zainab Ali', 'Nearly there.']]);
    expect(found.at(-1)).toEqual({ at: 2, number: null, title: 'Hub' });
  });
});

describe('findItemStarts: a presenter\'s "number four", and the minutes opened after a remark', () => {
  it('does not start item four from a presenter\'s "Number four is for practices", so the chair\'s "back to item four" starts it', () => {
    const found = startsOf([
      [CHAIR, "With the board's permission I'm going to take item five before item four. So item five, the Healthwatch report. Lorraine, over to you."],
      ['Lorraine Pickup', 'Thanks. Section three is the recommendations. There are four. One to three are for the ICB. Number four is for practices, about a named person on reception.'],
      [CHAIR, 'Thanks Lorraine, bye now. Right, back to item four, the neighbourhood health model. Siobhan, you\'re leading on this one.'],
      ['Siobhan Tierney', 'Thanks Joanne.'],
    ]);
    expect(found.map((s) => [s.at, s.number])).toEqual([
      [0, 5],
      [2, 4],
    ]);
  });

  it('starts the minutes at "Minutes of the last meeting, the November meeting, they went out with the papers. Any comments on accuracy?"', () => {
    const found = startsOf([
      [CHAIR, 'Item one, welcome and apologies.'],
      ['Ravi Sethi', 'Morning.'],
      [CHAIR, 'Okay. Minutes of the last meeting, the November meeting, they went out with the papers last Thursday. Any comments on accuracy?'],
      ['Fiona Gallacher', 'Just one, on page three.'],
    ]);
    expect(found.at(-1)).toMatchObject({ at: 2, number: null, title: 'Minutes of the last meeting' });
  });
});

describe('findItemStarts: mentions that are not starts, and hand-overs by topic', () => {
  const opened: [string, string][] = [[CHAIR, 'Item two, the minutes.'], ['Femi Ade', 'Fine.']];
  it.each([
    ['Seven, two and one. So the motion\'s carried, it\'ll go to the conference in March.'],
    ['Right, before we move on to item nine, one more thing on this. Jo, do we need to tell the ICB?'],
    ['er ok so item four we\'ve done um well before that actually gemma was there anything in the correspondence'],
    ['yeah that\'s item four on the pcn agenda next tuesday i\'m going to that'],
    ['Thank you. Members, you\'ll see from the agenda that item five, the ambulance handover report, and item six, the urgent treatment centre, are both for noting.'],
    ['number one is the minutes number two the enhanced access rota number three is social prescribing number four the flu clinics'],
    ['Thank you, that\'s carried. Dr Ade, thank you very much for attending.'],
  ])('starts nothing at "%s"', (said) => {
    expect(startsOf([...opened, [CHAIR, said], ['Femi Ade', 'Thanks.']])).toHaveLength(1);
  });

  it.each([
    ['Any other questions on finance? No. So we note the month seven position. Femi, elective recovery, over to you.', 'Elective recovery'],
    ['Lovely. Femi, care coordinator review, you\'re up.', 'Care coordinator review'],
    ['so, infection prevention and control, the quarterly report, Femi', 'Infection prevention and control, the quarterly report'],
    ['So, shall we do the DES sign-up then? Femi.', 'DES sign-up'],
    ['brilliant thanks femi agreed then so onto the icb enhanced services review', 'Icb enhanced services review'],
  ])('starts an item at "%s"', (said, title) => {
    expect(startsOf([...opened, [CHAIR, said], ['Femi Ade', 'Thanks.']]).at(-1)).toEqual({ at: 2, number: null, title });
  });

  it('does not split a punctuated ", so item seven" said in a declaration', () => {
    expect(startsOf([...opened, ['Femi Ade', "Yes, I'm clinical director for Taunton PCN, so item seven, the PCN DES sign-up, obviously I've got an interest."]])).toHaveLength(1);
  });
});

describe('findItemStarts: the minutes opened in the same breath, and the number said after the title', () => {
  const opened: [string, string][] = [[CHAIR, 'Item two, declarations.'], ['Femi Ade', 'None.']];
  it('starts the minutes at "OK, minutes of the last meeting, any matters of accuracy?"', () => {
    expect(startsOf([...opened, [CHAIR, "That's fine. OK, minutes of the last meeting, any matters of accuracy?"], ['Femi Ade', 'No.']]).at(-1)).toMatchObject({ at: 2, title: 'Minutes of the last meeting' });
  });

  it('reads the number in "Internal audit progress report, item four" as the item\'s', () => {
    expect(startsOf([...opened, [CHAIR, 'Moving on to the internal audit progress report, item four.'], ['Femi Ade', 'Thanks, chair.']]).at(-1)).toEqual({ at: 2, number: 4, title: 'Internal audit progress report' });
  });
});

describe('findItemStarts: more ways back and forward, and the next meeting or a break', () => {
  const opened: [string, string][] = [[CHAIR, 'Item two, the minutes.'], ['Femi Ade', 'Fine.']];
  it.each([
    ['Right, that brings us back to the frailty model, which was item four on the agenda. Femi, I think this is you?', 4, 'Frailty model'],
    ['Okay, thanks. So that\'s item six done, and we did seven and eight earlier, so that just leaves AOB. Has anyone got anything?', null, 'Any other business'],
    ['Femi, you\'re on a hard stop, aren\'t you? Shall we do finance now and then come back to the chief exec\'s items?', null, 'Finance'],
    ['Right, back to the chief exec\'s items, so the next one is the digital telephony rollout. Femi.', null, 'Digital telephony rollout'],
    ['ok so thats the list size data noted thanks craig and the next one is the winter access fund', null, 'Winter access fund'],
  ])('starts an item at "%s"', (said, number, title) => {
    expect(startsOf([...opened, [CHAIR, said], ['Femi Ade', 'Thanks.']]).at(-1)).toEqual({ at: 2, number, title });
  });

  it('takes "I\'m going to suggest we take items seven and eight together" as item seven', () => {
    expect(startsOf([...opened, [CHAIR, "So I'm going to suggest we take items seven and eight together, because they're both about extended access."], ['Femi Ade', 'Fine.']]).at(-1)).toMatchObject({ at: 2, number: 7 });
  });

  it.each([
    ["Let's have a ten-minute break now, back at eleven twenty, before item nine."],
    ["Right. We're not meeting in January, so the next one is Thursday the fourth of February, two o'clock."],
    ['Those in favour of adopting it as drafted? ... I count four. Against? None.'],
  ])('starts nothing at "%s"', (said) => {
    expect(startsOf([...opened, [CHAIR, said], ['Femi Ade', 'Thanks.']])).toHaveLength(1);
  });
});

describe('findItemStarts: the agenda read out over two turns', () => {
  it('starts nothing at "Item four is …. Item five is …" after "Let me read through the agenda"', () => {
    const found = startsOf([
      [CHAIR, "Let me read through the agenda so we all know where we're heading."],
      [CHAIR, 'Item four is the Westgate contract, which needs a decision today. Item five is the quarter three access report.'],
      ['Femi Ade', 'Thanks.'],
      [CHAIR, 'So, item one, welcome and apologies.'],
    ]);
    expect(found).toEqual([{ at: 3, number: 1, title: 'Welcome and apologies' }]);
  });
});

describe('findItemStarts: an item taken now, asked after a few words; "now the …"; a vote answered', () => {
  const opened: [string, string][] = [[CHAIR, 'Item two, the minutes.'], ['Phil Cole', 'Fine.']];
  it.each([
    ["We're running a bit early actually, so, Phil, you're here already, shall we do the Better Care Fund now rather than after the break?", 'Better Care Fund'],
    ["Phil, the practice resilience item isn't till after lunch, but you're here, shall we just do it now?", 'Practice resilience'],
  ])('starts an item at "%s"', (said, title) => {
    expect(startsOf([...opened, [CHAIR, said], ['Phil Cole', 'Happy to.']]).at(-1)).toEqual({ at: 2, number: null, title });
  });

  it('starts "Now the care home ward rounds, which Phil said he\'d lead on. Phil?"', () => {
    expect(startsOf([...opened, [CHAIR, "Right, that's the flu done. Now the care home ward rounds, which Phil said he'd lead on. Phil?"], ['Phil Cole', 'Yeah.']]).at(-1)).toEqual({ at: 2, number: null, title: 'Care home ward rounds' });
  });

  it.each([
    ['Phil, do we want to do the estates thing now, or wait for Lou?'],
    ['Sorry, should we take questions now or at the end, Phil?'],
    ['Any against? One. Abstentions? None. So seven for, one against, and the recommendations are carried.'],
  ])('starts nothing at "%s"', (said) => {
    expect(startsOf([...opened, [CHAIR, said], ['Phil Cole', 'Thanks.']])).toHaveLength(1);
  });
});

describe('an item said in no usual words, started only as the next one', () => {
  it('takes "I\'ll start with item one" and "so that\'s 6 then item 7 the …" as the next item', () => {
    expect(startsOf([['Chair', "Good evening and welcome. I'll start with item one, apologies for absence."], ['Bob', 'Apologies from Sue.'], ['Chair', 'Item two, declarations of interest.']])).toEqual([
      { at: 0, number: 1, title: 'Apologies for absence' },
      { at: 2, number: 2, title: 'Declarations of interest' },
    ]);
    expect(startsOf([['Chair', 'Item six, the budget.'], ['Bob', 'A few words on the budget.'], ['Chair', "ok so that's 6 then item 7 the estates strategy which is a big one"]]).map((s) => s.number)).toEqual([6, 7]);
  });

  it('does not take an item out of sequence so, nor one already started', () => {
    expect(startsOf([['Chair', 'Item six, the budget.'], ['Bob', 'A few words on the budget.'], ['Chair', "ok so that's 6 then item 9 the estates strategy which is a big one"]]).map((s) => s.number)).toEqual([6]);
    expect(startsOf([['Chair', 'Item six, the budget.'], ['Bob', 'A few words.'], ['Chair', 'Item seven, estates.'], ['Bob', 'More words.'], ['Chair', "Flu's item seven, Marie, the one you asked about."]]).map((s) => s.number)).toEqual([6, 7]);
  });
});

describe('starts said by an informal chair', () => {
  it('takes "Priya, you\'re up next with the inequalities data", "back to workload and safe working" and "I\'ll take estates before the BCF"', () => {
    expect(startsOf([['Chair', 'Thanks Kate.'], ['Chair', "Right, Priya, you're up next with the inequalities data, and then it's the BCF."], ['Priya Shah', 'Thanks.']])).toEqual([{ at: 1, number: null, title: 'Inequalities data' }]);
    expect(startsOf([['Chair', 'Right then. Back to workload and safe working, which picks up the ARRS point.'], ['Bob', 'Thanks.']])).toEqual([{ at: 0, number: null, title: 'Workload and safe working' }]);
    expect(startsOf([['Chair', "OK, I'm going to take estates before the Better Care Fund, because Angela's had to step out."], ['Bob', 'Thanks.']])).toEqual([{ at: 0, number: null, title: 'Estates' }]);
  });

  it('does not take "back to you", nor "take a couple of minutes before the private session"', () => {
    expect(startsOf([['Chair', 'Back to you, Sam.'], ['Sam Okoro', 'Thanks.']])).toEqual([]);
    expect(startsOf([['Chair', "We'll take a couple of minutes before the private session, while the webcast stops."], ['Bob', 'Thanks.']])).toEqual([]);
  });
});

describe('a start handed over in the same breath', () => {
  it('takes "We\'re now on to the risk register, and I\'ll hand to Claire again"', () => {
    expect(startsOf([['Chair', 'Item two, minutes.'], ['Bob', 'Fine.'], ['Chair', "Thank you, Abdul. We're now on to the risk register, and I'll hand to Claire again."], ['Claire Day', 'Thanks.']]).map((s) => s.title)).toEqual(['Minutes', 'Risk register']);
  });
});

describe('resuming, and the next meeting said in a caption with no stops', () => {
  it('takes "We\'re picking up with the dental access plan" and "…so that\'s everything date of next meeting is the ninth of march"', () => {
    expect(startsOf([['Chair', 'Welcome back. We\'re picking up with the dental access plan, and Claire\'s going to lead.'], ['Claire Day', 'Thanks.']]).map((s) => s.title)).toEqual(['Dental access plan']);
    expect(startsOf([['Chair', 'Item two, minutes.'], ['Bob', 'Fine.'], ['Chair', "lovely thank you so that's everything date of next meeting is the ninth of march"]]).map((s) => s.title)).toEqual(['Minutes', 'Date of next meeting']);
  });

  it('does not take "the next meeting is on the twelfth" said in passing as a start', () => {
    expect(startsOf([['Chair', 'Item two, minutes.'], ['Bob', 'Fine.'], ['Chair', 'Thank you. That concludes our business. The next meeting is on the twelfth of February.']]).map((s) => s.title)).toEqual(['Minutes']);
  });
});

describe('a topic asked of its presenter by name', () => {
  it('takes "Sunita, estates?" but not "Frances, what\'s next?" or "Dr Graham, from the PCN\'s perspective?"', () => {
    const said = (text: string) => startsOf([['Chair', 'Item two, minutes.'], ['Bob', 'Fine.'], ['Chair', text], ['Sunita Rao', 'Thanks.']]).map((s) => s.title);
    expect(said('Minutes are fine, and the only open action is on the agenda anyway. Sunita, estates?')).toEqual(['Minutes', 'Estates']);
    expect(said("Thank you Kemi. Sunita, what's next?")).toEqual(['Minutes']);
    expect(said("Thank you, Mark. Sunita, from the PCN's perspective?")).toEqual(['Minutes']);
  });
});

describe('more of the ways chairs start an item, and mentions that are not starts', () => {

  it('takes "Let\'s crack on with item 2" and then "With that, item 3"', () => {
    expect(titles(['Chair', "Apologies received from Wendy. Let's crack on with item 2, the minutes and matters arising."], ['Ryan Spencer', 'On matters arising, the policy has gone to the board.'], ['Chair', "Okay. With that, item 3, the St Mary's urgent treatment centre."], ['Ryan Spencer', 'So the UTC is seeing about a hundred and forty a day.'])).toEqual([
      [2, 'Minutes and matters arising'],
      [3, "St Mary's urgent treatment centre"],
    ]);
  });

  it.each([
    ['Good. Moving on, then, to the delegated dental budget.', 'Delegated dental budget'],
    ['It is. Premises, then, the improvement grant round.', 'Improvement grant round'],
    ['Okay, draft the ask and we\'ll sign it off by email. Right, workforce then.', 'Workforce'],
    ["Jo, are you ready to talk us through the dementia diagnosis rates?", 'Dementia diagnosis rates'],
    ["Good. Let's leave it there. I'm conscious we've still got enhanced access, so Josh.", 'Enhanced access'],
    ['So to summarise, we support the expansion subject to recurrent funding, Paul will bring the mobilisation plan back in March, and that takes us on to the frailty strategy, which is Hannah\'s.', 'Frailty strategy'],
  ])('takes "%s"', (said, title) => {
    expect(titles(['Chair', 'Item two, minutes.'], ['Josh Whitcombe', 'Fine.'], ['Chair', said], ['Joanne Pettit', 'Thanks, so the headline is we are on track.'])).toEqual([
      [2, 'Minutes'],
      [null, title],
    ]);
  });

  it.each([
    'Chair, the next item on my list of concerns is the minor injuries unit closing overnight.',
    "Item 9 is the procurement of the out-of-hours service, and we'll take that in the private part of the meeting, so I'll skip over it for now.",
    'So that\'s the first part. Turning now to part two of the paper, the operating plan assumptions.',
    "Tom, can you take us through the action log really quickly?",
    'Okay. So, Lewis, remind us of the conditions.',
  ])('does not take "%s"', (said) => {
    expect(titles(['Chair', 'Item two, minutes.'], ['Tom Reid', 'Fine.'], ['Chair', said], ['Lewis Hart', 'One, the list stays open.'])).toEqual([[2, 'Minutes']]);
  });
});

describe('a topic said on its own after "Right,", "Okay," or "Now,"', () => {
  const around = (said: string) => titles(['Helen Grey', 'Item two, minutes.'], ['Nadia Osei', 'Fine.'], ['Helen Grey', said], ['Nadia Osei', 'Thanks. So the headline is that we are on track.']);

  it.each([
    ['Good, that is noted. Right, estates. Nadia, it is the Felixstowe business case.', 'Estates'],
    ['Now, mental health. Nadia, thank you for your patience this morning.', 'Mental health'],
    ['Okay, chair\'s report. I will keep it short because we want the time for the contract.', "Chair's report"],
    ['Okay, thanks Kev, go to your clinic. Right, budget.', 'Budget'],
    ['So, UDA rebasing. I\'ll introduce this one myself.', 'UDA rebasing'],
  ])('takes "%s"', (said, title) => {
    expect(around(said)).toEqual([
      [2, 'Minutes'],
      [null, title],
    ]);
  });

  it.each([
    'Thank you Nadia.',
    'So, um, bear with me.',
    'So, um, thank you for having me back.',
    'Right, lovely. Nadia, anything else?',
    'Okay, fair enough. Nadia?',
  ])('does not take "%s"', (said) => {
    expect(around(said)).toEqual([[2, 'Minutes']]);
  });
});

describe('numbers said after an item started without one, and wishes that are not items', () => {

  it('takes "Next on the agenda, item four" after item two and an item started without its number', () => {
    expect(titles(['Joanne Hale', 'Item 2, the minutes. Any comments on accuracy?'], ['Tariq Aslam', 'Happy with those.'], ['Joanne Hale', 'Okay, moving on to winter. Patrick, over to you.'], ['Patrick Doyle', 'Thanks, it has been a tough fortnight.'], ['Joanne Hale', 'Next on the agenda, item four, the GP access improvement plan. Ravi, this one is yours.'], ['Ravi Chauhan', 'Thanks Joanne. The paper is in three sections.']).map(([n]) => n)).toEqual([2, null, 4]);
  });

  it('does not take a number two ahead without words that move on: "keep questions on Moorgate to item nine"', () => {
    expect(titles(['Joanne Hale', 'We now move on to item seven, access to GP services.'], ['Dan Osei', 'That is correct, Chair.'], ['Joanne Hale', "Thank you. I'll invite Dr Qureshi to introduce the report, and then I'll take questions from members."], ['Pat Hart', 'Are we taking the estates questions now or under item nine?'], ['Joanne Hale', "I'd suggest we keep questions on Moorgate to item nine, where the capital programme is."]).map(([n]) => n)).not.toContain(9);
  });

  it.each(['Thanks Patrick, good luck this weekend.', 'Thanks Patrick, good luck with the inspection.', 'Thanks Patrick, have a lovely break.'])('does not take "%s" as an item', (said) => {
    expect(titles(['Joanne Hale', 'Item three, winter.'], ['Patrick Doyle', "I'm going to have to drop off now, thanks everyone."], ['Joanne Hale', said], ['Ravi Chauhan', 'Thanks Joanne. The paper is in three sections.'])).toEqual([[3, 'Winter']]);
  });
});

describe('starts said with a welcome, by a vice-chair picking up, after parking an item, and back to a bare number', () => {

  it('takes "Moving on to the GP estates strategy, and I welcome Mr Chen from the ICB."', () => {
    expect(titles(['Joan Armstrong', 'Thank you Liam. Moving on to the GP estates strategy, and I welcome Mr Chen from the ICB.'], ['David Chen', 'Thank you Chair. The strategy has four priorities.'])).toEqual([[null, 'GP estates strategy']]);
  });

  it('takes "We\'ll pick up at agenda item seven, ICB update."', () => {
    expect(titles(['Sue Moss', "As you know Phil's away, so I'm in the chair. We'll pick up at agenda item seven, ICB update. Mark."], ['Mark Hill', 'Thanks Sue.'])).toEqual([[7, 'ICB update']]);
  });

  it('takes "let\'s park that and do item six first", then "back to five then locality reports bernie …"', () => {
    expect(
      titles(
        ['Dave Ingram', "right er so item five's the locality reports but bernie's not on yet so let's park that and do item six first the cervical screening"],
        ['Ruth Okafor', 'yeah so the call recall system has changed over'],
        ['Dave Ingram', "thanks ruth um oh bernie's on hi bernie ok back to five then locality reports bernie do you want to go first"],
        ['Bernie Walsh', 'hi sorry yeah so the main thing is the discharge letters'],
      ),
    ).toEqual([
      [6, 'Cervical screening'],
      [5, 'Locality reports'],
    ]);
  });
});

describe('a number the chair takes back, an item for later and a vote counted', () => {

  it('drops "Number seven, the, um, sorry, I\'ve skipped one." and takes "Six A, the letter to the ICB."', () => {
    expect(titles(['Aisha Rahman', 'Number six, the collective action update. Steve?'], ['Steve Corbett', 'Seventy per cent of practices have taken up an action.'], ['Aisha Rahman', "Right. Number seven, the, um, sorry, I've skipped one. Six A, the letter to the ICB."], ['Steve Corbett', 'The draft is in your pack.']).map(([n]) => n)).toEqual([6, 6]);
  });

  it('drops "So item four is the, sorry, no." before "So, item five. The carers\' strategy."', () => {
    expect(titles(['Alan Morley', 'Item three, the mental health transformation.'], ['Debbie Hart', 'This is our six-monthly update.'], ['Alan Morley', "Thanks Debbie. So item four is the, sorry, no. Item four we're taking later, because Gary's not here yet. So, item five. The carers' strategy."], ['Sue Ward', 'Thank you.']).map(([n]) => n)).toEqual([3, 5]);
  });

  it('takes the corrected number, not the slip or the next item named for later', () => {
    expect(titles(['Linda Fairweather', "Thank you. We'll now take item 8, sorry, item 7, I'm on the wrong page, item 7, the update on the urgent treatment centre. Item 8 is the GP branch closure, which we'll come to after."], ['Jane Kerr', 'The UTC moved in September.'])).toEqual([[7, 'Urgent treatment centre']]);
  });

  it('does not take "That\'s five." after "All those in favour of approving the merger?"', () => {
    expect(titles(['Elaine Pritchard', 'Item 10a, the merger application. Simon.'], ['Simon Oakes', 'The practices have applied to merge.'], ['Elaine Pritchard', "We need a decision. All those in favour of approving the merger? That's five. Against? None. So the merger is approved."]).map(([n]) => n)).toEqual([10]);
  });
});

describe('the minutes opened with a correction or "everybody happy with those", and an item withdrawn on the way to the next', () => {

  it.each([
    ['oh bless him ok. minutes from last time, everybody happy with those', 'yep fine'],
    ['Okay, the minutes from November.', 'I have a note that Ian wanted a correction on page three.'],
  ])('takes "%s"', (said, next) => {
    expect(titles(['Kay Lowe', 'Right, apologies first.'], ['Ian Moss', 'None from me.'], ['Kay Lowe', `${said} ${next}`], ['Ian Moss', 'Yes, page three.']).map(([, t]) => t)).toEqual(['Apologies', expect.stringMatching(/^Minutes/)]);
  });

  it('takes item 12 after "Item 11 … has been withdrawn, so that brings us to item 12, any other business"', () => {
    expect(titles(['Kay Lowe', 'Item ten, the conference motions.'], ['Ian Moss', 'Thanks.'], ['Kay Lowe', 'Please do. Item 11, online access to records, has been withdrawn, so that brings us to item 12, any other business.'], ['Ian Moss', 'One from me.'])).toEqual([
      [10, 'Conference motions'],
      [12, 'Any other business'],
    ]);
  });

  it('still takes nothing from "Item 11 has been withdrawn." alone', () => {
    expect(titles(['Kay Lowe', 'Item ten, the conference motions.'], ['Ian Moss', 'Thanks.'], ['Kay Lowe', 'Item 11, online access to records, has been withdrawn.'], ['Ian Moss', 'Shame.'])).toEqual([[10, 'Conference motions']]);
  });
});

describe('"first of all, apologies" after a filler, and "Next on the agenda, then, is …"', () => {

  it('takes "Um, so first of all, apologies." said after other words', () => {
    expect(titles(['Janet Coe', "Good afternoon everybody. I'm chairing today, so please bear with me. Um, so first of all, apologies. I have Mark and Dr Lowe."], ['Rita Sharma', 'And Sam sent apologies at lunchtime.'])).toEqual([[null, 'Apologies']]);
  });

  it('takes "Next on the agenda, then, is NHS dental services on the coast."', () => {
    expect(titles(['Derek Pickering', 'Right. Thank you, Dr Fell, for coming. Good. Next on the agenda, then, is NHS dental services on the coast.'], ['Fiona Blake', 'Thank you Chair. Access is the worst it has been.'])).toEqual([[null, 'NHS dental services on the coast']]);
  });
});

describe('a topic then its presenter handed the floor: "Right, flu, Amy, that\'s you."', () => {

  it.each([
    ["Okay, thanks Sandeep, good. Right, flu, Amy, that's you.", 'Flu'],
    ["Brilliant. Let's get to the meat of it then. The JSNA refresh, Amy, over to you.", 'JSNA refresh'],
  ])('takes "%s"', (said, title) => {
    expect(titles(['Kay Lowe', 'Item two, minutes.'], ['Sandeep Rai', 'Fine.'], ['Kay Lowe', said], ['Amy Cole', 'Thanks. So uptake is up on last year.'])).toEqual([
      [2, 'Minutes'],
      [null, title],
    ]);
  });

  it('does not take a name then a name: "Sandeep, Amy, over to you."', () => {
    expect(titles(['Kay Lowe', 'Item two, minutes.'], ['Sandeep Rai', 'Fine.'], ['Kay Lowe', 'Thanks. Sandeep, Amy, over to you.'], ['Amy Cole', 'Thanks.'])).toEqual([[2, 'Minutes']]);
  });
});

describe('a sub-item said with "is": "agenda item 4b is the enhanced access rota"', () => {
  it('takes it with its parent\'s number', () => {
    const found = startsOf([['Kay Lowe', 'Item three, minutes.'], ['Maryam Ali', 'Fine.'], ['Kay Lowe', 'agenda item 4b is the, er, the enhanced access rota for January. Claire, is that you?'], ['Claire Olu', 'Thanks. So the rota is nearly full.']]).map((s) => [s.number, s.title]);
    expect(found).toEqual([
      [3, 'Minutes'],
      [4, 'Enhanced access rota for January'],
    ]);
  });
});

describe('"I\'m jumping to item six now, Pharmacy First"', () => {
  it('takes the item jumped to', () => {
    const found = startsOf([['Kay Lowe', 'Item four, the estates update.'], ['Ian Moss', 'Nothing new.'], ['Kay Lowe', "Noted. Right, as I warned you, I'm jumping to item six now, Pharmacy First, so that Fiona can get away. Fiona."], ['Fiona Reid', 'Thanks. Referrals are up.']]).map((s) => [s.number, s.title]);
    expect(found).toEqual([
      [4, 'Estates update'],
      [6, 'Pharmacy First'],
    ]);
  });
});

describe('an item named, then put off in the next breath', () => {

  it.each([
    "Right, I'm conscious of time. Item nine, the dispensing audit. Oliver, I think we agreed to push that to next month because the paper's not ready.",
    "That's item nine today, so I'd suggest we pick it up there.",
    'Nine is the pharmacy resilience paper, Oliver, yes. Keep your powder dry for that.',
  ])('does not take "%s"', (said) => {
    expect(titles(['Kay Lowe', 'Item eight, the estates update.'], ['Oliver Hunt', 'Nothing new.'], ['Kay Lowe', said], ['Oliver Hunt', 'Fine.'])).toEqual([[8, 'Estates update']]);
  });

  it('still takes "Item nine, the dispensing audit. Oliver, over to you."', () => {
    expect(titles(['Kay Lowe', 'Item eight, the estates update.'], ['Oliver Hunt', 'Nothing new.'], ['Kay Lowe', 'Item nine, the dispensing audit. Oliver, over to you.'], ['Oliver Hunt', 'Thanks.'])).toEqual([
      [8, 'Estates update'],
      [9, 'Dispensing audit'],
    ]);
  });
});

describe('"moving swiftly on", with or without an aside', () => {
  it.each([
    ['Thanks Hannah, lovely, short and sweet. Moving swiftly on to the neighbourhood teams update. Nisha.', 'Neighbourhood teams update'],
    ["Great. Moving swiftly on, because we're behind, to the winter communications plan. Hannah, you're back.", 'Winter communications plan'],
  ])('takes "%s"', (said, title) => {
    expect(titles(['Dr Anil Joshi', 'Item three, the estates update.'], ['Hannah Brookes', "Nothing new, that's me."], ['Dr Anil Joshi', said], ['Nisha Patel', 'Thanks Anil. So the pilots are live.'])).toEqual([
      [3, 'Estates update'],
      [null, title],
    ]);
  });
});

describe('a presenter\'s "and the last thing is …"', () => {
  it('counts it for half, so the chair\'s hand-over after it is the start', () => {
    expect(
      titles(
        ['Tracey Howes', "...and the last thing is the fellowship scheme, which is full for this year, so that's good news."],
        ['Alison Gray', "Lovely, thanks Tracey, that's really clear. I think that's everything from the training hub?"],
        ['Tracey Howes', "Yeah, that's me done."],
        ['Alison Gray', 'Brilliant. Over to you, Sam, for the workforce update.'],
        ['Sam Oyelaran', "Thanks Alison. I'll go fairly quickly."],
      ),
    ).toEqual([[null, 'Workforce update']]);
  });
});

describe('a lead-in said as a sentence of its own, and a North East "howay"', () => {
  it.each([
    ['Okay. Estates.', 'Estates'],
    ['Right. Money.', 'Money'],
    ['Howay then, the IIF. Rachel, where are we?', 'IIF'],
  ])('takes "%s"', (said, title) => {
    expect(titles(['Dr Tom Nichols', 'Item two, the minutes. All fine?'], ['Rachel Gotts', 'Yes, fine.'], ['Dr Tom Nichols', said], ['Rachel Gotts', "Nothing new really, we're still waiting on the ICB for the rent review."])).toEqual([
      [2, 'Minutes'],
      [null, title],
    ]);
  });

  it('still reads "Right. Date of next meeting, it\'s the fourteenth." as the closing item', () => {
    expect(titles(['Dr Tom Nichols', 'Item two, the minutes. All fine?'], ['Rachel Gotts', 'Yes, fine.'], ['Dr Tom Nichols', "Right. Date of next meeting, it's the second Wednesday in January, so the fourteenth, same time, on Teams."])).toEqual([
      [2, 'Minutes'],
      [null, 'Date of next meeting'],
    ]);
  });
});

describe('an item number taken back in the next breath, and a plan with something else first', () => {
  it('does not start item four at "Item four. Oh, hang on, we haven\'t done matters arising", but matters arising', () => {
    expect(
      titles(
        ['Dr Gareth Evans', "Okay. Item four. Oh, hang on, we haven't done matters arising, have we. Sorry. Matters arising first, Bev?"],
        ['Dr Bev Ridley', "Just one. The ICB replied about the phlebotomy funding, and it's a no."],
        ['Dr Gareth Evans', 'Fair enough. Right. Now item four, the trainee bursaries. Kofi.'],
        ['Dr Kofi Asante', "Thanks Gareth. So, the bursaries haven't been paid since September."],
      ),
    ).toEqual([
      [null, 'Matters arising'],
      [4, 'Trainee bursaries'],
    ]);
  });

  it('does not start "Right, item six. Hang on, sorry, six is the one we\'ve withdrawn, isn\'t it, Tariq?"', () => {
    expect(
      titles(
        ['Dr Niamh Doyle', "Right, item six. Hang on, sorry, six is the one we've withdrawn, isn't it, Tariq?"],
        ['Tariq Mahmood', "Yeah, six is off, the ICB haven't sent the figures."],
        ['Dr Niamh Doyle', 'Okay, so item seven, the MSK first contact service. Jess, thanks for staying on.'],
        ['Jess Rowntree', 'No problem.'],
      ),
    ).toEqual([[7, 'MSK first contact service']]);
  });

  it('does not start "Tim, finish your point, then we\'ll go to item five", but the item five said after it', () => {
    expect(
      titles(
        ['Dr Jane Okonkwo', 'Item four, the enhanced services review. Tim, you have been on the working group.'],
        ['Dr Tim Brewer', 'I have. So the short version is they want to fold three of the LESs into one.'],
        ['Dr Raj Chauhan', "Okay, I'll pick up as vice-chair till she's back. Tim, finish your point, then we'll go to item five."],
        ['Dr Tim Brewer', "Thanks Raj. So yeah, three into one, and the money's the same."],
        ['Dr Raj Chauhan', "Thanks Tim. Right, item five, the practice resilience fund. Claire, you've got the bids."],
        ['Claire Moffat', 'I have, eleven bids.'],
      ),
    ).toEqual([
      [4, 'Enhanced services review'],
      [5, 'Practice resilience fund'],
    ]);
  });
});

describe('"any urgent business", and a guest with us to talk about an item', () => {
  it('takes "And is there any urgent business?" as the closing item', () => {
    expect(titles(['Cllr Maureen Tate', 'Item five, the work programme. Any changes?'], ['Denise Pritchard', 'None from me.'], ['Cllr Maureen Tate', 'Good. And is there any urgent business? ... No. Then that concludes the meeting. Thank you all.'])).toEqual([
      [5, 'Work programme'],
      [null, 'Urgent business'],
    ]);
  });

  it('takes "Now, we\'ve got Mark from the ICB with us to talk about the NHS App, so Mark, over to you."', () => {
    expect(
      titles(
        ['Maureen Tate', 'Item two, the minutes. Any corrections?'],
        ['Denise Pritchard', "They're fine, apart from my name."],
        ['Maureen Tate', "Oh, I'm sorry Denise. We'll get that sorted. Now, we've got Mark from the ICB with us to talk about the NHS App, so Mark, over to you."],
        ['COOPER, Mark (NHS BLACK COUNTRY ICB)', 'Thanks Maureen, and thanks for having me.'],
      ),
    ).toEqual([
      [2, 'Minutes'],
      [null, 'NHS App'],
    ]);
  });
});

describe('the next speaker on a list, and one side of an item', () => {
  it.each(["Lorraine, you're next on my list.", 'Thank you. Raj, do you want to take us through the pharmacy side?'])('does not take "%s"', (said) => {
    expect(titles(['Dr Joanna Whitlock', 'Item four, CVD prevention. Amir?'], ['Amir Haddad', 'Thanks. The health checks first.'], ['Dr Joanna Whitlock', said], ['Raj Chauhan', 'Yeah, thanks Joanna. Fifty-eight pharmacies are signed up.'], ['Lorraine Pettit', 'Oh, is it me? Sorry, I was on mute.'])).toEqual([[4, 'CVD prevention']]);
  });
});

describe('a chair moving on at the end of a long turn, and a vote counted', () => {
  it.each([
    ["Thank you, Michelle, that was, honestly that was really helpful, and I think, I mean I know I speak for a few of us when I say the bit about the care homes really landed, and I did want to say as well, before I forget, that the Healthwatch report picks up the same themes, so it'd be good if you two could link up, anyway, I'm conscious of time, so moving on to the winter plan, which is item five, and Darren I think you're taking us through that?", 'Winter plan'],
    ["Well, thank you Dr Kirkup, and I have to say I think members will appreciate that, because, I mean, I've been on this committee eleven years and I don't remember us getting the practice-level figures before, so if members are content we'll note that and then we'll move on to NHS dentistry, which I know is the one everybody's postbag's full of, so, Darren, whenever you're ready.", 'NHS dentistry'],
    ["Brilliant, thanks Michelle, that was really clear, and, um, I think the point about the unemployed GPs is one that we keep coming back to, and it's worth saying that nationally it's getting picked up now, anyway, we probably want to write to the ICB about that, and then, yeah, the next thing on my list is the pathology results handling, and Darren, you wanted to lead on that.", 'Pathology results handling'],
    ['Lovely. Thank you Darren. So that brings us on to the Better Care Fund quarter two return, item six, which is for sign-off, so Darren, over to you.', 'Better Care Fund quarter two return'],
  ])('takes the item the chair moves on to in: %s', (said, title) => {
    expect(titles(['Michelle Barr', "...and that's really all I had on the falls pathway."], ['Cllr Susan Hinch', said], ['Darren Holt', "Yeah, thanks Chair. I'll be quick, there's only three slides."]).map(([, t]) => t)).toEqual([title]);
  });

  it('does not take "That\'s four." after "All those in favour, please raise your hands." as item four', () => {
    expect(
      titles(
        ['Cllr Margaret Hollins', 'Item four, access to general practice.'],
        ['Claire Fenwick', 'Thank you Chair.'],
        ['Cllr Margaret Hollins', "Members, our pharmacy witness hasn't joined us yet, so we'll move on to the dental access report."],
        ['Lorraine Batts', 'Thank you. The contract pays in bands.'],
        ['Cllr Margaret Hollins', "Then I'll take it to a vote. All those in favour, please raise your hands."],
        ['Cllr Margaret Hollins', "That's four. Any against? None. So that's carried."],
      ),
    ).toEqual([
      [4, 'Access to general practice'],
      [null, 'Dental access report'],
    ]);
  });
});

describe('"next time" is no item', () => {
  it('does not start an item at "Fine, next time then."', () => {
    expect(titles(['Dr Hugh Penrose', 'Item seven, the practice finance survey.'], ['Sam Ellis', "Return rate's about sixty per cent."], ['Dr Hugh Penrose', 'Fine, next time then.'], ['Sam Ellis', 'Sure.'])).toEqual([[7, 'Practice finance survey']]);
  });
});

describe('a presenter\'s own points, and an item named then skipped', () => {
  it('does not take "So I\'ve got three points. One, … Two, … And three, …" for items', () => {
    expect(titles(['Dr Anna Kay', 'Right, vaccs. Jo?'], ['Jo Reed', "Yep, that's me. So I've got three points. One, COVID spring campaign dates. Two, the RSV catch-up. And three, the MMR push in the north of the patch."], ['Dr Anna Kay', 'Thanks Jo.'])).toEqual([[null, 'Vaccs']]);
  });

  it('does not start "Item six is the quarterly performance report. It\'s for information only so I won\'t take it."', () => {
    expect(titles(['Dr Anna Kay', 'Item five, the estates update.'], ['Hemal Shah', 'Nothing new.'], ['Dr Anna Kay', "Thanks Hemal. Right, item six is the quarterly performance report. It's for information only so I won't take it, you've all had it. Item seven, the workforce plan."], ['Sam Ellis', 'Thanks.'])).toEqual([
      [5, 'Estates update'],
      [7, 'Workforce plan'],
    ]);
  });
});

describe('starts said in a chair\'s shorthand, and a slip taken back', () => {
  const before: readonly [string, string][] = [
    ['Dr Ruth Amos', 'Item three, the minutes.'],
    ['Hamid Iqbal', 'Accurate from me.'],
  ];
  it.each([
    ['Six next, the estates return, and that\'s Hamid.', 6, 'Estates return'],
    ["Four's the vaccination plan, Hamid again.", 4, 'Vaccination plan'],
    ['So that brings us on to five, the locum bank.', 5, 'Locum bank'],
    ["Item four's been pulled, the paper wasn't ready. So that's us on to five, the locum bank.", 5, 'Locum bank'],
    ['Okay. Estates and premises, item four, which should be quick.', 4, 'Estates and premises'],
    ["Next up, and apologies that it's me again, is the locum bank, item five.", 5, 'Locum bank'],
    ["If nobody's got anything else, let's go to the next paper, which is the locum bank, item five on your agenda.", 5, 'Locum bank'],
  ])('finds "%s"', (said, number, title) => {
    expect(titles(...before, ['Dr Ruth Amos', said], ['Hamid Iqbal', 'Thanks. The numbers are up again.'])).toEqual([
      [3, 'Minutes'],
      [number, title],
    ]);
  });

  it('takes "I\'m item four, the ECG machines" from the presenter whose item it is', () => {
    expect(titles(...before, ['Dr Ruth Amos', 'Thanks both. Hamid?'], ['Hamid Iqbal', "Yes, so I'm item four, the spirometry kit, and I'll be brief."])).toEqual([
      [3, 'Minutes'],
      [4, 'Spirometry kit'],
    ]);
  });

  it('takes the last one named after "the last one"', () => {
    expect(titles(...before, ['Dr Ruth Amos', "Right. Let's do the last one, the bank holiday rota. Hamid."], ['Hamid Iqbal', 'Thanks.'])).toEqual([
      [3, 'Minutes'],
      [null, 'Bank holiday rota'],
    ]);
  });

  it('drops a start the chair takes back in the next breath, and keeps the one put right', () => {
    expect(
      titles(
        ...before,
        ['Dr Ruth Amos', "Okay, item five, the locum... sorry, no, I've jumped one. Item four, the estates return. Hamid."],
        ['Hamid Iqbal', 'Thanks. Three sites are on track.'],
        ['Dr Ruth Amos', 'Lovely. Now it really is item five, the locum bank.'],
        ['Hamid Iqbal', 'Thanks.'],
      ),
    ).toEqual([
      [3, 'Minutes'],
      [4, 'Estates return'],
      [5, 'Locum bank'],
    ]);
  });

  it('keeps "Number two, minutes, any comments? No." as item two', () => {
    expect(titles(['Dr Ruth Amos', 'Number one, apologies.'], ['Hamid Iqbal', 'Morning.'], ['Dr Ruth Amos', 'Number two, minutes, any comments? No. Fine.'], ['Hamid Iqbal', 'Fine.']).map(([n]) => n)).toEqual([1, 2]);
  });

  it('does not take "the next item, item six, is …" for anything but item six', () => {
    expect(titles(...before, ['Dr Ruth Amos', 'So the next item, item six, is the locum bank.'], ['Hamid Iqbal', 'Thanks.'])).toEqual([
      [3, 'Minutes'],
      [6, 'Locum bank'],
    ]);
  });
});

describe('mentions beside starts: a paper\'s own parts, the order changed, an item closed', () => {
  const before: readonly [string, string][] = [
    ['Dr Ruth Amos', 'Item three, the minutes.'],
    ['Hamid Iqbal', 'Accurate from me.'],
  ];

  it('does not take a presenter\'s "item one in the plan", "item two, sorry, section two" or "Section four, then, …" for items', () => {
    expect(
      titles(
        ...before,
        ['Dr Ruth Amos', 'Moving on to item four, the winter plan. Hamid, over to you.'],
        ['Hamid Iqbal', "Thanks. Item one in the plan is, well, section one, is beds, and we're short."],
        ['Dr Ruth Amos', 'Short across both sites?'],
        ['Hamid Iqbal', 'Both, yes. Item two, sorry, section two, is discharge.'],
        ['Dr Ruth Amos', 'Carry on.'],
        ['Hamid Iqbal', 'Section four, then, the ambulance handovers.'],
      ),
    ).toEqual([
      [3, 'Minutes'],
      [4, 'Winter plan'],
    ]);
  });

  it('does not start item seven at "we\'ll take item seven before item six", and starts it when the chair moves to it', () => {
    expect(
      titles(
        ...before,
        ['Dr Ruth Amos', "One change to the order: because Hamid has to leave early, we'll take item seven before item six."],
        ['Hamid Iqbal', 'Thank you, Chair.'],
        ['Dr Ruth Amos', 'So, moving to item seven, the access report. Hamid.'],
        ['Hamid Iqbal', 'Thanks.'],
      ),
    ).toEqual([
      [3, 'Minutes'],
      [7, 'Access report'],
    ]);
  });

  it('reads "That\'s item five. Six is the X, … so we\'ll take it next month. Seven. Y." as item seven only', () => {
    expect(
      titles(
        ...before,
        ['Dr Ruth Amos', "Good. That's item five. Six is the locum report, which Jan can't do today, so we'll take it next month. Seven. Safe working. Hamid."],
        ['Hamid Iqbal', 'Thanks.'],
      ),
    ).toEqual([
      [3, 'Minutes'],
      [7, 'Safe working'],
    ]);
  });

  it('does not start "Five\'s the Boston item, and we\'ll come to it in a minute."', () => {
    expect(titles(...before, ['Dr Ruth Amos', "Not yet, we're still on four. Five's the Boston item, and we'll come to it in a minute."], ['Hamid Iqbal', 'Sorry.'])).toEqual([[3, 'Minutes']]);
  });

  it('does not start "…, that\'s not in this paper, that\'s item ten. So, Jo." as item ten', () => {
    expect(
      titles(...before, ['Dr Ruth Amos', "Right. Item seven, access recovery. Before I hand over, the deep dive on Swale isn't in this paper, that's item ten. So, Hamid."], ['Hamid Iqbal', 'Thanks.']),
    ).toEqual([
      [3, 'Minutes'],
      [7, 'Access recovery'],
    ]);
  });

  it('keeps "Declarations of interest, that\'s item two." as item two (guard)', () => {
    expect(titles(['Dr Ruth Amos', 'Apologies first, just Ken.'], ['Hamid Iqbal', 'Morning.'], ['Dr Ruth Amos', 'Thanks. Declarations of interest, that\'s item two. Does anyone have an interest to declare?'], ['Hamid Iqbal', 'No.']).map(([n]) => n)).toContain(2);
  });

  it('does not take the agenda read out as "Item one is apologies, two is the minutes, three is …" for a start', () => {
    expect(titles(['Dr Ruth Amos', "Morning all. We've got a full one today. Item one is apologies, two is the minutes, three is the contract update, and then AOB."], ['Hamid Iqbal', 'Morning.'])).toEqual([]);
  });

  it('does not take "Perfect timing." or "Thanks Imran, appreciate that." for items', () => {
    expect(titles(...before, ['Hamid Iqbal', 'Thanks Ruth, appreciate that.'], ['Dr Ruth Amos', 'Perfect timing. Hamid, you done?'], ['Hamid Iqbal', 'Done.'])).toEqual([[3, 'Minutes']]);
  });
});

describe('an item named and parked in the same breath', () => {
  it('does not start "Item five is the review, but the paper came out late, so I\'m parking it till next month"', () => {
    expect(
      titles(
        ['Dr Ruth Amos', 'Item four, the minutes.'],
        ['Hamid Iqbal', 'Fine.'],
        ['Dr Ruth Amos', "Marvellous. Item five is the social prescribing review, but the paper came out late, so I'm parking it till next month. Item six, pharmacist workload."],
        ['Hamid Iqbal', 'Thanks.'],
      ),
    ).toEqual([
      [4, 'Minutes'],
      [6, 'Pharmacist workload'],
    ]);
  });
});

describe('findItemStarts: a bare "Next." and other plain hand-overs', () => {
  it('"Right, next. Claire, ARRS recruitment." takes its title from the hand-over; "Next. Claire, thanks for waiting." starts one untitled', () => {
    expect(pairs([['Chair', "Right, so that's the minutes done. Next. Claire, ARRS recruitment."], ['Claire Sutcliffe', 'Thanks. So, where we are.']])).toEqual([[null, 'ARRS recruitment']]);
    expect(pairs([['Chair', 'Next. Claire, thanks for waiting.'], ['Claire Sutcliffe', 'Thanks. So, where we are.']])).toEqual([[null, null]]);
  });

  it('"Farah, you wanted to talk about the structured medication reviews" hands the item over; "you wanted to raise something?" names none', () => {
    expect(pairs([['Chair', 'Fine. Okay. Farah, you wanted to talk about the structured medication reviews.'], ['Farah Hussain', 'Yes. So I have done a few slides.']])).toEqual([[null, 'Structured medication reviews']]);
    expect(pairs([['Chair', 'Thanks Debbie. Alex, you wanted to talk about dermatology advice and guidance?'], ['Alex Rowe', 'I did, yes.']])).toEqual([[null, 'Dermatology advice and guidance']]);
    expect(pairs([['Chair', 'Alex, you wanted to raise something?'], ['Alex Rowe', 'Only a quick one.']])).toEqual([]);
  });

  it('"Next paper then, item nine" and "Now to our next item, which is …" start items; "In this item or the next one?" "Next, item 5." does not', () => {
    expect(pairs([['Chair', 'Good. Questions? No. Next paper then, item nine, the delegated dental budget.']])).toEqual([[9, 'Delegated dental budget']]);
    expect(pairs([['Chair', 'Now to our next item, which is the primary medical services procurement for Boston.']])).toEqual([[null, 'Primary medical services procurement for Boston']]);
    expect(pairs([['Member', 'Is the reserves policy in this item or the next one?'], ['Treasurer', 'Next, item 5.']])).toEqual([]);
  });

  it('"Let\'s have the chair\'s report then, I\'ll be quick" starts it, the aside left out of the title', () => {
    expect(pairs([['Chair', "Right, thank you Sarah. Let's have the chair's report then, I'll be quick."]])).toEqual([[null, "Chair's report"]]);
  });

  it('"…so let\'s go to any other business" starts it; "I\'ll take AOB straight after, out of order" and "under AOB" do not', () => {
    expect(pairs([['Chair', "We're nearly out of time so let's go to any other business. Sue, you had the transport point."]])).toEqual([[null, 'Any other business']]);
    expect(pairs([['Chair', "Let's finish this one, Hannah, it's nearly done, and I'll take AOB straight after, out of order."]])).toEqual([]);
    expect(pairs([['Member', "I'll raise it under AOB."]])).toEqual([]);
  });

  it('"The next one, item six, is for noting." is untitled: what an item is for is not its title', () => {
    expect(pairs([['Chair', 'The next one, item six, is for noting.']])).toEqual([[6, null]]);
  });
});

describe('findItemStarts: captions without stops, items skipped, and the next meeting', () => {
  it('reads starts run on after thanks in captions without stops', () => {
    expect(pairs([['Chair', 'nobody shouting good item three is the risk register louise'], ['Louise Park', 'thanks so the top risk is workforce']])).toEqual([[3, 'Risk register']]);
    expect(pairs([['Chair', 'brill cheers jo next one is item four enhanced access'], ['Jo Hart', 'thanks so the rota is nearly full']])).toEqual([[4, 'Enhanced access']]);
    expect(pairs([['Chair', 'right lets wrap it there thank you kam next is the winter resilience update'], ['Gurpreet Bains', 'thanks so the hub capacity first']])).toEqual([[null, 'Winter resilience update']]);
  });

  it('"Item six we\'ll skip, … So seven, finance" starts seven, not six; "…so that takes us to eleven, the dispensing paper" starts eleven', () => {
    expect(pairs([['Chair', 'Okay. Item six we\'ll skip, because we covered the enhanced access stuff earlier. So seven, finance, and it\'s Craig again.']])).toEqual([[7, 'Finance']]);
    expect(pairs([['Chair', "Item ten I'll skip for now because Dr Okafor isn't here yet, so that takes us to eleven, the dispensing paper, with Yusuf out of the vote as discussed."]])).toEqual([[11, 'Dispensing paper']]);
  });

  it('"So the next one is Thursday the fourth of February" is the next meeting, not an item; "Next is the finance report" is an item', () => {
    expect(pairs([['Chair', 'So the next one is Thursday the fourth of February.']])).toEqual([]);
    expect(pairs([['Chair', 'Next is the finance report.']])).toEqual([[null, 'Finance report']]);
  });

  it('"So let\'s just do any other business now" starts it', () => {
    expect(pairs([['Chair', "So let's just do any other business now. Is there any?"]])).toEqual([[null, 'Any other business']]);
  });
});

describe('findItemStarts: the presenter named on their own', () => {
  it('"Right. Sandra. Estates." starts estates, handed to Sandra', () => {
    expect(pairs([['Chair', 'Noted. Nobody leave! Right. Sandra. Estates.'], ['Sandra Kaur', 'Thank you. So, the paper is the estates prioritisation.']])).toEqual([[null, 'Estates']]);
  });

  it('"Shall we do the money? Natasha." starts it; "Shall we do the money or the estates first? Natasha." does not', () => {
    expect(pairs([['Chair', 'Right then. Shall we do the money? Natasha.'], ['Natasha Reeve', 'Yep. So, the IIF.']])).toEqual([[null, 'Money']]);
    expect(pairs([['Chair', 'Shall we do the money or the estates first? Natasha.'], ['Natasha Reeve', 'Money, I think.']])).toEqual([]);
  });
});

describe('findItemStarts: the chair asks who is next, and the presenter names their item', () => {
  it('"Who\'s next?" "I think it\'s me, Femi. Social prescribing update." starts it; so does "So this is the cloud telephony rollout."', () => {
    expect(pairs([['Chair', "Okay. Who's next? I've lost my agenda."], ['Tunde Bello', "I think it's me, Femi. Social prescribing update. Shall I just crack on?"]])).toEqual([[null, 'Social prescribing update']]);
    expect(pairs([['Chair', 'Um, who wants to go first?'], ['Debbie Hart', "I'll go, if that's okay. So this is the cloud telephony rollout."]])).toEqual([[null, 'Cloud telephony rollout']]);
  });

  it('without the chair asking, "So this is the cloud telephony rollout." starts nothing (a guard)', () => {
    expect(pairs([['Chair', 'Thanks everyone.'], ['Debbie Hart', 'So this is the cloud telephony rollout.']])).toEqual([]);
  });
});
