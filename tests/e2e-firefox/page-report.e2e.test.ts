import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulatedCall } from '../../simulator/harness/meeting-hosts.mjs';
import { asPage, clickTestId, startFirefox } from './helpers';

const poll = { timeout: 20_000, interval: 250 };
const MARKERS = ['quillonby', 'vantresca', 'hexalbury', 'crondwick', 'glimmerstave', 'snorvelling'];

let firefox: Awaited<ReturnType<typeof startFirefox>>;
/** The side panel's page open in an ordinary tab. */
let panel: string;
/** Why Firefox could not start (for example, not installed): each test fails with it rather than being skipped. */
let startError: unknown = null;

beforeAll(async () => {
  try {
    firefox = await startFirefox();
    panel = await firefox.openTab(`${firefox.baseUrl}/sidepanel.html`);
  } catch (error) {
    startError = error;
  }
});

beforeEach(() => {
  if (startError) throw startError;
});

afterAll(async () => {
  await firefox?.close();
});

describe('the page report in Firefox', () => {
  it('runs the collector in the meeting tab through tabs.executeScript and saves a report with no names or words', async () => {
    const meeting = await firefox.openTab('https://meet.google.com/pag-efir-fox');
    await startSimulatedCall(asPage(firefox, meeting), { selfName: 'Dr Quillonby Vantresca', title: 'Glimmerstave board', others: ['Hexalbury Crondwick'], openPeople: true });
    await firefox.evaluate(meeting, () => window.meetSim.setRowText(window.meetSim.newRow('Hexalbury Crondwick'), 'the Snorvelling figures'));
    // The download itself is Chromium's test: here the file's contents are caught as the panel hands them to the browser.
    await firefox.evaluate(panel, () => {
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        (window as unknown as { savedReport: Promise<string> }).savedReport = (blob as Blob).text();
        return original(blob);
      };
      return true;
    });
    // As a user would, wait until the panel shows the meeting before asking for its report: a click before then
    // (the panel still finding the meeting's tab on a busy machine) had nothing to report on.
    await expect.poll(() => firefox.evaluate(panel, () => document.body.textContent?.includes('Glimmerstave board') ?? false), poll).toBe(true);
    await expect.poll(() => clickTestId(firefox, panel, 'save-page-report'), poll).toBe(true);
    await expect
      .poll(() => firefox.evaluate(panel, () => document.querySelector('[data-testid="page-report-status"]')?.textContent ?? ''), poll)
      .toContain('Saved page-report-meet-');
    const text = await firefox.evaluate(panel, () => (window as unknown as { savedReport: Promise<string> }).savedReport);
    const report = JSON.parse(text) as { host: string; platform: string; browser: string; selectors: { name: string; matchedTier: number | null }[] };
    expect(report).toMatchObject({ host: 'meet.google.com', platform: 'meet' });
    expect(report.browser).toMatch(/^Firefox \d+$/);
    expect(report.selectors.find((g) => g.name === 'captionRegion')?.matchedTier).not.toBeNull();
    expect(MARKERS.filter((marker) => text.toLowerCase().includes(marker))).toEqual([]);
  });
});
