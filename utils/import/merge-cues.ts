import { MAX_CAPTION_CHARS } from '../core/text-limits';
import type { TimedCue } from './cue-timing';

/** An utterance made of one speaker's consecutive cues, as a caption row is stored. */
export interface MergedUtterance {
  /** Null for words the file gave no speaker. */
  readonly speaker: string | null;
  readonly text: string;
  readonly startMs: number;
  readonly endMs: number;
}

/** Past this length an utterance ends at the next full stop, so long turns stay readable, like caption rows. */
const SOFT_LIMIT_CHARS = 2_000;
/** A pause this long, after a full stop, starts a new utterance for the same speaker. */
const PAUSE_MS = 10_000;
/** Never longer than a stored caption. */
const HARD_LIMIT_CHARS = MAX_CAPTION_CHARS;

const endsSentence = (text: string): boolean => /[.?!…]["'”’)\]]*$/.test(text);

/** Splits text longer than a stored caption at spaces, sharing the cue's time by length. */
function splitLong(cue: TimedCue): TimedCue[] {
  if (cue.text.length <= HARD_LIMIT_CHARS) return [cue];
  const pieces: string[] = [];
  let rest = cue.text;
  while (rest.length > HARD_LIMIT_CHARS) {
    const cut = rest.lastIndexOf(' ', HARD_LIMIT_CHARS);
    const at = cut > 0 ? cut : HARD_LIMIT_CHARS;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  if (rest) pieces.push(rest);
  const spanMs = cue.endMs - cue.startMs;
  let atMs = cue.startMs;
  return pieces.map((text) => {
    const lengthMs = Math.round((spanMs * text.length) / cue.text.length);
    const piece = { speaker: cue.speaker, text, startMs: atMs, endMs: Math.min(cue.endMs, atMs + lengthMs) };
    atMs = piece.endMs;
    return piece;
  });
}

/**
 * Merges consecutive cues of one speaker into utterances, the way live
 * captions are stored: one speaker's run of speech is one utterance, so a
 * sentence that the file cut in two at a cue boundary is whole again. A run
 * is split only after a full stop, when it has grown long or the speaker
 * paused for ten seconds, and never beyond the longest stored caption.
 *
 * Pure. Cues are taken in time order (the file's order where times tie);
 * every word of every cue lands in exactly one utterance, under its speaker,
 * in order.
 */
export function mergeCues(cues: readonly TimedCue[]): MergedUtterance[] {
  const ordered = cues
    .map((cue, index) => ({ cue, index }))
    .sort((a, b) => a.cue.startMs - b.cue.startMs || a.index - b.index)
    .flatMap(({ cue }) => splitLong({ ...cue, text: cue.text.replace(/\s+/g, ' ').trim() }))
    .filter((cue) => cue.text);
  const merged: { speaker: string | null; text: string; startMs: number; endMs: number }[] = [];
  for (const cue of ordered) {
    const last = merged[merged.length - 1];
    const canJoin =
      last !== undefined &&
      last.speaker === cue.speaker &&
      last.text.length + 1 + cue.text.length <= HARD_LIMIT_CHARS &&
      !(endsSentence(last.text) && (last.text.length >= SOFT_LIMIT_CHARS || cue.startMs - last.endMs >= PAUSE_MS));
    if (canJoin) {
      last.text = `${last.text} ${cue.text}`;
      last.endMs = Math.max(last.endMs, cue.endMs);
    } else {
      merged.push({ ...cue });
    }
  }
  return merged;
}
