import { describe, expect, it } from 'vitest';
import { scorePrimaryCare, THEME_IDS, themeName } from '@/utils/core/lexicon';
import { LEXICON_THEMES } from '@/utils/core/lexicon-data';

const THEME_NAMES: Record<string, string> = {
  organisations_structures: 'Primary care organisations',
  contracts_funding: 'Contracts and funding',
  access_demand: 'Access and demand',
  workforce: 'Workforce',
  pharmacy_dental_optometry: 'Pharmacy, dental and optometry',
  integration_population_health: 'Integration and population health',
};

describe('lexicon data', () => {
  // Counted from shared/data/primary-care-lexicon.json (version 0.1-draft); hard-coded because CI has no shared folder.
  it('keeps every term of the source vocabulary', () => {
    expect(LEXICON_THEMES.map((t) => [t.id, t.terms.length])).toEqual([
      ['organisations_structures', 15],
      ['contracts_funding', 14],
      ['access_demand', 7],
      ['workforce', 2],
      ['pharmacy_dental_optometry', 5],
      ['integration_population_health', 5],
    ]);
    expect(LEXICON_THEMES.reduce((n, t) => n + t.terms.length, 0)).toBe(48);
  });

  it('gives every theme a sentence-case name', () => {
    expect(THEME_IDS).toEqual(Object.keys(THEME_NAMES));
    for (const id of THEME_IDS) {
      expect(themeName(id)).toBe(THEME_NAMES[id]);
      expect(themeName(id)).toMatch(/^[A-Z][^A-Z]*$/);
    }
    expect(themeName('no_such_theme')).toBe('no_such_theme');
  });

  it('compiles every pattern, and no pattern matches the empty string', () => {
    for (const theme of LEXICON_THEMES) {
      expect(theme.terms.length, theme.id).toBeGreaterThan(0);
      for (const t of theme.terms) {
        const regex = new RegExp(t.pattern, t.caseSensitive ? 'g' : 'gi');
        expect(regex.test(''), t.term).toBe(false);
      }
    }
  });

  it('has no duplicate term within a theme', () => {
    for (const theme of LEXICON_THEMES) expect(new Set(theme.terms.map((t) => t.term)).size, theme.id).toBe(theme.terms.length);
  });
});

describe('scorePrimaryCare', () => {
  it.each<[string, boolean, string | null]>([
    // Strong terms on their own.
    ['The PCN has agreed to host the new hub from April.', true, 'organisations_structures'],
    ['ARRS underspend this year is about four hundred thousand pounds.', true, 'contracts_funding'],
    ['QOF achievement dipped again in the east locality.', true, 'contracts_funding'],
    ['Pharmacy First consultations have doubled since January.', true, 'pharmacy_dental_optometry'],
    ['Enhanced access on Saturday mornings is still under-used.', true, 'access_demand'],
    ['We are proposing a LES for phlebotomy in the care homes.', true, 'contracts_funding'],
    ['The Network Contract DES specification changes in October.', true, 'contracts_funding'],
    ['Dental access in the coastal towns remains the biggest complaint.', true, 'pharmacy_dental_optometry'],
    ['Integrated neighbourhood teams go live in the autumn.', true, 'integration_population_health'],
    ['Care navigators now handle total triage at three surgeries.', true, 'access_demand'],
    ['Two GP practices in the north want to merge.', true, 'organisations_structures'],
    ['The LMC has written to the ICB about collective action.', true, 'organisations_structures'],
    // Two distinct medium terms.
    ['Frailty work and medicines optimisation are both behind plan.', true, 'integration_population_health'],
    ['Extended hours and the advice and guidance service both need review.', true, 'access_demand'],
    // ARRS roles are strong beside a PCN or practice term.
    ['Clinical pharmacists across the PCN are now fully recruited.', true, 'workforce'],
    ['The practice has taken on a first contact physiotherapist.', true, 'workforce'],
    // "CD" before "controlled drugs" is the drug; the PCN still counts.
    ['Our PCN CD controlled drugs audit is due next month.', true, 'organisations_structures'],
    // A single medium term is not enough.
    ['The surgery waiting list for hips keeps growing.', false, null],
    ['Frailty came up again at the last board.', false, null],
    ['Estates and facilities will report in March.', false, null],
    // Weak terms alone never count.
    ['Let us keep to best practice guidance on declarations of interest.', false, null],
    ['Good practice in the neighbourhood is worth sharing at place.', false, null],
    ['The trust follows best practice on its estates.', false, null],
    // "practice" before "standards" is not general practice.
    ['Practice standards for nursing are set nationally.', false, null],
    // CD as controlled drugs.
    ['The CD register must be signed by two members of staff.', false, null],
    ['Controlled drugs (CDs) were discussed under medicines safety.', false, null],
    // Case-sensitive acronyms in lower case.
    ['That flat is a real des res, apparently.', false, null],
    ['She went to see Les Mis at the weekend.', false, null],
    ['The pms figures in finance are not ready yet.', false, null],
    // Acronyms inside longer words or tokens.
    ['Leave the packs on the DESK by the door.', false, null],
    ['There is a PODCAST about it on the intranet.', false, null],
    ['The GPS tracker on the van is broken.', false, null],
    ['I have pushed qof.ts and qof_export to the branch.', false, null],
    // Everyday words spelt like acronyms.
    ['We missed the visual cues and the lift was out of order.', false, null],
    ['Send me the details in your DMs after the call.', false, null],
    // Nothing to do with primary care.
    ['The acute trust has cut its elective backlog by a tenth.', false, null],
  ])('%s → relevant %s, top theme %s', (text, relevant, topTheme) => {
    const result = scorePrimaryCare(text);
    expect(result.isRelevant).toBe(relevant);
    expect(result.themes[0] ?? null).toBe(topTheme);
    if (relevant) expect(result.score).toBeGreaterThanOrEqual(3);
    else expect(result.score).toBe(0);
  });

  it('counts distinct terms: strong 3, medium 2, weak 1 with a co-term', () => {
    expect(scorePrimaryCare('PCN, PCN and more PCN.').score).toBe(3);
    expect(scorePrimaryCare('PCN, PCN and more PCN.').matches).toHaveLength(3);
    expect(scorePrimaryCare('The GP and the PCN.').score).toBe(6);
    expect(scorePrimaryCare('Frailty and medicines optimisation.').score).toBe(4);
    // Frailty and vaccination are one term (population health programmes), so one medium.
    expect(scorePrimaryCare('Frailty and vaccinations.').isRelevant).toBe(false);
    expect(scorePrimaryCare('Each practice in the PCN.').score).toBe(4);
  });

  it('counts a mention once, under its longest term', () => {
    const result = scorePrimaryCare('General practice and salaried GPs.');
    expect(result.matches.map((m) => m.term)).toEqual(['general practice', 'practice manager / partners / salaried / locum']);
    expect(result.score).toBe(6);
  });

  it('keeps a strong term inside a weaker, longer one', () => {
    const result = scorePrimaryCare('The PCN clinical director will present.');
    expect(result.matches.map((m) => [m.term, m.weight])).toEqual([
      ['clinical director', 'medium'],
      ['PCN', 'strong'],
    ]);
    expect(result.score).toBe(5);
  });

  it('reads "PCN CD" as a clinical director unless controlled drugs follow', () => {
    expect(scorePrimaryCare('Our PCN CD will chair.').matches.map((m) => m.term)).toContain('clinical director');
    expect(scorePrimaryCare('Our PCN CD controlled drugs audit.').matches.map((m) => m.term)).not.toContain('clinical director');
  });

  it('counts "estates" alone as weak', () => {
    const result = scorePrimaryCare('Estates and frailty.');
    expect(result.isRelevant).toBe(false);
    expect(result.matches.map((m) => [m.text, m.weight])).toEqual([
      ['Estates', 'weak'],
      ['frailty', 'medium'],
    ]);
    expect(scorePrimaryCare('Premises and frailty.').isRelevant).toBe(true);
  });

  it('reports each match with its offset and text, in order', () => {
    const text = 'After the QOF item, the LMC raised enhanced access.';
    const { matches } = scorePrimaryCare(text);
    expect(matches.map((m) => m.text)).toEqual(['QOF', 'LMC', 'enhanced access']);
    for (const m of matches) expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
  });

  it('orders themes by contribution', () => {
    expect(scorePrimaryCare('The PCN discussed QOF, the IIF and the global sum.').themes).toEqual(['contracts_funding', 'organisations_structures']);
  });

  it('returns nothing for empty or unrelated text', () => {
    expect(scorePrimaryCare('')).toEqual({ isRelevant: false, score: 0, themes: [], matches: [] });
    expect(scorePrimaryCare('Thank you, chair.')).toEqual({ isRelevant: false, score: 0, themes: [], matches: [] });
  });

  it('is repeatable (no regex state carries over between calls)', () => {
    const text = 'The PCN and the ARRS budget.';
    expect(scorePrimaryCare(text)).toEqual(scorePrimaryCare(text));
  });

  // Speed is measured by tests/bench/summary.bench.ts (npm run bench:core), not asserted here.
  it('finds the relevant ones among 3,000 short utterances', () => {
    const words = 'we need to look at the next quarter budget board item update risk paper agree action minutes chair thank you'.split(' ');
    const utterances = Array.from({ length: 3000 }, (_, i) => {
      const line = Array.from({ length: 10 }, (_, j) => words[(i * 7 + j * 3) % words.length]);
      if (i % 10 === 0) line.splice(4, 0, 'PCN');
      if (i % 13 === 0) line.splice(2, 0, 'best practice');
      return line.join(' ');
    });
    expect(utterances.filter((u) => scorePrimaryCare(u).isRelevant).length).toBe(300);
  });
});
