import { parseDisplayName } from './display-name-parser';
import type { OrganisationIndex } from './org-directory';
import { classifyJobTitle, classifyOrganisationName, type SectorId } from './taxonomy';
import { normaliseSpaces } from './text';

/** What a participant said about themselves when introducing themselves. */
export interface IntroductionClaim {
  /** The display name the claim is about: the speaker, someone another person introduced, or a room device someone spoke through. */
  readonly speaker: string;
  /** The name said, when the display name is not the person's own (a room device, a phone, someone introduced by another). */
  readonly personName?: string | null;
  /** Said by the person themselves, or by someone else ("we've got Carla from Age UK with us"). */
  readonly saidBy?: 'self' | 'other';
  /** The organisation as said ("Townships 1 PCN", "the city council"), or null when only a job title was given. */
  readonly organisationText: string | null;
  /** The sector the organisation (or, failing that, the job title) points to. */
  readonly sector: SectorId | null;
  /** How the sector was worked out. */
  readonly basis: 'organisation' | 'directory' | 'job-title';
  readonly title: string | null;
  /** The sentence, for the user to check. */
  readonly quote: string;
  readonly atMs: number;
}

/** Introductions come early: a speaker's first few utterances, in the first half hour. */
const UTTERANCES_PER_SPEAKER = 3;
const INTRODUCTION_WINDOW_MS = 30 * 60_000;

/** Phrases that say "this is who I am" even without the speaker's name. */
const INTRODUCTION_CUE = /\b(my name is|i'?m (the|a|an) [\w -]{2,60}? (at|of|for|from|with|in)|i work (for|at|with)|representing|on behalf of|speaking for|here (from|for|representing)|joining (from|for))\b/i;

/** After one of these words comes an organisation, if anywhere. */
const ORGANISATION_LEAD = /\b(?:at|of|for|from|with|representing|on behalf of)\s+/gi;

/** How people name an organisation in speech without its proper name: "the city council", "the ICB". */
const SPOKEN_ORGANISATION = /^the\s+((?:city|county|borough|district|local)\s+council|council|icb|integrated care board|trust|hospital|lmc|lpc|local medical committee|pcn|practice|surgery|gp federation|federation|healthwatch|hospice|ambulance service)\b/i;

const CONNECTORS = new Set(['of', 'and', '&', 'for', 'the', 'on', 'upon', 'in']);
const TITLES = new Set(['dr', 'doctor', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'cllr', 'councillor']);

function nameTokens(speaker: string): string[] {
  return parseDisplayName(speaker)
    .personName.split(/\s+/)
    .map((t) => t.replace(/[^\p{L}'’-]/gu, ''))
    .filter((t) => t.length >= 3 && !TITLES.has(t.toLowerCase()));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The run of capitalised words (with "of", "and" and the like inside) that starts `text`. */
function capitalisedRun(text: string): string | null {
  const words = text.split(/\s+/);
  const run: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/[,.;:!?)]+$/, '');
    const isCapitalised = /^[\p{Lu}\p{N}]/u.test(word);
    if (!isCapitalised && !(run.length && CONNECTORS.has(word.toLowerCase())) && !(run.length === 0 && word.toLowerCase() === 'the')) break;
    run.push(word);
    if (word !== raw) break;
  }
  while (run.length && CONNECTORS.has(run[run.length - 1]!.toLowerCase())) run.pop();
  const phrase = run.join(' ').replace(/['’]s$/, '');
  return /\p{Lu}/u.test(phrase) ? phrase : null;
}

interface Candidate {
  readonly text: string;
  readonly sector: SectorId | null;
  readonly basis: IntroductionClaim['basis'];
  /** 3: a directory name; 2: a name the taxonomy recognises; 1: the start of one directory name ("Birchfield"). */
  readonly strength: number;
}

function classifyCandidate(text: string, directory: OrganisationIndex | null): Candidate | null {
  const exact = directory?.findByName(text);
  if (exact) return { text: exact.name, sector: exact.sector, basis: 'directory', strength: 3 };
  const byName = classifyOrganisationName(text);
  if (byName) return { text, sector: byName.sector, basis: 'organisation', strength: 2 };
  // Weakest: "Sheffield" would start many names; only a single match counts.
  const byPrefix = directory?.findUniqueByPrefix(text);
  if (byPrefix) return { text: byPrefix.name, sector: byPrefix.sector, basis: 'directory', strength: 1 };
  return null;
}

/** Organisations named in a sentence, in order. */
function organisationsIn(sentence: string, ownName: RegExp | null, directory: OrganisationIndex | null): Candidate[] {
  const found: Candidate[] = [];
  const starts: number[] = [];
  for (const match of sentence.matchAll(ORGANISATION_LEAD)) starts.push(match.index! + match[0].length);
  // "Gemma Lowe, Healthwatch Sheffield": an organisation right after the speaker's own name.
  if (ownName) {
    const named = ownName.exec(sentence);
    if (named) {
      const after = sentence.slice(named.index + named[0].length);
      const comma = /^\s*,\s*/.exec(after);
      if (comma) starts.push(named.index + named[0].length + comma[0].length);
    }
  }
  for (const start of starts.sort((a, b) => a - b)) {
    const rest = sentence.slice(start);
    const run = capitalisedRun(rest);
    const named = run ? classifyCandidate(run, directory) : null;
    if (named) {
      found.push(named);
      continue;
    }
    const spoken = SPOKEN_ORGANISATION.exec(rest);
    if (spoken) {
      const candidate = classifyCandidate(spoken[0], directory);
      if (candidate) found.push(candidate);
      continue;
    }
    if (!run || /^the\b/i.test(run)) continue;
    // "Primary Care Sheffield, the GP federation": a name explained by what follows.
    const explained = SPOKEN_ORGANISATION.exec(rest.slice(rest.indexOf(run) + run.length).replace(/^\s*,\s*/, ''));
    const explanation = explained ? classifyCandidate(explained[0], directory) : null;
    found.push({ text: run, sector: explanation?.sector ?? null, basis: 'organisation', strength: explanation ? 2 : 0 });
  }
  return found;
}

/**
 * Finds participants' self-introductions in the captions ("Morning all, Tom
 * Richards, clinical director of Townships 1 PCN"; "Sue from the city
 * council"; "Gemma Lowe, Healthwatch Sheffield").
 *
 * Precision matters more than recall: only a speaker's first few utterances
 * early in the meeting are read, and only sentences where they name
 * themselves or use an introduction phrase. An organisation must be one the
 * directory knows or the taxonomy recognises; otherwise only a job title is
 * kept, and only when it points to a sector.
 */
export function findIntroductions(
  utterances: readonly { readonly speaker: string; readonly text: string; readonly startMs: number; readonly isSpeakerUnknown?: boolean }[],
  meetingStartMs: number,
  directory: OrganisationIndex | null = null,
): Map<string, IntroductionClaim> {
  const claims = new Map<string, IntroductionClaim>();
  // A job title alone is kept only if no organisation turns up in the speaker's next utterances.
  const titleOnly = new Map<string, IntroductionClaim>();
  const seen = new Map<string, number>();
  for (const utterance of [...utterances].sort((a, b) => a.startMs - b.startMs)) {
    if (utterance.isSpeakerUnknown || claims.has(utterance.speaker)) continue;
    if (utterance.startMs - meetingStartMs > INTRODUCTION_WINDOW_MS) break;
    const count = (seen.get(utterance.speaker) ?? 0) + 1;
    seen.set(utterance.speaker, count);
    if (count > UTTERANCES_PER_SPEAKER) continue;
    const tokens = nameTokens(utterance.speaker);
    const ownName = tokens.length ? new RegExp(`\\b(?:${tokens.map(escapeRegExp).join('|')})(?:\\s+(?:${tokens.map(escapeRegExp).join('|')}))*\\b`, 'i') : null;
    for (const sentence of normaliseSpaces(utterance.text).split(/(?<=[.!?;])\s+/)) {
      const isIntroduction = (ownName?.test(sentence) ?? false) || INTRODUCTION_CUE.test(sentence);
      if (!isIntroduction) continue;
      const organisations = organisationsIn(sentence, ownName, directory);
      const titleHint = classifyJobTitle(sentence);
      const best = organisations.filter((o) => o.sector).sort((a, b) => b.strength - a.strength)[0] ?? null;
      const unclassified = organisations.find((o) => !o.sector) ?? null;
      const quote = sentence.length > 200 ? `${sentence.slice(0, 197)}…` : sentence;
      if (best) {
        claims.set(utterance.speaker, {
          speaker: utterance.speaker,
          organisationText: best.text,
          sector: best.sector,
          basis: best.basis,
          title: titleHint?.matched ?? null,
          quote,
          atMs: utterance.startMs,
        });
        break;
      }
      if (titleHint && !titleOnly.has(utterance.speaker)) {
        titleOnly.set(utterance.speaker, {
          speaker: utterance.speaker,
          organisationText: unclassified?.text ?? null,
          sector: titleHint.sector,
          basis: 'job-title',
          title: titleHint.matched,
          quote,
          atMs: utterance.startMs,
        });
      }
    }
  }
  for (const [speaker, claim] of titleOnly) if (!claims.has(speaker)) claims.set(speaker, claim);
  return claims;
}
