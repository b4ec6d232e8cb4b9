// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/sidepanel/app';
import type { MeetingDb } from '@/utils/db/database';
import { recordCaptureReport } from '@/utils/db/meetings-repo';
import { makeBatch, makeDb, makeUtterance } from '../helpers/builders';

let db: MeetingDb;
let container: HTMLElement;

afterEach(async () => {
  render(null, container);
  container.remove();
  await db.delete();
});

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

function mountApp(): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<App db={db} />, container));
  return container;
}

describe('side panel App', () => {
  it('says no meeting is being recorded when there is none', async () => {
    db = makeDb();
    const root = mountApp();
    await settle();
    expect(root.querySelector('[data-testid="no-meeting"]')!.textContent).toContain('No meeting is being recorded in this tab');
  });

  it('shows the meeting in the current tab with its live figures and health', async () => {
    db = makeDb();
    const tab = await fakeBrowser.tabs.create({ url: 'https://meet.google.com/pcc-shef-nov', active: true });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never);
    const now = Date.now();
    await recordCaptureReport(
      db,
      makeBatch({
        joinedAtMs: now - 60_000,
        utterances: [makeUtterance({ startMs: now - 50_000, endMs: now - 40_000 }), makeUtterance({ id: 'session-0001:2', speaker: 'Sue Patel', startMs: now - 39_000, endMs: now - 35_000 })],
      }),
      { tabId: tab.id!, nowMs: now },
    );
    const root = mountApp();
    await settle();

    expect(root.querySelector('[data-testid="meeting-title"]')!.textContent).toBe('Primary Care Commissioning Committee');
    // Nobody's organisation is known, so the panel shows talk per person.
    expect(root.querySelector('[data-testid="sector-share-row"]')).toBeNull();
    expect(root.querySelector('[data-testid="talk-source"]')!.textContent).toContain('from captions');
    expect([...root.querySelectorAll('[data-testid="talk-row"]')].map((r) => r.getAttribute('data-speaker'))).toEqual(['Helen Marsh', 'Sue Patel']);
    expect(root.querySelector('[data-testid="health-captions-ok"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="meeting-view"]')!.textContent).not.toContain('another tab');
  });

  it('lists past meetings and opens one', async () => {
    db = makeDb();
    const now = Date.now();
    await recordCaptureReport(db, makeBatch({ utterances: [makeUtterance()], isPageClosing: true }), { tabId: 99, nowMs: now });
    const root = mountApp();
    await settle();
    act(() => (root.querySelector('[data-testid="nav-history"]') as HTMLButtonElement).click());
    await settle();
    const item = root.querySelector('[data-testid="history-item"]') as HTMLButtonElement;
    expect(item.textContent).toContain('Primary Care Commissioning Committee');
    expect(item.textContent).toContain('Helen Marsh 100%');
    act(() => item.click());
    await settle();
    expect(root.querySelector('[data-testid="talk-row"]')!.getAttribute('data-speaker')).toBe('Helen Marsh');
    expect(root.querySelector('[data-testid="health-ended"]')).not.toBeNull();
  });

  it('deletes a past meeting after asking, and returns to the list', async () => {
    db = makeDb();
    const now = Date.now();
    await recordCaptureReport(db, makeBatch({ utterances: [makeUtterance()], isPageClosing: true }), { tabId: 99, nowMs: now });
    const root = mountApp();
    await settle();
    act(() => (root.querySelector('[data-testid="nav-history"]') as HTMLButtonElement).click());
    await settle();
    act(() => (root.querySelector('[data-testid="history-item"]') as HTMLButtonElement).click());
    await settle();

    act(() => (root.querySelector('[data-testid="delete-meeting"]') as HTMLButtonElement).click());
    expect(root.querySelector('[data-testid="delete-meeting-question"]')!.textContent).toContain('Delete “Primary Care Commissioning Committee”');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('delete-meeting-confirm');
    // Keeping it withdraws the question and changes nothing.
    act(() => (root.querySelector('[data-testid="delete-meeting-cancel"]') as HTMLButtonElement).click());
    expect(document.activeElement?.getAttribute('data-testid')).toBe('delete-meeting');
    expect(await db.meetings.count()).toBe(1);

    act(() => (root.querySelector('[data-testid="delete-meeting"]') as HTMLButtonElement).click());
    act(() => (root.querySelector('[data-testid="delete-meeting-confirm"]') as HTMLButtonElement).click());
    await settle();
    expect(await db.meetings.count()).toBe(0);
    expect(await db.utterances.count()).toBe(0);
    expect(root.querySelector('#history-heading')!.textContent).toBe('Past meetings');
    expect(root.querySelector('[data-testid="history-item"]')).toBeNull();
  });

  it('offers no delete while the meeting is being recorded', async () => {
    db = makeDb();
    const tab = await fakeBrowser.tabs.create({ url: 'https://meet.google.com/pcc-shef-nov', active: true });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never);
    await recordCaptureReport(db, makeBatch({ utterances: [makeUtterance()] }), { tabId: tab.id!, nowMs: Date.now() });
    const root = mountApp();
    await settle();
    expect(root.querySelector('[data-testid="meeting-view"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="delete-meeting"]')).toBeNull();
  });
});
