import { assertNever } from '../core/assert-never';
import { countWords } from '../core/text';
import type { TranscriptTiming } from '../core/transcript-format';
import type { TranscriptCue } from './transcript';

/** A cue with its times settled, in milliseconds from the start of the transcript. */
export interface TimedCue {
  readonly speaker: string | null;
  readonly text: string;
  readonly startMs: number;
  readonly endMs: number;
}

/** Speech runs at about 2.5 words a second (the same figure as the live captions' first-word allowance). */
export const MS_PER_WORD = 400;
/** A turn with only a start time lasts at most this long a word: slow, halting speech, not the silence after it. */
export const MAX_MS_PER_WORD = 1_000;

/**
 * Gives every cue a start and an end, by the transcript's timing:
 * - `cues`: as the file says (an end before its start becomes the start);
 * - `starts`: until the next cue begins, but at most a second a word, so a
 *   pause before the next speaker is not counted as talk;
 * - `words`: one after another, each as long as its words take at about 2.5
 *   words a second; between two time marks (Meet), the marked stretch is
 *   shared by words, at most a second a word.
 *
 * Pure; cues keep their order.
 */
export function timeCues(cues: readonly TranscriptCue[], timing: TranscriptTiming, statedDurationMs: number | null = null): TimedCue[] {
  switch (timing) {
    case 'cues':
      return cues.map((c) => {
        const startMs = c.startMs ?? 0;
        return { speaker: c.speaker, text: c.text, startMs, endMs: Math.max(startMs, c.endMs ?? startMs) };
      });
    case 'starts':
      return cues.map((c, i) => {
        const startMs = c.startMs ?? 0;
        const words = Math.max(1, countWords(c.text));
        const nextStartMs = cues.slice(i + 1).find((n) => n.startMs !== null && n.startMs >= startMs)?.startMs ?? null;
        const longestMs = nextStartMs === null ? words * MS_PER_WORD : words * MAX_MS_PER_WORD;
        const endMs = nextStartMs === null ? startMs + longestMs : Math.min(nextStartMs, startMs + longestMs);
        return { speaker: c.speaker, text: c.text, startMs, endMs };
      });
    case 'words':
      return timeByWords(cues, statedDurationMs);
    default:
      return assertNever(timing);
  }
}

/** Cues laid end to end by their words, each run after a time mark starting at the mark. */
function timeByWords(cues: readonly TranscriptCue[], statedDurationMs: number | null): TimedCue[] {
  const runs: { markMs: number; cues: TranscriptCue[] }[] = [];
  for (const cue of cues) {
    const markMs = Math.max(cue.markMs ?? 0, runs[runs.length - 1]?.markMs ?? 0);
    const last = runs[runs.length - 1];
    if (last && last.markMs === markMs) last.cues.push(cue);
    else runs.push({ markMs, cues: [cue] });
  }
  const timed: TimedCue[] = [];
  let clockMs = 0;
  runs.forEach((run, i) => {
    const words = run.cues.map((c) => countWords(c.text));
    const totalWords = words.reduce((a, b) => a + b, 0);
    const nextMarkMs = runs[i + 1]?.markMs ?? (statedDurationMs !== null && statedDurationMs > run.markMs ? statedDurationMs : null);
    clockMs = Math.max(clockMs, run.markMs);
    const spanMs = nextMarkMs === null ? totalWords * MS_PER_WORD : Math.min(Math.max(0, nextMarkMs - clockMs), totalWords * MAX_MS_PER_WORD);
    run.cues.forEach((cue, k) => {
      const lengthMs = totalWords ? Math.round((spanMs * words[k]!) / totalWords) : 0;
      timed.push({ speaker: cue.speaker, text: cue.text, startMs: clockMs, endMs: clockMs + lengthMs });
      clockMs += lengthMs;
    });
  });
  return timed;
}
