import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clippedTabs, recordAxe, runAxe, screenshotAtWidths, seriousFindings, sidewaysOverflow } from './accessibility';
import { openPanelInTab, startBrowser, type Browser } from './helpers';

const SAMPLE = join(__dirname, '..', '..', 'simulator', 'series', 'sheffield-pcc-earlier-meetings.backup.json');
const poll = { timeout: 20_000, interval: 250 };

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a series in one picture', () => {
  it('restores six meetings of a committee, shows primary care’s voice meeting by meeting from Past meetings, and downloads the figures and the evidence pack', async () => {
    // Six monthly meetings, restored through the options page as a user would.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('backup-file').setInputFiles({ name: 'sheffield-pcc.json', mimeType: 'application/json', buffer: readFileSync(SAMPLE) });
    await options.getByTestId('backup-restore-confirm').click();
    await expect.poll(() => options.getByTestId('backup-status').textContent(), poll).toMatch(/^Restored\. 6 meetings were added/);

    const panel = await openPanelInTab(browser.context, browser.extensionId, { width: 360, height: 1400 });
    await panel.getByTestId('nav-history').click();
    await panel.getByTestId('history-series').first().click();
    await panel.getByTestId('series-evidence').waitFor();

    // The chart's words state the trend with figures; its table has a row a meeting, oldest first.
    expect(await panel.getByTestId('series-trend').textContent()).toMatch(/^Across 6 meetings.*primary care held \d+% of the seats and \d+% of the talk.*fell/);
    await panel.getByTestId('series-table-toggle').click();
    const rows = panel.getByTestId('series-table-row');
    expect(await rows.count()).toBe(6);
    expect(await panel.getByTestId('series-table-talk').allTextContents()).toEqual(['36%', '31%', '29%', '25%', '24%', '21%']);
    // The decisions taken without primary care, meeting by meeting.
    expect(await panel.getByTestId('series-decision-meeting').count()).toBe(2);
    expect(await panel.getByTestId('series-decision').allTextContents()).toEqual([expect.stringMatching(/^D-2026-\d{3}/), expect.stringMatching(/^D-2026-\d{3}/)]);
    // No serious accessibility problem, and nothing scrolls sideways at any panel width.
    const findings = await runAxe(panel);
    recordAxe('panel-series', findings);
    expect(seriousFindings(findings)).toEqual([]);
    await screenshotAtWidths(panel, 'panel-series', async (width) => {
      expect(await sidewaysOverflow(panel), `series at ${width}px`).toEqual([]);
      expect(await clippedTabs(panel), `series tab bar at ${width}px`).toEqual([]);
    });

    // The figures for Excel: one row a meeting.
    const [csvDownload] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('series-pack-csv').click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^series-sheffield-place-primary-care-commissioning-committee-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    const table = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(table[0]).toEqual(['Date', 'Title', 'People', 'Primary care people', 'Primary care share of people', 'Primary care share of talk', 'Decisions', 'Decisions without primary care', 'Actions open']);
    expect(table.slice(1).map((row) => row[5])).toEqual(['36%', '31%', '29%', '25%', '24%', '21%']);

    // The evidence pack as a Word document.
    const [docx] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('series-pack-word').click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    expect(readFileSync((await docx.path())!).subarray(0, 2).toString()).toBe('PK');

    // A meeting of the series opens from the view, and back.
    await panel.getByTestId('series-open-meeting').first().click();
    await panel.getByTestId('meeting-title').waitFor();
    await panel.getByTestId('open-series').click();
    await panel.getByTestId('series-evidence').waitFor();
  });
});
