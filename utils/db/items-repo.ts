import type { MeetingDb } from './database';
import type { ItemEditRow } from './rows';

/**
 * The user's changes to a meeting's agenda items. Each is kept as an edit
 * (utils/core/agenda-items.ts applies them in order over the starts the chair
 * said), so a change wins over detection and outlives re-analysis.
 */

const MAX_TITLE_CHARS = 300;

function newId(): string {
  return `item-edit-${crypto.randomUUID()}`;
}

function cleanTitle(title: string | null | undefined): string | null {
  const trimmed = title?.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_CHARS) ?? '';
  return trimmed.length > 0 ? trimmed : null;
}

async function addEdit(db: MeetingDb, edit: ItemEditRow): Promise<ItemEditRow> {
  await db.itemEdits.add(edit);
  return edit;
}

/** Starts an item at `atMs` ("New item" during the call, or splitting an item at a caption afterwards). */
export function startItem(db: MeetingDb, meetingId: string, atMs: number, title: string | null, nowMs: number): Promise<ItemEditRow> {
  return addEdit(db, { id: newId(), meetingId, kind: 'add', atMs: Math.max(0, Math.round(atMs)), title: cleanTitle(title), createdAtMs: nowMs });
}

/** Renames an item; an empty title goes back to the number alone ("Item 4") or "Untitled item". */
export function renameItem(db: MeetingDb, meetingId: string, itemKey: string, title: string | null, nowMs: number): Promise<ItemEditRow> {
  return addEdit(db, { id: newId(), meetingId, kind: 'rename', itemKey, title: cleanTitle(title), createdAtMs: nowMs });
}

/** Merges an item into the one before it, by removing its start. */
export function mergeIntoPrevious(db: MeetingDb, meetingId: string, itemKey: string, nowMs: number): Promise<ItemEditRow> {
  return addEdit(db, { id: newId(), meetingId, kind: 'remove', itemKey, createdAtMs: nowMs });
}

/** Moves an item's start (the boundary with the item before it). */
export function moveItemStart(db: MeetingDb, meetingId: string, itemKey: string, atMs: number, nowMs: number): Promise<ItemEditRow> {
  return addEdit(db, { id: newId(), meetingId, kind: 'move', itemKey, atMs: Math.max(0, Math.round(atMs)), createdAtMs: nowMs });
}

/** Takes back the user's last change to a meeting's items, if any. */
export async function undoLastItemEdit(db: MeetingDb, meetingId: string): Promise<boolean> {
  const edits = await db.itemEdits.where('meetingId').equals(meetingId).sortBy('createdAtMs');
  const last = edits.at(-1);
  if (!last) return false;
  await db.itemEdits.delete(last.id);
  return true;
}
