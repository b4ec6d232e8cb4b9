import { describe, expect, it } from 'vitest';
import { detectActions, type ActionSuggestion } from '@/utils/core/actions';
import { createDueDateParser, parseDueDate } from '@/utils/dates/due-date';
import { language } from '../helpers/language';

const tagSentence = language.tagSentence;
import { LABELLED_UTTERANCES, type Labelled } from '../fixtures/actions/labelled-utterances';
import { HELD_OUT_UTTERANCES } from '../fixtures/actions/held-out-utterances';
import { FRESH_UTTERANCES } from '../fixtures/actions/fresh-utterances';
import { BLIND_UTTERANCES } from '../fixtures/actions/blind-utterances';
import { FINAL_BLIND_UTTERANCES } from '../fixtures/actions/final-blind-utterances';
import { UNSEEN_UTTERANCES } from '../fixtures/actions/unseen-utterances';

const MEETING = new Date(2026, 10, 18, 10, 0, 0).getTime(); // Wednesday 18 November 2026

function detect(speaker: string, text: string, parseDue = parseDueDate): ActionSuggestion[] {
  return detectActions([{ id: 'u1', speaker, text, startMs: MEETING + 60_000 }], { meetingStartMs: MEETING, parseDue, tagSentence });
}

interface Score {
  readonly found: number;
  readonly wrong: number;
  readonly missed: number;
  readonly ownersRight: number;
  readonly ownersChecked: number;
  readonly mistakes: readonly string[];
}

/** Precision and recall over actions and decisions, as a minute-taker labelled them. */
function score(set: readonly Labelled[]): Score {
  let found = 0;
  let wrong = 0;
  let missed = 0;
  let ownersRight = 0;
  let ownersChecked = 0;
  const mistakes: string[] = [];
  for (const labelled of set) {
    const suggestions = detect(labelled.speaker, labelled.text);
    for (const kind of ['action', 'decision'] as const) {
      const expected = labelled.expect.includes(kind);
      const predicted = suggestions.some((s) => s.kind === kind);
      if (expected && predicted) found += 1;
      if (!expected && predicted) {
        wrong += 1;
        mistakes.push(`false ${kind}: ${labelled.text}`);
      }
      if (expected && !predicted) {
        missed += 1;
        mistakes.push(`missed ${kind}: ${labelled.text}`);
      }
    }
    const action = suggestions.find((s) => s.kind === 'action');
    if (action && labelled.owner && labelled.expect.includes('action')) {
      ownersChecked += 1;
      if (ownerMatches(action.owner, labelled.owner)) ownersRight += 1;
      else mistakes.push(`owner ${action.owner ?? 'none'} (expected ${labelled.owner}): ${labelled.text}`);
    }
  }
  return { found, wrong, missed, ownersRight, ownersChecked, mistakes };
}

function ownerMatches(owner: string | null, expected: string): boolean {
  return (owner ?? '').toLowerCase().includes(expected.toLowerCase().replace(/^the /, ''));
}

function report(name: string, set: readonly Labelled[], result: Score): { precision: number; recall: number } {
  const precision = result.found / (result.found + result.wrong);
  const recall = result.found / (result.found + result.missed);
  console.log(
    `${name} (${set.length} utterances): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} ` +
      `(${result.found} found, ${result.wrong} wrong, ${result.missed} missed); owners right ${result.ownersRight} of ${result.ownersChecked}`,
  );
  for (const mistake of result.mistakes) console.log(`  ${mistake}`);
  return { precision, recall };
}

/**
 * The sets the rules were written against: the first by hand, the next three
 * written blind by someone who never saw the rules, measured, and then used to
 * widen them. The final blind set has never been used to change a rule.
 */
const TUNING_SET = [...LABELLED_UTTERANCES, ...HELD_OUT_UTTERANCES, ...FRESH_UTTERANCES, ...BLIND_UTTERANCES, ...FINAL_BLIND_UTTERANCES];

describe('detectActions on labelled meeting speech', () => {
  it('has at least 80 labelled utterances in every set, with hard negatives', () => {
    for (const set of [LABELLED_UTTERANCES, HELD_OUT_UTTERANCES.concat(FRESH_UTTERANCES), BLIND_UTTERANCES, FINAL_BLIND_UTTERANCES, UNSEEN_UTTERANCES]) {
      expect(set.length).toBeGreaterThanOrEqual(80);
      expect(set.filter((l) => l.expect.length === 0).length / set.length).toBeGreaterThan(0.35);
    }
  });

  it('meets the aims on the sets the rules were written against: precision at least 0.9, recall at least 0.7', () => {
    const result = score(TUNING_SET);
    const { precision, recall } = report('Action and decision detection, tuning sets', TUNING_SET, result);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.7);
    expect(result.ownersRight).toBe(result.ownersChecked);
  });

  // The unseen set has never been used to change a rule. Measured: precision 1.000, recall 0.690.
  // The floors guard against regressions; recall on unseen speech sits just under the 0.7 aim.
  const UNSEEN_PRECISION_FLOOR = 0.9;
  const UNSEEN_RECALL_FLOOR = 0.65;

  it('reports its figures on an unseen set never used to write the rules', () => {
    const result = score(UNSEEN_UTTERANCES);
    const { precision, recall } = report('Action and decision detection, unseen set', UNSEEN_UTTERANCES, result);
    expect(precision).toBeGreaterThanOrEqual(UNSEEN_PRECISION_FLOOR);
    expect(recall).toBeGreaterThanOrEqual(UNSEEN_RECALL_FLOOR);
  });
});

describe('detectActions: what each suggestion carries', () => {
  it('tidies the action, keeps the quote and time, and reads the due date', () => {
    const [action] = detect('Margaret Holloway', 'Action for Sarah, then: write to the PCN clinical directors with the scheme details by Friday 11 December.');
    expect(action).toMatchObject({
      kind: 'action',
      text: 'Write to the PCN clinical directors with the scheme details by Friday 11 December',
      quote: 'Action for Sarah, then: write to the PCN clinical directors with the scheme details by Friday 11 December.',
      owner: 'Sarah',
      due: { text: 'by Friday 11 December', date: '2026-12-11' },
      atMs: MEETING + 60_000,
      rule: 'explicit',
      id: 'u1#0',
    });
  });

  it('gives a decision the wording of the proposal it settles', () => {
    const found = detectActions(
      [
        { id: 'u1', speaker: 'Chair', text: 'So the proposal is to commission the winter LES from 1 December.', startMs: MEETING },
        { id: 'u2', speaker: 'Chair', text: 'Agreed.', startMs: MEETING + 5_000 },
      ],
      { meetingStartMs: MEETING, parseDue: parseDueDate, tagSentence },
    );
    expect(found).toMatchObject([{ kind: 'decision', text: 'Commission the winter LES from 1 December', utteranceId: 'u2' }]);
  });

  it('minutes a call for agreement where the chair closes it, and a decision said later in the closing turn in its place', () => {
    const opts = { meetingStartMs: MEETING, parseDue: parseDueDate, tagSentence };
    const closed = detectActions(
      [
        { id: 'u1', speaker: 'Chair', text: 'So the suggestion is we move the flu clinics to Saturdays. Is everyone okay with that?', startMs: MEETING },
        { id: 'u2', speaker: 'Ann', text: 'Yes.', startMs: MEETING + 5_000 },
        { id: 'u3', speaker: 'Bob', text: 'Fine here.', startMs: MEETING + 10_000 },
        { id: 'u4', speaker: 'Chair', text: "Lovely, we'll go forward on that footing.", startMs: MEETING + 15_000 },
      ],
      opts,
    );
    expect(closed.map((f) => [f.kind, f.utteranceId])).toEqual([['decision', 'u4']]);
    const restated = detectActions(
      [
        { id: 'u1', speaker: 'Chair', text: 'Are colleagues content to adopt the new referral form?', startMs: MEETING },
        { id: 'u2', speaker: 'Ann', text: 'Content.', startMs: MEETING + 5_000 },
        { id: 'u3', speaker: 'Chair', text: 'Thanks. So the group adopted the new referral form.', startMs: MEETING + 10_000 },
      ],
      opts,
    );
    expect(restated.map((f) => [f.kind, f.utteranceId])).toEqual([['decision', 'u3']]);
  });

  it('hears decisions said as refusals, delegations, progressive "we are approving", minuting and brisk outcomes', () => {
    const kinds = (text: string): string[] => detect('Chair', text).map((f) => f.kind);
    for (const said of [
      'So the panel does not support the bid in its current form.',
      'The committee delegates authority to the medical director to sign the final protocol.',
      "Okay. We're endorsing the new escalation policy, with a review in the spring.",
      "I'll minute that the group accepts the revised budget.",
      'So I will confirm that: the board approves the estates strategy.',
      'Nobody against, so the recommendation is carried.',
      "That's settled and decided then.",
      'Good, approved.',
      "Then we'll take the notes as a true record.",
      'Resolved: that the panel asks officers to report back in June.',
    ]) {
      expect(kinds(said), said).toContain('decision');
    }
    // Stances and motions read out are not decisions.
    for (const said of ["The practices won't support anything that isn't funded.", "So here's the motion: the group doesn't support the merger."]) {
      expect(kinds(said), said).not.toContain('decision');
    }
  });

  it('keeps one suggestion when a request is accepted', () => {
    const found = detectActions(
      [
        { id: 'u1', speaker: 'Imran Saeed', text: 'Can you send me the practices with the lowest referral rates by Friday, Daniel?', startMs: MEETING },
        { id: 'u2', speaker: 'Daniel Okafor', text: "Yes, I'll send that over by Friday.", startMs: MEETING + 8_000 },
      ],
      { meetingStartMs: MEETING, parseDue: parseDueDate, tagSentence },
    );
    // The one who answers owns it, under their full name.
    expect(found.map((f) => [f.rule, f.owner])).toEqual([['request', 'Daniel Okafor']]);
  });

  it('makes the speaker the owner of a commitment, but never an unknown speaker', () => {
    expect(detect('Gemma Lowe', "I'll share the draft with Sarah by 11 December.")[0]?.owner).toBe('Gemma Lowe');
    const unknown = detectActions([{ id: 'u1', speaker: 'Unknown speaker', text: "I'll send it round.", startMs: MEETING, isSpeakerUnknown: true }], { meetingStartMs: MEETING, parseDue: parseDueDate, tagSentence });
    expect(unknown[0]?.owner).toBeNull();
  });
});

describe('due dates in British English', () => {
  it.each([
    ['I will send it by Friday.', 'by Friday', '2026-11-20'],
    ['The ICB to confirm by the end of January.', 'by the end of January', '2027-01-31'],
    ['Report back by 31/01.', 'by 31/01', '2027-01-31'],
    ['Send the costings by 4 December.', 'by 4 December', '2026-12-04'],
    ['Share it within two weeks.', 'within two weeks', '2026-12-02'],
    ['I will confirm next week.', null, null],
    ['Circulate it by Friday 11 December.', 'by Friday 11 December', '2026-12-11'],
    ['Bring it to the January meeting.', 'to the January meeting', null],
    ['Bring an update in March.', 'in March', '2027-03-31'],
    ['Confirm the allocations by January.', 'by January', '2027-01-31'],
    ['Send the data by PCN before the next meeting.', 'before the next meeting', null],
    ['Write to the practices.', null, null],
  ])('%s → %s (%s)', (sentence, text, date) => {
    const due = parseDueDate(sentence, MEETING);
    expect(due?.text ?? null).toBe(text);
    expect(due?.date ?? null).toBe(date);
  });

  it('uses the next meeting of the series when it is known', () => {
    const parse = createDueDateParser({ nextMeetingMs: new Date(2026, 11, 16, 10).getTime() });
    expect(parse('Circulate the data before the next meeting.', MEETING)).toEqual({ text: 'before the next meeting', date: '2026-12-16', isNextMeeting: true });
  });

  it('marks "the next meeting" so the date can be filled in when that meeting is seen', () => {
    expect(parseDueDate('Bring it back to the next meeting.', MEETING)).toEqual({ text: 'to the next meeting', date: null, isNextMeeting: true });
    expect(parseDueDate('Send it by Friday.', MEETING)?.isNextMeeting).toBeUndefined();
  });
});

/** A short exchange, a turn every ten seconds from the meeting's start. */
function exchange(...turns: readonly (readonly [string, string])[]): ActionSuggestion[] {
  return detectActions(
    turns.map(([speaker, text], i) => ({ id: `t${i}`, speaker, text, startMs: MEETING + 60_000 + i * 10_000 })),
    { meetingStartMs: MEETING, parseDue: parseDueDate, tagSentence, peopleNames: ['Priya Shah', 'Sam Okoro', 'Helen Grey', 'Dee Walters', 'Mark Lowe'] },
  );
}

const summary = (found: readonly ActionSuggestion[]) => found.map((f) => [f.kind, f.owner, f.due?.date ?? null]);

/** Sentences in which no action should be suggested (said by the chair). */
function noActionIn(sentences: readonly string[]): void {
  it.each(sentences)('no action in: %s', (said) => {
    expect(detect('Chair', said).filter((f) => f.kind === 'action')).toEqual([]);
  });
}

describe('detectActions reads the meeting as a conversation', () => {
  it('gives a request to whoever takes it on, with the date from their answer', () => {
    const found = exchange(['Chair', 'Can someone check the Christmas rota against the hub bookings?'], ['Sam Okoro', 'Leave that with me, I can have it done by Monday week.']);
    expect(summary(found)).toEqual([['action', 'Sam Okoro', '2026-11-30']]);
    expect(found[0]!.text).toBe('Check the Christmas rota against the hub bookings');
    expect(found[0]!.ownerSource).toBe('responder');
  });

  it('gives an offer that points back the deadline said in what it answers', () => {
    const found = exchange(['Chair', 'Priya, the care homes need the revised visiting rota by the twenty-sixth.'], ['Priya Shah', "Yep, I'll sort that."]);
    expect(summary(found)).toEqual([['action', 'Priya Shah', '2026-11-26']]);
  });

  it('gives the last undated task a date said on its own a moment later, by either side', () => {
    const asked = exchange(['Chair', 'Sam, could you write up the frailty options for us?'], ['Sam Okoro', 'Sure. When would you want it?'], ['Chair', 'Mid-January? Say the fifteenth.']);
    expect(asked.filter((f) => f.kind === 'action').map((f) => f.due?.date ?? null)).toEqual(['2027-01-15']);
    const offered = exchange(['Helen Grey', "I'll redo the workforce tables for the board."], ['Helen Grey', 'By the end of next week, ideally.']);
    expect(summary(offered)).toEqual([['action', 'Helen Grey', '2026-11-27']]);
  });

  it('takes the deadline just said before a request in the same turn, but not a date that only describes', () => {
    const deadline = exchange(['Chair', 'The underspend has to be committed by the end of March. Dee, can you book the training places?']);
    expect(summary(deadline)).toEqual([['action', 'Dee', '2027-03-31']]);
    const described = exchange(['Chair', 'The October figures were disappointing. Dee, can you look into the missed appointments?']);
    expect(summary(described)).toEqual([['action', 'Dee', null]]);
  });

  it('reads a time said before the thing as a request: "Dee, end of the week for the audit, please"', () => {
    const found = exchange(['Chair', 'Dee, end of the week for the practice audit, please, the panel sits on Monday.'], ['Dee Walters', 'Fine.']);
    expect(summary(found)).toEqual([['action', 'Dee Walters', '2026-11-20']]);
    expect(found[0]!.text).toBe('Provide the practice audit by end of the week');
  });

  it("reads \"could the trust's response be with us by …\" as a request of the body, or of the person addressed", () => {
    const body = exchange(['Chair', "Could the council's housing paper come back to us by the end of January?"]);
    expect(summary(body)).toEqual([['action', 'the council', '2027-01-31']]);
    expect(body[0]!.text).toBe("Provide the council's housing paper");
    const person = exchange(['Chair', "Helen, can the federation's rota be with me by Friday?"]);
    expect(summary(person)).toEqual([['action', 'Helen', '2026-11-20']]);
    expect(exchange(['Chair', "Could the trust's response be any clearer?"])).toEqual([]);
  });

  it('gives work to a body agreed in a decision, and to a body that will have something done by a time', () => {
    const agreed = exchange(['Chair', 'So the board agrees that the borough council will run the engagement on the new health centre.']);
    expect(agreed.map((f) => [f.kind, f.owner])).toEqual([
      ['decision', null],
      ['action', 'the borough council'],
    ]);
    const done = exchange(['Chair', 'The federation will have the winter rota signed off by the fourth of December, and then it goes to practices.']);
    expect(summary(done)).toEqual([['action', 'The federation', '2026-12-04']]);
    expect(done[0]!.text).toBe('Have the winter rota signed off by the fourth of December');
    expect(exchange(['Chair', 'The federation will have the winter rota, I think.'])).toEqual([]);
  });

  it('splits a decision from the work it gives, joined by "and"', () => {
    const team = exchange(['Chair', 'Okay, we approve the frailty pilot, and the federation will get the first clinic running by the end of January.']);
    expect(team.map((f) => [f.kind, f.text, f.owner, f.due?.date ?? null])).toEqual([
      ['decision', 'We approve the frailty pilot', null, null],
      ['action', 'Get the first clinic running by the end of January', 'the federation', '2027-01-31'],
    ]);
    const person = exchange(['Chair', "So the board endorses the new list size policy, and Dee, you'll let practices know by Friday."]);
    expect(person.map((f) => [f.kind, f.owner, f.due?.date ?? null])).toEqual([
      ['decision', null, null],
      ['action', 'Dee', '2026-11-20'],
    ]);
    expect(exchange(['Chair', "The recommendation to the board is that we approve the campaign."]).filter((f) => f.kind === 'decision')).toEqual([]);
  });

  it('reads the minutes approved as a record, two items settled at once, and the meeting\'s position', () => {
    expect(exchange(['Chair', 'With that correction, agreed as a true record.']).map((f) => [f.kind, f.text])).toEqual([['decision', 'Minutes approved as an accurate record']]);
    expect(exchange(['Chair', "So that's item seven approved, and item eight noted, thanks all."]).map((f) => f.text)).toEqual(["That's item seven approved", 'Item eight noted']);
    const position = exchange(
      ['Priya Shah', 'We should tell the ICB we will not take on the phlebotomy work without funding.'],
      ['Chair', "Right, that's our position then."],
    );
    expect(position.filter((f) => f.kind === 'decision').map((f) => f.speaker)).toEqual(['Chair']);
    expect(exchange(['Chair', 'Is that our position, do we think?'])).toEqual([]);
  });

  it('finds two decisions said in one sentence, each once', () => {
    const found = exchange(['Chair', 'For the minutes, the board noted the quarter two performance report, and endorsed the estates strategy.']);
    expect(found.filter((f) => f.kind === 'decision').map((f) => f.text)).toEqual(['The board noted the quarter two performance report', 'Endorsed the estates strategy']);
    expect(new Set(found.map((f) => f.id)).size).toBe(found.length);
  });

  it('lets the chair close a call for agreement later in the same turn', () => {
    const found = exchange(
      ['Chair', 'The proposal is that we pool the winter money across the three PCNs. Is everyone happy with that?'],
      ['Priya Shah', 'Broadly, but can we keep a small reserve for the coastal practices?'],
      ['Chair', "That's sensible, we'll hold back ten per cent. Right, agreed then."],
    );
    expect(found.filter((f) => f.kind === 'decision').map((f) => f.speaker)).toEqual(['Chair']);
  });

  it('drops a request turned down, and an offer declined', () => {
    expect(exchange(['Chair', 'Priya, could you take on the audit as well?'], ['Priya Shah', "I'm sorry, I can't, I'm away from next week."])).toEqual([]);
    expect(exchange(['Mark Lowe', 'Shall I send the guidance round?'], ['Chair', "No need, it's on the website."])).toEqual([]);
  });

  it('records a proposal as decided when the chair closes a call for agreement, and not when someone objects', () => {
    const agreed = exchange(['Chair', 'So the proposal is we fund the extra Saturday clinic until March. Are we all content?'], ['Helen Grey', 'Yes.'], ['Chair', 'Lovely, thank you.']);
    expect(agreed.map((f) => [f.kind, f.text])).toEqual([['decision', 'We fund the extra Saturday clinic until March']]);
    const objected = exchange(['Chair', 'Can we approve the estates paper today?'], ['Helen Grey', "I'm not happy with that, we haven't seen the costs."], ['Chair', 'Okay, fair enough.']);
    expect(objected).toEqual([]);
  });

  it('reads "would you mind…" as the task itself, and gives a task said to one person about another to the one who does it', () => {
    const minded = detect('Helen Grey', 'Dee, would you mind circulating the rota to the practice managers by Thursday?');
    expect(minded.map((f) => [f.text, f.owner])).toEqual([['Circulate the rota to the practice managers by Thursday', 'Dee']]);
    const toPriya = exchange(['Chair', 'Thanks both. Priya, Mark will send you the audit results on Monday.']);
    expect(toPriya.map((f) => [f.text, f.owner])).toEqual([['Send Priya the audit results on Monday', 'Mark']]);
  });

  it('takes neither a topic put off to a later agenda item nor a bare "keep us posted" for an action', () => {
    for (const said of ["That's on the agenda anyway, so we'll pick it up under item six.", "Let's cover that under item 4.", 'Thanks Mark, please do keep us posted.', 'Keep the committee in the loop.']) {
      expect(detect('Helen Grey', said), said).toEqual([]);
    }
  });

  it('takes a body’s position stated by its own representative as theirs, not the meeting’s decision', () => {
    const organisationOf = (name: string) => (name === 'Mark Lowe' ? { name: 'Kent Local Medical Committee', sector: 'primary_care_rep_body' } : { name: 'NHS Kent and Medway ICB', sector: 'icb' });
    const said = (speaker: string, text: string) =>
      detectActions([{ id: 'u1', speaker, text, startMs: MEETING + 60_000 }], { meetingStartMs: MEETING, parseDue: parseDueDate, tagSentence, organisationOf });
    expect(said('Mark Lowe', 'The LMC supports this. Practices have been asking for it for a year.')).toEqual([]);
    expect(said('Helen Grey', 'So the committee supports the pharmacy pilot.').map((f) => f.kind)).toEqual(['decision']);
  });

  it('takes neither an acknowledgement, an opinion, a deferral nor a condition for a decision', () => {
    for (const said of ['Agreed, thank you.', "I'd support that.", "We'll come back to that in January.", 'If the board agreed to fund it, we could extend the service into the villages.']) {
      expect(detect('Helen Grey', said), said).toEqual([]);
    }
  });

  it('makes a decision that gives someone work a decision and an action', () => {
    const found = detect('Chair', 'We agreed that the ICB will write to every practice by 18 December about the new phlebotomy route.');
    expect(found.map((f) => [f.kind, f.owner, f.due?.date ?? null])).toEqual([
      ['decision', null, null],
      ['action', 'the ICB', '2026-12-18'],
    ]);
  });

  it('passes a request on to the person it is handed to', () => {
    const found = exchange(['Mark Lowe', 'Helen, could the LMC put out a template letter for practices?'], ['Helen Grey', 'Good idea. Sam, is that one for you?'], ['Sam Okoro', "Yes, I'll get it out this week."]);
    expect(summary(found)).toEqual([['action', 'Sam Okoro', '2026-11-20']]);
  });

  it('gives a request to whoever takes it on after the one asked passes it on, where they take it', () => {
    const byName = exchange(['Helen Grey', 'Mark, could you ring the trust about the discharge letters?'], ['Mark Lowe', "I'm off from tomorrow, sorry. Dee, would you mind?"], ['Dee Walters', "No, that's fine, I'll ring them by Friday."]);
    expect(summary(byName)).toEqual([['action', 'Dee Walters', '2026-11-20']]);
    expect(byName[0]!.utteranceId).toBe('t2');
    const betterPlaced = exchange(['Helen Grey', 'Mark, could you chase the audit figures?'], ['Mark Lowe', "I could, but honestly Priya's better placed, she runs the searches."], ['Priya Shah', "Yes, give it to me, I'll chase them this week."]);
    expect(betterPlaced.map((f) => [f.owner, f.text])).toEqual([['Priya Shah', 'Chase the audit figures']]);
    const toTheRoom = exchange(['Helen Grey', 'Sam, would you represent us at the estates workshop on the 2nd?'], ['Sam Okoro', "I'd rather not, I went to the last one. Can anyone else?"], ['Dee Walters', "Go on, I'll go."]);
    expect(toTheRoom.map((f) => f.owner)).toEqual(['Dee Walters']);
  });

  it('gives a request to the colleague the one asked hands it to ("I\'ll ask Dee in my team to do that")', () => {
    const found = exchange(['Helen Grey', 'Can finance confirm the underspend figure by Friday, please?'], ['Mark Lowe', "I'll ask Dee in my team to do that."]);
    expect(found.map((f) => [f.owner, f.due?.date ?? null])).toEqual([['Dee', '2026-11-20']]);
  });

  it('takes one of a pair\'s answer saying how they will do it as the same action, not a second one', () => {
    // Where the meeting knows each one's organisation, as the analysis does.
    const found = detectActions(
      [
        { id: 't0', speaker: 'Helen Grey', text: 'Sam and Priya, could you test the offer with the other clinical directors and report back by Friday?', startMs: MEETING + 60_000 },
        { id: 't1', speaker: 'Sam Okoro', text: 'Yes, we can take that to the clinical directors forum next week.', startMs: MEETING + 70_000 },
      ],
      { meetingStartMs: MEETING, parseDue: parseDueDate, tagSentence, peopleNames: ['Priya Shah', 'Sam Okoro', 'Helen Grey'], organisationOf: () => ({ name: 'Weald Valley PCN', sector: 'pcn' }) },
    );
    expect(found.filter((f) => f.kind === 'action').map((f) => f.due?.date ?? null)).toEqual(['2026-11-20']);
  });

  it('reads "it" in a request as the thing named to the same person just before, with its time', () => {
    const found = exchange(['Helen Grey', "Sam, the practice survey has to be in by Friday. Can you send it to me?"], ['Sam Okoro', 'Will do.']);
    expect(found.map((f) => [f.text, f.owner, f.due?.date ?? null])).toEqual([['Send the practice survey to Helen Grey', 'Sam Okoro', '2026-11-20']]);
    // A need stated, with a verb of its own, is not itself a request.
    expect(summary(detect('Helen Grey', "Sam, the complaint needs a reply within five working days."))).toEqual([]);
    // A deliverable said to be overdue is still asked of its owner.
    expect(detect('Helen Grey', 'Dee, the estates return was due by the 10th of November.').map((f) => [f.text, f.owner])).toEqual([['Provide the estates return', 'Dee']]);
  });

  it('reads a chair\'s recap of actions, each with its own date and no other\'s', () => {
    const recap = detect('Helen Grey', "Just to recap the actions on that item: Priya's going to share the training dates with the practices, and Sam will confirm the venue by Friday.");
    expect(recap.map((f) => [f.owner, f.due?.date ?? null])).toEqual([['Priya', null], ['Sam', '2026-11-20']]);
    const listed = detect('Helen Grey', 'Right, so, Dee to speak to the care homes about the ward round, Mark to sort the templates by Friday, and I\'ll update the board.');
    expect(listed.map((f) => [f.owner, f.due?.date ?? null])).toEqual([['Dee', null], ['Mark', '2026-11-20'], ['Helen Grey', null]]);
    // "both by …" dates them all.
    expect(detect('Helen Grey', "I'll do the letter to the MP and Sam will do the patient survey, both by Friday.").map((f) => f.due?.date ?? null)).toEqual(['2026-11-20', '2026-11-20']);
  });

  it('takes nothing on in "I\'ll take that on the chin" or "so we\'ll pick it up there"', () => {
    expect(detect('Mark Lowe', "That's fair, and I'll take that on the chin.").filter((f) => f.kind === 'action')).toEqual([]);
    expect(detect('Helen Grey', "I think that's rolled into the workforce item, so we'll pick it up there.").filter((f) => f.kind === 'action')).toEqual([]);
  });

  it('keeps a volunteer request only if somebody volunteers', () => {
    expect(exchange(['Chair', 'Who can pick up the car park question with the council?'], ['Mark Lowe', 'Not me, sorry.'])).toEqual([]);
    expect(summary(exchange(['Chair', 'Who can pick up the car park question with the council?'], ['Dee Walters', 'I can do that by Friday.']))).toEqual([['action', 'Dee Walters', '2026-11-20']]);
  });

  it('finds things to come back with nobody named, and requests said without a verb', () => {
    expect(summary(detect('Chair', 'A paper will come back to this committee in March with the options.'))).toEqual([['action', null, '2027-03-31']]);
    expect(summary(detect('Chair', 'Dee, the rota by Friday, please.'))).toEqual([['action', 'Dee', '2026-11-20']]);
  });

  it('names the person who asked when an action says "me"', () => {
    const [found] = detectActions([{ id: 'u1', speaker: 'Helen Grey', text: 'Mark, can you send me the list by Friday?', startMs: MEETING }], {
      meetingStartMs: MEETING,
      parseDue: parseDueDate,
      tagSentence,
      personNameOf: () => 'Helen Grey',
    });
    expect(found!.text).toBe('Send Helen Grey the list by Friday');
  });

  it('gives work to a team named by what it does, and to a department said bare', () => {
    expect(summary(detect('Chair', 'Right, the community dietetics team will refresh the referral criteria by Friday.'))).toEqual([['action', 'the community dietetics team', '2026-11-20']]);
    expect(summary(detect('Chair', 'And the home visiting team will add the new care homes to the rota.'))).toEqual([['action', 'the home visiting team', null]]);
    expect(summary(detect('Chair', 'Safeguarding to come back with the audit findings in January.'))).toEqual([['action', 'Safeguarding', '2027-01-31']]);
    // A plan for a service is not a task.
    expect(detect('Chair', 'So the federation will run four hubs over Christmas.')).toEqual([]);
  });

  it('leaves out talk about the meeting itself', () => {
    for (const said of ['Happy to ratify?', "Let's make a start.", "I'll be brief.", "I'll just share my screen.", 'Bear with me, I’ll pull up the spreadsheet.', "I'll come back to you on that in a second."]) {
      expect(detect('Chair', said), said).toEqual([]);
    }
  });
});

describe('detectActions: how chairs close, defer and forecast', () => {
  const kinds = (found: readonly ActionSuggestion[]) => found.map((f) => [f.kind, f.text]);

  it('a short call ("All for?") closed by the chair decides what the chair named just before it', () => {
    const found = exchange(['Chair', 'Okay. The phlebotomy hub pilot. All for? Right. Done.']);
    expect(kinds(found)).toEqual([['decision', 'The phlebotomy hub pilot']]);
  });

  it.each([
    ["Right, the motion. That this committee does not support the anticoag LES at the price offered. Can I see hands for? ... thank you.", 'It is. Resolved, then.'],
    ['Can I see hands in favour of the committee supporting the patient ferry concession scheme?', "That's everyone. Unanimous."],
  ])('a vote closed with a bare "Resolved" or "Unanimous" decides it: %s', (put, closed) => {
    const found = exchange(['Chair', put], ['Mark Lowe', 'Looks unanimous from here.'], ['Chair', closed]);
    expect(found.filter((f) => f.kind === 'decision')).toHaveLength(1);
  });

  it('"we\'ll take them as an accurate record" approves the minutes', () => {
    const found = exchange(['Chair', "Fair enough. Gareth, can you change that to in principle. Otherwise we'll take them as an accurate record."]);
    expect(found.map((f) => f.kind)).toContain('decision');
  });

  it('a carried recommendation that asks a body to do something gives that body an action', () => {
    const found = exchange(
      ['Chair', 'That the committee, one, notes the update, and two, asks the ICB to report back on the Royton practice closure at the April meeting. Are members content?'],
      ['Mark Lowe', 'No indications otherwise, Chair.'],
      ['Chair', "Then that's resolved."],
    );
    expect(summary(found)).toEqual([
      ['decision', null, null],
      ['action', 'the ICB', null],
    ]);
    expect(found[1]!.text).toBe('Report back on the Royton practice closure at the April meeting');
  });

  it('"Agreed?" then the chair\'s own "Agreed, thanks" decides the proposal', () => {
    const found = exchange(['Chair', 'The proposal is we move the huddle to Tuesdays from February. Agreed?'], ['Mark Lowe', 'Fine by me.'], ['Chair', 'Agreed, thanks.']);
    expect(found.map((f) => f.kind)).toEqual(['decision']);
  });

  it('"if members are content, we\'ll note…" closed with "Noted" is a decision', () => {
    const found = exchange(['Chair', 'If members are content, we will note the quality report... Yes? Noted.']);
    expect(found.map((f) => f.kind)).toEqual(['decision']);
  });

  it('a call the chair then puts off, or a member would rather wait on, decides nothing', () => {
    expect(exchange(['Chair', 'Do we approve the locum rate uplift?'], ['Mark Lowe', "I'd rather wait for the Q3 numbers."], ['Chair', "Okay. Let's leave it, then."])).toEqual([]);
    expect(exchange(['Chair', 'Are we happy to approve the rota?'], ['Chair', "Fine. Actually, let's park it until January."])).toEqual([]);
  });

  it('"nobody\'s objected", "we\'ll sign it off", "signed off" and "I\'m seeing support, so the board supports it" are decisions', () => {
    expect(detect('Chair', 'Right, the extra ARRS physio, nobody has objected, so done.').map((f) => f.kind)).toEqual(['decision']);
    expect(detect('Chair', "Right, we'll sign it off then.").map((f) => f.kind)).toEqual(['decision']);
    expect(detect('Chair', "I'm seeing lots of hands, so the board supports the bid.").map((f) => f.kind)).toEqual(['decision']);
  });

  it('an action log read out ("item four is carried forward") is not a decision', () => {
    expect(detect('Chair', 'Item two is complete and item four is carried forward.')).toEqual([]);
  });

  it('a forecast ("I\'m sure we\'ll have lots to say") and putting off until after a holiday are not actions', () => {
    expect(detect('Mark Lowe', "I'm sure we'll have lots to say about it.")).toEqual([]);
    expect(detect('Chair', "Let's pick that up after Christmas.")).toEqual([]);
    expect(detect('Mark Lowe', "I'll pick that up after the meeting.").map((f) => f.kind)).toEqual(['action']);
  });
});

describe('detectActions: running the meeting is not an action', () => {
  it.each([
    "Let's do a quick round of names, we have some new faces.",
    "I'll now invite our guest to introduce herself.",
    "Jo, network manager, I'll run through the slides quickly.",
    "So I'll speak to item seven.",
    "And I'll pick up the estates point when we get to it.",
    "Could you say which organisation you're from?",
    'Understood, I will let the team know.',
    "We've got a few new faces so let's do a really quick round.",
    "That's fine, we'll make sure you get your item before then.",
    "I'll kick off and Priya can fill in the national bits.",
    'Ngozi, would you mind if we took your item first?',
    "Right, so let's get it done properly.",
    "We'll look at the split again in December once we've seen the first month's take-up.",
    'Next meeting is on the sixteenth of December, same link, and I\'ll bring mince pies.',
    'Naveed, would you mind not eating all the Quality Streets before the partners get here?',
    'If the figures come back as we expect, we\'ll approve it at the December meeting.',
    "Item four, the chair's action I took in March on the extended access letter.",
    'Item three, the minutes of the meeting held on the nineteenth of November.',
  ])('%s', (said) => {
    expect(detect('Chair', said)).toEqual([]);
  });

  it('takes "I\'ll do that by the end of the week" as the date of the task just promised, not a second task', () => {
    const found = detect('Tom Blyth', "And I'll send Lorna the regional benchmarking, so you can see how you compare. I'll do that by the end of the week.");
    expect(found.map((f) => f.text)).toEqual(['Send Lorna the regional benchmarking, so you can see how you compare']);
    expect(found[0]!.due?.date).not.toBeNull();
  });

  it.each([
    ["I'll run through the audit with the practices by Friday.", 'Run through the audit with the practices by Friday'],
    ["I'll invite the LMC to present at the next meeting.", 'Invite the LMC to present at the next meeting'],
  ])('but this is: %s', (said, text) => {
    expect(detect('Chair', said).map((f) => f.text)).toEqual([text]);
  });
});

describe('detectActions: someone asked on behalf of their team or organisation', () => {
  it('gives the task to a team named after the person asked: the team does the work', () => {
    const [found] = detect('Chair', 'Ann, could the contracting team get the enhanced services sign-up reconciled by the end of the month?');
    expect(found).toMatchObject({ owner: 'the contracting team', reason: 'Ann was asked, for the contracting team.' });
  });

  it('gives the task to the person asked when it is their organisation: they answer for it', () => {
    const [found] = detect('Chair', 'Joanne, could the council get us the care home bed numbers by the end of the week?');
    expect(found).toMatchObject({ owner: 'Joanne', reason: 'Joanne was asked, for the council.' });
  });
});

describe('detectActions: handing a task over, and captions without apostrophes', () => {
  it('reads "Can I leave that with you, Claire?" as the task just described, asked of Claire', () => {
    const found = exchange(['Chair', 'We as a PCN need to respond to the pharmacy needs assessment consultation by the thirtieth. Can I leave that with you, Claire?'], ['Claire Ward', 'Yes.']);
    expect(found.map((f) => [f.text, f.owner, f.due?.text])).toEqual([['We as a PCN need to respond to the pharmacy needs assessment consultation by the thirtieth', 'Claire Ward', 'by the thirtieth']]);
  });

  it('splits "I\'ll do the letter and Sam will do the survey" into two actions', () => {
    expect(exchange(['Chair', "I'll do the letter to the MP and Sam will do the patient survey, both by the ninth."]).map((f) => f.owner)).toEqual(['Chair', 'Sam']);
  });

  it('reads "thats approved" as "that\'s approved"', () => {
    expect(exchange(['Chair', 'ok so thats approved then the extra two sessions at the hub']).map((f) => f.kind)).toEqual(['decision']);
  });

  it('takes a decision with its work to "come back in the spring", which is not a decision taken back then', () => {
    expect(exchange(['Chair', 'So the board supports the Sleaford neighbourhood health centre in principle, with the full business case to come back in the spring.']).map((f) => f.kind)).toContain('decision');
  });
});

describe('detectActions: the chair\'s list of actions', () => {
  it('gives each listed action its owner, and the dates said after the list', () => {
    const found = exchange([
      'Chair',
      "Okay I think that's us. So actions: Dev the rota, Amy the letter to the care homes, me the ICB about the estates money. Dev end of the week on the rota please, and Amy and I will have ours done before we meet again on the fourth of August.",
    ]);
    expect(found.map((f) => [f.text, f.owner])).toEqual([
      ['The rota', 'Dev'],
      ['The letter to the care homes', 'Amy'],
      ['The ICB about the estates money', 'Chair'],
    ]);
    expect(found.map((f) => f.due?.text)).toEqual(['end of the week', 'before we meet again on the fourth of August', 'before we meet again on the fourth of August']);
  });

  it('reads "All before the next meeting" for every action in the list', () => {
    const found = exchange(['Chair', "So actions from that: I'll write to the ICB, Pete will speak to the federation, and the office will update the website. All before the next meeting, which is the seventeenth of June."]);
    expect(found.map((f) => f.owner)).toEqual(['Chair', 'Pete', 'the office']);
    expect(found.every((f) => f.due?.isNextMeeting)).toBe(true);
  });
});

describe('detectActions: decisions against, by vote and by summing up', () => {
  it.each([
    ["So where we've landed is the four Hucknall practices keep the enhanced service for another year."],
    ["No. We're not supporting that. At that price it's a cost to every practice."],
    ['So the committee isn\'t able to support the relocation as proposed.'],
    ['So five for, seven against. The motion falls and we won\'t be making a referral.'],
    ['So that\'s a decision, the hub opens from the first of September.'],
  ])('%s', (said) => {
    expect(detect('Chair', said).map((f) => f.kind)).toContain('decision');
  });

  it.each([
    ["Okay. So I'm not seeing support for that, and we won't take Sue's proposal forward."],
    ["With that amendment, can I take those as a true record? Lovely, I'm seeing thumbs up, so they're approved."],
  ])('reads the chair reading the room: %s', (said) => {
    expect(detect('Chair', said).map((f) => f.kind)).toContain('decision');
  });

  it('is not a decision when the chair only thinks so', () => {
    expect(detect('Chair', "So I think where we've landed is we go ahead with the pilot.").map((f) => f.kind)).not.toContain('decision');
  });
});

describe('detectActions: sent round by a time, and later looks', () => {
  it('takes "will be circulated within a week" as an action with nobody named', () => {
    const [found] = detect('Chair', 'The revised terms of reference will be circulated within a week for comment, and if nobody shouts we\'ll treat them as agreed.');
    expect(found).toMatchObject({ kind: 'action', rule: 'passive', owner: null });
  });

  it.each([
    'Under the new contract the data will be shared with the PCNs at the end of each quarter.',
    "We'll pick it up again in October.",
    "Let's cross that bridge if we get to it.",
    "Thanks Ruth, we'll get that changed.",
    "So the winter plan's in the pack, so I'll just do the headlines.",
    "Now we've got a few new faces, so rather than go round everybody I'll just ask the new folk to say hello.",
  ])('none in: %s', (said) => {
    expect(detect('Chair', said)).toEqual([]);
  });
});

describe('detectActions: a team\'s plan said in the meeting', () => {
  it.each([
    ['the primary care contracts team will complete the premises review for the High Peak practices by the end of Q3.', 'the primary care contracts team'],
    ['The contracts team will get the variation letters out to the practices before the bank holiday.', 'The contracts team'],
    ['So the BI team will have the May data loaded by Thursday.', 'the BI team'],
  ])('%s', (said, owner) => {
    expect(detect('Chair', said).map((f) => f.owner)).toEqual([owner]);
  });

  it('stays the team\'s when the chair only says "Great."; passes to whoever says "Yes, fine" for it', () => {
    const acknowledged = exchange(['Dee Walters', 'The contracts team will get the variation letters out to the practices before the bank holiday.'], ['Chair', 'Great.']);
    expect(acknowledged.map((f) => f.owner)).toEqual(['The contracts team']);
    const takenOn = exchange(['Chair', 'So, the contracts team to get the variation letters out to the practices before the bank holiday.'], ['Dee Walters', 'Yes, fine.']);
    expect(takenOn.map((f) => f.owner)).toEqual(['Dee Walters']);
  });
});

describe('detectActions: an answer that takes on a question', () => {
  it('"We can do that. I will send the data by the end of the month": one action, the task said in full, with its date', () => {
    const found = exchange(['Mark Lowe', 'And can members see the figures practice by practice? People always ask me about their own surgery.'], ['Sam Okoro', 'We can do that. I will send the practice-level data to Priya by the end of the month.']);
    expect(found.map((f) => [f.kind, f.owner, f.text, f.due?.date ?? null])).toEqual([['action', 'Sam Okoro', 'Send the practice-level data to Priya by the end of the month', '2026-11-30']]);
  });

  it('"Let me check with the procurement lead, and I\'ll come back to you by next Tuesday": one action, the check, with the date of the report back', () => {
    const found = detect('Kwame Asante', "Okay. Let me check with the regional procurement lead that they're happy with the reasoning, and I'll come back to you by next Tuesday.");
    expect(found.map((f) => [f.kind, f.owner, f.text.slice(0, 40), f.due?.date ?? null])).toEqual([['action', 'Kwame Asante', 'Check with the regional procurement lead', '2026-11-24']]);
    // Two pieces of work are still two.
    expect(detect('Kwame Asante', "I'll send the audit to Priya, and I'll write to the practices by Friday.").length).toBe(2);
  });

  it('"Leave that with me" follows up the question asked, not the remark after it', () => {
    const found = exchange(['Mark Lowe', 'Can members see the figures practice by practice? People always ask me about their own surgery.'], ['Sam Okoro', 'Leave that with me.']);
    expect(found.map((f) => f.text)).toEqual(['Follow up: Can members see the figures practice by practice']);
  });

  it('"is it agreed …? Agreed" in the chair\'s own turn is a decision; "I think we can fold that in" is not a promise', () => {
    expect(exchange(['Chair', 'Subject to that correction, is it agreed the minutes are a correct record? Agreed, thank you.']).map((f) => f.kind)).toEqual(['decision']);
    expect(exchange(['Sam Okoro', 'I think we can fold that into the July report.'])).toEqual([]);
  });

  it('recirculating is a task', () => {
    expect(detect('Priya Shah', "Thank you. I'll recirculate the updated work programme on Monday.").map((f) => f.kind)).toEqual(['action']);
  });
});

describe('detectActions: decisions said in lower case, as outcomes, and by a body in the possessive', () => {
  it.each([
    ['ok, so are we happy to support the LPC position on this? yes? right, agreed', 'Support the LPC position on this'],
    ["Thank you. Then the committee's happy to approve the needs assessment.", "The committee's happy to approve the needs assessment"],
    ["lovely, then they're approved", "They're approved"],
    ['Agreed, then. The formulary change goes through, and the medicines team will issue the guidance by Friday.', 'The formulary change goes through'],
  ])('%s', (said, text) => {
    expect(exchange(['Chair', said]).filter((f) => f.kind === 'decision').map((f) => f.text)).toEqual([text]);
  });

  it('a bid that might go through is not a decision', () => {
    expect(exchange(['Chair', "If the bid goes through we'll be delighted."])).toEqual([]);
  });
});

describe('detectActions: a thing asked for by a time, however the request is put', () => {
  it.each([
    ['Owain, could we have the updated risk register Friday week?', 'Owain', 'Provide the updated risk register Friday week', '2026-11-27'],
    ['Kiran, the workforce plan — can we have it by the end of next week?', 'Kiran', 'Provide the workforce plan by the end of next week', '2026-11-27'],
    ['Prakash, the revised trajectory — can we say by the 5th of January?', 'Prakash', 'Provide the revised trajectory by the 5th of January', '2027-01-05'],
    ['Mandy, the survey results — can we get those out to members by the end of the month?', 'Mandy', 'Get the survey results out to members by the end of the month', '2026-11-30'],
    ['Carla, could the register audit be done by the end of next month?', 'Carla', 'Get the register audit done by the end of next month', '2026-12-31'],
  ])('%s', (said, owner, text, date) => {
    const [found] = detect('Chair', said);
    expect(found).toMatchObject({ kind: 'action', owner, text });
    expect(found!.due?.date).toBe(date);
  });

  it('gives each listed action the date said with it', () => {
    const found = detect('Chair', 'Just to recap the actions: Jo to update the risk log by Friday, and the ICB to confirm the winter funding to PCNs by the 22nd.');
    expect(found.map((f) => [f.owner, f.due?.date])).toEqual([
      ['Jo', '2026-11-20'],
      ['the ICB', '2026-11-22'],
    ]);
  });

  it('reads "circulated by Friday" as when, with nobody named', () => {
    const [found] = detect('Chair', "OK, the final version of the workforce plan will be circulated by Friday, and then that's it for that.");
    expect(found).toMatchObject({ kind: 'action', owner: null, rule: 'passive' });
  });

  it.each(["We'll revisit in the spring.", "I'll, er, I'll bring others in before we come to a view."])('none in: %s', (said) => {
    expect(detect('Chair', said)).toEqual([]);
  });

  it('decides "OK so we\'ll go ahead with …", in full', () => {
    const [found] = detect('Chair', "OK so we'll go ahead with the weekday evening clinics from the first of February.");
    expect(found).toMatchObject({ kind: 'decision', text: "We'll go ahead with the weekday evening clinics from the first of February" });
  });
});

describe('detectActions: a team\'s commitment, two decisions named in one breath, and a flag raised in the meeting', () => {
  it('gives "the finance team will …, that\'s the commitment" to the team, without the tail', () => {
    const [found] = detect('Jonathan Eze', "So the finance team will complete the estates revaluation by the end of Q4, that's the commitment.");
    expect(found).toMatchObject({ owner: 'the finance team', text: 'Complete the estates revaluation by the end of Q4' });
  });

  it('reads "the terms of reference approved, and the new membership agreed" as two decisions', () => {
    const found = detect('Chair', "So that's the revised terms of reference approved, and the new membership agreed as well, with Tom joining as deputy chair.");
    expect(found.map((f) => f.kind)).toEqual(['decision', 'decision']);
  });

  it('takes "I\'ll just flag it\'s on the forward plan" as said in the meeting, but "I\'ll flag it with the ICB" as a task', () => {
    expect(detect('Chair', "And I'll just flag it's on the forward plan for December.")).toEqual([]);
    expect(detect('Chair', "I'll flag it with the ICB by Friday.")).toHaveLength(1);
  });
});

describe('detectActions: conditions, set phrases and running the meeting', () => {
  it.each([
    "If we're still under ninety percent on the eighteenth, I'll let Rachel know and we'll talk about it.",
    'Face to face is running at about sixty-five percent of appointments.',
    "I'll ask Andrew to start with the acute position, then Lee, then Bernie on the community side.",
    "I'll set the scene and then Marcus can give the numbers.",
    "Thanks Helen, that's noted, and we'll make sure you're not part of the decision on item five.",
  ])('none in: %s', (said) => {
    expect(detect('Chair', said)).toEqual([]);
  });

  it('keeps a promise made on receipt: "If you send me the list, I\'ll check it by Friday"', () => {
    expect(detect('Chair', "If you send me the list, I'll check it by Friday.")).toHaveLength(1);
  });

  it('keeps asking someone to do a task: "I\'ll ask Andrew to send the figures by Friday"', () => {
    expect(detect('Chair', "I'll ask Andrew to send the figures by Friday.")).toHaveLength(1);
  });
});

describe('detectActions: things done on screen, courtesies and acknowledgements', () => {
  it.each([
    'sorry let me find the slide, it is the one with the graph on',
    "I'm going to pop the draft letter up on screen while Kirsty sorts herself out.",
    "I'll take that on board, thank you.",
    "I'll just get my papers up while we wait.",
    "I've been running the frailty pilot, so I'll chip in when we get to item six.",
    "I'm mentioning it now so it's on people's radar, and I'll bring it up properly under social prescribing.",
    'Nice to meet you, Sian.',
    'Sunil, can you live with that?',
    "Just for the record, the board agreed last March that the community beds stay at Brixham.",
    // An agenda item's title: what two practices applied for, not a task given to one of them.
    'Item four, the application from Tor View Surgery and Hollins Lane Medical Practice to merge their contracts from April.',
  ])('none in: %s', (said) => {
    expect(detect('Chair', said)).toEqual([]);
  });
});

describe('detectActions: a body or team given the task after a dash, a recap or with a new kind of verb', () => {
  it.each([
    ['On the online consultation tools — the ICB will write to all practices before Christmas setting out the new funding.', 'the ICB', '2026-12-24'],
    ['Comms will get the Christmas pharmacy rota up on the website by Friday the 18th at the latest.', 'Comms', '2026-12-18'],
    ['Yes, comms will launch it on the fourteenth.', 'comms', '2026-12-14'],
    ["So just to confirm what we've said: the trust's discharge team will phone every care home with a delayed patient by Monday.", "the trust's discharge team", '2026-11-23'],
  ])('%s', (said, owner, due) => {
    expect(summary(detect('Chair', said))).toEqual([['action', owner, due]]);
  });

  it('still leaves out a report of what another meeting said', () => {
    expect(detect('Chair', 'The trust said the discharge team will phone every care home by Monday.')).toEqual([]);
  });
});

describe('detectActions: a date said straight after the request, in the same turn', () => {
  it('gives "By Wednesday, if possible, so it can go in the pack." to the request before it', () => {
    const found = exchange(['Cllr Derek Whitmore', 'Ms Evans, could you send me the list of practices that have closed their lists? By Wednesday, if possible, so it can go in the pack.'], ['Lowri Evans', "Yes, that's fine, Chair."]);
    expect(summary(found)).toEqual([['action', 'Lowri Evans', '2026-11-25']]);
  });
});

describe('detectActions: decisions after a dash or "resolved:", and tasks that are the meeting deciding', () => {
  it.each([
    ['Okay. For the notes, then — decision: we go with option B, the hub model, for the winter access money.', 'We go with option B, the hub model, for the winter access money'],
    ["So, resolved: we'll bid for the extended access contract in all three places.", "We'll bid for the extended access contract in all three places"],
  ])('a decision: %s', (said, text) => {
    expect(detect('Chair', said).map((f) => [f.kind, f.text])).toEqual([['decision', text]]);
  });

  noActionIn([
    'Is the committee happy to ratify?',
    'The recommendation to the committee is to approve the award of the community ophthalmology contract to Clearview Eye Services.',
    "Lovely, we'll mark that complete.",
  ]);
});

describe('detectActions: a committee votes, then the chair states the resolution', () => {
  it('minutes each resolution the chair states after the vote, and not the vote itself', () => {
    const found = exchange(
      ['Chair', "I'd propose, first, that the committee notes the report. Second, that we recommend to the ICB that it publishes access data every quarter. Are we agreed?"],
      ['Cllr Sue Ellery', 'Can I just add, on the second one, that it should include telephone waiting times?'],
      ['Chair', 'Good amendment, yes. Daniel, have you got that?'],
      ['Daniel Osei', 'Got it, chair.'],
      ['Chair', "Lovely. All those in favour? That's unanimous."],
      ['Chair', 'Thank you. So, resolved. The committee notes the report, recommends that the ICB publishes quarterly access data including telephone waiting times, and requests a further report on estates for March.'],
    );
    expect(found.filter((f) => f.kind === 'decision').map((f) => f.text)).toEqual([
      'The committee notes the report',
      'The committee recommends that the ICB publishes quarterly access data including telephone waiting times',
      'The committee requests a further report on estates for March',
    ]);
  });

  it('does not close the call at "Thank you Councillor Ellery. All those in favour?"', () => {
    const found = exchange(
      ['Chair', "Are we content that the minutes are a correct record? Do I have a seconder?"],
      ['Cllr Sue Ellery', 'Happy to second, chair.'],
      ['Chair', "Thank you Councillor Ellery. All those in favour? That's everybody."],
      ['Chair', 'Thank you. So the minutes of the twenty-fourth of September are agreed as a correct record.'],
    );
    expect(found.filter((f) => f.kind === 'decision').map((f) => f.text)).toEqual(['The minutes of the twenty-fourth of September are agreed as a correct record']);
  });
});

describe('detectActions: running the meeting, requests already done, and what is not yet decided', () => {
  noActionIn([
    "And we'll have Joanne Pugh joining us later on for the Pharmacy First item.",
    'So Lisa and Kwame, I\'ll ask you not to contribute when we get to item seven.',
    "Just a reminder that Lisa and Kwame have declared an interest, so I'll ask you both to stay silent on this one.",
    "Yes, I'll pick that up, it's in the slides.",
    "I'm happy to share it with anyone who wants it, it's nothing clever.",
    'So I\'ll just talk through the survey results quickly, let me get the right tab up.',
    "I'll keep an eye on the clock because I've got surgery at two.",
  ]);

  it.each([
    ['Leanne, would you mind updating the DNA figures on the dashboard before we next meet?', "I did it this morning, actually, they're already up there."],
    ['Simon, can you get me the extended access figures by close of play Thursday?', 'I sent them over on Monday, Tom, check your junk folder.'],
    ["Nisha, can you make sure that's on the forward plan?", "Done, I've just added it to the forward plan for February."],
  ])('no action when the answer says it is done already: %s', (asked, answer) => {
    expect(exchange(['Chair', asked], ['Member', answer]).filter((f) => f.kind === 'action')).toEqual([]);
  });

  it('still takes the request when the answer says it will be done', () => {
    expect(exchange(['Chair', 'Daniel, could the Alliance confirm the Sunday hubs by Tuesday?'], ['Daniel Clarkson', "Yes, leave that with us. We'll have it confirmed by Tuesday."]).filter((f) => f.kind === 'action')).toHaveLength(1);
  });

  it.each([
    'So members, the recommendation on page eleven is that the committee endorses the joint winter communications plan.',
    "One, that the LMC notes the ICB's proposal.",
    "I think we're all agreed the urgent care system is a mess right now, frankly.",
    'Just a reminder that we are recording this afternoon, and the recording gets deleted once the minutes have been approved.',
  ])('no decision in: %s', (said) => {
    expect(detect('Chair', said).filter((f) => f.kind === 'decision')).toEqual([]);
  });

  it.each([
    ['So are we happy to close thirty-one, thirty-six and thirty-eight, and carry thirty-four?', 'Agreed.', 'Okay, thank you. Moving on.'],
    ["I'm going to take things slightly out of order, so we'll do item five next. Gareth, is that okay with you?", 'Yeah, no problem at all.', 'Thank you.'],
  ])('no decision when the action log or the running order is agreed: %s', (call, answer, close) => {
    expect(exchange(['Chair', call], ['Member', answer], ['Chair', close]).filter((f) => f.kind === 'decision')).toEqual([]);
  });
});

describe('detectActions: a second clause after "so", deferrals to a month, and the chair moving the meeting along', () => {
  it('finds the body\'s task after ", so the … will": "Neil\'s already got a draft, so the LMC office will send the template…"', () => {
    expect(summary(detect('Chair', "Yeah, Neil's already got a draft that's pretty much there, so the LMC office will send the template to all practices by Friday."))).toEqual([['action', 'the LMC office', '2026-11-20']]);
  });

  noActionIn([
    "The confidential item, that's item eight, we're going to defer to January.",
    "And I'll probably shuffle things about a bit later depending on who has to leave early.",
    "So, quickly, the written report's in the pack, I'll just pick out the headlines.",
  ]);

  it('takes no decision from "It\'s approved, but you can\'t tell us when it\'s paid."', () => {
    expect(detect('Dr Neil Harrowby', "It's approved, but you can't tell us when it's paid.").filter((f) => f.kind === 'decision')).toEqual([]);
  });
});

describe('detectActions: decisions said in contractions, as "the committee\'s decision", and in auto-captions', () => {
  it.each([
    "okay so the committee's agreed to extend the winter access hub contract to the end of march then",
    "So for us, the committee's decision today is to approve the revised activity plan as presented.",
    "OK, partners are agreed, we're taking the second ANP post.",
    'item six the pharmacy opening hours applications both approved',
  ])('a decision: %s', (said) => {
    expect(detect('Chair', said).map((f) => f.kind)).toContain('decision');
  });

  it('takes no decision from "it\'s noted, Councillor Shaw"', () => {
    expect(detect('Chair', "it's noted, Councillor Shaw").filter((f) => f.kind === 'decision')).toEqual([]);
  });
});

describe('detectActions: democratic services, designing something, briefing the partners, and "what I was going to say is"', () => {
  it.each([
    ['and democratic services will write that up for the cabinet meeting on the seventh of january', 'democratic services'],
    ['The secretariat will design it and get it out by the twenty-ninth of January.', 'The secretariat'],
    ["brilliant and as practice manager at maldon riverside i'll brief the partners tonight", 'Chair'],
    ["What I was going to say is I'll pull together our uptake numbers and send them over to you, Kwame, by Wednesday.", 'Chair'],
  ])('%s', (said, owner) => {
    expect(detect('Chair', said).filter((f) => f.kind === 'action').map((f) => f.owner)).toEqual([owner]);
  });
});

describe('detectActions: more of the chair running the meeting', () => {
  noActionIn([
    "I'll ask East Lancs Hospitals to go first, then the mental health trust.",
    "I'll ask our two newest members to say hello.",
    "Morning, Daniel Okafor, ICB on-call, let's do the round.",
    'names please and then we\'ll crack on with the frailty data',
    "So I'm the site director at the Royal London, and I'll try and answer the ED questions first.",
    "And I'll pick up the finance question after.",
    "I'll share the risk log quickly...",
    'Let me check what the deadline actually is.',
    "That's fine, we'll juggle things around.",
    "We'll sort out who offline.",
    "I'll come on to the workforce numbers in a minute, but first, um, I'll just recap where we got to in December.",
    "I'll just share this quickly...",
    "Let's do a super quick round, just names, we're really short on time today.",
    "Sunita, over to you, and then I'll ask Tom for the LMC's view.",
    'Hang on, hang on, Gareth.',
  ]);

  it('records "Let\'s go for the job share then" and "Then both are approved" as decisions', () => {
    expect(detect('Chair', "Okay, I've heard enough. Let's go for the job share then.").map((f) => f.kind)).toEqual(['decision']);
    expect(detect('Chair', 'Then both are approved. Thank you, Lowenna.').map((f) => f.kind)).toEqual(['decision']);
  });

  it('takes "We\'ll write to all twelve practices by the twenty-ninth" as a task, not a decision', () => {
    expect(detect('Mo Patel', "We'll write to all twelve practices by the twenty-ninth with the new arrangements.").map((f) => [f.kind, f.owner, f.due?.date ?? null])).toEqual([['action', 'Mo Patel', '2026-11-29']]);
  });

  it('records "So that\'s four for, one abstention, option B carries." as a decision', () => {
    expect(detect('Chair', "Fair enough. So that's four for, one abstention, option B carries.").map((f) => f.kind)).toEqual(['decision']);
  });

  it('still takes "I\'ll share it" answering a request, and "I\'ll ask Tom for a written response by Friday" (guards)', () => {
    const shared = exchange(['Alan Whitbread', 'I want the rapid review shared with members within five working days, please, Joanne.'], ['Joanne Hargreaves', "Understood. I'll share it."]);
    expect(shared.filter((f) => f.kind === 'action').map((f) => f.owner)).toEqual(['Joanne Hargreaves']);
    expect(detect('Chair', "I'll ask Tom for a written response by Friday.").map((f) => f.text)).toEqual(['Ask Tom for a written response by Friday']);
  });
});

describe('detectActions: questions answered in the meeting are not tasks', () => {
  noActionIn([
    'Gareth, just before you start, can you remind people who you are?',
    'Can we have the numbers minuted?',
    'Would you be able to tell us roughly how many patients are still waiting over eighteen weeks?',
    "Can we have the trust's view on the paediatric beds, Dr Pillai?",
    'Dr Lowe, would the council consider extending the stop smoking service to pharmacies?',
    'Femi, can you live with option two?',
    'Anything anyone wants to raise before we close?',
    'Can somebody explain that to me in plain English?',
  ]);

  it('still takes "can you let us know by Friday" as a task', () => {
    expect(detect('Chair', 'Sam, can you let us know by Friday whether the hub can open?').filter((f) => f.kind === 'action')).toHaveLength(1);
  });
});

describe('detectActions: more that is not a task', () => {
  noActionIn([
    "I was fourteen years with Boots before I bought this place, and I'll tell you, the paperwork is worse than anything.",
    'So the minutes of the twenty-fourth of September are agreed as a correct record, and I\'ll sign them at the end.',
    "I'm going to talk to the paper rather than read it out.",
    "On a Monday morning at my practice we'll have something like three hundred calls in the first hour.",
    "Let them in, we'll find out soon enough.",
    "So I'm not going to ask the board to sign it off today, we'll bring it back in January.",
    "We'll sort it properly at the away day.",
  ]);

  it('still takes "we\'ll bring it back to the committee in the autumn" as a task', () => {
    expect(detect('Helen Marsh', "We'll bring it back to the committee in the autumn.").filter((f) => f.kind === 'action')).toHaveLength(1);
  });
});

describe('detectActions: decisions reminded of, suggested, or read from the room', () => {
  it.each([
    'Great, we\'ll close that one.',
    "The cabinet decides the public health allocations next week, so until then it's all a bit provisional.",
    'From what I\'m hearing the board supports going ahead with the joint paramedic recruitment.',
    'As members may know, our board agreed in October to consult on the future of the urgent treatment centre.',
    "right well the committee agreed earlier that we'll write to the icb about the pay award so that's happening",
    'Two, the committee approves the revised sickle cell pathway.',
    "Based on the discussion, I'd suggest the committee notes the report.",
    'As we agreed under item three, Saturdays are moving to Market Street, so the leaflet needs the new address.',
  ])('no decision and no action in: %s', (said) => {
    expect(detect('Chair', said)).toEqual([]);
  });
});

describe('detectActions: the decision as minuted', () => {
  it('leaves out how the chair closed it: "Hearing none, the committee approved the scheme"', () => {
    expect(detect('Chair', 'Hearing none, the committee approved the non-recurrent supervision and training scheme.').map((f) => [f.kind, f.text])).toEqual([['decision', 'The committee approved the non-recurrent supervision and training scheme']]);
  });
});

describe('detectActions: a thing asked of someone by name, with a time', () => {
  // Meeting on Wednesday 18 November 2026.
  it.each([
    ['Nadia, the committee will need the Q2 activity data. Can we have it by the twenty-seventh?', 'Provide the Q2 activity data', 'Nadia', '2026-11-27'],
    ['Dafydd, the primary care risk register needs a full refresh. Can that be done by the end of Q3?', 'Get the primary care risk register done', 'Dafydd', '2026-12-31'],
    ['Dafydd, can the updated dispersal plan come to me by the fifth of January?', 'Send the updated dispersal plan to Chair by the fifth of January', 'Dafydd', '2027-01-05'],
    ['Kofi, I need the workforce survey return off you by close of play Thursday.', 'Provide the workforce survey return by close of play Thursday', 'Kofi', '2026-11-19'],
  ])('%s', (said, text, owner, date) => {
    const found = detect('Chair', said).filter((f) => f.kind === 'action');
    expect(found.map((f) => [f.text, f.owner, f.due?.date ?? null])).toEqual([[text, owner, date]]);
  });

  // Without a time, or with nobody named before, or naming only the meeting, it is no request.
  noActionIn([
    'Nadia, the committee will need the Q2 activity data. Can we have it?',
    'The committee will need the Q2 activity data. Can we have it by the twenty-seventh?',
    'Nadia, welcome to the committee. Can we have it by the twenty-seventh?',
  ]);
});

describe('detectActions: running the meeting is no task', () => {
  noActionIn([
    "Right, I'm going to share...",
    "Back at twenty-five past, and we'll pick up with the pharmacy item when we come back.",
    'Shall I carry on from the bit about the phone lines?',
  ]);
});

describe('detectActions: a team that will have something done by a time', () => {
  it.each([
    ['The digital team will have the shared inbox set up by the first of December.', 'Have the shared inbox set up by the first of December', '2026-12-01'],
    ['The ICB will have the estates review finished by the end of the month.', 'Have the estates review finished by the end of the month', '2026-11-30'],
  ])('%s', (said, text, date) => {
    expect(detect('Chair', said).map((f) => [f.kind, f.text, f.due?.date ?? null])).toEqual([['action', text, date]]);
  });

  noActionIn(['The digital team will have the shared inbox set up at some point, I expect.']);
});

describe('detectActions: asking someone in, covering a point later, and decisions said again', () => {
  noActionIn([
    "Right, I'll bring Ffion in now, she's been waiting patiently.",
    "I'm going to bring Councillor Reece in on the parking question.",
    "The slides are in the pack, so I'll just do the headlines and I'll cover the workforce piece under item seven.",
    "We'll pick the estates strategy up properly in March.",
    "Let me take Amir first, and then I'll pick up the finance question.",
  ]);

  it('still takes bringing a figure into line, or a paper in from elsewhere, as it was', () => {
    expect(detect('Helen Marsh', "We'll bring prescribing spend in line with the budget by March.").filter((f) => f.kind === 'action')).toHaveLength(1);
  });

  it.each([
    "So to recap, we've approved the hub extension, agreed the rota and endorsed the comms plan.",
    'Just for the minutes, earlier under item four the committee agreed to note the audit report.',
    "What we've agreed at the working group is a draft set of standards.",
    "We'll note Dev's declaration when he joins.",
  ])('no decision in: %s', (said) => {
    expect(detect('Chair', said).filter((f) => f.kind === 'decision')).toEqual([]);
  });

  it('still takes a decision stated for the first time', () => {
    expect(detect('Chair', 'So we have approved the hub extension.').filter((f) => f.kind === 'decision')).toHaveLength(1);
  });
});

describe('detectActions: what someone does for a living, habits, and points saved for later', () => {
  noActionIn([
    'Morning all, Tamsin Rowe, I manage the carers hub, it is a charity, we cover Penzance and March.',
    "I'm the clinical pharmacist, employed by the federation, and I split my time across three sites.",
    "What I normally do is I'll phone the ward if the discharge letter's missing, and then I'll chase it again after lunch.",
    "I'll save my dental questions for item six.",
    "Which I'll cover under the finance item.",
  ]);

  it('still takes a promise said in the present with a time to it', () => {
    expect(detect('Dee Walters', 'I send you the list tomorrow, first thing.').filter((f) => f.kind === 'action')).toHaveLength(1);
  });
});

describe('detectActions: more ways a chair records a decision', () => {
  it.each([
    ["Right, no more hands, so I'll take that as the board approving the recommendation, which is to extend the hub pilot to March.", 'Extend the hub pilot to March'],
    ['That looks unanimous, so agreed.', null],
    ['So the resolution is that the committee asks the ICB to protect the dental budget.', 'The committee asks the ICB to protect the dental budget'],
    ['Aye, ratified.', null],
  ])('finds a decision in: %s', (said, text) => {
    const decisions = detect('Chair', said).filter((f) => f.kind === 'decision');
    expect(decisions).toHaveLength(1);
    if (text) expect(decisions[0]!.text).toBe(text);
  });
});

describe('detectActions: a promise names something to do, or a time to do it by', () => {
  noActionIn([
    "Right, I'm going to try and keep this to ten minutes.",
    "We'll work it out together.",
    "Brilliant, we'll tell you.",
    "Let's do it properly then, one vote per practice.",
  ]);

  it.each([
    "I'll redo the workforce tables for the board.",
    "I'll ask democratic services to draft the letter for my signature.",
    "I'll drop the practice managers a line.",
    "I'll find an owner for it outside the meeting.",
    "We'll have it to you by Friday.",
  ])('still takes: %s', (said) => {
    expect(detect('Dee Walters', said).filter((f) => f.kind === 'action')).toHaveLength(1);
  });
});

describe('detectActions: a vote that carries', () => {
  it('takes "So that\'s four to one. Option B carries, …" as a decision', () => {
    expect(detect('Chair', "So that's four to one. Option B carries, half in equal shares and half on list size.").filter((f) => f.kind === 'decision')).toHaveLength(1);
  });
});

describe('detectActions: a practice given reviews or visits to do', () => {
  it('takes "Castle Hill will do baseline reviews for all the new residents by the end of March" as an action for the practice', () => {
    const found = detect('Chair', "Castle Hill will do baseline reviews for all the new residents by the end of March.").filter((f) => f.kind === 'action');
    expect(found.map((f) => [f.owner, f.due?.date ?? null])).toEqual([['Castle Hill', '2027-03-31']]);
  });
});

describe('detectActions: "signed off then", "decision made", a position agreed, an option chosen', () => {
  it.each([
    "Lovely, so that's signed off then, thank you.",
    'OK, decision made.',
    "So our position's agreed: we won't support the transfer without funding attached.",
    "Okay. So we're doing option two, the training and the online tool, out of the CAIP money.",
  ])('finds a decision in: %s', (said) => {
    expect(detect('Chair', said).filter((f) => f.kind === 'decision')).toHaveLength(1);
  });
});

describe('detectActions: a request queried, then put right by whoever asked', () => {
  it('takes the date the asker gives after "Friday week\'s Christmas Day", and settles the action there', () => {
    const found = exchange(
      ['Dr Darren Lomax', 'Rachel, can you get the hub rota for January signed off by Friday week?'],
      ['Rachel Fitton', "Friday week's Christmas Day, Darren."],
      ['Dr Darren Lomax', 'Oh God, so it is. The twenty-third then, the Wednesday.'],
      ['Rachel Fitton', "Fine, I'll do that."],
    );
    expect(summary(found)).toEqual([['action', 'Rachel Fitton', '2026-11-23']]);
    expect(found[0]!.utteranceId).toBe('t2');
    expect(found[0]!.reason).toMatch(/put it right after a question: The twenty-third then/);
  });

  it('settles "Which Sarah?" … "Sorry, Sarah W." where the person meant is said', () => {
    const found = exchange(
      ['Dr Kofi Mensah-Bonsu', 'Sarah, can you get the care coordinator job description over to HR by Tuesday?'],
      ['Dr Sarah Ng', 'Which Sarah?'],
      ['Dr Kofi Mensah-Bonsu', 'Sorry, Sarah W. You did the last one.'],
      ['Sarah Whitfield', 'Yep, fine, Tuesday.'],
    );
    expect(summary(found)).toEqual([['action', 'Sarah Whitfield', '2026-11-24']]);
    expect(found[0]!.utteranceId).toBe('t2');
  });

  it('leaves a request taken on at once where it was asked', () => {
    const found = exchange(
      ['Dr Olu Bankole', 'Sunil, can you get the workforce plan refreshed by the end of January?'],
      ['Sunil Gohil', 'Yes, fine.'],
      ['Dr Olu Bankole', 'Great, the twenty-third would be even better.'],
    );
    expect(found[0]!.utteranceId).toBe('t0');
  });
});

describe('detectActions: another date offered, what was just asked for, and what is no task', () => {
  it('takes "could we say the first week of February?" from the one asked, for what was asked just before', () => {
    const found = exchange(
      ['Dr Anjali Mehta', 'Sam, have we got the utilisation broken down by PCN?'],
      ['Margaret Thorne', 'Can we have that by Christmas, Sam?'],
      ['Sam Whitfield', "Not by Christmas, honestly, we're in the middle of the audit. Could we say the first week of February?"],
      ['Margaret Thorne', "First week of February's fine."],
    );
    expect(summary(found)).toEqual([['action', 'Sam Whitfield', '2027-02-05']]);
    expect(found[0]!.text).toMatch(/utilisation broken down by PCN/);
  });

  it('does not take "we\'ll come back to you" to someone on mute for a task, but does "with the figures by Friday"', () => {
    expect(exchange(['Margaret Thorne', "Mark, I can't hear you. We'll come back to you."])).toEqual([]);
    expect(summary(exchange(['Jo Bell', "We'll come back to you with the figures by Friday."]))).toEqual([['action', 'Jo Bell', '2026-11-20']]);
  });

  it('does not make "and we\'ll copy the LMC in" an action of its own', () => {
    const found = exchange(['Sarah Lindqvist', "The contracting team will write to both practices within ten working days, and we'll copy the LMC in."]);
    expect(found.filter((f) => f.kind === 'action')).toHaveLength(1);
  });
});

describe('detectActions: asked to do something now, in the meeting', () => {
  it('does not take "can you give us the view", "count the online ones" or "call it" for tasks', () => {
    expect(exchange(['Chair', 'Ella, can you give us the view from Castlegate?'])).toEqual([]);
    expect(exchange(['Chair', 'Those in favour, please show. Jenny, can you count the online ones?'])).toEqual([]);
    expect(exchange(['Chair', 'Dev, can you call it?'])).toEqual([]);
  });

  it('still takes a view asked for in writing, by a date', () => {
    expect(summary(exchange(['Chair', 'Ella, can you give us your view in writing by Friday?']))).toEqual([['action', 'Ella', '2026-11-20']]);
  });
});

describe('detectActions: asked of the room, taken on after others spoke', () => {
  it('gives "we need someone to write up the learning" to whoever says "No, let me", not to the one who offered only if nobody else would', () => {
    const found = exchange(
      ['Dr Elspeth Moore', 'We need someone to write up the learning from the heatwave week for the ICB. By the end of the month, ideally.'],
      ['Tony Gibbs', "I'll do it if no one else wants to."],
      ['Naz Hale', "No, let me, I've got all the data from the hub anyway."],
      ['Dr Elspeth Moore', 'Thanks Naz.'],
    );
    expect(summary(found)).toEqual([['action', 'Naz Hale', '2026-11-30']]);
    expect(found[0]!.utteranceId).toBe('t2');
  });
});

describe('detectActions: a condition said after "is", a formality before a decision, "carry on"', () => {
  it('takes no decision from "the other thing I\'d say is if the board agreed to it, we would look at extending…"', () => {
    const found = detect('Kevin Rowe', "the other thing I'd say is if the board agreed to it, we would look at extending the dispensing arrangement to the end of March");
    expect(found.filter((s) => s.kind === 'decision')).toEqual([]);
  });

  it('records "unless there are any questions on it, the committee notes the secretary\'s report"', () => {
    const found = detect('Dr Bernadette Cole', "So unless there are any questions on it, the committee notes the secretary's report.");
    expect(found.map((s) => s.kind)).toContain('decision');
  });

  it('still takes no decision from "unless the trust agrees, we can\'t approve it"', () => {
    expect(detect('Chair', "Unless the trust agrees, we can't approve it.").filter((s) => s.kind === 'decision')).toEqual([]);
  });

  it('gives no task for "Funmi, carry on", and one for "Funmi, carry out the audit by Friday"', () => {
    expect(exchange(['Dr Ian Mackie', 'Agreed, thanks Peter. Funmi, carry on.'], ['Funmi Oyelaran', 'Thanks.'])).toEqual([]);
    expect(summary(exchange(['Dr Ian Mackie', 'Funmi, carry out the audit by Friday.'], ['Funmi Oyelaran', 'Will do.'])).map(([kind]) => kind)).toEqual(['action']);
  });
});

describe('detectActions: what a decision would allow, and an item for assurance', () => {
  it('gives no task for "what we\'re asking today is for the board to adopt the pathway so we can roll it out from April"', () => {
    expect(detect('Marcus Adeyemi', "What we're asking today is for the board to adopt the pathway so we can roll it out to all the practices from April.").filter((s) => s.kind === 'action')).toEqual([]);
  });

  it('takes no decision from "there\'s nothing for decision on winter, it\'s for assurance, so unless anyone\'s got anything burning, I\'ll move on"', () => {
    const found = exchange(['Joanne Whitlock', "Okay, thank you. There's nothing for decision on winter, it's for assurance, so unless anyone's got anything burning, I'll move on."], ['Joanne Whitlock', 'So item five, the Healthwatch report. Lorraine, over to you.']);
    expect(found.filter((s) => s.kind === 'decision')).toEqual([]);
  });
});

describe('detectActions: "everyone comfortable with that?", and a remark recalled inside a decision', () => {
  it('records the board accepting recommendations after "Everyone comfortable with that? … Great, agreed."', () => {
    const found = exchange(['Joanne Whitlock', 'So I suggest the board accepts recommendations one to three. Everyone comfortable with that?'], ['Joanne Whitlock', 'Lots of nods. Great, agreed.']);
    expect(found.filter((s) => s.kind === 'decision').map((s) => s.text)).toEqual(['The board accepts recommendations one to three']);
  });

  it('keeps a decision that names "the flexibility Owen mentioned", and still drops one only reported', () => {
    expect(detect('Joanne Whitlock', 'So the board accepts recommendations one to three, with the flexibility Owen mentioned.').map((s) => s.kind)).toContain('decision');
    expect(detect('Joanne Whitlock', 'Owen mentioned the board approved the hub last month.').filter((s) => s.kind === 'decision')).toEqual([]);
  });
});

describe('detectActions: the running order said as a promise', () => {
  it.each(["And I'm Precious, from Bluebell Home Care, so I'll pick up the discharge to assess bit after Sharon.", "As this is your last item today, I'll ask you to leave us now for the decision."])('gives no task for "%s"', (text) => {
    expect(detect('Chair', text).filter((s) => s.kind === 'action')).toEqual([]);
  });
});

describe('detectActions: the floor handed on, and offers made in jest', () => {
  it.each([
    "I'll invite Healthwatch to comment before the trust responds.",
    "And I'll just add at the end, chair, if that's alright.",
    "I'll do it when I retire, which by my reckoning is about twenty forty-five.",
  ])('gives no task for "%s"', (text) => {
    expect(detect('Chair', text).filter((s) => s.kind === 'action')).toEqual([]);
  });

  it('does not give the room\'s task to "I\'ll do it if I get to choose the music", and does to "I\'ll do it by Friday"', () => {
    expect(exchange(['Dr Amy Hale', 'Can someone do the Christmas rota?'], ['Tom Bell', "I'll do it if I get to choose the music."]).map((s) => s.owner)).toEqual([null]);
    expect(summary(exchange(['Dr Amy Hale', 'Tom, can you do the Christmas rota?'], ['Tom Bell', "I'll do it by Friday."])).map(([kind, owner]) => [kind, owner])).toEqual([['action', 'Tom Bell']]);
  });
});

describe('detectActions: a decision said with its lead first', () => {
  it.each([
    ["We've gone round the houses on this. Decision is we don't renew the physio contract with Corefit, we recruit directly instead.", "We don't renew the physio contract with Corefit, we recruit directly instead"],
    ['Okay, we\'re agreed then, the vaccination hub stays at Moorside until the end of March and we look at it again after that.', 'The vaccination hub stays at Moorside until the end of March and we look at it again after that'],
    ["I think there's support for that round the table. So we're signing off the terms of reference with Councillor Akhtar's amendment.", "We're signing off the terms of reference with Councillor Akhtar's amendment"],
  ])('records "%s"', (text, decided) => {
    expect(detect('Chair', text).filter((s) => s.kind === 'decision').map((s) => s.text)).toEqual([decided]);
  });

  it('takes no decision from "if the decision is we don\'t renew, who tells Corefit?"', () => {
    expect(detect('Chair', "If the decision is we don't renew, who tells Corefit?").filter((s) => s.kind === 'decision')).toEqual([]);
  });
});

describe('detectActions: no promise, a question of fact, recommendations read out', () => {
  it('gives no task for "We\'ll look at it as part of next year\'s grant allocation, Councillor, but I can\'t promise the money is there"', () => {
    expect(detect('Dr Imogen Strachan', "We'll look at it as part of next year's grant allocation, Councillor, but I can't promise the money is there.").filter((s) => s.kind === 'action')).toEqual([]);
  });

  it('gives no task for "Bethan, can you confirm?", and one for "Bethan, can you confirm the date with the trust by Friday?"', () => {
    expect(exchange(['Chair', 'Bethan, can you confirm?'], ['Bethan Marlow', 'Yes, that is right.'])).toEqual([]);
    expect(summary(exchange(['Chair', 'Bethan, can you confirm the date with the trust by Friday?'], ['Bethan Marlow', 'Will do.'])).map(([kind, owner]) => [kind, owner])).toEqual([['action', 'Bethan Marlow']]);
  });

  it('takes no decision from "Recommendation one, that the committee notes the report" read out before the vote', () => {
    expect(detect('Bethan Marlow', 'Recommendation one, that the committee notes the report.').filter((s) => s.kind === 'decision')).toEqual([]);
  });
});

describe('detectActions: the running order said as "we\'ll do the pharmacy item first"', () => {
  it('gives no task for it, and still one for "we\'ll do the pharmacy audit by Friday"', () => {
    expect(detect('Chair', "Priti has to leave us at eleven, so we'll do the pharmacy item first and come back to GP access straight afterwards.").filter((s) => s.kind === 'action')).toEqual([]);
    expect(detect('Priti Vasani', "We'll do the pharmacy audit by Friday.").filter((s) => s.kind === 'action')).toHaveLength(1);
  });
});

describe('detectActions: tasks given as statements, and replies that answer someone else', () => {
  it('gives "Practices to get their returns in before Christmas, please" to the practices, dated', () => {
    const found = exchange(['Chair', 'Practices to get their flu vaccine returns to the PCN office before Christmas, please.']);
    expect(summary(found)).toEqual([['action', 'Practices', '2026-12-24']]);
  });

  it('gives each of "Tariq, you\'ll do the audit, and Hannah, you\'ll sort the bookings" a task, and "Both by" dates both', () => {
    const found = exchange(
      ['Chair', "Right. Tariq, you'll do the SMR audit, and Hannah, you'll sort the room bookings for the vaccination Saturdays. Both by the end of the week if you can."],
      ['Tariq Mahmood', 'Fine.'],
      ['Hannah Price', 'Yep.'],
    );
    expect(found.map((f) => [f.text, f.owner, f.due?.text])).toEqual([
      ['Do the SMR audit', 'Tariq', 'by the end of the week'],
      ['Sort the room bookings for the vaccination Saturdays', 'Hannah', 'by the end of the week'],
    ]);
  });

  it('gives no task for "Sarah, you\'ll know the figures better than me"', () => {
    expect(exchange(['Chair', "Sarah, you'll know the figures better than me."])).toEqual([]);
  });

  it('reads "Leave that with me" after someone else\'s question as an answer to it, not to the task given before', () => {
    const found = exchange(
      ['Chair', "Lorna, you'll write to the twelve practices to offer the extension by the fourth of December, please."],
      ['Lorna Finbow', "Yep, that's fine."],
      ['Amy Kerridge', 'Would it be possible to have the list of where the sessions are?'],
      ['Lorna Finbow', 'Leave that with me, Amy.'],
    );
    expect(found.map((f) => [f.owner, f.due?.date ?? null])).toEqual([
      ['Lorna', '2026-12-04'],
      ['Lorna Finbow', null],
    ]);
  });

  it('keeps a task\'s date for the one it was given to, not for someone else who speaks next', () => {
    const found = exchange(
      ['Chair', "Lorna, you'll write to the twelve practices to offer the extension by the fourth of December, please."],
      ['Lorna Finbow', "Yep, that's fine."],
      ['Priya Lal', "And I'll send Lorna the regional benchmarking, so you can see how you compare."],
    );
    expect(found.map((f) => [f.owner, f.due?.date ?? null])).toEqual([
      ['Lorna', '2026-12-04'],
      ['Priya Lal', null],
    ]);
  });
});

describe('detectActions: offers made on condition, and items picked up later', () => {
  it('keeps an offer "if that helps" that someone takes up, and drops one put off', () => {
    const taken = exchange(['Priya Shah', "I'm happy to check their dressings formulary against what we're prescribing now, if that helps."], ['Chair', "Yes please, Priya, that'd be great."]);
    expect(summary(taken)).toEqual([['action', 'Priya Shah', null]]);
    const putOff = exchange(['Priya Shah', "I'd be happy to present it at the practice managers' forum, if people think that would be useful."], ['Chair', "Let's see how the pilot goes first, Priya. Maybe in the spring."]);
    expect(putOff).toEqual([]);
  });

  noActionIn([
    "Yes, short version is it's confirmed for the two practices still on the old phones, but I'll pick that up under access if that's alright.",
    'I sense a lot of support for that, and we\'ll pick up the task and finish group under the work programme.',
    "That's fine, Paul, we'll make sure you get the dental item before you go.",
  ]);
});

describe('detectActions: decisions in clauses, deferrals put to the meeting, and a vote before another decision', () => {
  const decisions = (found: readonly ActionSuggestion[]) => found.filter((f) => f.kind === 'decision');

  it('records "unless anyone objects, the committee notes the report"', () => {
    expect(decisions(detect('Chair', 'Thank you, Hannah. And unless anyone objects, the committee notes the dental access report.'))).toHaveLength(1);
  });

  it.each(["That's kind, Bev. Let's see what the group decides.", 'Three, the merged practice keeps both sites open for at least two years unless this committee agrees otherwise.'])('records no decision in "%s"', (said) => {
    expect(decisions(detect('Chair', said))).toEqual([]);
  });

  it('records no decision when the meeting agrees to defer', () => {
    const found = exchange(
      ['Chair', "I'd propose we defer it to the next meeting and ask for a proper equality impact assessment. Are members content?"],
      ['Sam Okoro', 'Yes.'],
      ['Helen Grey', 'Agreed.'],
      ['Chair', 'Thank you. So item six is deferred to June.'],
    );
    expect(decisions(found)).toEqual([]);
  });

  it('keeps a vote carried and a report noted after someone else has spoken as two decisions', () => {
    const found = exchange(
      ['Chair', 'We have a proposal to write to the Minister, seconded. All those in favour? So that\'s carried, four in favour and one abstention.'],
      ['Hannah Whitlock', "Chair, just to flag that Lorraine's slides weren't in the published pack, so I'll circulate those this afternoon."],
      ['Chair', 'Thank you, Hannah. And unless anyone objects, the committee notes the dental access report.'],
    );
    expect(decisions(found)).toHaveLength(2);
  });
});

describe('detectActions: people of a role as owners, and a task passed on to them', () => {
  noActionIn([
    'The district nurses will visit every housebound patient twice a year under the new model.',
    'The care coordinators will contact patients after discharge as part of the pathway.',
  ]);

  it('gives "the PCN care coordinators will pull the list" to the care coordinators, who keep it when someone says "I\'ll let them know"', () => {
    const found = exchange(
      ['Chair', 'So the PCN care coordinators will pull the eFI list and send out the invites in the first week of December.'],
      ['Mark Lowe', "I'll let them know."],
    );
    expect(found.filter((f) => f.kind === 'action').map((f) => f.owner)).toContain('the PCN care coordinators');
    expect(found.filter((f) => f.kind === 'action').map((f) => f.owner)).not.toContain('Mark Lowe');
  });
});

describe('detectActions: a summing up of who is going to do what', () => {
  it('gives "Obinna\'s going to …, Beth\'s going to …, and I\'d like both back by the 15th" two tasks, both dated', () => {
    const found = exchange(['Chair', "Right, to sum up on indemnity. Obinna's going to speak to the defence organisations about the new contracts, Beth's going to survey practices on the extended access sessions, and I'd like both back by the 15th."]);
    expect(found.map((f) => [f.owner, f.due?.date ?? null])).toEqual([
      ['Obinna', '2026-12-15'],
      ['Beth', '2026-12-15'],
    ]);
  });

  it('gives "Chidi, you\'re going to find out whether the café can open on Sundays" to Chidi', () => {
    expect(exchange(['Chair', "Chidi, you're going to find out whether the crisis café can open on Sundays."]).map((f) => f.owner)).toEqual(['Chidi']);
  });
});

describe('detectActions: replies to tasks given together', () => {
  it('takes "Yes, I can do that tomorrow" from the one given the last task as that task\'s date, not as a task of its own', () => {
    const found = exchange(
      ['Chair', "So, actions from that. Sam, you'll get the falls data to Dee by Friday. Mark, you'll confirm the bed numbers by the end of the month. And Dee, you'll circulate the volunteer offer to the group."],
      ['Dee Walters', 'Yes, I can do that tomorrow.'],
      ['Sam Okoro', "Friday's fine."],
    );
    expect(found.map((f) => [f.owner, f.due?.date ?? null])).toEqual([
      ['Sam', '2026-11-20'],
      ['Mark', '2026-11-30'],
      ['Dee', '2026-11-19'],
    ]);
  });
});

describe('detectActions: decisions said after reading the room, with a lead-in or as the option chosen', () => {
  it.each([
    "Okay. I'm not hearing any objections, so the committee approves the revised opening hours, with Sue's point noted.",
    'Right. Decision for the minutes: the hub keeps its Saturday clinics until Easter.',
    'lovely so option C it is',
    'Good, so that\'s the bid signed off, thanks everyone.',
  ])('a decision in: %s', (said) => {
    expect(detect('Chair', said).map((f) => f.kind)).toEqual(['decision']);
  });

  it.each([
    "On the indemnity letter, I'm proposing the committee formally supports it.",
    'Whichever option it is, we would want the figures first.',
  ])('none in: %s', (said) => {
    expect(detect('Chair', said).filter((f) => f.kind === 'decision')).toEqual([]);
  });
});

describe('detectActions: a task wished of a team, asked of one through "let\'s", or done by one in the passive', () => {
  it.each([
    ["I'd like the estates team to do a condition survey of the branch surgery by the end of January.", 'the estates team', '2027-01-31'],
    ["Let's ask the comms team to get the bank holiday opening hours onto every practice website by Christmas Eve.", 'the comms team', '2026-12-24'],
    ['The revised formulary will be circulated to all practices by the medicines team by Friday.', 'the medicines team', '2026-11-20'],
  ])('%s', (said, owner, due) => {
    expect(summary(detect('Chair', said))).toEqual([['action', owner, due]]);
  });

  it.each(["I'd like the board to note the risk.", "I'd like the minutes to reflect that.", "Honestly we'd want the hub to cover the extra cleaning."])('none in: %s', (said) => {
    expect(detect('Chair', said)).toEqual([]);
  });

  it('keeps the team as the owner when someone else speaks next and offers something of their own', () => {
    const found = exchange(['Helen Grey', "I'd like the contracts team to write to the three practices by Friday."], ['Priya Shah', 'I can get my team to share the uptake figures by practice in the new year.']);
    expect(found.map((f) => [f.owner, f.text])).toEqual([
      ['the contracts team', 'Write to the three practices by Friday'],
      ['Priya Shah', expect.stringContaining('share the uptake figures by practice')],
    ]);
  });
});

describe('detectActions: a courtesy before an offer, a hedge and hearsay', () => {
  it('reads "If it helps, I\'m happy to …, I\'ll send it tomorrow" as the speaker\'s own task, dated', () => {
    const found = detect('Debbie Firth', "If it helps I'm happy to share our telephony data, I'll send it to Kerry tomorrow.");
    expect(found.map((f) => [f.owner, f.text.startsWith('Share our telephony data'), f.due?.date])).toEqual([['Debbie Firth', true, '2026-11-19']]);
  });

  it.each([
    "On the streaming, we can probably find a couple of extra Saturday sessions, but I'd need to look at the rotas before I promise anything.",
    "The council's going to refresh its housing strategy at some point next year, I gather, and health will be part of that.",
    "Apparently Dr Patel is going to write to all the practices before Christmas.",
  ])('none in: %s', (said) => {
    expect(detect('Chair', said)).toEqual([]);
  });
});

describe('detectActions: one task, however many sentences it is said in', () => {
  const withOrganisations = (...turns: readonly (readonly [string, string])[]) =>
    detectActions(
      turns.map(([speaker, text], i) => ({ id: `t${i}`, speaker, text, startMs: MEETING + 60_000 + i * 10_000 })),
      { meetingStartMs: MEETING, parseDue: parseDueDate, tagSentence, peopleNames: ['Ayesha Rahman', 'Cllr Delroy Mensah'], organisationOf: (name) => (name === 'Ayesha Rahman' ? { name: 'Healthwatch Wexbridge', sector: 'healthwatch_patient_voice' } : { name: 'Wexbridge Council', sector: 'local_authority' }) },
    );

  it('gives a body\'s task to the one of its own who answers, and her answer is the same task', () => {
    const found = withOrganisations(['Cllr Delroy Mensah', 'Could Healthwatch share that survey with members before the January meeting?'], ['Ayesha Rahman', "Yes, I'll send it to Mark by Friday."]);
    expect(summary(found)).toEqual([['action', 'Ayesha Rahman', '2026-11-20']]);
  });

  it('keeps one task on "pharmacy colleagues", and a different one taken on by one of them', () => {
    const found = withOrganisations(['Cllr Delroy Mensah', 'Pharmacy colleagues to confirm their Christmas opening hours by Monday, please.'], ['Ayesha Rahman', "I'll send a reminder round the contractors today."]);
    expect(found.map((f) => f.owner)).toEqual(['Pharmacy colleagues', 'Ayesha Rahman']);
  });

  it('does not make "Copy me in as well" answered "Will do" a task of its own', () => {
    const found = exchange(['Priya Shah', 'Mark, can you send me the breakdown of the fund spend?'], ['Mark Lowe', "Yes, I'll get it to you by Friday."], ['Helen Grey', 'Copy me in as well please, Mark.'], ['Mark Lowe', 'Will do.']);
    expect(summary(found)).toEqual([['action', 'Mark Lowe', '2026-11-20']]);
  });

  it('gives the meeting\'s "we\'ll write again" to the one then asked to "draft that"', () => {
    const found = exchange(['Helen Grey', 'All agreed? Thank you. So we\'ll write again and copy the MPs. Dee, can you draft that for me by Monday?'], ['Dee Walters', "Yes, I'll have a draft with you Monday morning."]);
    const actions = found.filter((f) => f.kind === 'action');
    expect(actions.map((f) => [f.owner, f.due?.date, f.text])).toEqual([['Dee Walters', '2026-11-23', expect.stringContaining('write again and copy the MPs')]]);
  });
});

describe('detectActions: a task said again in the next sentence of the same turn', () => {
  it('keeps "we\'ll do an FAQ" and takes the date from "I\'ll get it over to Jon by the end of the month"', () => {
    const found = exchange(['Priya Shah', 'Could we have something we can put on the practice websites?'], ['Mark Lowe', "Yes, we'll do an FAQ. I'll get it over to Jon to go out with the practice bulletin, by the end of the month."]);
    expect(found.map((f) => [f.owner, f.text, f.due?.date])).toEqual([['Mark Lowe', 'Do an FAQ', '2026-11-30']]);
  });

  it('keeps the words that say what it is: "We can do that, chair. We\'ll bring it back in the autumn."', () => {
    const found = exchange(['Priya Shah', 'I do wonder if the trust could come back to us with the handover times by hour of the day.'], ['Mark Lowe', "We can do that, chair. We'll bring it back to the committee in the autumn."]);
    expect(found.map((f) => f.text)).toEqual(['Bring it back to the committee in the autumn']);
  });

  it('still keeps a different task said next: "I\'ll drop them a line"', () => {
    expect(detect('Chair', "OK, so the LMC to review the template letter before it goes out. I'll drop them a line.").map((f) => f.owner)).toEqual(['the LMC', 'Chair']);
  });
});

describe('detectActions: a request handed on to a colleague, or put off by the one asked', () => {
  it('gives "Dee, would you mind taking that one?" to Dee, with the date she gives', () => {
    const found = exchange(['Priya Shah', "Sam, can you look into why the hub's DNA rate has jumped over the last month?"], ['Sam Okoro', "I can, but honestly Dee knows the appointment data far better than me. Dee, would you mind taking that one?"], ['Dee Walters', "No problem. I'll have something for the next board on the 8th of December."]);
    expect(found.map((f) => [f.owner, f.due?.date, f.reason])).toEqual([['Dee Walters', '2026-12-08', 'Sam was asked to do it. It was passed to Dee. Dee Walters answered that they would.']]);
  });

  it('drops a request the one asked puts off: "Honestly, not this month. … Can we look at it in February?"', () => {
    const found = exchange(['Priya Shah', 'Sam, could you pull together the frailty list for the social prescribers?'], ['Sam Okoro', "Honestly, not this month. I'm down two receptionists and on leave next week. Can we look at it in February?"], ['Priya Shah', "Fine, let's come back to it then."]);
    expect(found.filter((f) => f.kind === 'action')).toEqual([]);
  });

  it('keeps one taken on at a later date: "Not this week, but I can do it by the 4th."', () => {
    const found = exchange(['Priya Shah', 'Sam, could you pull together the frailty list for the social prescribers?'], ['Sam Okoro', 'Not this week, but I can do it by the 4th.']);
    expect(found.map((f) => f.owner)).toEqual(['Sam Okoro']);
  });
});

describe('detectActions: a date put right by the one who asked', () => {
  it('moves "by the twelfth" to "Friday the eleventh then" after "The twelfth\'s a Saturday", settled there', () => {
    const found = exchange(['Priya Shah', 'Sam, can we have the draft survey of practices by the twelfth?'], ['Sam Okoro', "The twelfth's a Saturday."], ['Priya Shah', 'Oh. Friday the eleventh then.'], ['Sam Okoro', 'fine']);
    expect(found.map((f) => [f.owner, f.due?.date, f.text, f.utteranceId])).toEqual([['Sam Okoro', '2026-12-11', 'Provide the draft survey of practices', 't2']]);
  });

  it('moves it when the asker queried the date herself and the reply agrees: "Friday\'s a bank holiday, isn\'t it." "It is, yeah."', () => {
    const found = exchange(['Priya Shah', "Sam, can I have the revised schedule by Friday? Oh, hang on, Friday's a bank holiday, isn't it."], ['Sam Okoro', 'It is, yeah.'], ['Priya Shah', 'Close of play tomorrow then, if you can. Sorry.'], ['Sam Okoro', "no that's fine, it's nearly there"]);
    expect(found.map((f) => [f.owner, f.due?.date, f.utteranceId])).toEqual([['Sam Okoro', '2026-11-19', 't2']]);
  });
});

describe('detectActions: the next meeting\'s date said straight after the request', () => {
  it('dates "bring it to the next meeting? That\'s the eleventh of March."', () => {
    const found = exchange(['Priya Shah', "Sam, can you bring the locum spend breakdown to the next meeting? That's the eleventh of March."], ['Sam Okoro', 'Will do.']);
    expect(found.map((f) => [f.owner, f.due?.date, f.due?.text])).toEqual([['Sam Okoro', '2027-03-11', "to the next meeting: that's the eleventh of March"]]);
  });
});

describe('detectActions: "Could I ask you to …?", and what is shared on screen there and then', () => {
  it('reads "Could I ask you to share the data? Ideally by the end of the month." as a request, taken on with its date', () => {
    const found = exchange(['Priya Shah', 'Could I ask you to share the handover delay data by site with the urgent care team? Ideally by the end of the month.'], ['Sam Okoro', "Yes, I'll get that across."]);
    expect(found.map((f) => [f.owner, f.due?.date, f.text])).toEqual([['Sam Okoro', '2026-11-30', 'Share the handover delay data by site with the urgent care team']]);
  });

  it('gives nothing for "And I\'ll share the draft now so everyone can see it."', () => {
    expect(detect('Chair', "And I'll share the draft now so everyone can see it.")).toEqual([]);
  });
});

describe('detectActions: a job given by name, and words that are no task', () => {
  it('gives "Tom, I\'m going to give you the job of writing up the options" to Tom, with the date said next', () => {
    const found = exchange(['Priya Shah', "Sam, I'm going to give you the job of writing up the three supplier options as a short paper. End of January, please."], ['Sam Okoro', 'Fine.']);
    expect(found.map((f) => [f.owner, f.text, f.due?.date])).toEqual([['Sam Okoro', 'Write up the three supplier options as a short paper', '2027-01-31']]);
  });

  it.each([
    "I'm a GP trainer and I do some teaching sessions for the training hub, so I'll flag that now.",
    "From the Alliance side we don't mind which, we'd just need to know by the middle of the month so we can book the locums.",
  ])('none in: %s', (said) => {
    expect(detect('Dee Walters', said)).toEqual([]);
  });
});

describe('detectActions: things asked to be taken somewhere, and words that pass a task on', () => {
  it('reads "Amanda, can you get draft subcontracts to the practices by the end of February?" as a request, taken on', () => {
    const found = exchange(['Priya Shah', 'Sam, can you get draft subcontracts to the practices by the end of February?'], ['Sam Okoro', 'Yep, can do.']);
    expect(found.map((f) => [f.owner, f.due?.date])).toEqual([['Sam Okoro', '2027-02-28']]);
  });

  it.each([
    ["I'll make sure that's passed on, yeah. January's realistic."],
    ["I'll ask them, I'm sure that'll be fine."],
  ])('keeps a team asked as the owner when the one who answers passes it on: %s', (answer) => {
    const found = exchange(['Priya Shah', 'Could the medicines optimisation team look at the stoma prescribing variation and bring something back to the January meeting?'], ['Sam Okoro', answer]);
    expect(found.map((f) => f.owner)).toEqual(['the medicines optimisation team']);
  });

  it('dates "bring it to the January meeting? That\'s the twelfth." in January', () => {
    const found = exchange(['Priya Shah', "Sam, can you bring the stoma prescribing variation back to the January meeting? That's the twelfth."], ['Sam Okoro', 'Will do.']);
    expect(found.map((f) => [f.owner, f.due?.date, f.due?.text])).toEqual([['Sam Okoro', '2027-01-12', "to the January meeting: that's the twelfth"]]);
  });
});

describe('detectActions: asked to present, done on the spot, and remarks that are no task or decision', () => {
  it.each([
    [['Dr Joanna Whitlock', 'Number three is the terms of reference. Amir, can you take us through it? Briefly, if you can.'], ['Amir Haddad', 'Will do. Thanks Jo. So there are really four changes.']],
    [['Dr Joanna Whitlock', 'Fair point. Amir, can you tweak that?'], ['Amir Haddad', "Yep, I've just changed it now. It reads 'Healthwatch to comment on the wording'."]],
  ])('none in: %j then %j', (asked, answer) => {
    expect(exchange(asked as [string, string], answer as [string, string])).toEqual([]);
  });

  it.each([
    'Yeah, I\'d back that. Two seats, and the CD forum decides who.',
    "I'd be happy to put my name forward, but I'm not nominating myself in front of everyone, that's a bit much.",
    "And I'll just add, from the PCN end, we'd prefer option two, and not just because we wrote half of it, honest.",
    'We get a phone call the week before it launches, asking if we can find some volunteers.',
    "So what I'd say is, whatever we endorse today, let's make sure the evidence is there, because the bids for that money are competitive.",
  ])('none in: %s', (said) => {
    expect(detect('Dr Chidi Okafor', said)).toEqual([]);
  });
});

describe('detectActions: work given by agreement, wanted by a time, and offers turned down', () => {
  it('gives "And we agreed Julie will get the job advert out by the end of next week." to Julie, as well as the decision', () => {
    const found = detect('Chair', 'And we agreed Julie will get the job advert out by the end of next week.');
    expect(found.map((f) => [f.kind, f.owner, f.due?.date ?? null])).toEqual([['action', 'Julie', '2026-11-27'], ['decision', null, null]]);
  });

  it.each([
    ["I'll pick that up, I'll speak to the practices and see who can cover.", 'Dee Walters'],
    ['Oliver will redraft it by the twentieth.', 'Oliver'],
  ])('finds the task in: %s', (said, owner) => {
    expect(detect('Dee Walters', said).map((f) => [f.kind, f.owner])).toEqual([['action', owner]]);
  });

  it('gives "The committee would like a written response within ten working days. Sam, is that achievable?" to whoever takes it on', () => {
    const found = exchange(['Priya Shah', 'The committee would like a written response to the recommendations within ten working days. Sam, is that achievable?'], ['Sam Okoro', "Yes, I'll coordinate that and get it to your scrutiny officer."]);
    expect(found.map((f) => [f.owner, f.due?.date])).toEqual([['Sam Okoro', '2026-12-02']]);
  });

  it('drops an offer the meeting turns down: "Do you want me to do a short paper for January?" "I don\'t think we need it honestly."', () => {
    expect(exchange(['Sam Okoro', 'Do you want me to do a short paper on it for January?'], ['Priya Shah', "I don't think we need it honestly, the verbal's been enough. Thanks though."])).toEqual([]);
  });

  it.each([
    "Thank you Omar, really helpful. I'll let you go, I know you've got another meeting.",
    "So we're proposing that the committee approves the list cleansing incentive.",
  ])('none in: %s', (said) => {
    expect(detect('Priya Shah', said)).toEqual([]);
  });
});

describe('detectActions: a decision with a tag, a vote counted, a vote lost, things kept as they are, and re-running', () => {
  it.each([
    "So we've had the discussion, I'm not hearing anyone arguing for B, so... we're going with option A, the hub at Tanner Street, yeah?",
    "And I'm seeing, one, two, three... that's everyone, I think. So that's a yes.",
    "I don't think it's worth the upheaval for two weeks. Right, we'll keep it as it is then, no change over Christmas. Everyone okay?",
  ])('finds the decision in: %s', (said) => {
    expect(detect('Chair', said).map((f) => f.kind)).toEqual(['decision']);
  });

  it('still reads "I think we\'re going with Harwood for the phlebotomy contract, yes?" as a question', () => {
    expect(detect('Chair', "OK so between the two quotes, I think we're going with Harwood for the phlebotomy contract, yes?")).toEqual([]);
  });

  it('records no decision when the vote is lost: "…Abstentions, two. So that\'s not carried."', () => {
    expect(exchange(['Priya Shah', "So the motion is that we recommend practices stop accepting non-urgent hospital work from January. In favour? Four. Against? Seven. Abstentions, two. So that's not carried."], ['Sam Okoro', 'Fair enough. Worth a try.'])).toEqual([]);
  });

  it('finds "I\'ll re-run it tomorrow and let you know"', () => {
    expect(detect('Sam Okoro', "Ah that'll be the upload, I'll re-run it tomorrow and let you know.").map((f) => [f.kind, f.due?.date])).toEqual([['action', '2026-11-19']]);
  });
});

describe('detectActions: "have a word with" by a time, and a name asked after a clause about something else', () => {
  it('finds "I\'ll have a word with the practice managers and get back to you by close of play today"', () => {
    expect(detect('Sam Okoro', "I'll have a word with the practice managers, bab, and get back to you by close of play today.").map((f) => [f.kind, f.due?.date])).toEqual([['action', '2026-11-18']]);
  });

  it('gives "the audit findings need to go to the practices first, Sam, can we have the letters out Friday week" to Sam', () => {
    const found = exchange(['Priya Shah', 'the audit findings need to go to the practices with the worst rates first, Sam, can we have the letters out Friday week'], ['Sam Okoro', 'yeah should be fine']);
    expect(found.map((f) => [f.owner, f.due?.date])).toEqual([['Sam Okoro', '2026-11-27']]);
  });

  it('still gives "Baljinder, Liam, can you two pull together the winter review?" to both', () => {
    const found = detect('Chair', 'Baljinder, Liam, can you two pull together the winter review?');
    expect(found.map((f) => f.owner)).toEqual(['Baljinder, Liam']);
  });
});

describe('detectActions: running the meeting, news to come and offers on a condition are no tasks', () => {
  noActionIn([
    "Right, I'll do the roll call, as the camera isn't showing everyone.",
    "I'll do the apologies first: we've had them from the finance lead and two practice reps.",
    "I can't make the next one, I'm at the LMC, so I'll send my apologies.",
    "I'll, er, I'll catch up with the minutes.",
    'Rob from finance is running late, so we\'ll pick him up when he arrives.',
    "Sam, you've declared an interest, so I'll ask you to sit out the vote, if that's alright.",
    'Dee, can you count for me?',
    "I'll do the update on the flu sign-up, I've got the list of who's in.",
    "We'll find out in March, apparently, once the national letter lands.",
    "We can do that in the office, although we'd need the practice-level data from the ICB first.",
  ]);

  it('drops "happy to bring a paper … if the committee wants one" when nobody takes it up', () => {
    expect(exchange(['Sam Okoro', "I'm happy to bring a paper on the reserves policy if the committee wants one."], ['Priya Shah', "Let's see where the levy lands first. Next item."]).filter((f) => f.kind === 'action')).toEqual([]);
  });

  it('still finds "I\'ll bring the update on the flu sign-up to the next meeting"', () => {
    expect(detect('Sam Okoro', "I'll do the update on the flu sign-up for the next meeting.").map((f) => f.kind)).toEqual(['action']);
  });

  it('takes no decision from "it\'ll be deleted once the minutes are approved" or "we agreed it then"', () => {
    expect(detect('Chair', "I've started the recording for the minutes, and it'll be deleted once the minutes are approved.").filter((f) => f.kind === 'decision')).toEqual([]);
    expect(exchange(['Priya Shah', 'Did we ever agree the lease?'], ['Sam Okoro', 'We agreed it then and the lease was signed in October.']).filter((f) => f.kind === 'decision')).toEqual([]);
  });
});

describe('detectActions: a send-off is no request', () => {
  noActionIn(['Enjoy the rest of the train, Declan.', 'Safe travels, Priya.', 'Take care, Sam, and get well soon.']);
});

describe('detectActions: a deferral by month, a kindness and the chair\'s own moves are no tasks', () => {
  noActionIn([
    "Our estates lead isn't here and it's her paper, so I'm going to push it to February.",
    "We'll send Councillor Boase our best wishes.",
    "I'm going to use my casting vote against, so we stick with the status quo.",
    'Please keep your cameras on and use the raise hand function, and I\'ll flag you to the chair.',
    'Gemma, can you capture that?',
  ]);
});

describe('detectActions: more ways a chair records a decision', () => {
  it.each([
    'Okay. Decision for the log: the network won\'t sign up to the variation this year.',
    'So the motion passes: our position is that the new referral form should wait for a pilot.',
    'Fine, agreed, we\'ll submit the access plan as it stands.',
    "Four for, one against, that's a majority, so we go ahead with the shared phlebotomist.",
  ])('finds a decision in: %s', (said) => {
    expect(detect('Chair', said).map((f) => f.kind)).toContain('decision');
  });
});
