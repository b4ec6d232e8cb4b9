/**
 * Where agenda items start, from what the chair says: "item four", "agenda
 * item 4", "moving on to item seven, the winter access scheme", "next on the
 * agenda is…", "we'll take the finance paper next", "any other business".
 *
 * A mention of an item is not a start: "I should declare for item four", "as
 * we said under item two", "we'll come back to item five". A number is a start
 * only when nothing but a lead-in ("so", "right", "moving on to", "back to")
 * comes before it in its sentence; that whitelist is what keeps mentions out.
 * Starts are taken from one voice, the chair's: the person who makes most of
 * them.
 *
 * Pure, without a language model, so it runs on every redraw of the side panel.
 * Tuned on the development meetings of tests/corpus; measured on the held-out ones.
 */

/** An utterance as detection reads it (a stored utterance satisfies this). */
export interface AgendaUtterance {
  readonly id: string;
  readonly speaker: string;
  readonly text: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly isSpeakerUnknown?: boolean;
}

/** A point where the chair started an agenda item. */
export interface SaidItemStart {
  /** Stable while the words are unchanged: `said:<utterance id>:<character offset>`. */
  readonly key: string;
  /** The item's number as announced ("item four" is 4), or null. */
  readonly number: number | null;
  /** The item's title from the sentence that starts it ("Winter access scheme"), or null. */
  readonly title: string | null;
  /** When the sentence that starts it was said (within a turn, in proportion to its place in the words). */
  readonly atMs: number;
  readonly utteranceId: string;
  readonly speaker: string;
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const NUMBER = `(?:\\d{1,2}(?:\\.\\d)?[a-z]?|${NUMBER_WORDS.join('|')})`;
const ITEM_REFERENCE = new RegExp(`\\b(?:agenda\\s+)?items?\\s+(?:number\\s+|no\\.?\\s+)?(${NUMBER})\\b`, 'gi');

/** Openers a chair puts before anything ("Right, okay, so, item four"). */
const LEAD_IN = /^(?:(?:so|okay|ok|right|now|then|good|great|lovely|well|and|fine|brilliant|excellent|perfect|super|finally|lastly|thank you(?: (?:all|everyone|both|very much))?|thanks(?: (?:all|everyone|both))?|all right|alright|okay then|right then|ha|um|er)\b[,.!]?\s*)+/i;

/** What may come before "item N" in a sentence that starts it (after the lead-in). */
const START_PREFIX = new RegExp(
  [
    '',
    // "moving on to", "can we move to", "let's go back to", "if we can turn to", "on to", "now to"
    "(?:(?:if |so )?(?:we can |can we |shall we |let's |let us |we'll |we will |I'd like to |I'll |we're going to |we now |we need to )?(?:move|moving|go|going|turn|turning|come|coming|get|getting|skip|skipping|jump|jumping|press|pressing)(?: on| straight| back| now| over| ahead)*|on|onward|onwards|back|straight|now) (?:on )?to",
    // "that brings us to", "which takes us on to"
    '(?:(?:that|which|this) )?(?:brings|takes|moves) us(?: on)? to',
    // "let's do item six", "we'll have item six now"
    "(?:let's|let us|we'll|we will|we can) (?:do|have|take|look at|deal with|start with|begin with)",
    // "next is item five", "next up is"
    '(?:the )?next (?:one |up )?is',
    // "we're on item five now"
    "(?:we're|we are) (?:now )?(?:on|at)",
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'i',
);
const START_PREFIX_WHOLE = new RegExp(`^(?:${START_PREFIX.source})$`, 'i');
/** "I'm going to bring item five forward": a start when the number is followed by forward/up. */
const BRING_FORWARD_PREFIX = /^(?:(?:I'm|I am|we're|we are|I'll|we'll|I'd like to|let's)\s+)?(?:going to\s+)?(?:bring|bringing|take|taking|pull|pulling|move|moving)$/i;
/** "We'll come back to item four": a promise, not a start. */
const PROMISE_TO_RETURN = /\b(?:will|'ll|shall|going to|can|could|might|may|later)\b.*\bcome back to$/i;
/** "ARRS, which is item four" or "…the finance paper next, that's item five": what comes first names the item. */
const TITLE_FIRST = /(?:^|,\s*)(?<title>[^,]{2,80}?),?\s+(?:which is|that is|that's|this is)$/i;
/** "We'll take the finance paper next, that's item five": the title is what is taken. */
const TAKE_NEXT = /\b(?:we'll|we will|let's|let us|I'll|I will|I'm going to|we're going to|going to)\s+(?:take|do|have|hear|go to|turn to)\s+(?<title>.{2,80}?)\s+(?:next|now|first)\b/i;
/** After "item N": words that make it a deferral rather than a start. */
const DEFERRED_AFTER = /^\s*(?:,\s*)?(?:is|has been|was|will be|'s)\s+(?:deferred|withdrawn|postponed|moved|coming|taken|later|going to be)|^\s*(?:later|after|afterwards|at the end|next time)\b/i;

/** Unnumbered starts; the title is what follows the cue. Chair only. */
const UNNUMBERED_STARTS: readonly RegExp[] = [
  /^(?:the )?next (?:item |thing |paper )?on (?:the|our|today's) agenda(?: today)?(?:,|:|\s+is|\s+we have|\s+we've got|\s+then)?\s*(?<title>.*)$/i,
  /^(?:the )?next item(?:,|:|\s+is|\s+we have|\s+we've got)\s*(?<title>.*)$/i,
  /^(?:if we (?:can |could )?|can we |let's |let us |we'll |we will |I'll |so )?(?:move|moving) on(?: now)?(?:\s+to|,|:|\.|$)\s*(?<title>.*)$/i,
  /^(?:let's |let us |we'll |we will |I'd like to |so )?(?:turn|turning|come|coming) (?:now )?to\s+(?<title>.+)$/i,
  /^(?:that |which |this )?(?:brings|takes) us (?:on )?to\s+(?<title>.+)$/i,
  /^(?:and )?now on to\s+(?<title>.+)$/i,
];
const TAKE_NEXT_START = /^(?:so |and )?(?:we'll|we will|let's|let us|I'll|I'm going to|we're going to) take (?<title>.{2,80}?) (?:next|now|first)\b/i;
const ANY_OTHER_BUSINESS =
  /^(?:(?:and |so )?(?:finally|lastly|last of all)[,.]?\s*)?(?:(?:is there |has anyone got |does anyone have |do we have |have we got |we come to |on to |to )?any other business|AOB|A\.O\.B\.)\b/i;
/** Talk about slides or a paper's sections is a presenter moving through their item. */
const NOT_AN_ITEM_TITLE =
  /^(?:the )?(?:next|last|final|first|other) (?:slide|page|point|question|section|bit|one|thing|chart|graph|table)\b|^(?:the )?(?:slide|page) \d|^(?:that|this|it|them|those|these|you|your|him|her|us|me|the end|an end|a close|the close)\b|^(?:any )?(?:questions|comments|a (?:short |quick )?break|a vote|a show of hands|five minutes|ten minutes)\b/i;

/** Starts said without a number: "Okay, integrated neighbourhood teams. Nadia, over to you." */
const HANDOVER =
  /^(?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?,?\s+)?(?:over to you|you're on|this is you|this one's you|do you want to (?:start|introduce|kick off|take us through|lead|present)|would you like to (?:start|introduce|take us through|present)|are you (?:introducing|presenting|leading|taking us through)|I (?:think|believe) (?:you're|this is you|you are)|if you'd like to (?:start|introduce|take us through))|^[A-Z][\w'-]+(?: [A-Z][\w'-]+)?\.$/;
function isHandover(sentence: string): boolean {
  const trimmed = sentence.trim();
  return HANDOVER.test(trimmed) && !isCourtesy(trimmed);
}

/** Words that make a short sentence a clause rather than a bare topic. */
const CLAUSE_WORD =
  /\b(?:I|I'm|I've|I'll|you|you're|we|we're|we've|we'll|he|she|they|it|it's|is|are|was|were|be|been|have|has|had|do|does|did|can|could|will|would|should|shall|may|might|must|that's|there|here|yes|no|not|sorry|thank|thanks|welcome|please|okay|ok|right|good|great|lovely|bye|hello|hi|sure|fine|agreed|noted|done|any|anything|anyone|everyone|somebody)\b/i;

function parseNumber(word: string): number | null {
  const n = NUMBER_WORDS.indexOf(word.toLowerCase());
  if (n >= 0) return n + 1;
  const digits = Number.parseInt(word, 10);
  return Number.isFinite(digits) && digits > 0 ? digits : null;
}

interface Sentence {
  readonly text: string;
  readonly offset: number;
}

function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?]+(?:\s+|$)|\s*\.\.\.\s*/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index! + m[0].length;
    const piece = text.slice(start, end);
    if (piece.trim()) sentences.push({ text: piece.trim(), offset: start + (piece.length - piece.trimStart().length) });
    start = end;
  }
  if (start < text.length && text.slice(start).trim()) sentences.push({ text: text.slice(start).trim(), offset: start + (text.length - start - text.slice(start).trimStart().length) });
  return sentences;
}

function stripLeadIn(sentence: string): { rest: string; skipped: number } {
  const m = LEAD_IN.exec(sentence);
  return m ? { rest: sentence.slice(m[0].length), skipped: m[0].length } : { rest: sentence, skipped: 0 };
}

/** A title as a chair would write it in the minutes: no article, no hand-over, capitalised. */
export function cleanTitle(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let title = raw
    .replace(/\s*[.!?]+$/, '')
    .split(/,?\s+(?:which|who|where|because|as I said|and I (?:know|think)|I think|I believe|I know|so if|so I|if I|if you|before we|over to)\b|[;:]\s|\s[–—-]\s|,\s*(?:and\s+)?(?:this|that|it) (?:is|one is|one's|'s)\b|,\s+and\s+(?:the|that|this|it|we|I)\b|\.\s/i)[0]!
    .replace(/^(?:(?:is|the|a|an|our|your|today's|this month's)\s+)+/i, '')
    .replace(/,?\s+(?:then|please|now)$/i, '')
    .replace(/,?\s+in (?:your|the) (?:pack|papers)$/i, '')
    .replace(/[,\s]+$/, '')
    .trim();
  if (title.length < 2 || NOT_AN_ITEM_TITLE.test(title) || /^(?:item|agenda)\b/i.test(title)) return null;
  if (title.length > 80) title = `${title.slice(0, 80).replace(/\s+\S*$/, '')}…`;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

interface Candidate {
  readonly utterance: AgendaUtterance;
  readonly index: number;
  readonly offset: number;
  readonly number: number | null;
  readonly title: string | null;
  /** A numbered start is strong evidence of who the chair is. */
  readonly isNumbered: boolean;
}

/** The numbered start in a sentence, if its number is said as a start. */
function numberedStart(sentence: string, following: string | undefined): { number: number; title: string | null } | null {
  const { rest } = stripLeadIn(sentence);
  for (const m of rest.matchAll(ITEM_REFERENCE)) {
    const number = parseNumber(m[1]!);
    if (number === null) continue;
    const prefix = rest.slice(0, m.index).trim().replace(/[,:]$/, '').trim();
    const after = rest.slice(m.index! + m[0].length);
    if (DEFERRED_AFTER.test(after)) continue;
    if (PROMISE_TO_RETURN.test(prefix)) continue;
    const titleAfter = (): string | null =>
      cleanTitle(
        after
          .replace(/^\s*(?:then|now|please)?\s*(?:[,:.]|\s+is\s+|\s+on the agenda is\s+|\s+in your pack\s*[,.]?)?\s*/i, '')
          .replace(/^(?:then|now)[,\s]+/i, '')
          .replace(/^(?:which|that) is\s+/i, ''),
      ) ?? (/^\s*\.?\s*$/.test(after) ? cleanTitle(following) : null);

    if (START_PREFIX_WHOLE.test(prefix)) return { number, title: titleAfter() };
    // "Because Ola has to leave, I'm going to bring item six forward": a reason may come first.
    const lastClause = prefix.slice(prefix.lastIndexOf(',') + 1).trim();
    if (lastClause && lastClause !== prefix && START_PREFIX_WHOLE.test(lastClause) && !PROMISE_TO_RETURN.test(lastClause)) return { number, title: titleAfter() };
    if (BRING_FORWARD_PREFIX.test(lastClause) && /^\s*(?:forward|up)\b/i.test(after)) return { number, title: null };
    const titleFirst = TITLE_FIRST.exec(prefix);
    if (titleFirst) {
      const taken = TAKE_NEXT.exec(prefix);
      if (taken) return { number, title: cleanTitle(taken.groups!.title) };
      // "ARRS, which is item four": the title is all that comes before it.
      if (titleFirst.index === 0 && !/\b(?:I|we|you|they|he|she|it)\b/i.test(titleFirst.groups!.title!)) return { number, title: cleanTitle(titleFirst.groups!.title) };
    }
  }
  return null;
}

function unnumberedStart(sentence: string, following: string | undefined, isTurnOpening: boolean): { title: string | null } | null {
  const { rest } = stripLeadIn(sentence);
  if (ANY_OTHER_BUSINESS.test(rest)) return { title: 'Any other business' };
  const take = TAKE_NEXT_START.exec(rest);
  if (take) return NOT_AN_ITEM_TITLE.test(take.groups!.title!) ? null : { title: cleanTitle(take.groups!.title) };
  for (const pattern of UNNUMBERED_STARTS) {
    const m = pattern.exec(rest);
    if (!m) continue;
    let said = m.groups?.title?.trim() ?? '';
    // "Moving on, the next item on the agenda is X."
    const nested = said ? UNNUMBERED_STARTS.map((p) => p.exec(said)).find((n) => n && n !== m && n.groups?.title) : undefined;
    if (nested) said = nested.groups!.title!.trim();
    if (said && NOT_AN_ITEM_TITLE.test(said)) return null;
    if (!said && !following) return null;
    // "Moving on. Enhanced access over Easter, which…": the title is what the chair says next, when it opens with a bare topic.
    const next = following ? stripLeadIn(following).rest : '';
    const title = said ? cleanTitle(said) : isBareTopic(next.split(/,|\s[–—-]\s/)[0]!) ? cleanTitle(next) : null;
    if (!said && title === null && !/^moving on|^move on/i.test(rest)) return null;
    return { title };
  }
  if (isTurnOpening && !isCourtesy(sentence) && isBareTopic(sentence) && following && isHandover(following)) return { title: cleanTitle(stripLeadIn(sentence).rest) };
  return null;
}

/** "Integrated neighbourhood teams." A few words naming a thing, with nothing said about it. */
function isBareTopic(sentence: string): boolean {
  const { rest } = stripLeadIn(sentence.trim());
  const words = rest.replace(/[.!?,]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 9) return false;
  if (/[?]$/.test(rest)) return false;
  return !CLAUSE_WORD.test(rest);
}

/** Sentences that thank or welcome ("Thank you, Sarah.") are not where an item's talk starts. */
const COURTESY_WORDS = new Set(['thank', 'you', 'thanks', 'great', 'lovely', 'good', 'okay', 'ok', 'right', 'brilliant', 'perfect', 'excellent', 'fine', 'super', 'cheers', 'bye', 'very', 'much', 'so', 'all', 'everyone', 'both', 'for', 'that', 'those', 'ha', 'um']);
function isCourtesy(sentence: string): boolean {
  const words = sentence.split(/[\s,.!]+/).filter(Boolean);
  return words.length <= 6 && words.every((w) => COURTESY_WORDS.has(w.toLowerCase()) || /^[A-Z][a-z'-]+$/.test(w));
}

function candidatesIn(utterance: AgendaUtterance, index: number): Candidate[] {
  const found: Candidate[] = [];
  const sentences = sentencesOf(utterance.text);
  let isTurnOpening = true;
  sentences.forEach((sentence, i) => {
    const following = sentences[i + 1]?.text;
    const numbered = numberedStart(sentence.text, following);
    if (numbered) found.push({ utterance, index, offset: sentence.offset, number: numbered.number, title: numbered.title, isNumbered: true });
    else {
      const unnumbered = unnumberedStart(sentence.text, following, isTurnOpening);
      if (unnumbered) found.push({ utterance, index, offset: sentence.offset, number: null, title: unnumbered.title, isNumbered: false });
    }
    if (!isCourtesy(sentence.text)) isTurnOpening = false;
  });
  return found;
}

/** The chair: whoever starts the most items, numbered starts counting double. */
function chairOf(candidates: readonly Candidate[]): string | null {
  const weight = new Map<string, number>();
  for (const c of candidates) weight.set(c.utterance.speaker, (weight.get(c.utterance.speaker) ?? 0) + (c.isNumbered ? 2 : 1));
  let chair: string | null = null;
  let best = 0;
  for (const [speaker, w] of weight) if (w > best) [chair, best] = [speaker, w];
  return chair;
}

function atMsOf(utterance: AgendaUtterance, offset: number): number {
  if (offset <= 0 || utterance.endMs <= utterance.startMs || utterance.text.length === 0) return utterance.startMs;
  return Math.round(utterance.startMs + ((utterance.endMs - utterance.startMs) * offset) / utterance.text.length);
}

/**
 * The agenda item starts in a meeting's captions, in time order.
 * `utterances` must be in time order; captions without an author are skipped.
 */
export function findItemStarts(utterances: readonly AgendaUtterance[]): SaidItemStart[] {
  const candidates: Candidate[] = [];
  utterances.forEach((u, i) => {
    if (!u.isSpeakerUnknown && u.text && /item|agenda|moving on|move on|business|\bAOB\b|take|turn|brings|takes|now|\.|over to|you're on|this is you/i.test(u.text)) candidates.push(...candidatesIn(u, i));
  });
  const chair = chairOf(candidates);
  const starts: (SaidItemStart & { index: number })[] = [];
  for (const c of candidates) {
    if (c.utterance.speaker !== chair) continue;
    const previous = starts.at(-1);
    const atMs = atMsOf(c.utterance, c.offset);
    // Said again in the same turn, or nobody else has spoken since: one start, said twice ("Moving on. Item five, pharmacy.").
    if (previous && (previous.index === c.index || utterances.slice(previous.index + 1, c.index).every((u) => u.speaker === chair))) {
      if (previous.number !== null && c.number !== null && previous.number !== c.number) {
        // Two numbers in a row: the chair moved on without discussion (an item noted, or deferred).
      } else {
        // The numbered saying names it best: "Moving on. Item five, Pharmacy First."
        starts[starts.length - 1] = { ...previous, number: previous.number ?? c.number, title: (c.isNumbered ? c.title : null) ?? previous.title ?? c.title };
        continue;
      }
    }
    // The item already running, named again ("so, item two, anything else?").
    if (previous && c.number !== null && previous.number === c.number) continue;
    starts.push({ key: `said:${c.utterance.id}:${c.offset}`, number: c.number, title: c.title, atMs, utteranceId: c.utterance.id, speaker: c.utterance.speaker, index: c.index });
  }
  return starts.map(({ index: _index, ...start }) => start);
}
