import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExtensionStore } from '../../simulator/harness/extension-pages.mjs';
import { openPanelInTab, startBrowser, type Browser } from './helpers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'transcripts');
const SHOTS = join(__dirname, '..', '..', 'test-output', 'import');
const poll = { timeout: 15_000, interval: 250 };

let browser: Browser;
let panel: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await startBrowser();
  panel = await openPanelInTab(browser.context, browser.extensionId, { width: 400, height: 1_000 });
  await panel.getByTestId('nav-history').click();
});

afterAll(async () => {
  await browser?.close();
});

/** Drops a fixture onto the import area as the browser does for a file dragged from the desktop. */
async function dropFixture(page: Page, name: string): Promise<void> {
  const bytes = [...readFileSync(join(FIXTURES, name))];
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(content as number[])], fileName as string));
      return transfer;
    },
    [name, bytes] as const,
  );
  await page.getByTestId('import-drop').dispatchEvent('dragenter', { dataTransfer });
  await page.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer });
}

describe('importing transcripts in Chromium', () => {
  it('imports a Teams WebVTT file from the Past meetings tab: preview, save, the meeting with its figures, and its summary', async () => {
    const input = panel.getByLabel('Import a transcript', { exact: true });
    expect(await input.getAttribute('type')).toBe('file');
    await input.setInputFiles(join(FIXTURES, 'teams-2026-11-18-pcc.vtt'));
    await panel.getByTestId('import-preview').waitFor();
    expect(await panel.getByTestId('import-format').textContent()).toBe('Microsoft Teams transcript (WebVTT, .vtt): teams-2026-11-18-pcc.vtt');
    expect(await panel.getByTestId('import-figures').textContent()).toBe('4 speakers, 97 words in 8 utterances, 0:58 long.');
    expect(await panel.getByTestId('import-skipped').textContent()).toContain('1 cue with a time that could not be read (line 36)');
    await panel.getByTestId('import-title').fill('Primary Care Commissioning Committee');
    await panel.getByTestId('import-date').fill('2026-11-18');
    await panel.getByTestId('import-time').fill('10:00');
    await panel.setViewportSize({ width: 400, height: 1_400 });
    await panel.getByTestId('transcript-import').screenshot({ path: join(SHOTS, 'import-preview.png') });
    await panel.setViewportSize({ width: 400, height: 1_000 });

    await panel.getByTestId('import-save').click();
    await expect.poll(() => panel.getByTestId('import-message').textContent(), poll).toContain('Saved “Primary Care Commissioning Committee” (18 Nov 2026)');
    await expect.poll(() => panel.getByTestId('history-item').first().textContent(), poll).toContain('Imported transcript · 18 Nov 2026 10:00');

    const utterances = (await readExtensionStore(panel, 'utterances')) as { speaker: string; text: string; startMs: number }[];
    expect(utterances.sort((a, b) => a.startMs - b.startMs).map((u) => u.speaker)).toEqual([
      'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)',
      'RICHARDS, Tom (TOWNSHIPS 1 PCN)',
      'Ó BRIAIN, Siân (SHEFFIELD CITY COUNCIL)',
      'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)',
      'RICHARDS, Tom (TOWNSHIPS 1 PCN)',
      'Unknown speaker',
      'Daniel Okafor',
      'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)',
    ]);

    await panel.getByTestId('import-open').click();
    await panel.getByTestId('talk-source').waitFor();
    expect(await panel.getByTestId('meeting-title').textContent()).toBe('Primary Care Commissioning Committee');
    expect(await panel.getByTestId('talk-source').textContent()).toBe('Talk time from the transcript’s timings, share of talk time. Total 0:45 from 4 speakers.');
    await panel.getByTestId('share-view-person').click();
    await expect.poll(() => panel.getByTestId('talk-row').count(), poll).toBe(4);
    await expect.poll(() => panel.getByTestId('suggestion').count(), poll).toBeGreaterThanOrEqual(2);
    expect(await panel.getByTestId('health-import').textContent()).toContain('Imported on');
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.screenshot({ path: join(SHOTS, 'imported-meeting.png') });
    await panel.screenshot({ path: join(SHOTS, 'imported-meeting-full.png'), fullPage: true });

    await panel.getByTestId('open-summary').click();
    await panel.getByTestId('summary-document').waitFor();
    const summary = (await panel.getByTestId('summary-document').textContent()) ?? '';
    expect(summary).toContain('Microsoft Teams transcript (WebVTT, .vtt), imported');
    expect(summary).toContain('the transcript’s timings');
    expect(summary).toContain('Townships 1 PCN');
    await panel.screenshot({ path: join(SHOTS, 'imported-summary.png') });
  });

  it('imports the Teams Word transcript dropped onto the options page, with the title and date it states, into the same series', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await dropFixture(options, 'teams-2026-11-18-pcc.docx');
    await options.getByTestId('import-preview').waitFor();
    expect(await options.getByTestId('import-format').textContent()).toBe('Microsoft Teams transcript (Word document, .docx): teams-2026-11-18-pcc.docx');
    expect(await options.getByTestId('import-title').inputValue()).toBe('Primary Care Commissioning Committee');
    expect([await options.getByTestId('import-date').inputValue(), await options.getByTestId('import-time').inputValue()]).toEqual(['2026-11-18', '10:00']);
    await options.getByTestId('import-date').fill('2026-12-16');
    await options.getByTestId('import-save').click();
    await options.getByTestId('import-message').waitFor();
    const meetings = (await readExtensionStore(options, 'meetings')) as { platform: string; seriesId: string; importedFrom: { layout: string } }[];
    expect(meetings.map((m) => [m.platform, m.importedFrom.layout])).toEqual(
      expect.arrayContaining([
        ['import', 'teams-vtt'],
        ['import', 'teams-timed-lines'],
      ]),
    );
    expect(new Set(meetings.map((m) => m.seriesId)).size).toBe(1);
    await options.close();
  });

  it('refuses an empty file and a damaged Word document in plain English, storing nothing', async () => {
    await panel.getByTestId('nav-history').click();
    const before = ((await readExtensionStore(panel, 'meetings')) as unknown[]).length;
    await panel.getByLabel('Import a transcript', { exact: true }).setInputFiles(join(FIXTURES, 'empty.txt'));
    await expect.poll(() => panel.getByTestId('import-error').textContent(), poll).toBe('empty.txt: This file is empty. Nothing was imported.');
    await dropFixture(panel, 'damaged.docx');
    await expect.poll(() => panel.getByTestId('import-error').textContent(), poll).toContain('This Word document is damaged');
    expect(await panel.getByRole('alert').count()).toBeGreaterThan(0);
    expect(((await readExtensionStore(panel, 'meetings')) as unknown[]).length).toBe(before);
  });
});
