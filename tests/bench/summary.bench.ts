import { bench, describe } from 'vitest';
import { scorePrimaryCare } from '@/utils/core/lexicon';
import { analyseMeeting } from '@/utils/core/meeting-analysis';
import { BUILTIN_ORGANISATIONS, OrganisationIndex } from '@/utils/core/org-directory';
import { redact } from '@/utils/core/redaction';
import { buildSummary, DEFAULT_SUMMARY_OPTIONS } from '@/utils/core/summary';
import { renderSummaryHtml } from '@/utils/core/summary-render';
import { createLanguageTools } from '@/utils/language';
import { sampleStoredMeeting, sampleSummaryInput } from '../helpers/summary-fixture';

// A three-hour meeting of about 30,000 words: the sample committee meeting's speech repeated.
const sample = sampleStoredMeeting();
const lengthMs = sample.utterances.at(-1)!.startMs - sample.utterances[0]!.startMs + 10_000;
const wordsPerPass = sample.utterances.reduce((sum, u) => sum + u.text.split(/\s+/).length, 0);
const passes = Math.ceil(30_000 / wordsPerPass);
const utterances = Array.from({ length: passes }, (_, pass) =>
  sample.utterances.map((u) => ({ ...u, startMs: u.startMs + pass * lengthMs, endMs: u.endMs + pass * lengthMs })),
).flat();
const stored = { ...sampleStoredMeeting({ utterances }), meeting: { ...sample.meeting, endedAtMs: utterances.at(-1)!.endMs } };
const context = { directory: new OrganisationIndex(BUILTIN_ORGANISATIONS), mappings: new Map(), nowMs: stored.meeting.endedAtMs };
const input = { ...sampleSummaryInput(), analysis: analyseMeeting(stored, context) };
const options = { ...DEFAULT_SUMMARY_OPTIONS, includeExcerpts: true };

describe(`the summary of a ${Math.round((passes * lengthMs) / 60_000)}-minute meeting: ${utterances.length} utterances, ~${passes * wordsPerPass} words`, () => {
  bench('analyseMeeting (talk, introductions, organisations, timeline; no suggestions)', () => {
    analyseMeeting(stored, context);
  });
  bench('analyseMeeting with suggested actions and decisions', () => {
    analyseMeeting(stored, { ...context, language: createLanguageTools() });
  });
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
