import { saveAction } from '@/utils/db/actions-repo';
import type { MeetingDb } from '@/utils/db/database';
import { recordCaptureReport } from '@/utils/db/meetings-repo';
import { makeBatch, makeUtterance, T0 } from './builders';

/** Three captions of a short committee meeting; the third holds a valid NHS number. */
export const FINISHED_MEETING_LINES = [
  ['Dr Tom Richards', 'Morning all, Tom Richards, clinical director of Townships 1 PCN.'],
  ['Helen Marsh', 'The enhanced access figures show PCNs delivering above the required minutes.'],
  ['Dr Tom Richards', 'Our PCN patients, NHS number 943 476 5919 for example, still ring at eight for same-day access.'],
] as const;

/** A finished Meet meeting with three captions and a confirmed action; returns its id. */
export async function seedFinishedMeeting(db: MeetingDb, lines: readonly (readonly [string, string])[] = FINISHED_MEETING_LINES): Promise<string> {
  const utterances = lines.map(([speaker, text], i) =>
    makeUtterance({ id: `session-0001:${i}`, speaker, text, startMs: T0 + i * 20_000, endMs: T0 + i * 20_000 + 15_000, isFinal: true }),
  );
  const meeting = await recordCaptureReport(db, makeBatch({ utterances }), { tabId: 1, nowMs: T0 + 70_000 });
  await recordCaptureReport(db, makeBatch({ isPageClosing: true }), { tabId: 1, nowMs: T0 + 80_000 });
  await saveAction(
    db,
    meeting.id,
    { kind: 'action', text: 'Share the access data', owner: 'Helen Marsh', organisation: null, sector: null, dueDate: null, dueText: null, dueIsNextMeeting: false },
    T0 + 81_000,
    { suggestionId: 'session-0001:1#0', quote: 'Can you share the access data?', saidAtMs: T0 + 20_000 },
  );
  return meeting.id;
}
