import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMeetingExport } from '@/utils/core/meeting-export';
import { isPrimaryCare } from '@/utils/core/taxonomy';
import { loadMeetingScript, startSimulatedCall, startSimulatedTeamsCall } from '../../simulator/harness/meeting-hosts.mjs';
import { readExtensionStore } from '../../simulator/harness/extension-pages.mjs';
import { openPanelInTab, startBrowser, type Browser } from './helpers';
import { BUILTIN_ORGANISATIONS } from '@/utils/core/org-directory';

interface Script {
  title: string;
  meetCode: string;
  selfName: string;
  participants: { name: string; teamsName: string; sector: string | null }[];
  lines: { speaker: string; durationS: number }[];
}

const script = loadMeetingScript('primary-care-committee') as Script;
const SPEED = 40;
const poll = { timeout: 15_000, interval: 250 };

/** The script's true share of speaking time per sector, in percent. */
function trueSectorShares(): Map<string, number> {
  const sectorOf = new Map(script.participants.map((p) => [p.name, p.sector ?? 'unknown']));
  const bySector = new Map<string, number>();
  let total = 0;
  for (const line of script.lines) {
    const sector = sectorOf.get(line.speaker)!;
    bySector.set(sector, (bySector.get(sector) ?? 0) + line.durationS);
    total += line.durationS;
  }
  return new Map([...bySector].map(([sector, seconds]) => [sector, (seconds / total) * 100]));
}

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function exportFrom(view: Page) {
  const [download] = await Promise.all([view.waitForEvent('download'), view.getByTestId('export-json').click()]);
  const parsed = parseMeetingExport(readFileSync((await download.path())!, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('organisations and sectors', () => {
  it('ends a Teams meeting with NHSmail names and spoken introductions with the right sector shares in the side panel and the export', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://teams.microsoft.com/v2/');
    const self = script.participants.find((p) => p.name === script.selfName)!;
    await startSimulatedTeamsCall(page, { selfName: self.teamsName, title: script.title });
    await page.evaluate(([s, speed]) => window.teamsSim.play(s, { speed: speed as number, openPeopleAtS: 20, leaveAtEnd: true }), [script, SPEED] as const);

    const view = await openPanelInTab(browser.context, browser.extensionId, { height: 1400 });
    await view.getByTestId('nav-history').click();
    await view.getByTestId('history-item').filter({ hasText: script.title }).click();
    await expect.poll(() => view.getByTestId('sector-share-row').count(), poll).toBeGreaterThan(5);

    const truth = trueSectorShares();
    const panelShares = new Map(
      await view.getByTestId('sector-share-row').evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-name')!, Number.parseInt(r.querySelector('[data-testid="sector-share-share"]')!.textContent!, 10)] as const),
      ),
    );
    const exported = await exportFrom(view);
    const exportShares = new Map<string, number>(exported.organisations!.bySector.map((s) => [s.sector, s.shareRatio * 100]));
    for (const [sector, share] of truth) {
      const name = exported.organisations!.bySector.find((s) => String(s.sector) === sector)!.name;
      expect(Math.abs(exportShares.get(sector)! - share), `${sector} in the export`).toBeLessThan(2);
      expect(Math.abs(panelShares.get(name)! - share), `${sector} in the side panel`).toBeLessThanOrEqual(2);
    }
    const primaryTruth = [...truth].filter(([sector]) => isPrimaryCare(sector)).reduce((sum, [, share]) => sum + share, 0);
    expect(Math.abs(exported.organisations!.primaryCare.talkShareRatio * 100 - primaryTruth)).toBeLessThan(2);
    expect(await view.getByTestId('primary-care-talk-share').textContent()).toBe(`${Math.round(exported.organisations!.primaryCare.talkShareRatio * 100)}%`);
    for (const p of script.participants) {
      const row = exported.participants.find((x) => x.name === p.teamsName || x.name === p.teamsName.replace(' (Guest)', ''));
      if (p.sector === null) expect(row?.kind, p.name).toBe('room');
      else expect(row?.sector, p.name).toBe(p.sector);
    }
    expect(exported.organisations!.silentOrganisations.map((o) => o.name)).toContain('Sheffield Health Partnership University NHS Foundation Trust');
    await view.screenshot({ path: 'test-output/side-panel-sectors.png', fullPage: true });
    await view.close();
    await page.close();
  });

  it('resolves a Meet meeting from introductions alone, and remembers an organisation the user assigns', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://meet.google.com/${script.meetCode}`);
    await startSimulatedCall(page, { selfName: script.selfName, title: script.title });
    await page.evaluate(([s, speed]) => window.meetSim.play(s, { speed: speed as number, openPeopleAtS: 20, leaveAtEnd: true }), [script, SPEED] as const);

    const view = await openPanelInTab(browser.context, browser.extensionId, { height: 1400 });
    await view.getByTestId('nav-history').click();
    await view.getByTestId('history-item').filter({ hasText: script.title }).first().click();
    const rowFor = (name: string) => view.locator(`[data-testid="participant-org"][data-name="${name}"]`);
    await expect.poll(() => rowFor('Claire Bennett').getAttribute('data-sector'), poll).toBe('local_authority');
    expect(await rowFor('Dr Tom Richards').getAttribute('data-sector')).toBe('pcn');
    expect(await rowFor('Meeting Room 3').textContent()).toContain('shared room');
    // Mark Ellison never speaks or introduces himself: the user says who he is.
    expect(await rowFor('Mark Ellison').getAttribute('data-sector')).toBe('unknown');
    await rowFor('Mark Ellison').getByTestId('assign-org-open').click();
    await rowFor('Mark Ellison').getByTestId('assign-org-input').fill('Sheffield Health Partnership');
    await view.keyboard.press('Enter');
    await view.getByTestId('assign-new-sector').selectOption('community_mental_health_trust');
    await view.getByTestId('assign-new-save').click();
    await expect.poll(() => rowFor('Mark Ellison').getAttribute('data-sector'), poll).toBe('community_mental_health_trust');
    expect(await rowFor('Mark Ellison').textContent()).toContain('Sheffield Health Partnership');

    // The choice is remembered for the next meeting with the same person.
    const next = await browser.context.newPage();
    await next.goto('https://meet.google.com/nex-tmee-tng');
    await startSimulatedCall(next, { selfName: script.selfName, title: 'Next month', others: ['Mark Ellison'] });
    await next.evaluate(() => {
      window.meetSim.openPeople();
      window.meetSim.setRowText(window.meetSim.newRow('Mark Ellison'), 'Good morning.');
    });
    await next.bringToFront();
    const live = await openPanelInTab(browser.context, browser.extensionId, { height: 1200 });
    await expect
      .poll(() => live.locator('[data-testid="participant-org"][data-name="Mark Ellison"]').getAttribute('data-sector'), poll)
      .toBe('community_mental_health_trust');
    expect(await live.locator('[data-testid="participant-org"][data-name="Mark Ellison"]').textContent()).toContain('your choice');
    await live.close();
    await next.close();
    await view.close();
    await page.close();
  });
});

describe('the organisation directory', () => {
  const row = (code: string, name: string) =>
    Array.from({ length: 27 }, (_, i) => ({ 0: code, 1: name, 10: '19740401', 12: 'A', 25: '4' })[i as 0] ?? '').join(',');

  it('imports a good ODS file, refuses a malformed one without changing anything, and finds what it imported', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const good = Array.from({ length: 50 }, (_, i) => row(`C${88100 + i}`, `PRACTICE ${i}`)).concat(row('C88999', 'BIRCHFIELD MEDICAL PRACTICE')).join('\r\n');
    await options.getByTestId('ods-file').setInputFiles({ name: 'epraccur.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await expect.poll(() => options.getByTestId('ods-summary').textContent(), poll).toBe('51 rows accepted (51 organisations), 0 rejected, 0 skipped.');
    await options.getByTestId('ods-import').click();
    await expect.poll(() => options.getByTestId('ods-message').textContent(), poll).toMatch(/^Imported 51 organisations from epraccur\.csv \(\d+\.\d s\)\.$/);

    const malformed = 'Name,Email\r\nJo,jo@example.org\r\nSam,sam@example.org\r\n';
    await options.getByTestId('ods-file').setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(malformed) });
    await options.getByTestId('ods-kind').selectOption('epraccur');
    await expect.poll(() => options.getByTestId('ods-fatal').textContent(), poll).toMatch(/Nothing was imported\.$/);
    expect(await options.getByTestId('ods-import').isDisabled()).toBe(true);
    expect((await readExtensionStore(options, 'organisations')).length).toBe(51);
    expect((await readExtensionStore(options, 'odsImports')).length).toBe(1);
    await expect.poll(() => options.getByTestId('directory-counts').textContent(), poll).toMatch(new RegExp(`^${51 + BUILTIN_ORGANISATIONS.length} organisations: 51 imported from ODS`));

    await options.getByTestId('directory-search').fill('birchfield');
    await expect.poll(() => options.getByTestId('directory-rows').textContent(), poll).toContain('BIRCHFIELD MEDICAL PRACTICE');
    await options.screenshot({ path: 'test-output/options-page.png', fullPage: true });
    await options.close();
  });
});
