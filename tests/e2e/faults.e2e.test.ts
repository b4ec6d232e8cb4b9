import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createProfileDir } from '../../simulator/harness/browsers.mjs';
import { openRealSidePanel, readExtensionStore } from '../../simulator/harness/extension-pages.mjs';
import { correctRow, joinMeet, joinTeams, openPanelInTab, speak, startBrowser, store, teamsSay, type Browser } from './helpers';

// Each fault gets its own browser, so one fault cannot leave another's state behind.
let browser: Browser | null = null;
const profiles: string[] = [];

afterEach(async () => {
  await browser?.close();
  browser = null;
  for (const dir of profiles.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const poll = { timeout: 15_000, interval: 200 };

/** Errors the page (or a script in it) reports: the extension must never add any. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/**
 * Stops the extension's background worker on demand, as Chromium does when it is
 * idle, and counts how often it really went from running to stopped.
 */
async function workerStopper(b: Browser, anyPage: Page) {
  const cdp = await b.context.newCDPSession(anyPage);
  const running = new Set<string>();
  let stops = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${b.extensionId}/`)) continue;
      if (v.runningStatus === 'running') running.add(v.versionId);
      else if (v.runningStatus === 'stopped' && running.delete(v.versionId)) stops += 1;
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    stop: () => cdp.send('ServiceWorker.stopAllWorkers'),
    get stops() {
      return stops;
    },
  };
}

/** The side panel page, once the reloaded extension serves its pages again. */
async function reopenPanel(b: Browser): Promise<Page> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await openPanelInTab(b.context, b.extensionId);
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

describe('faults, in Chromium with the built extension', () => {
  it('keeps capturing, word for word, while the background worker is stopped again and again mid-meeting', async () => {
    browser = await startBrowser();
    const b = browser;
    const panel = await openPanelInTab(b.context, b.extensionId);
    const page = await joinMeet(b.context, 'wor-kers-top', { title: 'Worker stopped' });
    const worker = await workerStopper(b, panel);

    const script: [string, string][] = [
      ['Helen Marsh', 'Welcome back, everyone, to item four on the access plan.'],
      ['Dr Aisha Malik', 'Thank you, the hub rota is now covering every Saturday morning.'],
      ['You', 'Townships want the same rota extended to the evenings from January.'],
      ['Daniel Okafor', 'We can take that to the finance group next week.'],
    ];
    let speaking = true;
    const stopper = (async () => {
      let stops = 0;
      while (speaking) {
        await page.waitForTimeout(1_300);
        if (!speaking) break;
        await worker.stop();
        stops += 1;
      }
      return stops;
    })();
    for (const [speaker, text] of script) await speak(page, speaker, text, { wordMs: 150 });
    speaking = false;
    const stopsRequested = await stopper;
    await page.waitForTimeout(1_500);
    await page.evaluate(() => window.meetSim.leave());

    const db = store(panel);
    const expected = script.map(([speaker, text]) => [speaker === 'You' ? 'Dr Tom Richards' : speaker, text]);
    await expect.poll(async () => (await db.utterancesOf('wor-kers-top')).map((u) => [u.speaker, u.text]), poll).toEqual(expected);
    await expect.poll(async () => (await db.meetingOf('wor-kers-top'))?.endedAtMs ?? null, poll).not.toBeNull();
    // The fault really happened, several times, while people were speaking.
    expect(stopsRequested).toBeGreaterThanOrEqual(3);
    expect(worker.stops).toBeGreaterThanOrEqual(3);
    expect((await db.meetings()).filter((m) => m.code === 'wor-kers-top')).toHaveLength(1);
  });

  it('keeps what was said up to 2 seconds before the browser is killed mid-utterance, and closes the meeting on the next start', async () => {
    const profileDir = createProfileDir();
    profiles.push(profileDir);
    browser = await startBrowser({ profileDir });
    const code = 'kil-ledm-idu';
    const page = await joinMeet(browser.context, code, { title: 'Killed browser' });
    await speak(page, 'Helen Marsh', 'The first item is the winter access plan.');
    const row = await page.evaluate(() => window.meetSim.newRow('Dr Aisha Malik'));
    const words = 'we have agreed the extra appointments for december and january across all six networks in the place'.split(' ');
    const shownAtMs: number[] = [];
    for (let i = 1; i <= words.length; i += 1) {
      await correctRow(page, row, words.slice(0, i).join(' '));
      shownAtMs.push(Date.now());
      await page.waitForTimeout(200);
    }
    const killedAtMs = Date.now();
    await browser.kill();
    browser = null;

    browser = await startBrowser({ profileDir });
    const panel = await openPanelInTab(browser.context, browser.extensionId);
    const db = store(panel);
    // On the next start the meeting is closed at the last moment it reported.
    await expect.poll(async () => (await db.meetingOf(code))?.endedAtMs ?? null, poll).not.toBeNull();
    const meeting = (await db.meetingOf(code))!;
    expect(meeting.endedAtMs).toBe(meeting.lastSeenAtMs);
    const utterances = await db.utterancesOf(code);
    expect(utterances[0]).toMatchObject({ speaker: 'Helen Marsh', text: 'The first item is the winter access plan.' });
    expect(utterances).toHaveLength(2);
    const stored = utterances[1]!;
    expect(stored.speaker).toBe('Dr Aisha Malik');
    expect(stored.isFinal).toBe(true);
    const storedWords = stored.text.split(' ');
    expect(words.slice(0, storedWords.length)).toEqual(storedWords);
    // Words shown more than 2 seconds before the kill must all be stored.
    const firstLostAtMs = shownAtMs[storedWords.length] ?? killedAtMs;
    const lostMs = killedAtMs - firstLostAtMs;
    console.log(
      `browser killed: ${storedWords.length} of ${words.length} words stored; the words lost were shown during the last ${lostMs} ms before the kill`,
    );
    expect(lostMs).toBeLessThanOrEqual(2_000);

    // The side panel shows it as ended.
    await panel.getByTestId('nav-history').click();
    await panel.getByTestId('history-item').filter({ hasText: 'Killed browser' }).click();
    await expect.poll(() => panel.getByTestId('health-ended').textContent(), poll).toContain('This meeting has ended');
  });

  it('re-attaches when the captions region is removed and put back: nothing lost or duplicated, and the panel says captions could not be seen meanwhile', async () => {
    browser = await startBrowser();
    const code = 'reg-ionr-emv';
    const page = await joinMeet(browser.context, code, { title: 'Region removed' });
    const errors = watchErrors(page);
    await page.bringToFront();
    const panel = await openPanelInTab(browser.context, browser.extensionId);
    await speak(page, 'Helen Marsh', 'Before the break we covered the estates bid.');
    const row = await page.evaluate(() => window.meetSim.newRow('Daniel Okafor'));
    await correctRow(page, row, 'the estates bid goes');
    await expect.poll(() => panel.getByTestId('health-captions-ok').isVisible(), poll).toBe(true);

    await page.evaluate(() => window.meetSim.removeRegion());
    // Words keep coming while the region is out of the page, as they do in Meet.
    await correctRow(page, row, 'the estates bid goes to the board');
    await expect.poll(() => panel.getByTestId('health-captions-not-found').textContent(), poll).toContain('Cannot find the captions');
    await correctRow(page, row, 'The estates bid goes to the board in March.');
    const during = await page.evaluate(() => window.meetSim.newRow('Dr Aisha Malik'));
    await correctRow(page, during, 'and the premises survey');
    await page.evaluate(() => window.meetSim.restoreRegion());
    await correctRow(page, during, 'And the premises survey is due in February.');
    await expect.poll(() => panel.getByTestId('health-captions-ok').isVisible(), poll).toBe(true);
    await speak(page, 'You', 'Thank you both, that is clear.');
    await page.waitForTimeout(1_500);
    await page.evaluate(() => window.meetSim.leave());

    const db = store(panel);
    await expect
      .poll(async () => (await db.utterancesOf(code)).map((u) => [u.speaker, u.text]), poll)
      .toEqual([
        ['Helen Marsh', 'Before the break we covered the estates bid.'],
        ['Daniel Okafor', 'The estates bid goes to the board in March.'],
        ['Dr Aisha Malik', 'And the premises survey is due in February.'],
        ['Dr Tom Richards', 'Thank you both, that is clear.'],
      ]);
    expect(errors).toEqual([]);
  });

  it('resumes capture in an open meeting tab when the extension is reloaded or updated, and the old content script stops quietly', async () => {
    browser = await startBrowser({ allowExtensionReload: true });
    const b = browser;
    const code = 'rel-oade-dxt';
    const page = await joinMeet(b.context, code, { title: 'Reloaded extension' });
    const errors = watchErrors(page);
    await speak(page, 'Helen Marsh', 'This was said before the extension was reloaded.');
    let panel = await openPanelInTab(b.context, b.extensionId);
    await expect.poll(async () => (await store(panel).utterancesOf(code)).length, poll).toBe(1);

    // Reloading (or updating) closes the extension's own pages, this one included.
    const closed = panel.waitForEvent('close');
    await b.reloadExtension();
    await closed;
    await reopenPanel(b);
    await speak(page, 'Dr Aisha Malik', 'And this was said after it came back.');
    await page.waitForTimeout(1_500);
    await page.evaluate(() => window.meetSim.leave());

    panel = await reopenPanel(b);
    const db = store(panel);
    await expect
      .poll(async () => (await db.utterancesOf(code)).map((u) => [u.speaker, u.text]), poll)
      .toEqual([
        ['Helen Marsh', 'This was said before the extension was reloaded.'],
        ['Dr Aisha Malik', 'And this was said after it came back.'],
      ]);
    await expect.poll(async () => (await db.meetingOf(code))?.endedAtMs ?? null, poll).not.toBeNull();
    expect((await db.meetings()).filter((m) => m.code === code)).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('keeps two meeting tabs apart, and the side panel shows the meeting of the active tab', async () => {
    browser = await startBrowser();
    const b = browser;
    const opener = await openPanelInTab(b.context, b.extensionId);
    const meet = await joinMeet(b.context, 'two-tabs-mee', { title: 'Meet in tab one' });
    const teams = await joinTeams(b.context, 'https://teams.microsoft.com/v2/', { title: 'Teams in tab two' });
    await Promise.all([
      (async () => {
        await speak(meet, 'Helen Marsh', 'This is the Meet call speaking first.');
        await speak(meet, 'Daniel Okafor', 'And a second line in the Meet call.');
      })(),
      (async () => {
        await teamsSay(teams, 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)', 'Meanwhile the Teams call has its own agenda.');
        await teamsSay(teams, 'RICHARDS, Tom (TOWNSHIPS 1 PCN)', 'And its own second line.');
      })(),
    ]);

    const db = store(opener);
    await expect
      .poll(async () => (await db.utterancesOf('two-tabs-mee')).map((u) => u.text), poll)
      .toEqual(['This is the Meet call speaking first.', 'And a second line in the Meet call.']);
    const teamsMeeting = () => db.meetings().then((all) => all.find((m) => m.title === 'Teams in tab two'));
    await expect.poll(async () => (await teamsMeeting())?.id ?? null, poll).not.toBeNull();
    const teamsId = (await teamsMeeting())!.id;
    const teamsTexts = async () =>
      ((await readExtensionStore(opener, 'utterances')) as { meetingId: string; text: string; startMs: number }[])
        .filter((u) => u.meetingId === teamsId)
        .sort((a, b2) => a.startMs - b2.startMs)
        .map((u) => u.text);
    await expect.poll(teamsTexts, poll).toEqual(['Meanwhile the Teams call has its own agenda.', 'And its own second line.']);
    expect((await db.meetings()).length).toBe(2);

    const sidePanel = await openRealSidePanel(b.context, opener);
    const shownTitle = () => sidePanel.evaluate('document.querySelector("[data-testid=meeting-title]")?.textContent ?? ""');
    await meet.bringToFront();
    await expect.poll(shownTitle, poll).toBe('Meet in tab one');
    await teams.bringToFront();
    await expect.poll(shownTitle, poll).toBe('Teams in tab two');
    await meet.bringToFront();
    await expect.poll(shownTitle, poll).toBe('Meet in tab one');
  });

  it('warns plainly when the browser storage is full, keeps the figures, and saves what waited once there is room again', async () => {
    browser = await startBrowser();
    const b = browser;
    const code = 'sto-rage-ful';
    const page = await joinMeet(b.context, code, { title: 'Storage full' });
    await page.bringToFront();
    const panel = await openPanelInTab(b.context, b.extensionId);
    await speak(page, 'Helen Marsh', 'This was saved before the storage filled up.');
    const db = store(panel);
    await expect.poll(async () => (await db.utterancesOf(code)).length, poll).toBe(1);
    await expect.poll(() => panel.getByTestId('talk-row').count(), poll).toBe(1);

    const origin = `chrome-extension://${b.extensionId}`;
    const cdp = await b.context.newCDPSession(panel);
    const { usage } = (await cdp.send('Storage.getUsageAndQuota', { origin })) as { usage: number };
    // A quota below what is already stored: the browser refuses every further write.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.max(1, Math.floor(usage / 2)) });

    await speak(page, 'Daniel Okafor', 'This was said while the storage was full.');
    await expect.poll(() => panel.getByTestId('health-storage-full').textContent(), poll).toContain(
      'The browser’s storage for this extension is full',
    );
    // What was already stored is still shown.
    expect((await db.utterancesOf(code))[0]?.text).toBe('This was saved before the storage filled up.');
    expect(await panel.getByTestId('talk-row').count()).toBeGreaterThanOrEqual(1);
    await panel.screenshot({ path: 'test-output/side-panel-storage-full.png' });

    // Room again: what waited in the meeting tab is saved and the warning goes.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await expect
      .poll(async () => (await db.utterancesOf(code)).map((u) => u.text), poll)
      .toEqual(['This was saved before the storage filled up.', 'This was said while the storage was full.']);
    await expect.poll(() => panel.getByTestId('health-storage-full').count(), poll).toBe(0);
    await cdp.detach();
  });
});
