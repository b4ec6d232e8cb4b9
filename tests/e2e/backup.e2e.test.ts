import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKUP_TABLE_NAMES } from '@/utils/db/backup-format';
import { readExtensionStore } from '../../simulator/harness/extension-pages.mjs';
import { joinMeet, openPanelInTab, speak, startBrowser, store, type Browser } from './helpers';

const poll = { timeout: 15_000, interval: 250 };
const TITLE = 'Estates working group';
/** Caption text a hostile page could show; it must come back as text, never as markup. */
const HOSTILE = 'The <img src=x onerror=alert(1)> estates <b>survey</b> is due.';

const browsers: Browser[] = [];
afterAll(async () => {
  for (const browser of browsers) await browser.close();
});

async function start(): Promise<Browser> {
  const browser = await startBrowser();
  browsers.push(browser);
  return browser;
}

async function openOptions(browser: Browser): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByTestId('backup-download').waitFor();
  return options;
}

/** Every row of every table, read with raw IndexedDB. */
async function everyTable(page: Page): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLE_NAMES) tables[name] = await readExtensionStore(page, name);
  return tables;
}

describe('back up and restore in Chromium', () => {
  let backupText = '';
  let backupName = '';

  it('records a short meeting and downloads a backup of it from the options page', async () => {
    const browser = await start();
    const page = await joinMeet(browser.context, 'bak-upme-tng', { title: TITLE });
    await speak(page, 'Helen Marsh', 'Good morning, this is the estates working group.');
    await speak(page, 'Dr Aisha Malik', HOSTILE);
    await page.waitForTimeout(1_500);
    await page.evaluate(() => window.meetSim.leave());
    const options = await openOptions(browser);
    const db = store(options);
    await expect.poll(async () => (await db.meetingOf('bak-upme-tng'))?.endedAtMs ?? null, poll).not.toBeNull();

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('backup-download').click()]);
    backupName = download.suggestedFilename();
    backupText = readFileSync((await download.path())!, 'utf8');

    expect(backupName).toMatch(/^meeting-companion-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await expect.poll(() => options.getByTestId('backup-status').textContent(), poll).toBe(`Downloaded ${backupName}, with 1 meeting.`);
    const backup = JSON.parse(backupText);
    expect(backup).toMatchObject({ format: 'primary-care-meeting-companion/backup', schemaVersion: 6 });
    expect(backup.tables.meetings.map((m: { title: string }) => m.title)).toEqual([TITLE]);
    expect(backup.tables.utterances.map((u: { text: string }) => u.text)).toContain(HOSTILE);
    await browser.close();
  });

  it('in a fresh profile, refuses a hostile and a corrupt file with the reason and changes nothing, then restores the backup into Past meetings', async () => {
    expect(backupText).not.toBe('');
    const browser = await start();
    const options = await openOptions(browser);
    const before = await everyTable(options);
    expect(before.meetings).toEqual([]);

    const hostile = backupText.replace('"tables":{', '"tables":{"__proto__":{"isAdmin":true},');
    await options.getByTestId('backup-file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
    await expect.poll(() => options.getByTestId('backup-problems').textContent(), poll).toContain('contains a field named “__proto__”');
    expect(await options.getByRole('alert').count()).toBeGreaterThan(0);
    expect(await options.getByTestId('backup-restore-confirm').count()).toBe(0);

    const corrupt = backupText.slice(0, Math.floor(backupText.length / 2));
    await options.getByTestId('backup-file').setInputFiles({ name: 'cut-short.json', mimeType: 'application/json', buffer: Buffer.from(corrupt) });
    await expect.poll(() => options.getByTestId('backup-problems').textContent(), poll).toMatch(/^cut-short\.json cannot be restored, so nothing has changed\..*cut short/);
    expect(await everyTable(options)).toEqual(before);

    await options.getByTestId('backup-file').setInputFiles({ name: backupName, mimeType: 'application/json', buffer: Buffer.from(backupText) });
    await options.locator('[data-testid="backup-preview"], [data-testid="backup-problems"]').waitFor();
    expect(await options.locator('[data-testid="backup-preview"], [data-testid="backup-problems"]').textContent()).toMatch(/holds:1 meeting, 1 capture session, 2 captions, /);
    expect(await readExtensionStore(options, 'meetings')).toEqual([]);
    // The preview takes focus once it has been drawn (an effect after the paint), and the confirm button is the next stop.
    await expect.poll(() => options.evaluate(() => document.activeElement?.getAttribute('data-testid')), poll).toBe('backup-preview');
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('backup-restore-confirm');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByTestId('backup-status').textContent(), poll).toMatch(/^Restored\. 1 meeting was added and 0 meetings were replaced;/);

    const panel = await openPanelInTab(browser.context, browser.extensionId);
    await panel.getByTestId('nav-history').click();
    const item = panel.getByTestId('history-item').filter({ hasText: TITLE });
    await expect.poll(() => item.count(), poll).toBe(1);
    await item.click();
    await expect.poll(() => panel.locator('body').textContent(), poll).toContain('Dr Aisha Malik');
    expect(await panel.locator('img').count()).toBe(0);
    const restored = await store(options).utterancesOf('bak-upme-tng');
    expect(restored.map((u) => u.text)).toEqual(['Good morning, this is the estates working group.', HOSTILE]);
  });
});
