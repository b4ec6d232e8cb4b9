import {
  actionDraftSchema,
  actionUpdateSchema,
  describeDraftProblem,
  formatRef,
  isoDateOf,
  isOverdue,
  type ActionDraft,
  type ActionStatus,
  type Rag,
} from '../core/action-log';
import type { ActionRow, MeetingDb, MeetingRow } from './database';
import { findNextMeetingInSeries, ownSeriesId } from './series-repo';

/** A refused edit: the message is for the user. */
export class ActionInputError extends Error {}

/** Where an action came from in the meeting, when it was suggested from the captions. */
export interface SuggestionOrigin {
  readonly suggestionId: string;
  readonly quote: string;
  readonly saidAtMs: number;
}

function parseDraft(draft: ActionDraft) {
  const parsed = actionDraftSchema.safeParse(draft);
  if (!parsed.success) throw new ActionInputError(describeDraftProblem(parsed.error));
  return parsed.data;
}

/** The next reference for the kind and year: A-2026-001, A-2026-002… */
async function nextRef(db: MeetingDb, kind: ActionRow['kind'], nowMs: number): Promise<string> {
  const year = new Date(nowMs).getFullYear();
  const prefix = formatRef(kind, year, 0).slice(0, -3);
  const taken = await db.actions.filter((a) => a.ref.startsWith(prefix)).toArray();
  const highest = taken.reduce((max, a) => Math.max(max, Number(a.ref.slice(prefix.length)) || 0), 0);
  return formatRef(kind, year, highest + 1);
}

function newId(): string {
  return `act-${crypto.randomUUID()}`;
}

/**
 * Saves an action or decision for a meeting: confirmed from a suggestion
 * (with its quote and time) or typed by hand. Confirming the same
 * suggestion twice returns the first record.
 */
export async function saveAction(
  db: MeetingDb,
  meetingId: string,
  draft: ActionDraft,
  nowMs: number,
  origin: SuggestionOrigin | null = null,
): Promise<ActionRow> {
  const valid = parseDraft(draft);
  return db.transaction('rw', [db.meetings, db.actions, db.dismissals], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new ActionInputError('That meeting is no longer stored.');
    if (origin) {
      const already = await db.actions.where('suggestionId').equals(origin.suggestionId).first();
      if (already) return already;
      await db.dismissals.delete(origin.suggestionId);
    }
    // "Before the next meeting" of a meeting whose next one is already recorded has that date now.
    const nextMeetingMs = valid.dueIsNextMeeting && valid.dueDate === null ? await findNextMeetingInSeries(db, meeting) : null;
    const row: ActionRow = {
      id: newId(),
      ref: await nextRef(db, valid.kind, nowMs),
      kind: valid.kind,
      meetingId,
      seriesId: meeting.seriesId ?? ownSeriesId(meeting.id),
      text: valid.text,
      owner: valid.owner,
      organisation: valid.organisation,
      sector: valid.sector,
      dueDate: nextMeetingMs === null ? valid.dueDate : isoDateOf(nextMeetingMs),
      dueText: valid.dueText,
      dueIsNextMeeting: valid.dueIsNextMeeting,
      status: 'open',
      ragOverride: null,
      updates: [],
      closedAtMs: null,
      source: origin ? 'suggested' : 'manual',
      suggestionId: origin?.suggestionId ?? null,
      quote: origin?.quote ?? null,
      saidAtMs: origin?.saidAtMs ?? null,
      createdAtMs: nowMs,
      changedAtMs: nowMs,
    };
    await db.actions.add(row);
    return row;
  });
}

/** Changes an action's wording, owner, organisation, sector or due date. */
export async function editAction(db: MeetingDb, actionId: string, draft: ActionDraft, nowMs: number): Promise<ActionRow> {
  const valid = parseDraft(draft);
  return db.transaction('rw', db.actions, async () => {
    const row = await db.actions.get(actionId);
    if (!row) throw new ActionInputError('That action is no longer stored.');
    const changed: ActionRow = { ...row, ...valid, changedAtMs: nowMs };
    await db.actions.put(changed);
    return changed;
  });
}

/** Open, done or dropped; closing records when. */
export async function setActionStatus(db: MeetingDb, actionId: string, status: ActionStatus, nowMs: number): Promise<void> {
  const updated = await db.actions.update(actionId, {
    status,
    closedAtMs: status === 'open' ? null : nowMs,
    changedAtMs: nowMs,
  });
  if (!updated) throw new ActionInputError('That action is no longer stored.');
}

/** The user's own RAG rating, or null to go back to the one worked out from the due date. */
export async function setActionRag(db: MeetingDb, actionId: string, rag: Rag | null, nowMs: number): Promise<void> {
  const updated = await db.actions.update(actionId, { ragOverride: rag, changedAtMs: nowMs });
  if (!updated) throw new ActionInputError('That action is no longer stored.');
}

/** Adds a dated update ("Chased on 3 December"). */
export async function addActionUpdate(db: MeetingDb, actionId: string, text: string, nowMs: number): Promise<void> {
  const parsed = actionUpdateSchema.safeParse(text);
  if (!parsed.success) throw new ActionInputError(describeDraftProblem(parsed.error));
  await db.transaction('rw', db.actions, async () => {
    const row = await db.actions.get(actionId);
    if (!row) throw new ActionInputError('That action is no longer stored.');
    await db.actions.update(actionId, { updates: [...row.updates, { atMs: nowMs, text: parsed.data }], changedAtMs: nowMs });
  });
}

/** Deletes an action added by mistake. */
export async function deleteAction(db: MeetingDb, actionId: string): Promise<void> {
  await db.actions.delete(actionId);
}

/** Hides a suggestion for good. */
export async function dismissSuggestion(db: MeetingDb, meetingId: string, suggestionId: string, nowMs: number): Promise<void> {
  await db.dismissals.put({ id: suggestionId, meetingId, dismissedAtMs: nowMs });
}

/** Brings a dismissed suggestion back. */
export async function restoreSuggestion(db: MeetingDb, suggestionId: string): Promise<void> {
  await db.dismissals.delete(suggestionId);
}

/** The ids of suggestions the user dismissed or confirmed in a meeting: they are not offered again. */
export async function handledSuggestionIds(db: MeetingDb, meetingId: string): Promise<Set<string>> {
  const [dismissed, confirmed] = await Promise.all([
    db.dismissals.where('meetingId').equals(meetingId).primaryKeys(),
    db.actions.where('meetingId').equals(meetingId).toArray(),
  ]);
  return new Set([...dismissed, ...confirmed.flatMap((a) => (a.suggestionId ? [a.suggestionId] : []))]);
}

/** Actions and decisions recorded in one meeting, in the order they were said or added. */
export async function listActionsForMeeting(db: MeetingDb, meetingId: string): Promise<ActionRow[]> {
  const rows = await db.actions.where('meetingId').equals(meetingId).toArray();
  return rows.sort((a, b) => (a.saidAtMs ?? a.createdAtMs) - (b.saidAtMs ?? b.createdAtMs));
}

/**
 * Open actions from earlier meetings of the same series: what the next
 * meeting carries forward.
 */
export async function listCarriedForward(db: MeetingDb, meeting: Pick<MeetingRow, 'id' | 'seriesId' | 'startedAtMs'>): Promise<ActionRow[]> {
  if (!meeting.seriesId) return [];
  const [rows, meetings] = await Promise.all([
    db.actions.where('seriesId').equals(meeting.seriesId).toArray(),
    db.meetings.where('seriesId').equals(meeting.seriesId).toArray(),
  ]);
  const startedAt = new Map(meetings.map((m) => [m.id, m.startedAtMs]));
  return rows
    .filter((a) => a.kind === 'action' && a.status === 'open' && a.meetingId !== meeting.id && (startedAt.get(a.meetingId) ?? Infinity) < meeting.startedAtMs)
    .sort((a, b) => a.ref.localeCompare(b.ref));
}

/** Every action and decision, newest reference first within each kind. */
export async function listAllActions(db: MeetingDb): Promise<ActionRow[]> {
  const rows = await db.actions.toArray();
  return rows.sort((a, b) => b.createdAtMs - a.createdAtMs);
}

/** How many open actions are past their due date today. */
export async function countOverdue(db: MeetingDb, nowMs: number): Promise<number> {
  const today = isoDateOf(nowMs);
  return db.actions
    .where('status')
    .equals('open')
    .filter((a) => isOverdue(a, today))
    .count();
}

/** An action with the meeting it was agreed in: a row of the action log. */
export type ActionWithMeeting = ActionRow & { readonly meetingTitle: string; readonly meetingStartedAtMs: number };

/** Adds each action's meeting title and date. */
export async function withMeetings(db: MeetingDb, rows: readonly ActionRow[]): Promise<ActionWithMeeting[]> {
  const meetings = await db.meetings.bulkGet([...new Set(rows.map((r) => r.meetingId))]);
  const byId = new Map(meetings.filter((m): m is MeetingRow => !!m).map((m) => [m.id, m]));
  return rows.map((row) => {
    const meeting = byId.get(row.meetingId);
    return { ...row, meetingTitle: meeting?.title ?? meeting?.code ?? 'Untitled meeting', meetingStartedAtMs: meeting?.startedAtMs ?? row.createdAtMs };
  });
}

/** The whole action log with meeting titles and dates, newest first. */
export async function listActionLog(db: MeetingDb): Promise<ActionWithMeeting[]> {
  return withMeetings(db, await listAllActions(db));
}
