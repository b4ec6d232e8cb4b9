import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProfileDir, findWelcomePage } from '../../simulator/harness/browsers.mjs';
import { loadMeetingScript } from '../../simulator/harness/meeting-hosts.mjs';
import { clippedTabs, recordAxe, runAxe, screenshotAtWidths, seriousFindings, sidewaysOverflow } from './accessibility';
import { joinMeet, openPanelInTab, startBrowser, type Browser } from './helpers';

// Every view of the side panel, the options page and the welcome page: axe
// finds no serious or critical violation, nothing scrolls sideways at 320,
// 360 or 500 px (screenshots in test-output/), and the keyboard journeys
// keep the user's place.
const script = loadMeetingScript('primary-care-committee') as { title: string; meetCode: string; selfName: string; participants: { name: string }[] };
const SPEED = 40;
const poll = { timeout: 20_000, interval: 250 };

let browser: Browser;
let meet: Page;
let view: Page;
const profileDir = createProfileDir();

beforeAll(async () => {
  browser = await startBrowser({ profileDir, keepWelcomePage: true });
});
afterAll(async () => {
  await browser?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

/** Axe's verdict on the page as it is now, kept for the report; the serious and critical findings. */
async function axeSerious(page: Page, name: string): Promise<string[]> {
  const findings = await runAxe(page);
  recordAxe(name, findings);
  return seriousFindings(findings);
}

/** Screenshots at every panel width, checking at each that nothing scrolls sideways and the tab bar is whole. */
async function checkWidths(page: Page, name: string): Promise<void> {
  await screenshotAtWidths(page, name, async (width) => {
    expect(await sidewaysOverflow(page), `${name} at ${width}px`).toEqual([]);
    expect(await clippedTabs(page), `${name} tab bar at ${width}px`).toEqual([]);
  });
  await page.setViewportSize({ width: 380, height: 1400 });
}

/** What has focus in the page: its test id, label, and the suggestion or row it belongs to. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      testId: el?.dataset.testid ?? null,
      id: el?.id ?? null,
      label: el?.getAttribute('aria-label') ?? null,
      suggestion: el?.closest('li.suggestion')?.querySelector('[data-testid="suggestion-text"]')?.textContent ?? null,
    };
  });
}

describe('the axe check itself', () => {
  // Negative control: axe must find what it is here to catch, in an extension page under its policy.
  it('finds a list with role=status (listitem), an image without text and a missing h1 when they are there', async () => {
    const page = await openPanelInTab(browser.context, browser.extensionId);
    await page.evaluate(() => {
      document.body.innerHTML = '<main><ul role="status"><li>Captions are off</li></ul><img src="/icon/16.png"><h2>Only a sub-heading</h2></main>';
    });
    const ids = (await runAxe(page)).map((f) => `${f.impact} ${f.id}`);
    expect(ids).toEqual(expect.arrayContaining(['serious listitem', 'critical image-alt', 'moderate page-has-heading-one']));
    await page.close();
  });
});

describe('the first run', () => {
  it('opens the welcome page when the extension is installed, with no serious accessibility problem at any width', async () => {
    const welcome = await findWelcomePage(browser.context, browser.extensionId);
    expect(welcome, 'the welcome page opened on install').not.toBeNull();
    const page = welcome!;
    await page.waitForSelector('[data-testid="welcome"]');
    expect(await page.locator('h1').allTextContents()).toEqual(['Welcome to the Primary Care Meeting Companion']);
    expect(await page.getByTestId('getting-started').locator(':scope > li').count()).toBe(3);
    expect(await axeSerious(page, 'welcome page')).toEqual([]);
    await checkWidths(page, 'welcome');
    await page.close();
  });

  it('shows the panel with no meeting as an h1 and three steps, and Past meetings names Teams as well as Meet', async () => {
    view = await openPanelInTab(browser.context, browser.extensionId, { height: 1400 });
    await view.getByTestId('no-meeting').waitFor();
    expect(await view.locator('h1').allTextContents()).toEqual(['No meeting is being recorded in this tab']);
    const steps = view.getByTestId('getting-started').locator(':scope > li');
    expect(await steps.locator('h2').allTextContents()).toEqual(['Join the call in this browser', 'Turn on captions, then open People', 'What is kept, and where']);
    expect(await steps.nth(0).textContent()).toContain('Continue on this browser');
    expect(await axeSerious(view, 'side panel, first run')).toEqual([]);
    await checkWidths(view, 'panel-first-run');

    await view.getByTestId('nav-history').click();
    expect(await view.getByTestId('history-empty').textContent()).toContain('Google Meet or Microsoft Teams');
    expect(await axeSerious(view, 'side panel, Past meetings (none yet)')).toEqual([]);
    await checkWidths(view, 'panel-past-meetings-empty');
  });
});

describe('a meeting, from the keyboard, at every width', () => {
  beforeAll(async () => {
    meet = await joinMeet(browser.context, script.meetCode, {
      title: script.title,
      selfName: script.selfName,
      others: script.participants.map((p) => p.name).filter((name) => name !== script.selfName),
      openPeople: true,
    });
    await meet.evaluate(([s, speed]) => window.meetSim.play(s, { speed: speed as number, leaveAtEnd: false }), [script, SPEED] as const);
    await view.bringToFront();
    await view.getByTestId('nav-current').click();
    await view.getByTestId('suggestion').nth(3).waitFor({ timeout: 20_000 });
  });

  it('shows the live meeting with no serious accessibility problem, and the timeline reads from the keyboard', async () => {
    expect(await view.locator('h1').count()).toBe(1);
    const strip = view.getByTestId('timeline-strip');
    await strip.focus();
    await view.keyboard.press('ArrowRight');
    await view.keyboard.press('ArrowRight');
    expect(await strip.getAttribute('aria-valuenow')).toBe('3');
    expect(await strip.getAttribute('aria-valuetext')).toMatch(/^Stretch 3 of \d+: \d\d:\d\d for \d[^,]*, .+: .+/);
    expect(await view.getByTestId('timeline-detail').textContent()).toMatch(/^\d\d:\d\d for \d[^,]*, .+: .+/);
    expect(await axeSerious(view, 'side panel, live meeting')).toEqual([]);
    await checkWidths(view, 'panel-live');
  });

  it('tallies by keyboard: a typed party gets key 1 and keeps it when someone joins; Enter returns to the pad; U undoes, Backspace does not', async () => {
    await view.getByTestId('nav-tally').click();
    await view.getByTestId('tally-add-input').focus();
    await view.keyboard.type('Room phone');
    await view.keyboard.press('Enter');
    await expect.poll(async () => (await focused(view)).testId, poll).toBe('tally');
    await expect.poll(() => view.locator('[data-testid="tally-party"][data-party="Room phone"]').getAttribute('data-key'), poll).toBe('1');
    await view.keyboard.press('1');
    await expect.poll(() => view.getByTestId('tally-now').textContent(), poll).toMatch(/^Room phone is speaking/);
    const chair = view.locator('[data-testid="tally-party"][data-party="Margaret Holloway"]');
    await chair.focus();
    await view.keyboard.press('Enter');
    await expect.poll(() => chair.getAttribute('data-key'), poll).toBe('2');
    await meet.evaluate(() => window.meetSim.addParticipant({ name: 'Aaron Abbott' }));
    await expect.poll(() => view.locator('[data-testid="tally-party"][data-party="Aaron Abbott"]').count(), poll).toBe(1);
    expect(await view.locator('[data-testid="tally-party"][data-party="Room phone"]').getAttribute('data-key')).toBe('1');
    expect(await chair.getAttribute('data-key')).toBe('2');
    expect(await view.locator('[data-testid="tally-party"][data-party="Aaron Abbott"]').getAttribute('data-key')).toBeNull();
    await view.getByTestId('tally').focus();
    await view.keyboard.press('Backspace');
    await view.waitForTimeout(300);
    expect(await view.getByTestId('tally-now').textContent()).toMatch(/^Margaret Holloway is speaking/);
    await view.keyboard.press('u');
    await expect.poll(() => view.getByTestId('tally-now').textContent(), poll).toMatch(/^Room phone is speaking/);
    await view.keyboard.press('0');
    expect(await axeSerious(view, 'side panel, Tally')).toEqual([]);
    await checkWidths(view, 'panel-tally');
  });

  it('reviews suggestions by keyboard after the call: focus moves on, and each result is announced', async () => {
    await meet.evaluate(() => window.meetSim.leave());
    await view.getByTestId('nav-history').click();
    await view.getByTestId('history-item').filter({ hasText: script.title }).click();
    await expect.poll(() => view.getByTestId('suggestion').count(), poll).toBeGreaterThan(3);
    const texts = await view.getByTestId('suggestion-text').allTextContents();

    await view.getByTestId('suggestion-confirm').first().focus();
    await view.keyboard.press('Enter');
    await expect.poll(() => focused(view), poll).toMatchObject({ testId: 'suggestion-confirm', suggestion: texts[1] });
    expect(await view.getByTestId('suggestions-status').textContent()).toMatch(new RegExp(`^(Action|Decision) recorded: `));

    await view.keyboard.press('Tab');
    await view.keyboard.press('Tab');
    await expect.poll(async () => (await focused(view)).testId, poll).toBe('suggestion-dismiss');
    await view.keyboard.press('Enter');
    await expect.poll(() => focused(view), poll).toMatchObject({ testId: 'suggestion-confirm', suggestion: texts[2] });
    expect(await view.getByTestId('suggestions-status').textContent()).toMatch(/dismissed: /);

    await view.keyboard.press('Tab');
    await view.keyboard.press('Enter');
    await expect.poll(async () => (await focused(view)).testId, poll).toBe('editor-text');
    await view.keyboard.press('Escape');
    await expect.poll(() => focused(view), poll).toMatchObject({ testId: 'suggestion-edit', suggestion: texts[2] });
    await view.keyboard.press('Enter');
    // The editor takes focus once it is drawn; typing before then would go nowhere.
    await expect.poll(async () => (await focused(view)).testId, poll).toBe('editor-text');
    await view.keyboard.press('End');
    await view.keyboard.type(', with the DNA rates');
    await view.keyboard.press('Enter');
    await expect.poll(() => focused(view), poll).toMatchObject({ testId: 'suggestion-confirm', suggestion: texts[3] });
    expect(await view.getByTestId('suggestions-status').textContent()).toMatch(/recorded: .+, with the DNA rates$/);
  });

  it('opens the organisation search with focus in it, and Escape gives focus back to the person', async () => {
    const people = view.getByTestId('participant-organisations');
    if ((await people.getAttribute('open')) === null) await people.locator('summary').first().click();
    const row = view.locator('[data-testid="participant-org"][data-name="Mark Ellison"]');
    await row.getByTestId('assign-org-open').focus();
    await view.keyboard.press('Enter');
    await expect.poll(async () => (await focused(view)).testId, poll).toBe('assign-org-input');
    await view.keyboard.type('Sheffield');
    await view.keyboard.press('Escape');
    await expect.poll(() => focused(view), poll).toMatchObject({ testId: 'assign-org-open', label: 'Assign organisation for Mark Ellison' });
  });

  it('withdraws the delete question with Escape, focus back on its button', async () => {
    await view.getByTestId('delete-meeting').focus();
    await view.keyboard.press('Enter');
    await expect.poll(async () => (await focused(view)).testId, poll).toBe('delete-meeting-confirm');
    await view.keyboard.press('Escape');
    await expect.poll(() => view.getByTestId('delete-meeting-question').count(), poll).toBe(0);
    await expect.poll(async () => (await focused(view)).testId, poll).toBe('delete-meeting');
  });

  it('shows the ended meeting, the summary, the action log and past meetings with no serious accessibility problem at any width', async () => {
    expect(await axeSerious(view, 'side panel, ended meeting')).toEqual([]);
    await checkWidths(view, 'panel-ended');

    await view.getByTestId('open-summary').click();
    await view.getByTestId('summary-document').waitFor();
    expect(await axeSerious(view, 'side panel, Summary')).toEqual([]);
    await checkWidths(view, 'panel-summary');

    await view.getByTestId('nav-actions').click();
    await expect.poll(() => view.getByTestId('action-item').count(), poll).toBeGreaterThan(0);
    expect(await axeSerious(view, 'side panel, Actions')).toEqual([]);
    await checkWidths(view, 'panel-actions');

    await view.getByTestId('nav-history').click();
    await view.getByTestId('history-item').first().waitFor();
    expect(await axeSerious(view, 'side panel, Past meetings')).toEqual([]);
    await checkWidths(view, 'panel-past-meetings');

    await view.getByTestId('nav-tally').click();
    await view.getByTestId('start-tally').waitFor();
    expect(await axeSerious(view, 'side panel, Tally (no call)')).toEqual([]);
  });

  it('shows the options page, with everything about a person found, with no serious accessibility problem at any width', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('person-filter').fill('Richards');
    await options.locator('[data-testid="person-name"][data-name="Dr Tom Richards"]').check();
    await options.getByTestId('person-find').click();
    await expect.poll(() => options.getByTestId('person-report').textContent(), poll).toContain('captions they spoke');
    await options.getByTestId('person-delete').focus();
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await focused(options)).testId, poll).toBe('person-delete-confirm');
    await options.keyboard.press('Escape');
    await expect.poll(async () => (await focused(options)).testId, poll).toBe('person-delete');
    expect(await axeSerious(options, 'options page')).toEqual([]);
    await checkWidths(options, 'options');
    await options.close();
  });
});

describe('a restart', () => {
  it('does not open the welcome page again', async () => {
    await browser.close();
    browser = await startBrowser({ profileDir, keepWelcomePage: true });
    expect(await findWelcomePage(browser.context, browser.extensionId, 3_000)).toBeNull();
  });
});
