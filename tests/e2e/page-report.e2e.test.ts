import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinMeet, joinTeams, openPanelInTab, startBrowser, type Browser } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const poll = { timeout: 15_000, interval: 200 };
const OUTPUT = join(__dirname, '..', '..', 'test-output');
const VERSION = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

/** Invented names and words for the call; none may reach the report. */
const SELF = 'Dr Quillonby Vantresca';
const OTHERS = ['Hexalbury Crondwick', 'Zephyrine Oxbrindle (Marrowfax PCN)'];
const SAID = 'the Glimmerstave budget goes to Snorvelling on Friday';
const MARKERS = ['pag-erep-ort', 'quillonby', 'vantresca', 'hexalbury', 'crondwick', 'zephyrine', 'oxbrindle', 'marrowfax', 'glimmerstave', 'snorvelling', 'friday', 'budget'];

interface SavedReport {
  format: string;
  extensionVersion: string;
  browser: string;
  createdAt: string;
  host: string;
  platform: string;
  selectors: { name: string; matchedTier: number | null; tiers: { selector: string; count: number }[] }[];
  counts: { listedNodes: number };
  tree: unknown;
}

/** Opens the page report disclosure, saves the report and reads the file the browser saved. */
async function saveReport(view: Page): Promise<{ fileName: string; report: SavedReport; text: string }> {
  await view.getByTestId('page-report').locator('summary').click();
  const [file] = await Promise.all([view.waitForEvent('download'), view.getByTestId('save-page-report').click()]);
  const text = readFileSync((await file.path())!, 'utf8');
  return { fileName: file.suggestedFilename(), report: JSON.parse(text) as SavedReport, text };
}

describe('the page report in Chromium', () => {
  // First, while no meeting has been recorded: the panel shows its first-run page.
  it('says plainly when the tab beside the panel is not a meeting', async () => {
    const view = await openPanelInTab(browser.context, browser.extensionId);
    await expect.poll(() => view.getByTestId('no-meeting').isVisible(), poll).toBe(true);
    await view.getByTestId('page-report').locator('summary').click();
    await view.getByTestId('save-page-report').click();
    // The panel's own tab is the active one here: the browser refuses, and the panel says what to do.
    await expect.poll(() => view.getByTestId('page-report-error').textContent(), poll).toContain('Google Meet or Teams call');
    await view.close();
  });

  it('saves a Meet call page’s structure, which selector tiers matched, the version and the browser, and no names or words', async () => {
    const meet = await joinMeet(browser.context, 'pag-erep-ort', { title: 'Glimmerstave board', selfName: SELF, others: OTHERS, openPeople: true });
    await meet.evaluate(([name, text]) => window.meetSim.setRowText(window.meetSim.newRow(name!), text!), [OTHERS[0], SAID]);
    const view = await openPanelInTab(browser.context, browser.extensionId);
    await expect.poll(() => view.getByTestId('meeting-title').textContent(), poll).toBe('Glimmerstave board');

    const { fileName, report, text } = await saveReport(view);

    expect(fileName).toMatch(/^page-report-meet-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    expect(await view.getByTestId('page-report-status').textContent()).toContain(`Saved ${fileName}`);
    expect(report).toMatchObject({ format: 'primary-care-meeting-companion/page-report', extensionVersion: VERSION, host: 'meet.google.com', platform: 'meet' });
    expect(report.browser).toMatch(/^Chrom(e|ium) \d+$/);
    const group = (name: string) => report.selectors.find((g) => g.name === name);
    expect(group('captionRegion')?.matchedTier).not.toBeNull();
    expect(group('leaveCallButton')?.matchedTier).not.toBeNull();
    expect(group('lobbyJoinButton')?.matchedTier).toBeNull();
    expect(text).toContain('"captionRegion"');
    expect(report.counts.listedNodes).toBeGreaterThan(20);
    const lower = text.toLowerCase();
    expect(MARKERS.filter((marker) => lower.includes(marker))).toEqual([]);
    // Kept for a look at what a report of the simulated page holds.
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, 'page-report-meet.json'), text);
    await view.close();
    await meet.close();
  });

  it('stays quick and bounded on a huge page', async () => {
    const meet = await joinMeet(browser.context, 'hug-epag-ers', { title: 'Huge page', selfName: SELF, others: OTHERS });
    await meet.evaluate(() => {
      const filler = document.createElement('div');
      for (let i = 0; i < 400; i += 1) {
        const group = document.createElement('div');
        group.className = 'Qx7uuf';
        for (let j = 0; j < 250; j += 1) group.append(Object.assign(document.createElement('span'), { textContent: 'Quillonby' }));
        filler.append(group);
      }
      document.body.prepend(filler);
    });
    const view = await openPanelInTab(browser.context, browser.extensionId);
    await expect.poll(() => view.getByTestId('meeting-title').textContent(), poll).toBe('Huge page');

    const startedMs = Date.now();
    const { report, text } = await saveReport(view);
    const tookMs = Date.now() - startedMs;

    expect(report.counts.listedNodes).toBeLessThanOrEqual(8_000);
    expect(text.length).toBeLessThan(1_500_000);
    expect(report.selectors.find((g) => g.name === 'captionRegion')?.matchedTier).not.toBeNull();
    expect(text.toLowerCase()).not.toContain('quillonby');
    // 100,000 extra elements; a generous limit for two shared cores.
    expect(tookMs).toBeLessThan(10_000);
    await view.close();
    await meet.close();
  });

  it('saves a Teams call page’s report, with no names', async () => {
    const teams = await joinTeams(browser.context, 'https://teams.microsoft.com/v2/', {
      title: 'Teams board',
      selfName: 'VANTRESCA, Quillonby (MARROWFAX PCN)',
      others: ['CRONDWICK, Hexalbury (NHS OXBRINDLE ICB - 03N)'],
      openPeople: true,
    });
    const view = await openPanelInTab(browser.context, browser.extensionId);
    await expect.poll(() => view.getByTestId('meeting-title').textContent(), poll).toBe('Teams board');

    const { report, text } = await saveReport(view);

    expect(report).toMatchObject({ host: 'teams.microsoft.com', platform: 'teams' });
    expect(report.selectors.find((g) => g.name === 'hangupButton')?.matchedTier).not.toBeNull();
    const lower = text.toLowerCase();
    expect(MARKERS.filter((marker) => lower.includes(marker))).toEqual([]);
    await view.close();
    await teams.close();
  });

});
