import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMeetingScript } from '../../simulator/harness/meeting-hosts.mjs';
import { joinMeet, openPanelInTab, startBrowser, type Browser } from './helpers';

const script = loadMeetingScript('primary-care-committee') as { title: string; meetCode: string; selfName: string; participants: { name: string }[] };
const SPEED = 40;
const poll = { timeout: 20_000, interval: 250 };

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
  // The side panel writes to the clipboard; the test reads it back from the same origin.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Print dialogues would block a headless run; count the calls instead.
  await browser.context.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset.printed = String(Number(document.documentElement.dataset.printed ?? 0) + 1);
    };
  });
});
afterAll(async () => {
  await browser?.close();
});

/** Both clipboard flavours, as a mail app or Word would read them. */
function readClipboard(view: Page): Promise<Record<string, string>> {
  return view.evaluate(async () => {
    const flavours: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) {
      for (const type of item.types) flavours[type] = await (await item.getType(type)).text();
    }
    return flavours;
  });
}

/** The text of a Word document's body, paragraph by paragraph. */
function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .map((text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'))
    .filter(Boolean);
}

describe('the primary care summary', () => {
  it('copies the demo meeting’s summary as rich and plain text, prints it, and saves it as a Word document', async () => {
    const meet = await joinMeet(browser.context, script.meetCode, {
      title: script.title,
      selfName: script.selfName,
      others: script.participants.map((p) => p.name).filter((name) => name !== script.selfName),
      openPeople: true,
    });
    await meet.evaluate(([s, speed]) => window.meetSim.play(s, { speed: speed as number, leaveAtEnd: true }), [script, SPEED] as const);

    const view = await openPanelInTab(browser.context, browser.extensionId, { height: 1400 });
    await view.getByTestId('nav-history').click();
    await view.getByTestId('history-item').filter({ hasText: script.title }).click();
    // Confirm one action and one decision, as a delegate would before sharing.
    const suggestion = (text: string) => view.getByTestId('suggestion').filter({ hasText: text });
    await suggestion('Circulate the utilisation data by PCN').getByTestId('suggestion-confirm').click();
    await suggestion('The minutes are approved').getByTestId('suggestion-confirm').click();
    await expect.poll(() => view.getByTestId('action-item').count(), poll).toBeGreaterThanOrEqual(2);

    await view.getByTestId('open-summary').click();
    const preview = view.getByTestId('summary-document');
    await expect.poll(() => preview.locator('h1').textContent(), poll).toMatch(new RegExp(`^Primary care summary: ${script.title}, \\w`));
    await view.screenshot({ path: 'test-output/side-panel-summary.png', fullPage: true });

    // Copy: one click puts rich text and plain text on the clipboard together.
    await view.getByTestId('summary-copy').click();
    await expect.poll(() => view.getByTestId('summary-status').textContent(), poll).toContain('Copied.');
    const clipboard = await readClipboard(view);
    expect(Object.keys(clipboard).sort()).toEqual(['text/html', 'text/plain']);
    const html = clipboard['text/html']!;
    const text = clipboard['text/plain']!;
    expect(html).toContain(`Primary care summary: ${script.title}`);
    expect(html).toMatch(/<table[^>]*style="[^"]*border-collapse/);
    expect(html).toContain('Circulate the utilisation data by PCN');
    expect(html).not.toContain('<script');
    expect(text.split('\n')[0]).toBe(await preview.locator('h1').textContent());
    for (const heading of ['THE MEETING', 'SHARE OF VOICE', 'WHO WAS THERE', 'DECISIONS', 'ACTIONS', 'PRIMARY CARE MOMENTS', 'TO FOLLOW UP']) {
      expect(text).toContain(`\n${heading}\n`);
    }
    expect(text).toMatch(/Primary care had \d+% of the talking/);
    expect(text).toContain('Circulate the utilisation data by PCN');
    expect(text).toContain('The minutes are approved');
    expect(text).not.toMatch(/<[a-z]/i);

    // Print: a tab with the summary alone, and the print dialogue opened once.
    const [printPage] = await Promise.all([browser.context.waitForEvent('page'), view.getByTestId('summary-print').click()]);
    await printPage.waitForLoadState();
    await expect.poll(() => printPage.getByTestId('print-view').locator('h1').textContent(), poll).toContain(`Primary care summary: ${script.title}`);
    await expect.poll(() => printPage.evaluate(() => document.documentElement.dataset.printed), poll).toBe('1');
    expect(await printPage.locator('.tabs').count()).toBe(0);
    await printPage.close();

    // Word: the library loads on demand and the document holds the summary.
    const [download] = await Promise.all([view.waitForEvent('download'), view.getByTestId('summary-word').click()]);
    expect(download.suggestedFilename()).toMatch(/^summary-\d{4}-\d{2}-\d{2}-sheffield-place-primary-care-commissioning-committee\.docx$/);
    const paragraphs = docxParagraphs(readFileSync((await download.path())!));
    expect(paragraphs[0]).toBe(text.split('\n')[0]);
    for (const heading of ['The meeting', 'Share of voice', 'Who was there', 'Decisions', 'Actions', 'Primary care moments', 'To follow up', 'About this summary']) {
      expect(paragraphs).toContain(heading);
    }
    expect(paragraphs.join('\n')).toMatch(/Primary care had \d+% of the talking/);
    expect(paragraphs.some((p) => p.includes('Circulate the utilisation data by PCN'))).toBe(true);
    await expect.poll(() => view.getByTestId('summary-status').textContent(), poll).toContain('.docx to your downloads');
  });
});
