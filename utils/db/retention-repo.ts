import { buildSummary } from '../core/summary';
import { countWords } from '../core/text';
import type { MeetingDb } from './database';
import { getPrivacySettings, getSummaryOptions } from './settings-repo';
import { getSavedSummary, loadSummaryInput, saveSummary } from './summary-repo';

const DAY_MS = 86_400_000;

/**
 * Deletes the transcript text of meetings that ended more than the
 * retention period ago, keeping what the user relies on: talk figures (the
 * timings and word counts stay), agenda items (the starts the chair said are
 * kept with their primary care themes), organisations (the introductions are kept
 * without their words), actions and decisions (without the quotes), and a
 * summary saved first. Live meetings are never touched. Returns how many
 * meetings had their transcript deleted.
 */
export async function applyRetention(db: MeetingDb, nowMs: number): Promise<number> {
  const privacy = await getPrivacySettings(db);
  if (privacy.retentionDays === null) return 0;
  const cutoffMs = nowMs - privacy.retentionDays * DAY_MS;
  const due = (await db.meetings.toArray()).filter((m) => m.endedAtMs !== null && m.endedAtMs <= cutoffMs && !m.transcriptDeletedAtMs);
  const options = { ...(await getSummaryOptions(db)), redact: privacy.redactPatientDetails };
  for (const meeting of due) {
    const input = await loadSummaryInput(db, meeting.id, nowMs);
    if (!input) continue;
    if (!(await getSavedSummary(db, meeting.id))) {
      await saveSummary(db, { meetingId: meeting.id, savedAtMs: nowMs, options, model: buildSummary(input, options) });
    }
    await db.transaction('rw', [db.meetings, db.utterances, db.actions], async () => {
      await db.utterances
        .where('meetingId')
        .equals(meeting.id)
        .modify((u) => {
          u.wordCount = countWords(u.text);
          u.text = '';
        });
      await db.actions.where('meetingId').equals(meeting.id).modify({ quote: null });
      await db.meetings.update(meeting.id, {
        transcriptDeletedAtMs: nowMs,
        introductions: [...input.analysis.introductions.values()].map((claim) => ({ ...claim, quote: '' })),
        itemStarts: input.analysis.saidItemStarts.map((start) => ({ ...start, themes: [...(input.analysis.items.find((item) => item.key === start.key)?.concern.themes ?? [])] })),
      });
    });
  }
  return due.length;
}
