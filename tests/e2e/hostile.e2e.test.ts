import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExtensionStore } from '../../simulator/harness/extension-pages.mjs';
import { joinMeet, joinTeams, openPanelInTab, startBrowser, type Browser } from './helpers';

// Names and captions come from other people's meeting pages: treat them as hostile.
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const SVG = '"><svg onload=window.__pwned=3>';
const JS_URL = 'javascript:alert(1)';
const FORMULA = '=HYPERLINK("http://x")';
const RTL = 'Dr \u202Eevil\u202C Smith';
const ZWJ = 'Nurse 👩\u200D⚕️ Zoë\u200DAli 🇬🇧';
const LONG = `Long ${'word '.repeat(999)}end`; // 5,000 characters

const HOSTILE_NAMES = [IMG, SVG, RTL, ZWJ, FORMULA];
const HOSTILE_TEXTS = [IMG, SCRIPT, SVG, JS_URL, FORMULA, RTL, ZWJ, LONG];
const poll = { timeout: 15_000, interval: 250 };

let browser: Browser;
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await startBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const watch = (page: Page) => page.on('dialog', (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  browser.context.pages().forEach(watch);
  browser.context.on('page', watch);
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Elements a hostile string would have created if it were rendered as HTML:
 * event handler attributes, javascript: links, images with src "x", scripts
 * with the page's text. (Hostile text in text attributes such as data-name,
 * title or aria-label is text, and fine.) Empty when nothing was injected.
 */
function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attribute.name) && /^\s*javascript:/i.test(attribute.value)) found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
      }
      if (element.tagName === 'IMG' && element.getAttribute('src') === 'x') found.push('IMG src=x');
      if (element.tagName === 'SCRIPT' && /pwned/.test(element.textContent ?? '')) found.push('SCRIPT with page text');
    }
    const pwned = (window as unknown as { __pwned?: unknown }).__pwned;
    if (pwned !== undefined) found.push(`window.__pwned=${String(pwned)}`);
    return found;
  });
}

/** Whether the content script's own world on a meeting page was touched. */
async function contentScriptWorldPwned(page: Page): Promise<string> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const worlds: { id: number; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => worlds.push(event.context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.name === 'Primary Care Meeting Companion');
  if (!world) throw new Error('The content script’s world was not found on the meeting page');
  const reply = await cdp.send('Runtime.evaluate', { expression: 'typeof window.__pwned', contextId: world.id, returnByValue: true });
  await cdp.detach();
  return String(reply.result.value);
}

/** Every attribute value and text of the elements matching `selector`, for literal comparison. */
function namesShown(page: Page, testId: string): Promise<string[]> {
  return page.getByTestId(testId).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name') ?? ''));
}

async function readClipboard(view: Page): Promise<Record<string, string>> {
  return view.evaluate(async () => {
    const flavours: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) {
      for (const type of item.types) flavours[type] = await (await item.getType(type)).text();
    }
    return flavours;
  });
}

async function download(view: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([view.waitForEvent('download'), view.getByTestId(testId).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('hostile names and captions', () => {
  it('a Meet call: the side panel, the summary, the exports and the options page show them as text only', async () => {
    const title = 'Hostile Meet call';
    const meet = await joinMeet(browser.context, 'hos-tile-mtg', { title, others: HOSTILE_NAMES, openPeople: true });
    // Each hostile participant says a hostile text, a caption row at a time.
    for (const [i, text] of HOSTILE_TEXTS.entries()) {
      await meet.evaluate(([name, t]) => window.meetSim.setRowText(window.meetSim.newRow(name!), t!), [HOSTILE_NAMES[i % HOSTILE_NAMES.length], text]);
      await meet.waitForTimeout(300);
    }
    await meet.waitForTimeout(2_500);

    const view = await openPanelInTab(browser.context, browser.extensionId, { height: 1400 });
    await view.getByTestId('nav-history').click();
    await view.getByTestId('history-item').filter({ hasText: title }).click();
    await expect.poll(() => namesShown(view, 'participant-org'), poll).toEqual(expect.arrayContaining(HOSTILE_NAMES));
    const shownText = await view.locator('body').innerText();
    for (const name of HOSTILE_NAMES) expect(shownText, name).toContain(name);

    // The user assigns a (hostile) new organisation to a hostile name.
    const row = view.getByTestId('participant-org').filter({ hasText: IMG });
    await row.getByTestId('assign-org-open').click();
    await row.getByTestId('assign-org-input').fill(SVG);
    await view.keyboard.press('Enter');
    await view.getByTestId('assign-new-sector').selectOption('pcn');
    await view.getByTestId('assign-new-save').click();
    await expect.poll(() => row.getAttribute('data-sector'), poll).toBe('pcn');
    expect(await row.innerText()).toContain(SVG);

    // An action whose wording is a formula and markup, for the CSV.
    await view.getByTestId('add-action').click();
    await view.getByTestId('editor-text').fill(`${FORMULA} ${IMG}`);
    await view.getByTestId('editor-save').click();
    await expect.poll(() => view.getByTestId('action-item').filter({ hasText: FORMULA }).count(), poll).toBe(1);

    await meet.evaluate(() => window.meetSim.leave());
    await meet.waitForTimeout(1_500);
    expect(await injectedElements(view)).toEqual([]);

    // The JSON export keeps every text exactly, as data.
    const exported = JSON.parse(await download(view, 'export-json'));
    const exportedTexts = (exported.utterances as { text: string }[]).map((u) => u.text);
    for (const text of HOSTILE_TEXTS) expect(exportedTexts, text.slice(0, 40)).toContain(text);
    const exportedNames = (exported.participants as { name: string }[]).map((p) => p.name);
    expect(exportedNames).toEqual(expect.arrayContaining(HOSTILE_NAMES));

    // The summary: shown as text, copied as escaped HTML and plain text, saved as escaped Markdown.
    await view.getByTestId('open-summary').click();
    await expect.poll(() => view.getByTestId('summary-document').innerText(), poll).toContain(IMG);
    expect(await injectedElements(view)).toEqual([]);
    await view.getByTestId('summary-copy').click();
    await expect.poll(() => view.getByTestId('summary-status').textContent(), poll).toContain('Copied.');
    const clipboard = await readClipboard(view);
    const html = clipboard['text/html']!;
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg');
    expect(html).toContain('&lt;img src=x onerror=');
    expect(clipboard['text/plain']).toContain(IMG);
    // The copied HTML, parsed as Outlook would, holds the names as text and creates nothing.
    const parsed = await view.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'text/html');
      return { text: doc.body.textContent ?? '', injected: doc.querySelectorAll('img, svg, script, [onerror], [onload]').length };
    }, html);
    expect(parsed.injected).toBe(0);
    expect(parsed.text).toContain(IMG);
    const markdown = await download(view, 'summary-markdown');
    // CommonMark reads a backslash-escaped < as text, never as an HTML tag.
    expect(markdown).toContain('\\<img src=x onerror=');
    expect(markdown.match(/(^|[^\\])<[a-z!/?]/gim)).toBeNull();
    await view.getByTestId('summary-back').click();

    // The action log CSV: the formula cannot run in a spreadsheet.
    await view.getByTestId('nav-actions').click();
    const csv = await download(view, 'export-csv');
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv).toContain('HYPERLINK(""http://x"")');

    // The options page lists the remembered choice for the hostile name as text.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('mapping-rows').innerText(), poll).toContain(IMG);
    expect(await options.getByTestId('mapping-rows').innerText()).toContain(SVG);
    expect(await injectedElements(options)).toEqual([]);

    expect(await contentScriptWorldPwned(meet)).toBe('undefined');
    expect(await meet.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await Promise.all([options.close(), view.close(), meet.close()]);
  });

  it('a Teams call: hostile NHSmail-style names and an unknown speaker’s hostile caption stay text', async () => {
    const title = 'Hostile Teams call';
    const names = [`${IMG} (TOWNSHIPS 1 PCN)`, `SMITH, ${SVG} (NHS SOUTH YORKSHIRE ICB)`, `${FORMULA}`, RTL, ZWJ];
    const teams = await joinTeams(browser.context, 'https://teams.microsoft.com/v2/', { title, others: names, openPeople: true });
    for (const [i, text] of [...HOSTILE_TEXTS, IMG].entries()) {
      // The last entry has no readable author: an unknown speaker for the user to assign.
      const author = i < HOSTILE_TEXTS.length ? names[i % names.length]! : '';
      await teams.evaluate(([a, t]) => window.teamsSim.setRowText(window.teamsSim.newRow(a!), t!), [author, text]);
      await teams.waitForTimeout(300);
    }
    await teams.waitForTimeout(2_500);
    await teams.bringToFront();
    const view = await openPanelInTab(browser.context, browser.extensionId, { height: 1400 });

    // What was stored is shown exactly: names as the extension read them, the unknown speaker's caption.
    const meeting = ((await readExtensionStore(view, 'meetings')) as { id: string; title: string }[]).find((m) => m.title === title)!;
    const stored = ((await readExtensionStore(view, 'participants')) as { meetingId: string; name: string }[])
      .filter((p) => p.meetingId === meeting.id)
      .map((p) => p.name);
    expect(stored.length).toBeGreaterThanOrEqual(names.length);
    const texts = ((await readExtensionStore(view, 'utterances')) as { meetingId: string; text: string }[]).filter((u) => u.meetingId === meeting.id).map((u) => u.text);
    for (const text of HOSTILE_TEXTS) expect(texts, text.slice(0, 40)).toContain(text);
    await expect.poll(() => namesShown(view, 'participant-org'), poll).toEqual(expect.arrayContaining(stored));
    expect(stored.some((name) => name.includes('<img src=x'))).toBe(true);
    await expect.poll(() => view.getByTestId('unknown-caption').innerText(), poll).toContain(IMG);
    const shownText = await view.locator('body').innerText();
    for (const name of stored) expect(shownText, name).toContain(name);
    expect(await injectedElements(view)).toEqual([]);

    await teams.evaluate(() => window.teamsSim.leave());
    expect(await contentScriptWorldPwned(teams)).toBe('undefined');
    expect(dialogs).toEqual([]);
    await Promise.all([view.close(), teams.close()]);
  });

  it('would notice: the same strings rendered as HTML in an extension page are caught, though the CSP stops them running', async () => {
    const view = await openPanelInTab(browser.context, browser.extensionId);
    await view.evaluate((markup) => {
      const div = document.createElement('div');
      div.innerHTML = markup; // the mistake the checks exist to catch
      document.body.append(div);
    }, `${IMG}${SVG}<a href="${JS_URL}">link</a>`);
    expect(await injectedElements(view)).toEqual(
      expect.arrayContaining(['IMG onerror=window.__pwned=1', 'IMG src=x', 'svg onload=window.__pwned=3', 'a href=javascript:alert(1)']),
    );
    // Extension pages forbid inline handlers, so nothing ran: the DOM check is what finds it.
    expect(await view.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await view.close();
  });
});
