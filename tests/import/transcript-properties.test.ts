// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MAX_CAPTION_CHARS } from '@/utils/core/text-limits';
import { previewTranscript } from '@/utils/import/build-import';
import type { TimedCue } from '@/utils/import/cue-timing';
import { mergeCues } from '@/utils/import/merge-cues';
import { readTranscriptFile } from '@/utils/import/read-transcript-file';
import { generateCues, seededRandom, spokenWords, writeTranscript, type GeneratedFormat } from '../helpers/transcript-gen';

// PROPERTY_SEED replays one case; PROPERTY_RUNS widens the search.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const seeds = process.env.PROPERTY_SEED ? [Number(process.env.PROPERTY_SEED)] : Array.from({ length: RUNS }, (_, i) => 1_000 + i);

const FORMATS: readonly [GeneratedFormat, string][] = [
  ['teams-vtt', 'teams-vtt'],
  ['zoom-vtt', 'zoom-vtt'],
  ['teams-docx', 'teams-timed-lines'],
  ['teams-text', 'teams-timed-lines'],
  ['zoom-text', 'zoom-text'],
  ['meet-text', 'meet-transcript'],
  ['meet-docx', 'meet-transcript'],
  ['speaker-lines', 'speaker-lines'],
];

describe('every word of every cue lands in exactly one utterance under its speaker, in order', () => {
  it.each(FORMATS)('%s', async (format, layout) => {
    for (const seed of seeds) {
      const random = seededRandom(seed);
      const cues = generateCues(random, 1 + random.int(40));
      const bytes = writeTranscript(random, cues, format);
      const result = await readTranscriptFile({ name: `generated.${format}`, bytes });
      if (!result.ok) throw new Error(`seed ${seed}: ${result.error}`);
      expect(result.transcript.layout, `seed ${seed}`).toBe(layout);
      const { utterances } = previewTranscript(result.transcript);
      expect(spokenWords(utterances), `seed ${seed}`).toEqual(spokenWords(cues));
      for (const [i, u] of utterances.entries()) {
        expect(u.endMs, `seed ${seed}`).toBeGreaterThanOrEqual(u.startMs);
        if (i > 0) expect(u.startMs, `seed ${seed}`).toBeGreaterThanOrEqual(utterances[i - 1]!.startMs);
      }
    }
  });
});

describe('mergeCues', () => {
  const speakers = ['Ann Lee', 'Bo Chan', null] as const;

  it('keeps every word once, under its speaker, in time order (the file order where times tie), and never beyond a stored caption', { timeout: 60_000 }, () => {
    for (const seed of seeds) {
      const random = seededRandom(seed);
      const cues: TimedCue[] = Array.from({ length: 1 + random.int(60) }, () => {
        const startMs = random.int(100_000);
        const words = random.chance(0.02) ? 'lorem ipsum. '.repeat(5_000).trim() : `${random.pick(['yes', 'no', 'the plan', 'figures.'])} ${random.int(99)}`;
        return { speaker: random.pick(speakers), text: random.chance(0.1) ? `  ${words}\n ` : words, startMs, endMs: startMs + random.int(8_000) };
      });
      const expected = cues
        .map((cue, index) => ({ cue, index }))
        .sort((a, b) => a.cue.startMs - b.cue.startMs || a.index - b.index)
        .map(({ cue }) => cue);
      const merged = mergeCues(cues);
      expect(spokenWords(merged), `seed ${seed}`).toEqual(spokenWords(expected));
      expect(merged.every((u) => u.text.length <= MAX_CAPTION_CHARS && u.text === u.text.trim()), `seed ${seed}`).toBe(true);
    }
  });

  it('joins a sentence cut in two by cues, and starts a new utterance after a full stop and a long pause', () => {
    const cue = (text: string, startMs: number, endMs: number, speaker: string | null = 'Ann Lee'): TimedCue => ({ speaker, text, startMs, endMs });
    expect(mergeCues([cue('Could you send the', 0, 2_000), cue('figures by Friday?', 2_000, 4_000), cue('Thanks.', 20_000, 21_000), cue('Yes.', 21_500, 22_000, 'Bo Chan')])).toEqual([
      { speaker: 'Ann Lee', text: 'Could you send the figures by Friday?', startMs: 0, endMs: 4_000 },
      { speaker: 'Ann Lee', text: 'Thanks.', startMs: 20_000, endMs: 21_000 },
      { speaker: 'Bo Chan', text: 'Yes.', startMs: 21_500, endMs: 22_000 },
    ]);
    // Mid-sentence, even a long pause does not cut the utterance.
    expect(mergeCues([cue('We will', 0, 1_000), cue('circulate it.', 30_000, 31_000)])).toHaveLength(1);
  });
});
