// @vitest-environment jsdom
import { bench, describe } from 'vitest';
import { buildImportedMeeting, previewTranscript } from '@/utils/import/build-import';
import { readTranscriptFile } from '@/utils/import/read-transcript-file';
import { generateCues, seededRandom, writeTranscript, type GeneratedFormat } from '../helpers/transcript-gen';

// A three-hour meeting of about 30,000 words, written in each format as its product writes it.
const random = seededRandom(2026);
const cues = generateCues(random, 3_000, { wordsPerCue: 19 });
const words = cues.reduce((sum, c) => sum + c.words.length, 0);
const hours = (cues.at(-1)!.endMs / 3_600_000).toFixed(1);
const FORMATS: readonly GeneratedFormat[] = ['teams-vtt', 'zoom-vtt', 'teams-docx', 'zoom-text', 'meet-text', 'speaker-lines'];
const files = new Map(FORMATS.map((format) => [format, writeTranscript(seededRandom(7), cues, format)] as const));

/** Reads, merges and builds the rows to store, as Save does before the database write. */
async function importRows(format: GeneratedFormat) {
  const result = await readTranscriptFile({ name: `bench.${format}`, bytes: files.get(format)! });
  if (!result.ok) throw new Error(result.error);
  const preview = previewTranscript(result.transcript);
  return buildImportedMeeting(result.transcript, preview, { meetingId: 'import-bench', fileName: 'bench', title: 'Bench', startedAtMs: 0, nowMs: 0 });
}

describe(`reading a ${hours}-hour transcript of ${words.toLocaleString('en-GB')} words (${cues.length.toLocaleString('en-GB')} cues) up to the rows to store`, () => {
  for (const format of FORMATS) {
    bench(`${format} (${Math.round(files.get(format)!.length / 1024)} kB)`, async () => {
      await importRows(format);
    });
  }
});
