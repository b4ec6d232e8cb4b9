import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import type { ActionRow, MeetingRow } from '@/utils/db/database';
import { loadSeriesEvidence } from '@/utils/db/series-evidence-repo';
import { makeDb } from '../helpers/builders';
import { analyseMeeting, type RecordedAction } from '@/utils/core/meeting-analysis';
import { BUILTIN_ORGANISATIONS, OrganisationIndex } from '@/utils/core/org-directory';
import { buildSeriesEvidence, meetingEvidence, type EvidenceRecord } from '@/utils/core/series-evidence';
import type { MeetingEvidence } from '@/utils/core/series-types';
import { recorded, sampleActions, sampleStoredMeeting } from '../helpers/summary-fixture';

// A three-hour meeting of about 31,000 words: the sample committee meeting's speech repeated,
// with its confirmed actions and decisions said in every pass.
const sample = sampleStoredMeeting();
const lengthMs = sample.utterances.at(-1)!.startMs - sample.utterances[0]!.startMs + 10_000;
const wordsPerPass = sample.utterances.reduce((sum, u) => sum + u.text.split(/\s+/).length, 0);
const passes = Math.ceil(31_000 / wordsPerPass);
const utterances = Array.from({ length: passes }, (_, pass) =>
  sample.utterances.map((u) => ({ ...u, id: `${pass}:${u.id}`, startMs: u.startMs + pass * lengthMs, endMs: u.endMs + pass * lengthMs })),
).flat();
const SAID_AT_S: Readonly<Record<string, number>> = { 'D-2026-001': 231.3, 'A-2026-001': 496.8, 'A-2026-002': 508.1, 'D-2026-002': 1142.6 };
const actions = Array.from({ length: passes }, (_, pass) =>
  sampleActions().map((a, i) => ({ ...a, ref: `${a.ref.slice(0, 7)}${String(pass * 10 + i + 1).padStart(3, '0')}`, saidAtS: (SAID_AT_S[a.ref] ?? 0) + (pass * lengthMs) / 1000 })),
).flat();
const records: RecordedAction[] = actions.map(({ saidAtS, ...a }) => recorded(a, saidAtS));
const stored = { ...sampleStoredMeeting({ utterances, records }), meeting: { ...sample.meeting, endedAtMs: utterances.at(-1)!.endMs, lastSeenAtMs: utterances.at(-1)!.endMs } };
const evidenceRecords: EvidenceRecord[] = actions.map(({ saidAtS, ...a }) => ({ ...a, status: a.status as EvidenceRecord['status'], atMs: sample.meeting.startedAtMs + saidAtS * 1000 }));
const context = { directory: new OrganisationIndex(BUILTIN_ORGANISATIONS), mappings: new Map(), nowMs: stored.meeting.endedAtMs };

/** The one-off cost when a meeting joins a series: its analysis (no suggestions) and its evidence. */
function evidenceOfOneMeeting(id: string, startedAtMs: number): MeetingEvidence {
  return meetingEvidence({
    meeting: { id, title: 'Sheffield Place Primary Care Commissioning Committee', startedAtMs, endedAtMs: stored.meeting.endedAtMs },
    analysis: analyseMeeting(stored, context),
    records: evidenceRecords,
    isTranscriptDeleted: false,
  });
}

// 24 monthly meetings' kept evidence, as read back from their rows (JSON), with primary care's share varying.
const one = evidenceOfOneMeeting('m0', stored.meeting.startedAtMs);
const kept: MeetingEvidence[] = Array.from({ length: 24 }, (_, i) => {
  const share = 0.35 - i * 0.005;
  return JSON.parse(
    JSON.stringify({ ...one, meetingId: `m${i}`, startedAtMs: one.startedAtMs - (24 - i) * 28 * 86_400_000, primaryCareTalkMs: one.totalTalkMs * share, primaryCareTalkShareRatio: share }),
  ) as MeetingEvidence;
});
const nowMs = stored.meeting.endedAtMs;

// The same 24 meetings stored (fake-indexeddb), their evidence worked out and kept once: what the Series view reads.
const db = makeDb();
const DAY_MS = 86_400_000;
for (let m = 0; m < 24; m += 1) {
  const meetingId = `stored-${m}`;
  const shiftMs = -(24 - m) * 28 * DAY_MS;
  const row: MeetingRow = {
    id: meetingId,
    platform: 'meet',
    code: 'pcc-shef-nov',
    title: 'Sheffield Place Primary Care Commissioning Committee',
    url: 'https://meet.google.com/pcc-shef-nov',
    selfName: 'Dr Tom Richards',
    startedAtMs: stored.meeting.startedAtMs + shiftMs,
    lastSeenAtMs: stored.meeting.lastSeenAtMs + shiftMs,
    endedAtMs: stored.meeting.endedAtMs + shiftMs,
    tabId: null,
    health: null,
    figures: null,
    seriesId: 'series-bench',
  };
  await db.meetings.add(row);
  await db.utterances.bulkAdd(
    stored.utterances.map((u) => ({ id: `${meetingId}:${u.id}`, meetingId, source: 'captions' as const, speaker: u.speaker, isSelf: false, text: u.text, startMs: u.startMs + shiftMs, endMs: u.endMs + shiftMs, isFinal: true })),
  );
  await db.participants.bulkAdd(
    stored.participants.map((p) => ({ id: `${meetingId}|${p.name}`, meetingId, name: p.name, isSelf: p.isSelf, intervals: p.intervals.map((i) => ({ joinMs: i.joinMs + shiftMs, leaveMs: i.leaveMs === null ? null : i.leaveMs + shiftMs })), seenIn: ['people-panel' as const] })),
  );
  await db.actions.bulkAdd(
    records.map(
      (r): ActionRow => ({
        ...r,
        id: `${meetingId}:${r.id}`,
        ref: r.ref,
        meetingId,
        seriesId: 'series-bench',
        dueText: null,
        status: 'open',
        ragOverride: null,
        updates: [],
        closedAtMs: null,
        source: 'manual',
        suggestionId: null,
        quote: null,
        saidAtMs: r.saidAtMs === null ? null : r.saidAtMs + shiftMs,
        createdAtMs: r.createdAtMs + shiftMs,
        changedAtMs: r.createdAtMs + shiftMs,
      }),
    ),
  );
}
await loadSeriesEvidence(db, 'series-bench', nowMs);

describe(`a series of 24 meetings of ${Math.round((passes * lengthMs) / 60_000)} minutes (${utterances.length} utterances, ~${passes * wordsPerPass} words, ${actions.length} records each)`, () => {
  bench('buildSeriesEvidence over 24 kept meetings (the Series view draw)', () => {
    buildSeriesEvidence(kept, nowMs);
  });
  bench('loadSeriesEvidence: 24 stored meetings, evidence kept (fingerprints checked, fake-indexeddb)', async () => {
    await loadSeriesEvidence(db, 'series-bench', nowMs);
  });
  bench('meetingEvidence for one meeting, with its analysis (once, when it joins the series)', () => {
    evidenceOfOneMeeting('m1', stored.meeting.startedAtMs);
  });
});
