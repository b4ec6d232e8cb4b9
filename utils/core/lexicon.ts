/**
 * Is this utterance (or agenda item) about primary care? Scores text against the
 * primary care vocabulary in lexicon-data.ts using the rules of docs/domain.md
 * section 6: relevant with one strong term or two distinct medium terms; weak
 * terms count only beside a strong or medium term.
 *
 * Built to run over every caption of a meeting, so the patterns are compiled
 * once and text with no candidate at all is turned away by a single pre-check.
 */

import { LEXICON_THEMES, type TermWeight } from './lexicon-data';

export interface LexiconMatch {
  readonly themeId: string;
  readonly term: string;
  /** The weight the match counted with, after the context rules (see below). */
  readonly weight: 'strong' | 'medium' | 'weak';
  /** Offset of the match in the scored text. */
  readonly index: number;
  readonly text: string;
}

export interface PrimaryCareScore {
  readonly isRelevant: boolean;
  /** 0 when not relevant; otherwise strong*3 + medium*2 + weak (weak only with a co-term), counting distinct terms. */
  readonly score: number;
  /** Theme ids ordered by their contribution, highest first. */
  readonly themes: readonly string[];
  readonly matches: readonly LexiconMatch[];
}

const WEIGHT_POINTS: Record<TermWeight, number> = { strong: 3, medium: 2, weak: 1 };

interface CompiledTerm {
  readonly themeId: string;
  readonly term: string;
  readonly weight: TermWeight;
  readonly regex: RegExp;
}

const COMPILED: readonly CompiledTerm[] = LEXICON_THEMES.flatMap((theme) =>
  theme.terms.map((t) => ({
    themeId: theme.id,
    term: t.term,
    weight: t.weight,
    regex: new RegExp(t.pattern, t.caseSensitive ? 'g' : 'gi'),
  })),
);

/**
 * Every pattern in one case-insensitive alternation. Ignoring case only widens
 * the case-sensitive patterns, so a miss here means no term can match.
 */
const PRE_CHECK = new RegExp(LEXICON_THEMES.flatMap((theme) => theme.terms.map((t) => `(?:${t.pattern})`)).join('|'), 'i');

export const THEME_IDS: readonly string[] = LEXICON_THEMES.map((theme) => theme.id);

const THEME_NAMES = new Map(LEXICON_THEMES.map((theme) => [theme.id, theme.name]));

/** The human name of a theme; an unknown id is returned as it is. */
export function themeName(themeId: string): string {
  return THEME_NAMES.get(themeId) ?? themeId;
}

// `\b` knows only ASCII word characters, so "désk" or "naïve" could still split a token.
const TOKEN_CHAR = /[\p{L}\p{N}_]/u;
// A dot or @ between word characters joins a longer token: "qof.ts", "pcn@nhs.net".
const TOKEN_JOINER = /[.@]/;

/** True when the match is only part of a longer token, e.g. inside a file name or address. */
function insideLongerToken(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && TOKEN_CHAR.test(before)) return true;
  if (after !== undefined && TOKEN_CHAR.test(after)) return true;
  const beforeJoined = before !== undefined && TOKEN_JOINER.test(before) && TOKEN_CHAR.test(text[start - 2] ?? '');
  const afterJoined = after !== undefined && TOKEN_JOINER.test(after) && TOKEN_CHAR.test(text[end + 1] ?? '');
  return beforeJoined || afterJoined;
}

// Acronyms in case-insensitive patterns that are also everyday words: they count only in capitals
// ("visual cues", "the lift", "check your DMs" are not optometry, estates or pharmacy).
const CAPITALS_ONLY = new Set(['cues', 'lift', 'dms']);

// "CD" just before "controlled drug(s)" is the drug, not a clinical director (domain.md 6.7).
const CD_AT_END = /\bCDs?$/i;
const CONTROLLED_DRUG_NEXT = /^\s*[(,:–-]?\s*controlled drugs?\b/i;

// "practice" in "best practice", "good practice" or before guidance, standards or best says nothing about GPs.
const PRACTICE_AFTER = /\b(best|good)[\s-]+$/i;
const PRACTICE_BEFORE = /^\s+(guidance|standards?|framework|best)\b/i;

// "Estates" alone is weak: trusts and councils have estates too (domain.md 6.2).
const ESTATES_ALONE = /^estates?$/i;

// ARRS roles are strong beside a PCN or practice term, otherwise medium (domain.md 6.4).
const WORKFORCE_THEME = 'workforce';
const PCN_OR_PRACTICE = new Set(['PCN', 'general practice', 'practice']);

const LOOK_BEHIND = 20;
const LOOK_AHEAD = 30;

/** The weight this match counts with in its context, or null when it should not count at all. */
function contextWeight(term: CompiledTerm, text: string, start: number, end: number): TermWeight | null {
  const found = text.slice(start, end);
  if (CAPITALS_ONLY.has(found.toLowerCase()) && found !== found.toUpperCase()) return null;
  if (term.term === 'clinical director' && CD_AT_END.test(found) && CONTROLLED_DRUG_NEXT.test(text.slice(end, end + LOOK_AHEAD))) return null;
  if (term.term === 'practice') {
    if (PRACTICE_AFTER.test(text.slice(Math.max(0, start - LOOK_BEHIND), start))) return null;
    if (PRACTICE_BEFORE.test(text.slice(end, end + LOOK_AHEAD))) return null;
  }
  if (term.term === 'estates/premises' && ESTATES_ALONE.test(found)) return 'weak';
  return term.weight;
}

interface Candidate {
  readonly term: CompiledTerm;
  weight: TermWeight;
  readonly start: number;
  readonly end: number;
}

function findCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const term of COMPILED) {
    const { regex } = term;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // Guard against a pattern that can match nothing looping for ever.
      if (end === start) {
        regex.lastIndex += 1;
        continue;
      }
      if (insideLongerToken(text, start, end)) continue;
      const weight = contextWeight(term, text, start, end);
      if (weight !== null) candidates.push({ term, weight, start, end });
    }
  }
  return candidates;
}

/**
 * One mention, one term: drops a match lying inside a longer match of another term that
 * weighs at least as much ("practice" in "general practice", "GP" in "salaried GPs"),
 * while "PCN" inside the medium "PCN clinical director" still counts as strong.
 */
function dropContained(candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter(
    (c) =>
      !candidates.some(
        (other) =>
          other !== c &&
          other.term !== c.term &&
          other.start <= c.start &&
          other.end >= c.end &&
          other.end - other.start > c.end - c.start &&
          WEIGHT_POINTS[other.weight] >= WEIGHT_POINTS[c.weight],
      ),
  );
}

const NOT_RELEVANT_EMPTY: PrimaryCareScore = Object.freeze({ isRelevant: false, score: 0, themes: Object.freeze([]), matches: Object.freeze([]) });

export function scorePrimaryCare(text: string): PrimaryCareScore {
  if (text.length === 0 || !PRE_CHECK.test(text)) return NOT_RELEVANT_EMPTY;

  const candidates = dropContained(findCandidates(text));
  if (candidates.length === 0) return NOT_RELEVANT_EMPTY;

  if (candidates.some((c) => PCN_OR_PRACTICE.has(c.term.term) && c.term.themeId === 'organisations_structures')) {
    for (const c of candidates) if (c.term.themeId === WORKFORCE_THEME && c.weight === 'medium') c.weight = 'strong';
  }

  candidates.sort((a, b) => a.start - b.start || b.end - a.end);

  // Distinct terms, each at the highest weight it reached.
  const best = new Map<CompiledTerm, Candidate>();
  for (const c of candidates) {
    const seen = best.get(c.term);
    if (seen === undefined || WEIGHT_POINTS[c.weight] > WEIGHT_POINTS[seen.weight]) best.set(c.term, c);
  }
  let strong = 0;
  let medium = 0;
  for (const c of best.values()) {
    if (c.weight === 'strong') strong += 1;
    else if (c.weight === 'medium') medium += 1;
  }

  const matches: LexiconMatch[] = candidates.map((c) => ({
    themeId: c.term.themeId,
    term: c.term.term,
    weight: c.weight,
    index: c.start,
    text: text.slice(c.start, c.end),
  }));

  const isRelevant = strong >= 1 || medium >= 2;
  if (!isRelevant) return { isRelevant, score: 0, themes: [], matches };

  // Relevant implies a strong or medium term, so every weak term has its co-term here.
  let score = 0;
  const byTheme = new Map<string, { points: number; first: number }>();
  for (const c of best.values()) {
    const points = WEIGHT_POINTS[c.weight];
    score += points;
    const theme = byTheme.get(c.term.themeId);
    if (theme === undefined) byTheme.set(c.term.themeId, { points, first: c.start });
    else byTheme.set(c.term.themeId, { points: theme.points + points, first: Math.min(theme.first, c.start) });
  }
  // Ties go to the theme mentioned first.
  const themes = [...byTheme.entries()].sort((a, b) => b[1].points - a[1].points || a[1].first - b[1].first).map(([id]) => id);

  return { isRelevant, score, themes, matches };
}
