import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMeetingScript } from '../../simulator/harness/meeting-hosts.mjs';
import { readExtensionStore } from '../../simulator/harness/extension-pages.mjs';
import { joinMeet, openPanelInTab, speak, startBrowser, type Browser } from './helpers';

const script = loadMeetingScript('primary-care-committee') as { title: string; meetCode: string; selfName: string; participants: { name: string }[] };
const SPEED = 40;
const poll = { timeout: 20_000, interval: 250 };

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface StoredAction {
  ref: string;
  kind: string;
  text: string;
  owner: string | null;
  organisation: string | null;
  dueDate: string | null;
  status: string;
  meetingId: string;
  seriesId: string;
  quote: string | null;
  updates: { text: string }[];
}

function isoDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function focusedTestId(view: Page): Promise<string | null> {
  return view.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
}

/** The extension API as an extension page sees it (only what the tests read). */
type WithChrome = { chrome: { action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> } } };

function suggestion(view: Page, text: string) {
  return view.getByTestId('suggestion').filter({ hasText: text });
}

describe('actions and decisions across a meeting series', () => {
  it('confirms actions from a replayed meeting, carries them forward to the next meeting of the series, and exports the log as CSV', async () => {
    // The November meeting, replayed in full.
    const november = await joinMeet(browser.context, script.meetCode, {
      title: `${script.title} – November 2026`,
      selfName: script.selfName,
      others: script.participants.map((p) => p.name).filter((name) => name !== script.selfName),
      openPeople: true,
    });
    const novemberScript = { ...script, title: `${script.title} – November 2026` };
    await november.evaluate(([s, speed]) => window.meetSim.play(s, { speed: speed as number, leaveAtEnd: true }), [novemberScript, SPEED] as const);

    const view = await openPanelInTab(browser.context, browser.extensionId, { height: 1400 });
    await view.getByTestId('nav-history').click();
    await view.getByTestId('history-item').filter({ hasText: 'November 2026' }).click();
    await expect.poll(() => view.getByTestId('suggestion').count(), poll).toBeGreaterThanOrEqual(12);

    // Each suggestion keeps who and when; the owner comes with their organisation.
    // The chair said the next meeting's date aloud, so "before the next meeting" has that date.
    await expect.poll(() => suggestion(view, 'Circulate the utilisation data by PCN').getByTestId('suggestion-detail').textContent(), poll).toMatch(
      /^Daniel Okafor · NHS South Yorkshire ICB · due 20 Jan \d{4} \(from “before the next meeting”\)$/,
    );
    await view.screenshot({ path: 'test-output/side-panel-actions-suggested.png', fullPage: true });

    // Confirm as suggested; edit then confirm; dismiss; confirm a decision.
    await suggestion(view, 'Circulate the utilisation data by PCN').getByTestId('suggestion-confirm').click();
    await suggestion(view, 'Write to the PCN clinical directors').getByTestId('suggestion-edit').click();
    const editor = view.getByTestId('action-editor');
    await expect.poll(() => focusedTestId(view), poll).toBe('editor-text');
    await editor.getByTestId('editor-text').fill('Write to PCN clinical directors with the supervision scheme details');
    await editor.getByTestId('editor-due').fill('2026-12-11');
    await editor.getByTestId('editor-text').press('Enter');
    await suggestion(view, 'Send me the practices with the lowest referral rates').getByTestId('suggestion-dismiss').click();
    await suggestion(view, 'The minutes are approved').getByTestId('suggestion-confirm').click();

    // Add an action by hand, keyboard only: the button, then type, Tab, type, Enter.
    await view.getByTestId('add-action').focus();
    await view.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(view), poll).toBe('editor-text');
    await view.keyboard.type('Book the room for the January development session');
    await view.keyboard.press('Tab');
    await view.keyboard.type('Daniel Okafor');
    await view.keyboard.press('Enter');

    // A refused edit says why and changes nothing.
    await view.getByTestId('add-action').click();
    await view.getByTestId('editor-text').fill('   ');
    await view.getByTestId('editor-save').click();
    await expect.poll(() => view.getByTestId('editor-error').textContent(), poll).toBe('Write what the action or decision is.');
    await view.getByTestId('editor-cancel').click();

    const confirmed = view.getByTestId('confirmed-actions').getByTestId('action-item');
    await expect.poll(() => confirmed.count(), poll).toBe(4);
    const stored = async () => (await readExtensionStore(view, 'actions')) as StoredAction[];
    const novemberActions = await stored();
    const novemberId = novemberActions[0]!.meetingId;
    expect(novemberActions.map((a) => [a.kind, a.text, a.owner]).sort()).toEqual(
      [
        ['action', 'Book the room for the January development session', 'Daniel Okafor'],
        ['action', 'Circulate the utilisation data by PCN, including the Saturday did-not-attend rates, before the next meeting', 'Daniel Okafor'],
        ['action', 'Write to PCN clinical directors with the supervision scheme details', 'Sarah Whitfield'],
        ['decision', 'The minutes are approved as an accurate record, subject to James\'s amendment', null],
      ].sort(),
    );
    expect(novemberActions.find((a) => a.text.startsWith('Circulate'))!.quote).toContain('ACTION: Daniel to circulate');
    await expect.poll(() => view.getByTestId('suggestion').filter({ hasText: 'Send me the practices with the lowest referral rates' }).count(), poll).toBe(0);
    await view.getByTestId('meeting-actions').screenshot({ path: 'test-output/side-panel-actions-confirmed.png' });

    // The December meeting of the series: another link, the same title apart from the month.
    const december = await joinMeet(browser.context, 'pcc-shef-dec', { title: `${script.title} – December 2026`, selfName: script.selfName });
    await speak(december, 'Margaret Holloway', 'Good morning, and welcome to the December meeting.', { wordMs: 40 });
    await view.bringToFront();
    await view.getByTestId('nav-current').click();
    // The panel tab is not the call's tab: find the December meeting in the history instead.
    await view.getByTestId('nav-history').click();
    await view.getByTestId('history-item').filter({ hasText: 'December 2026' }).click();
    const carried = view.getByTestId('carried-forward').getByTestId('action-item');
    await expect.poll(() => carried.count(), poll).toBe(3);
    expect(await carried.getByTestId('action-text').allTextContents()).toEqual([
      'Circulate the utilisation data by PCN, including the Saturday did-not-attend rates, before the next meeting',
      'Write to PCN clinical directors with the supervision scheme details',
      'Book the room for the January development session',
    ]);
    const decemberMeetings = ((await readExtensionStore(view, 'meetings')) as { id: string; code: string; seriesId: string; startedAtMs: number }[]);
    const decemberMeeting = decemberMeetings.find((m) => m.code === 'pcc-shef-dec')!;
    expect(decemberMeeting.seriesId).toBe(decemberMeetings.find((m) => m.id === novemberId)!.seriesId);
    // Suggestions appear live, once a caption is final (the next speaker has started and it has settled).
    await speak(december, 'Margaret Holloway', 'ACTION: Priya to send the estates survey to practices by Friday.', { wordMs: 40 });
    await speak(december, 'Priya Shah', 'Will do.', { wordMs: 40 });
    await expect.poll(() => suggestion(view, 'Send the estates survey to practices by Friday').count(), { timeout: 30_000, interval: 500 }).toBe(1);
    // "Before the next meeting" keeps the date the chair said aloud rather than the next recorded meeting's.
    expect((await stored()).find((a) => a.text.startsWith('Circulate'))!.dueDate).toMatch(/^\d{4}-01-20$/);

    // Close one with a dated update, at the December meeting.
    const booked = carried.filter({ hasText: 'Book the room' });
    await booked.locator('summary').click();
    await booked.getByTestId('update-text').fill('Room 2 at Heritage Park booked.');
    await booked.getByTestId('update-add').click();
    await booked.getByTestId('action-status').selectOption('done');
    await expect.poll(() => carried.count(), poll).toBe(2);
    await view.getByTestId('meeting-actions').screenshot({ path: 'test-output/side-panel-actions-carried.png' });

    // The action log across meetings, and its CSV.
    await view.getByTestId('nav-actions').click();
    await expect.poll(() => view.getByTestId('action-counts').textContent(), poll).toBe('2 open, 0 overdue, across all meetings.');
    await view.getByTestId('log-show').selectOption('all');
    await expect.poll(() => view.getByTestId('action-log').getByTestId('action-item').count(), poll).toBe(4);
    await view.screenshot({ path: 'test-output/side-panel-action-log.png', fullPage: true });
    const [download] = await Promise.all([view.waitForEvent('download'), view.getByTestId('export-csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF"Ref","Meeting","Meeting date","Action","Owner","Organisation","Due","Status","RAG","Update","Closed"\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    const byAction = new Map(rows.slice(1).map((row) => [row[3]!, row]));
    const year = new Date().getFullYear();
    const circulate = byAction.get('Circulate the utilisation data by PCN, including the Saturday did-not-attend rates, before the next meeting')!;
    expect(circulate.slice(1, 2)).toEqual([`${script.title} – November 2026`]);
    expect(circulate.slice(4, 9)).toEqual(['Daniel Okafor', 'NHS South Yorkshire ICB', expect.stringMatching(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}$/), 'Open', expect.stringMatching(/^(Amber|Green)$/)]);
    const booking = byAction.get('Book the room for the January development session')!;
    expect(booking[7]).toBe('Done');
    expect(booking[9]).toMatch(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}: Room 2 at Heritage Park booked\.$/);
    expect(booking[10]).not.toBe('');
    expect(byAction.get('Write to PCN clinical directors with the supervision scheme details')!.slice(4, 8)).toEqual(['Sarah Whitfield', 'NHS South Yorkshire ICB', '11 Dec 2026', 'Open']);
    expect(byAction.get("Decision: The minutes are approved as an accurate record, subject to James's amendment")![7]).toBe('Decided');
    expect(rows.slice(1).map((row) => row[0]).sort()).toEqual([`A-${year}-001`, `A-${year}-002`, `A-${year}-003`, `D-${year}-001`]);
  });

  it('shows overdue actions on the toolbar badge', async () => {
    const view = await openPanelInTab(browser.context, browser.extensionId);
    const badge = () => view.evaluate(() => (globalThis as unknown as WithChrome).chrome.action.getBadgeText({}));
    await expect.poll(badge, poll).toBe('');
    const meetingTitle = `${script.title} – December 2026`;
    await view.getByTestId('nav-history').click();
    await view.getByTestId('history-item').filter({ hasText: meetingTitle }).click();
    await view.getByTestId('add-action').click();
    await view.getByTestId('editor-text').fill('Return the estates survey');
    await view.getByTestId('editor-due').fill(isoDate(Date.now() - 3 * 86_400_000));
    await view.getByTestId('editor-save').click();
    await expect.poll(badge, poll).toBe('1');
    expect(await view.evaluate(() => (globalThis as unknown as WithChrome).chrome.action.getTitle({}))).toBe('Open the meeting companion (1 action is overdue)');
    const added = view.getByTestId('confirmed-actions').getByTestId('action-item').filter({ hasText: 'Return the estates survey' });
    await expect.poll(() => added.getByTestId('rag').textContent(), poll).toBe('Red');
    await added.getByTestId('action-status').selectOption('dropped');
    await expect.poll(badge, poll).toBe('');
  });
});
