import { afterEach, describe, expect, it } from 'vitest';
import { OVERDUE_BADGE_COLOUR, overdueBadge, refreshOverdueBadge, type ToolbarButton } from '@/utils/background/overdue-badge';
import { saveAction } from '@/utils/db/actions-repo';
import type { MeetingDb } from '@/utils/db/database';
import { startManualMeeting } from '@/utils/db/tally-repo';
import { makeDb, T0 } from '../helpers/builders';

let db: MeetingDb;
afterEach(async () => {
  await db?.delete();
});

/** A toolbar button that remembers what it was told. */
function recordingButton() {
  const state = { text: '', colour: '', title: '' };
  const button: ToolbarButton = {
    setBadgeText: ({ text }) => void (state.text = text),
    setBadgeBackgroundColor: ({ color }) => void (state.colour = color),
    setTitle: ({ title }) => void (state.title = title),
  };
  return { state, button };
}

describe('overdue badge', () => {
  it('says how many actions are overdue, in the badge and the button title', () => {
    expect(overdueBadge(0)).toEqual({ text: '', title: 'Open the meeting companion' });
    expect(overdueBadge(1)).toEqual({ text: '1', title: 'Open the meeting companion (1 action is overdue)' });
    expect(overdueBadge(12).title).toBe('Open the meeting companion (12 actions are overdue)');
    expect(overdueBadge(140).text).toBe('99+');
  });

  it('counts from IndexedDB and clears when nothing is overdue', async () => {
    db = makeDb();
    const meeting = await startManualMeeting(db, { id: 'm1', title: 'PCN board', nowMs: T0 });
    const base = { kind: 'action' as const, owner: null, organisation: null, sector: null, dueText: null, dueIsNextMeeting: false };
    await saveAction(db, meeting.id, { ...base, text: 'Late', dueDate: '2026-11-19' }, T0);
    await saveAction(db, meeting.id, { ...base, text: 'Also late', dueDate: '2026-11-20' }, T0);
    const { state, button } = recordingButton();

    expect(await refreshOverdueBadge(db, button, new Date(2026, 10, 25, 9).getTime())).toBe(2);
    expect(state).toEqual({ text: '2', colour: OVERDUE_BADGE_COLOUR, title: 'Open the meeting companion (2 actions are overdue)' });

    expect(await refreshOverdueBadge(db, button, new Date(2026, 10, 19, 9).getTime())).toBe(0);
    expect(state.text).toBe('');
  });
});
