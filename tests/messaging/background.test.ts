import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MeetingDb } from '@/utils/db/database';
import { makeBatch, makeUtterance } from '../helpers/builders';

describe('background entrypoint', () => {
  it('answers capture batches through runtime messaging and writes them to IndexedDB', async () => {
    vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
    const { default: background } = await import('@/entrypoints/background/index');
    background.main();

    const response = await fakeBrowser.runtime.sendMessage({ type: 'capture/batch', payload: makeBatch({ utterances: [makeUtterance()] }) });

    expect(response).toEqual({ ok: true, meetingId: 'meet-session-0001' });
    const db = new MeetingDb();
    expect((await db.utterances.toArray()).map((u) => u.text)).toEqual(['Good morning everyone.']);
    expect(fakeBrowser.sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    await db.delete();
  });
});
