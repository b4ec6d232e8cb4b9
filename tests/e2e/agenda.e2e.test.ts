import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMeetingScript } from '../../simulator/harness/meeting-hosts.mjs';
import { joinMeet, openPanelInTab, startBrowser, type Browser } from './helpers';

const script = loadMeetingScript('primary-care-committee') as { title: string; meetCode: string; selfName: string; participants: { name: string }[] };
const SPEED = 40;
const poll = { timeout: 30_000, interval: 250 };

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const labels = (view: Page) => view.getByTestId('agenda-item-label').allTextContents();

describe('agenda items on the demo meeting', () => {
  it('splits the meeting by what the chair says, keeps the current item first while live, takes a New item from the keyboard, and marks the timeline', async () => {
    const call = await joinMeet(browser.context, script.meetCode, {
      title: script.title,
      selfName: script.selfName,
      others: script.participants.map((p) => p.name).filter((name) => name !== script.selfName),
      openPeople: true,
    });
    const playing = call.evaluate(([s, speed]) => window.meetSim.play(s, { speed: speed as number, leaveAtEnd: true }), [script, SPEED] as const);

    const view = await openPanelInTab(browser.context, browser.extensionId, { width: 360, height: 1400 });
    await view.getByTestId('nav-history').click();
    await view.getByTestId('history-item').first().click();

    // Live: items appear as the chair starts them, the current one first.
    await expect.poll(async () => (await labels(view)).includes('Item 2: Declarations of interest'), poll).toBe(true);
    const current = view.getByTestId('agenda-item').first();
    expect(await current.textContent()).toContain('Now');
    // A declaration about item seven is not a start.
    expect(await labels(view)).not.toContain('Item 7: Premises at Birchfield Medical Practice');

    // New item, from the keyboard, named in the field that takes focus.
    await view.getByTestId('agenda').click({ position: { x: 2, y: 2 } });
    await view.keyboard.press('Alt+N');
    // The meeting runs on meanwhile, so the chair may start another item before the name is typed.
    await expect.poll(async () => (await labels(view)).includes('Untitled item'), poll).toBe(true);
    await expect.poll(() => view.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null), poll).toBe('item-title-input');
    await view.keyboard.type('Chair’s welcome to new members');
    await view.keyboard.press('Enter');
    await expect.poll(async () => (await labels(view)).includes('Chair’s welcome to new members'), poll).toBe(true);

    await playing;
    await expect.poll(() => view.getByTestId('health-ended').count(), { timeout: 60_000, interval: 500 }).toBe(1);

    // After the call: every item the chair started, in order, with the user's own among them.
    const chairs = [
      'Item 1: Welcome and introductions',
      'Item 2: Declarations of interest',
      'Item 3: Minutes of the last meeting',
      'Item 4: Enhanced access at PCN level',
      'Item 5: ARRS roles and funding',
      'Item 6: Pharmacy First referrals from practices',
      'Item 7: Premises at Birchfield Medical Practice',
      'Item 8: Winter local enhanced service',
      'Item 9: Advice and guidance and the interface with the hospital',
      'Item 10: Any other business',
    ];
    await expect.poll(async () => (await labels(view)).filter((l) => l.startsWith('Item ')), poll).toEqual(chairs);
    expect(await labels(view)).toContain('Chair’s welcome to new members');
    // The chair also hands over "Matters arising and the action log" by name, without a number.
    expect(await labels(view)).toContain('Matters arising and the action log');
    expect(await view.getByTestId('timeline-item-start').count()).toBe((await labels(view)).length);

    // Each item has primary care's share of its talk against its share of the people here.
    const premises = view.getByTestId('agenda-item').filter({ hasText: 'Item 7: Premises' });
    expect(await premises.getByTestId('agenda-item-figures').textContent()).toMatch(/^Primary care: \d+% of the talk, \d+% of the people here$/);

    await view.getByTestId('agenda').screenshot({ path: 'test-output/side-panel-agenda-360.png' });
  });
});
