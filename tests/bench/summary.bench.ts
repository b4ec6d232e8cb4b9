import { bench, describe } from 'vitest';
import { scorePrimaryCare } from '@/utils/core/lexicon';
import { redact } from '@/utils/core/redaction';
import { buildSummary, DEFAULT_SUMMARY_OPTIONS } from '@/utils/core/summary';
import { renderSummaryHtml } from '@/utils/core/summary-render';
import { computeMeetingTalk } from '@/utils/core/talk-time';
import { sampleSummaryInput } from '../helpers/summary-fixture';

// A three-hour meeting of about 30,000 words: the sample committee meeting's speech repeated.
const sample = sampleSummaryInput();
const lengthMs = sample.utterances.at(-1)!.startMs - sample.utterances[0]!.startMs + 10_000;
const wordsPerPass = sample.utterances.reduce((sum, u) => sum + u.text.split(/\s+/).length, 0);
const passes = Math.ceil(30_000 / wordsPerPass);
const utterances = Array.from({ length: passes }, (_, pass) =>
  (sample.utterances as { speaker: string; text: string; startMs: number; endMs: number }[]).map((u) => ({ ...u, startMs: u.startMs + pass * lengthMs, endMs: u.endMs + pass * lengthMs })),
).flat();
const talk = computeMeetingTalk({ utterances, speechSegments: [] }).primary;
const input = { ...sample, utterances, talk, meeting: { ...sample.meeting, endedAtMs: utterances.at(-1)!.endMs } };
const options = { ...DEFAULT_SUMMARY_OPTIONS, includeExcerpts: true };

describe(`the summary of a ${Math.round((passes * lengthMs) / 60_000)}-minute meeting: ${utterances.length} utterances, ~${passes * wordsPerPass} words`, () => {
  bench('buildSummary (quotes, excerpts, redaction on)', () => {
    buildSummary(input, options);
  });
  bench('renderSummaryHtml', () => {
    renderSummaryHtml(buildSummary(input, options));
  });
  bench('scorePrimaryCare on every utterance', () => {
    for (const u of utterances) scorePrimaryCare(u.text);
  });
  bench('redact every utterance', () => {
    for (const u of utterances) redact(u.text);
  });
});
