import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMeetingExport } from '@/utils/core/meeting-export';
import { readExtensionStore } from '../../simulator/harness/extension-pages.mjs';
import { joinMeet, openPanelInTab, startBrowser, store, type Browser } from './helpers';

let browser: Browser;
const poll = { timeout: 10_000, interval: 200 };

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface StoredSegment {
  meetingId: string;
  party: string;
  startMs: number;
  endMs: number | null;
}

describe('the manual tally in the side panel', () => {
  it('records a meeting with no call by keyboard alone: taps, silence, undo, end; figures and export follow', async () => {
    const view = await openPanelInTab(browser.context, browser.extensionId, { height: 1000 });
    await view.getByTestId('nav-tally').click();
    await view.getByTestId('tally-title').fill('PCN clinical directors forum');
    await view.getByTestId('tally-start').click();
    for (const party of ['NHS South Yorkshire ICB', 'Townships 1 PCN', 'City council']) {
      await view.getByTestId('tally-add-input').fill(party);
      await view.keyboard.press('Enter');
    }
    await view.getByTestId('tally-add-input').fill('city council');
    await view.keyboard.press('Enter');
    await expect.poll(() => view.getByRole('alert').textContent(), poll).toBe('"city council" is already in the tally.');
    await expect.poll(() => view.getByTestId('tally-party').count(), poll).toBe(3);

    await view.locator('body').click({ position: { x: 5, y: 5 } });
    await view.keyboard.press('1');
    await view.waitForTimeout(1_500);
    await view.keyboard.press('2');
    await expect.poll(() => view.getByTestId('tally-now').textContent(), poll).toMatch(/^Townships 1 PCN is speaking/);
    await view.waitForTimeout(3_500);
    await view.keyboard.press('0');
    await view.waitForTimeout(500);
    await view.keyboard.press('3');
    await view.keyboard.press('u');
    await expect.poll(() => view.getByTestId('tally-now').textContent(), poll).toBe('Nobody is speaking.');
    await view.keyboard.press('1');
    await view.waitForTimeout(1_000);
    await view.screenshot({ path: 'test-output/side-panel-tally.png', fullPage: true });
    await view.getByTestId('tally-end').click();

    const meeting = (await store(view).meetings()).find((m) => m.title === 'PCN clinical directors forum')!;
    await expect.poll(async () => (await store(view).meetings()).find((m) => m.id === meeting.id)?.endedAtMs ?? null, poll).not.toBeNull();
    const segments = ((await readExtensionStore(view, 'manualSegments')) as StoredSegment[])
      .filter((s) => s.meetingId === meeting.id)
      .sort((a, b) => a.startMs - b.startMs);
    expect(segments.map((s) => s.party)).toEqual(['NHS South Yorkshire ICB', 'Townships 1 PCN', 'NHS South Yorkshire ICB']);
    expect(segments.every((s) => s.endMs !== null)).toBe(true);
    const pcn = segments[1]!;
    expect(pcn.endMs! - pcn.startMs).toBeGreaterThan(3_300);
    expect(pcn.endMs! - pcn.startMs).toBeLessThan(5_500);

    await view.getByTestId('nav-history').click();
    await view.getByTestId('history-item').filter({ hasText: 'PCN clinical directors forum' }).click();
    await expect.poll(() => view.getByTestId('talk-source').textContent(), poll).toContain('from the manual tally');
    // The parties are organisations, so the panel opens by sector; per person lists the parties.
    expect(await view.getByTestId('sector-share-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')))).toEqual([
      'Primary care network',
      'Integrated care board',
    ]);
    await view.getByTestId('share-view-person').check();
    expect(await view.getByTestId('talk-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-speaker')))).toEqual([
      'Townships 1 PCN',
      'NHS South Yorkshire ICB',
    ]);
    const [download] = await Promise.all([view.waitForEvent('download'), view.getByTestId('export-json').click()]);
    const parsed = parseMeetingExport(readFileSync((await download.path())!, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.meeting.platform).toBe('manual');
    expect(parsed.value.manualSegments.map((s) => s.party)).toEqual(['NHS South Yorkshire ICB', 'Townships 1 PCN', 'NHS South Yorkshire ICB']);
    expect(parsed.value.talkTime?.source).toBe('manual');
    await view.close();
  });

  it('tallies a Meet call whose captions are off, using the people in the call as buttons', async () => {
    const page = await joinMeet(browser.context, 'tal-lyme-etx', { title: 'No captions today', others: ['Helen Marsh', 'Sue Patel'] });
    await page.evaluate(() => window.meetSim.captionsOff());
    await page.bringToFront();
    const view = await openPanelInTab(browser.context, browser.extensionId);
    await view.getByTestId('nav-tally').click();
    await expect.poll(() => view.getByTestId('tally-party').count(), poll).toBe(3);
    await view.getByTestId('tally-party').filter({ hasText: 'Sue Patel' }).click();
    await view.waitForTimeout(1_500);
    await view.getByTestId('tally-silence').click();
    await view.getByTestId('nav-current').click();
    await expect.poll(() => view.getByTestId('talk-source').textContent(), poll).toContain('from the manual tally');
    await expect.poll(() => view.getByTestId('health-captions-off').isVisible(), poll).toBe(true);
    expect(await view.getByTestId('talk-row').getAttribute('data-speaker')).toBe('Sue Patel');
    await view.close();
    await page.close();
  });
});
