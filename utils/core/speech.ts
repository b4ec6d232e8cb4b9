import type { SentenceTagger, TaggedWord } from './language';
import { normaliseSpaces } from './text';

/** A word or two said twice over: "I'll, I'll send it", "could you um could you". */
const STUTTER = /\b(\w+(?:'\w+)?(?: \w+)?)(?:,?\s+\1\b)+/gi;

/** Contractions a caption may write without the apostrophe, where the bare word is not also an ordinary word. */
const CONTRACTION_WITHOUT_APOSTROPHE = /\b(?:thats|whats|theres|heres|ive|youre|theyre|theyll|youll|weve|youve|theyve|dont|doesnt|didnt|cant|wont|isnt|arent|wasnt|werent|wouldnt|couldnt|shouldnt|hasnt|havent|im)\b/gi;

/**
 * "ill" for "I'll" in captions without apostrophes ("no not yet ill email the
 * care homes today"): only opening a clause and before a verb of doing, so
 * "the frail and ill get seen first" keeps its "ill".
 */
const ILL_FOR_I_WILL =
  /(?<=^|[,.;:]\s*|\b(?:and|so|yeah|yes|yep|ok|okay|then|but|no|yet|now|well|right|sure|fine)\s+)(?<!\b(?:frail|elderly|sick|vulnerable|old|mentally|seriously|chronically|terminally|critically) and )ill (?=(?:get|send|email|e-mail|ring|call|phone|check|chase|do|make|pick|put|write|sort|look|follow|take|let|share|circulate|update|draft|speak|talk|find|contact|book|arrange|forward|bring|give|try|ask|confirm|raise|flag|add|set|have a)\b)/gi;

const ILL_WORD = /\bill /i;

/**
 * Caption text as the understanding reads it: straight apostrophes, no "um"
 * or "erm", stutters said once ("I'll, I'll send it" → "I'll send it").
 */
export function cleanSpeech(text: string): string {
  const fluent = normaliseSpaces(text)
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\b(?:um+|uh+|erm+|er|ah)\b[,.]?\s*/gi, '')
    // Captions that drop the apostrophe: "thats approved", "ive sent it", "were agreed".
    .replace(CONTRACTION_WITHOUT_APOSTROPHE, (word: string) => `${word.slice(0, -1 - (/(?:ll|ve|re)$/i.test(word) ? 1 : 0))}'${word.slice(-1 - (/(?:ll|ve|re)$/i.test(word) ? 1 : 0))}`);
  const unstuttered = mayStutter(fluent) ? fluent.replace(STUTTER, '$1') : fluent;
  // The look-behind makes the pattern costly: most sentences hold no "ill" to read.
  return (ILL_WORD.test(unstuttered) ? unstuttered.replace(ILL_FOR_I_WILL, "I'll ") : unstuttered)
    .replace(/\s+([,.;:?!])/g, '$1')
    .replace(/^[,.;:\s]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * Whether a word comes again within the next three (the only way a stutter
 * can be there: "I'll, I'll" is i, ll, i, ll), so that the costly pattern
 * runs only on the few sentences that may hold one.
 */
function mayStutter(text: string): boolean {
  const words = text.toLowerCase().match(/\w+/g);
  if (!words) return false;
  for (let i = 0; i < words.length - 1; i += 1) {
    if (words[i] === words[i + 1] || words[i] === words[i + 2] || words[i] === words[i + 3]) return true;
  }
  return false;
}

/** The sentences of an utterance, as said. */
export function sentencesOf(text: string): string[] {
  // A capital after the stop, or, as captions sometimes write speech in lower case, any word after a
  // question or exclamation mark, or after a full stop that ends no abbreviation ("Dr.", "e.g.").
  return normaliseSpaces(text)
    .split(/(?<=[.!?])\s+(?=["“'‘]?[A-Z0-9])|(?<=[!?])\s+(?=[a-z])|(?<=(?<!\b(?:[Dd]r|[Mm]r|[Mm]rs|[Mm]s|[Ss]t|[Nn]o|vs|etc|approx|e\.g|i\.e|[Cc]llr|[Pp]rof))\.)\s+(?=[a-z])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A tagged word with where it starts and ends in the sentence it came from. */
export interface PlacedWord extends TaggedWord {
  readonly start: number;
  readonly end: number;
}

/**
 * Tags a sentence and places each word in it, so a pattern's match (a
 * character offset) can be checked against the words' parts of speech.
 */
export function placeWords(sentence: string, tag: SentenceTagger): PlacedWord[] {
  const words = tag(sentence);
  const placed: PlacedWord[] = [];
  let from = 0;
  const lower = sentence.toLowerCase();
  for (const word of words) {
    const at = lower.indexOf(word.text.toLowerCase(), from);
    const start = at >= 0 ? at : from;
    const end = at >= 0 ? at + word.text.length : from;
    placed.push({ text: word.text, lemma: word.lemma, pos: word.pos, isNegated: word.isNegated, start, end });
    from = end;
  }
  return placed;
}

/** The first word that starts at or after `offset` (skipping spaces and punctuation), if any. */
export function wordAt(words: readonly PlacedWord[], offset: number): PlacedWord | undefined {
  return words.find((w) => w.start >= offset && w.pos !== 'PUNCT' && w.pos !== 'SPACE');
}
