import { describe, expect, it } from 'vitest';
import { describeFigures, evaluateUnderstanding, precisionOf, recallOf } from './evaluate';
import { loadCorpus } from './load';

/**
 * What the extension understands, measured on the annotated corpus
 * (tests/corpus/README.md). The development part is what detection is tuned
 * on; the test part is only ever measured. `npm run eval:understanding`
 * prints the test part's figures (`-- --part dev` for the development part,
 * with every mistake listed).
 *
 * The floors below guard against regressions: each is set a little under
 * the figure measured when it was last raised, never from a goal.
 */
const FLOORS = {
  // The development part's floors were reset on 6 December after the sets added that day (dev15-people: 20 of 89 on
  // arrival; dev15-work and agenda-dev-13, weighted to decoys; dev16-mixed; meetings dev10 and dev11) and the tuning on
  // them; the test part's were raised to what it measures after that day's work.
  // The development part's share floor is 4 points: its urgent care board (meeting-dev7) measures 3.7 points off, as
  // its GP federation is known only by a company name and never says what it is. The test part's stays at 1 point.
  // On the morning of 7 December a promise was made to need something to deliver or a time: action precision rose
  // on both parts (development 0.92 to 0.93, test 0.83 to 0.86), and both floors with it.
  // The development part's agenda recall and title floors went from 0.87 to 0.86 and 0.89 to 0.88 when agenda-dev-22
  // arrived (35 excerpts of chairs who rarely say a number: recall 0.56, titles 33 of 43 on arrival), which took the
  // part's recall from 0.88 to 0.868 and its titles from 0.89 to 0.889.
  // On the evening of 7 December the sixth round took the development part's action precision to 0.94 and owners to
  // 0.91, and the test part's owners from 74 to 75 of 83 (0.89 to 0.90): the floors follow.
  // On 8 December ten fresh blind development sets arrived (meetings dev32 to dev35, agenda-dev-29 and -30, snippets
  // dev43 to dev46): the part's action precision went from 0.934 to 0.927 and its agenda titles from 0.883 to 0.879
  // with them, after that round's tuning; the two floors follow.
  dev: { sector: 0.77, organisation: 0.72, actionPrecision: 0.92, actionRecall: 0.86, decisionPrecision: 0.94, decisionRecall: 0.93, owners: 0.9, dueDates: 0.91, shareErrorRatio: 0.04, agendaPrecision: 0.94, agendaRecall: 0.86, agendaNumbers: 0.97, agendaTitles: 0.87, agendaMentions: 0.96 },
  // On the afternoon of 7 December a start said as "X, you're up next with the Y", "back to Z" or "I'll take W before V"
  // raised agenda recall on the test part (93 to 94 found, 0.85 to 0.86) and precision (0.89 to 0.90); the number of
  // the start it added was not found, so numbers right went from 88 of 93 to 88 of 94 (0.94 to 0.936), and its floor to 0.93.
  // The eighth round (evening of 7 December) took the test part's agenda precision from 0.90 to 0.92 (8 false starts,
  // not 11) and its mentions not taken for starts from 21 to 23 of 26 (0.81 to 0.88): those floors follow.
  test: { sector: 0.83, organisation: 0.68, actionPrecision: 0.85, actionRecall: 0.86, decisionPrecision: 0.96, decisionRecall: 0.85, owners: 0.9, dueDates: 0.9, shareErrorRatio: 0.01, agendaPrecision: 0.9, agendaRecall: 0.84, agendaNumbers: 0.93, agendaTitles: 0.84, agendaMentions: 0.85 },
} as const;

/**
 * Whole development meetings whose share is known to miss by more than the floor, each for a reason that no
 * rule can read from the meeting, kept here so the gap stays visible and no worse:
 * - meeting-dev19-lmc-teams (added 7 December, 34.6 points off on arrival, 24.5 after that day's work): the user
 *   running the extension is the LMC's medical secretary and never says who she is (19 % of the talk), and one of
 *   the two LMC staff on the office's room device never says where from.
 * - meeting-dev32-pcn-board-meet (added 8 December, 6.7 points off on arrival and still): a practice manager who talks a
 *   lot says only "Mel Rowe, Hemyock and Culmstock", a practice named by its place alone, which neither the directory
 *   nor anything else in the meeting names; a place said alone is not enough to call it a practice.
 */
const SHARE_GAPS: Readonly<Record<string, number>> = { 'meeting-dev19-lmc-teams.json': 0.25, 'meeting-dev32-pcn-board-meet.json': 0.07 };

const REPORT_PART = process.env.EVAL_PART === 'dev' ? 'dev' : process.env.EVAL_PART === 'test' ? 'test' : null;

describe.each(['dev', 'test'] as const)('understanding on the %s part of the corpus', (part) => {
  const corpus = loadCorpus(part);
  const figures = evaluateUnderstanding(corpus);
  if (REPORT_PART === part) {
    console.log(describeFigures(part, figures, { snippets: corpus.snippets.length, meetings: corpus.meetings.length, agendaExcerpts: corpus.agendaExcerpts.length }).join('\n'));
    if (part === 'dev') console.log(['  mistakes:', ...figures.mistakes.map((m) => `    ${m}`)].join('\n'));
  }

  const floor = FLOORS[part];

  it('places participants in their sector and organisation', () => {
    expect(figures.sector.right / figures.sector.checked).toBeGreaterThanOrEqual(floor.sector);
    expect(figures.organisation.right / figures.organisation.checked).toBeGreaterThanOrEqual(floor.organisation);
  });

  it('finds actions and decisions, with their owners and due dates', () => {
    expect(precisionOf(figures.actions)).toBeGreaterThanOrEqual(floor.actionPrecision);
    expect(recallOf(figures.actions)).toBeGreaterThanOrEqual(floor.actionRecall);
    expect(precisionOf(figures.decisions)).toBeGreaterThanOrEqual(floor.decisionPrecision);
    expect(recallOf(figures.decisions)).toBeGreaterThanOrEqual(floor.decisionRecall);
    expect(figures.owners.right / figures.owners.checked).toBeGreaterThanOrEqual(floor.owners);
    expect(figures.dueDates.right / figures.dueDates.checked).toBeGreaterThanOrEqual(floor.dueDates);
  });

  it('finds where the chair started each agenda item, with its number and title', () => {
    expect(precisionOf(figures.agendaItems)).toBeGreaterThanOrEqual(floor.agendaPrecision);
    expect(recallOf(figures.agendaItems)).toBeGreaterThanOrEqual(floor.agendaRecall);
    expect(figures.agendaNumbers.right / figures.agendaNumbers.checked).toBeGreaterThanOrEqual(floor.agendaNumbers);
    expect(figures.agendaTitles.right / figures.agendaTitles.checked).toBeGreaterThanOrEqual(floor.agendaTitles);
    expect(figures.agendaMentions.right / figures.agendaMentions.checked).toBeGreaterThanOrEqual(floor.agendaMentions);
  });

  it('puts primary care’s share of the talk within the allowed error of the truth', () => {
    for (const share of figures.primaryCareShare) expect(Math.abs(share.measured - share.truth), share.file).toBeLessThanOrEqual(part === 'dev' ? (SHARE_GAPS[share.file] ?? floor.shareErrorRatio) : floor.shareErrorRatio);
  });
});
