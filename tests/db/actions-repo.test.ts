import { afterEach, describe, expect, it } from 'vitest';
import type { ActionDraft } from '@/utils/core/action-log';
import type { MeetingDb } from '@/utils/db/database';
import {
  ActionInputError,
  addActionUpdate,
  countOverdue,
  dismissSuggestion,
  editAction,
  handledSuggestionIds,
  listActionsForMeeting,
  listAllActions,
  listCarriedForward,
  saveAction,
  setActionRag,
  setActionStatus,
} from '@/utils/db/actions-repo';
import { startManualMeeting } from '@/utils/db/tally-repo';
import { makeDb, T0 } from '../helpers/builders';

const DAY_MS = 86_400_000;

let db: MeetingDb;
afterEach(async () => {
  await db?.delete();
});

function draft(text: string, extra: Partial<ActionDraft> = {}): ActionDraft {
  return { kind: 'action', text, owner: null, organisation: null, sector: null, dueDate: null, dueText: null, dueIsNextMeeting: false, ...extra };
}

async function twoMeetingsOfOneSeries() {
  db = makeDb();
  const october = await startManualMeeting(db, { id: 'oct', title: 'PCN CD forum October', nowMs: T0 });
  const november = await startManualMeeting(db, { id: 'nov', title: 'PCN CD forum November', nowMs: T0 + 28 * DAY_MS });
  return { october, november };
}

describe('actions repository', () => {
  it('numbers actions and decisions separately, by year, the way action logs do', async () => {
    const { october } = await twoMeetingsOfOneSeries();
    const refs = [];
    for (const kind of ['action', 'action', 'decision', 'action'] as const) {
      refs.push((await saveAction(db, october.id, draft(`${kind} text`, { kind }), T0)).ref);
    }
    expect(refs).toEqual(['A-2026-001', 'A-2026-002', 'D-2026-001', 'A-2026-003']);
    expect((await saveAction(db, october.id, draft('Next year'), Date.UTC(2027, 0, 5))).ref).toBe('A-2027-001');
  });

  it('dates an action due "before the next meeting" at once when the next meeting of the series is already recorded', async () => {
    const { october, november } = await twoMeetingsOfOneSeries();
    const saved = await saveAction(db, october.id, draft('Bring the estates paper back', { dueText: 'before the next meeting', dueIsNextMeeting: true }), T0 + 30 * DAY_MS);
    expect(saved.dueDate).toBe(new Date(november.startedAtMs).toISOString().slice(0, 10));
    const latest = await saveAction(db, november.id, draft('Bring it back again', { dueText: 'before the next meeting', dueIsNextMeeting: true }), T0 + 30 * DAY_MS);
    expect(latest.dueDate).toBeNull();
  });

  it('keeps the quote and time of a confirmed suggestion, and confirms it only once', async () => {
    const { october } = await twoMeetingsOfOneSeries();
    const origin = { suggestionId: 'u7#0', quote: 'Can you send it round by Friday, Daniel?', saidAtMs: T0 + 600_000 };
    const first = await saveAction(db, october.id, draft('Send it round', { owner: 'Daniel Okafor', dueDate: '2026-11-20', dueText: 'by Friday' }), T0, origin);
    const again = await saveAction(db, october.id, draft('Send it round'), T0 + 1, origin);
    expect(again.id).toBe(first.id);
    expect(await listActionsForMeeting(db, october.id)).toMatchObject([
      { ref: 'A-2026-001', source: 'suggested', quote: origin.quote, saidAtMs: origin.saidAtMs, owner: 'Daniel Okafor', dueDate: '2026-11-20', status: 'open' },
    ]);
    expect([...(await handledSuggestionIds(db, october.id))]).toEqual(['u7#0']);
  });

  it('refuses a bad edit with a plain message and stores nothing', async () => {
    const { october } = await twoMeetingsOfOneSeries();
    await expect(saveAction(db, october.id, draft('   '), T0)).rejects.toThrow('Write what the action or decision is.');
    await expect(saveAction(db, october.id, draft('Book the room', { dueDate: '2027-02-30' }), T0)).rejects.toThrow('That due date is not a real day.');
    await expect(saveAction(db, october.id, draft('Book the room', { dueDate: '31/01/2027' }), T0)).rejects.toThrow('Give the due date as a date');
    await expect(saveAction(db, october.id, draft('x'.repeat(1001)), T0)).rejects.toThrow('at most 1,000 characters');
    await expect(saveAction(db, 'no-such-meeting', draft('Book the room'), T0)).rejects.toBeInstanceOf(ActionInputError);
    // A sector that is not in the taxonomy is refused too.
    await expect(saveAction(db, october.id, draft('Book', { sector: 'hospital' as never }), T0)).rejects.toBeInstanceOf(ActionInputError);
    expect(await db.actions.count()).toBe(0);
  });

  it('edits, closes, reopens and adds dated updates', async () => {
    const { october } = await twoMeetingsOfOneSeries();
    const action = await saveAction(db, october.id, draft('Chase the estates survey'), T0);
    await editAction(db, action.id, draft('  Chase the estates survey with NHSPS  ', { owner: ' Jo Hart ', organisation: 'Foundry PCN', sector: 'pcn', dueDate: '2026-12-01' }), T0 + 1);
    await addActionUpdate(db, action.id, 'Chased by email.', T0 + 2 * DAY_MS);
    await expect(addActionUpdate(db, action.id, '  ', T0)).rejects.toThrow('Write the update first.');
    await setActionStatus(db, action.id, 'done', T0 + 3 * DAY_MS);
    expect(await db.actions.get(action.id)).toMatchObject({
      text: 'Chase the estates survey with NHSPS',
      owner: 'Jo Hart',
      organisation: 'Foundry PCN',
      sector: 'pcn',
      dueDate: '2026-12-01',
      status: 'done',
      closedAtMs: T0 + 3 * DAY_MS,
      updates: [{ atMs: T0 + 2 * DAY_MS, text: 'Chased by email.' }],
    });
    await setActionStatus(db, action.id, 'open', T0 + 4 * DAY_MS);
    await setActionRag(db, action.id, 'amber', T0 + 4 * DAY_MS);
    expect(await db.actions.get(action.id)).toMatchObject({ status: 'open', closedAtMs: null, ragOverride: 'amber' });
    await expect(setActionStatus(db, 'gone', 'done', T0)).rejects.toThrow('That action is no longer stored.');
  });

  it('remembers dismissed suggestions, and forgets the dismissal if the user confirms after all', async () => {
    const { october } = await twoMeetingsOfOneSeries();
    await dismissSuggestion(db, october.id, 'u3#0', T0);
    await dismissSuggestion(db, october.id, 'u4#0d', T0);
    expect([...(await handledSuggestionIds(db, october.id))].sort()).toEqual(['u3#0', 'u4#0d']);
    await saveAction(db, october.id, draft('Write to practices'), T0, { suggestionId: 'u3#0', quote: 'q', saidAtMs: T0 });
    expect(await db.dismissals.count()).toBe(1);
  });

  it('carries open actions forward to later meetings of the series only', async () => {
    const { october, november } = await twoMeetingsOfOneSeries();
    const other = await startManualMeeting(db, { id: 'lmc', title: 'LMC liaison', nowMs: T0 });
    const open = await saveAction(db, october.id, draft('Open one'), T0);
    const done = await saveAction(db, october.id, draft('Done one'), T0);
    await setActionStatus(db, done.id, 'done', T0);
    await saveAction(db, october.id, draft('A decision', { kind: 'decision' }), T0);
    await saveAction(db, other.id, draft('Other series'), T0);
    await saveAction(db, november.id, draft('Raised in November'), T0);
    expect((await listCarriedForward(db, november)).map((a) => a.id)).toEqual([open.id]);
    expect(await listCarriedForward(db, october)).toEqual([]);
    expect(await listAllActions(db)).toHaveLength(5);
  });

  it('counts open actions past their due date', async () => {
    const { october } = await twoMeetingsOfOneSeries();
    const now = new Date(2026, 11, 10, 9).getTime();
    await saveAction(db, october.id, draft('Late', { dueDate: '2026-12-09' }), T0);
    await saveAction(db, october.id, draft('Due today', { dueDate: '2026-12-10' }), T0);
    await saveAction(db, october.id, draft('No date'), T0);
    const closed = await saveAction(db, october.id, draft('Late but done', { dueDate: '2026-12-01' }), T0);
    await setActionStatus(db, closed.id, 'done', T0);
    await saveAction(db, october.id, draft('A decision', { kind: 'decision', dueDate: '2026-12-01' }), T0);
    expect(await countOverdue(db, now)).toBe(1);
  });
});
