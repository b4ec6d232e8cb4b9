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

  it('keeps the overdue badge current: on install, on an alarm, and when the side panel changes actions', async () => {
    vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
    const { default: background } = await import('@/entrypoints/background/index');
    background.main();

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await fakeBrowser.alarms.get('overdue-badge')).toMatchObject({ name: 'overdue-badge', periodInMinutes: 30 });
    expect(await fakeBrowser.alarms.get('retention')).toMatchObject({ name: 'retention', periodInMinutes: 360 });

    const response = await fakeBrowser.runtime.sendMessage({ type: 'actions/changed', payload: {} });
    expect(response).toEqual({ ok: true });
    await vi.waitFor(() => expect(setBadgeText).toHaveBeenCalledTimes(2));
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'overdue-badge', scheduledTime: Date.now(), periodInMinutes: 30, persistAcrossSessions: false });
    await vi.waitFor(() => expect(setBadgeText).toHaveBeenCalledTimes(3));
    expect(setBadgeText).toHaveBeenLastCalledWith({ text: '' });
    await new MeetingDb().delete();
  });

  it('opens the welcome page when the extension is installed, and not when it is updated', async () => {
    vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
    const { default: background } = await import('@/entrypoints/background/index');
    background.main();

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).not.toContainEqual(expect.stringContaining('welcome.html'));

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContainEqual(expect.stringMatching(/\/welcome\.html$/)));
    // Chromium reports an install at every start for an extension loaded from the command line: still once.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await fakeBrowser.tabs.query({})).filter((t) => t.url?.endsWith('/welcome.html'))).toHaveLength(1);
    await new MeetingDb().delete();
  });
});
