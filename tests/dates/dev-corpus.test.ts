import { describe, expect, it } from 'vitest';
import { createDateReader } from '@/utils/dates/due-date';
import { describeTally, loadDevDueCases, scoreDueCases } from './dev-cases';

/**
 * The due-date reader on the development part of the understanding corpus,
 * sentence by sentence (tests/dates/dev-cases.ts). The floors guard against
 * regressions: each is set a little under the figure measured when it was
 * last raised, never from a goal. `DUE_MISTAKES=1` lists every miss.
 */
const FLOORS = { all: 0.45, dated: 0.3, undated: 0.95, past: 0 } as const;

describe('due dates on the development corpus, sentence by sentence', () => {
  const reader = createDateReader();
  const cases = loadDevDueCases(reader);
  const figures = scoreDueCases(cases, reader.parseDue);
  console.log(
    [
      `dev due dates: ${describeTally(figures.all)}; dated ${describeTally(figures.byKind.dated)}, undated ${describeTally(figures.byKind.undated)}, already past ${describeTally(figures.byKind.past)}; words ${describeTally(figures.words)}`,
      ...(process.env.DUE_MISTAKES ? figures.mistakes.map((m) => `  ${m}`) : []),
    ].join('\n'),
  );

  it('reads at least the floor of due dates right', () => {
    expect(figures.all.right / figures.all.checked).toBeGreaterThanOrEqual(FLOORS.all);
    expect(figures.byKind.dated.right / figures.byKind.dated.checked).toBeGreaterThanOrEqual(FLOORS.dated);
    expect(figures.byKind.undated.right / figures.byKind.undated.checked).toBeGreaterThanOrEqual(FLOORS.undated);
    expect(figures.byKind.past.right / figures.byKind.past.checked).toBeGreaterThanOrEqual(FLOORS.past);
  });
});
