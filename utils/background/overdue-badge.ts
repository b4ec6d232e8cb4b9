import { countOverdue } from '../db/actions-repo';
import type { MeetingDb } from '../db/database';

/** The part of the toolbar button API the badge needs (`action` in MV3, `browserAction` in Firefox MV2). */
export interface ToolbarButton {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle(details: { title: string }): Promise<void> | void;
}

export const TOOLBAR_TITLE = 'Open the meeting companion';
/** Dark red: white badge text on it has a contrast of 7.6:1. */
export const OVERDUE_BADGE_COLOUR = '#A4161A';
/** How often the badge is recounted so it turns over at midnight without the panel open. */
export const BADGE_CHECK_PERIOD_MINUTES = 30;
export const BADGE_ALARM = 'overdue-badge';

/** What the badge says for a count of overdue actions. */
export function overdueBadge(count: number): { text: string; title: string } {
  if (count === 0) return { text: '', title: TOOLBAR_TITLE };
  const actions = count === 1 ? '1 action is' : `${count} actions are`;
  return { text: count > 99 ? '99+' : String(count), title: `${TOOLBAR_TITLE} (${actions} overdue)` };
}

/**
 * Shows the number of overdue actions on the toolbar button, from
 * IndexedDB only: no network, no stored state in the worker.
 */
export async function refreshOverdueBadge(db: MeetingDb, button: ToolbarButton, nowMs: number): Promise<number> {
  const count = await countOverdue(db, nowMs);
  const badge = overdueBadge(count);
  await button.setBadgeBackgroundColor({ color: OVERDUE_BADGE_COLOUR });
  await button.setBadgeText({ text: badge.text });
  await button.setTitle({ title: badge.title });
  return count;
}
