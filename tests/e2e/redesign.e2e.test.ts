import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExtensionStore } from '../../simulator/harness/extension-pages.mjs';
import { startSimulatedCall, startSimulatedTeamsCall } from '../../simulator/harness/meeting-hosts.mjs';
import type { MeetSim } from '../../simulator/meet/meet-sim';
import type { TeamsSim } from '../../simulator/teams/teams-sim';
import { openPanelInTab, speak, startBrowser, store, teamsSay, type Browser, type StoredUtterance } from './helpers';

// Issue 16: pages redesigned in the ways a real redesign goes, in real Chromium, with the
// stand-in pages served as the real hosts. Capture must stay word for word and the meeting
// must end when the call does.
let browser: Browser;
let panel: Page;

beforeAll(async () => {
  browser = await startBrowser();
  panel = await openPanelInTab(browser.context, browser.extensionId);
});

afterAll(async () => {
  await browser?.close();
});

const poll = { timeout: 15_000, interval: 200 };
const SELF = 'Dr Tom Richards';
const HELEN = 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)';
const TOM = 'RICHARDS, Tom (TOWNSHIPS 1 PCN)';

async function joinRedesignedMeet(context: BrowserContext, code: string, redesign: Parameters<MeetSim['setRedesign']>[0]): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`https://meet.google.com/${code}`);
  await page.evaluate((options) => window.meetSim.setRedesign(options), redesign);
  await startSimulatedCall(page, { selfName: SELF, others: ['Helen Marsh', 'Daniel Okafor'] });
  return page;
}

async function joinRedesignedTeams(context: BrowserContext, url: string, redesign: Parameters<TeamsSim['setRedesign']>[0]): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate((options) => window.teamsSim.setRedesign(options), redesign);
  await startSimulatedTeamsCall(page, { selfName: TOM, others: [HELEN], shape: 'host' });
  return page;
}

/** The stored meeting with this title (Teams pages have no meeting code to find it by). */
async function meetingTitled(title: string) {
  return (await store(panel).meetings()).find((m) => m.title === title);
}

/** Waits until the meeting is stored, then returns it. */
async function stored(find: () => ReturnType<typeof meetingTitled>) {
  await expect.poll(async () => (await find())?.id ?? null, poll).not.toBeNull();
  return (await find())!;
}

/** A meeting's captions in the order said, as [speaker, text]. */
async function captionsOf(meetingId: string): Promise<string[][]> {
  return ((await readExtensionStore(panel, 'utterances')) as StoredUtterance[])
    .filter((u) => u.meetingId === meetingId)
    .sort((a, b) => a.startMs - b.startMs)
    .map((u) => [u.speaker, u.text]);
}

describe('capture on redesigned meeting pages in Chromium (issue 16)', () => {
  it('German Meet with rotated class names and jsname values: every word, "Du" under the user’s own name, and the meeting ends on a left page with no known markers', async () => {
    const code = 'rot-ated-deu';
    const page = await joinRedesignedMeet(browser.context, code, { language: 'de', rotateNames: true, unmarkedLeftPage: true });
    await speak(page, 'Helen Marsh', 'Guten Morgen zusammen und willkommen im Ausschuss.');
    await speak(page, 'Du', 'Morgen, Tom Richards, Townships 1 PCN.');
    await speak(page, 'Daniel Okafor', 'Der Bericht zum erweiterten Zugang liegt vor.');
    await page.waitForTimeout(1_500);
    await page.evaluate(() => window.meetSim.leave());

    const db = store(panel);
    await expect.poll(async () => (await db.meetingOf(code))?.endedAtMs ?? null, poll).not.toBeNull();
    expect((await db.utterancesOf(code)).map((u) => [u.speaker, u.isSelf, u.text])).toEqual([
      ['Helen Marsh', false, 'Guten Morgen zusammen und willkommen im Ausschuss.'],
      [SELF, true, 'Morgen, Tom Richards, Townships 1 PCN.'],
      ['Daniel Okafor', false, 'Der Bericht zum erweiterten Zugang liegt vor.'],
    ]);
    expect((await db.meetingOf(code))!.health?.callState).toBe('left');
    await page.close();
  });

  it('Welsh Meet, rows in a wrapper, region without tabindex: captions found by their shape, every word, and the panel says so', async () => {
    const code = 'cyw-rapp-edr';
    const page = await joinRedesignedMeet(browser.context, code, { language: 'cy', rotateNames: true, wrapRows: true, noTabindex: true });
    await page.bringToFront();
    const view = await openPanelInTab(browser.context, browser.extensionId);
    await speak(page, 'Helen Marsh', 'Bore da pawb, a chroeso i gyfarfod y pwyllgor heddiw.', { wordMs: 300 });
    await speak(page, 'Chi', 'Bore da, Tom Richards o Townships 1 PCN.', { wordMs: 300 });
    await expect.poll(() => view.getByTestId('health-captions-by-shape').textContent(), poll).toContain(
      'found by their shape, not by the known page layout',
    );
    await speak(page, 'Helen Marsh', 'Diolch, Tom.');

    const db = store(view);
    await expect
      .poll(async () => (await db.utterancesOf(code)).map((u) => [u.speaker, u.isSelf, u.text]), poll)
      .toEqual([
        ['Helen Marsh', false, 'Bore da pawb, a chroeso i gyfarfod y pwyllgor heddiw.'],
        [SELF, true, 'Bore da, Tom Richards o Townships 1 PCN.'],
        ['Helen Marsh', false, 'Diolch, Tom.'],
      ]);
    await view.close();
    await page.close();
  });

  it('Teams with no call controls at all: every entry from the first, and the meeting ends once the captions have gone', async () => {
    const page = await joinRedesignedTeams(browser.context, 'https://teams.microsoft.com/v2/?redesign=no-controls', { noControls: true });
    await page.evaluate(() => window.teamsSim.setTitle('Caption page without controls'));
    await teamsSay(page, HELEN, 'The first entry, said as captions start.');
    await teamsSay(page, TOM, 'And the second, straight after.');
    await page.waitForTimeout(1_500);

    const meetingOf = () => meetingTitled('Caption page without controls');
    const db = store(panel);
    const meeting = await stored(meetingOf);
    await expect.poll(() => captionsOf(meeting.id), poll).toEqual([
      [HELEN, 'The first entry, said as captions start.'],
      [TOM, 'And the second, straight after.'],
    ]);
    expect(meeting.health?.callState).toBe('in-call');

    await page.evaluate(() => window.teamsSim.captionsOff());
    await expect.poll(async () => (await meetingOf())?.endedAtMs ?? null, poll).not.toBeNull();
    expect((await db.meetings()).find((m) => m.id === meeting.id)!.health?.callState).toBe('left');
    await page.close();
  });

  it('Teams with no call controls and captions that lost every mark: found by their shape once words grow in a row, every entry from the first', async () => {
    const page = await joinRedesignedTeams(browser.context, 'https://teams.microsoft.com/v2/?redesign=shape-only', { noControls: true, stripCaptionIds: 'all' });
    await page.evaluate(() => window.teamsSim.setTitle('Caption page found by shape'));
    await teamsSay(page, HELEN, 'Good afternoon everyone, and welcome to the place partnership board.', { wordMs: 300 });
    await teamsSay(page, TOM, 'Afternoon all, Tom Richards, clinical director for Townships 1 PCN.', { wordMs: 300 });
    await teamsSay(page, HELEN, 'Thank you Tom, and welcome.', { wordMs: 300 });
    await page.waitForTimeout(1_500);

    const meeting = await stored(() => meetingTitled('Caption page found by shape'));
    await expect.poll(() => captionsOf(meeting.id), poll).toEqual([
      [HELEN, 'Good afternoon everyone, and welcome to the place partnership board.'],
      [TOM, 'Afternoon all, Tom Richards, clinical director for Townships 1 PCN.'],
      [HELEN, 'Thank you Tom, and welcome.'],
    ]);
    expect(meeting.health?.captionsFoundByShape).toBe(true);
    await page.close();
  });

  it('German Teams: the meeting ends when the call does, though the page after it says so in German', async () => {
    const page = await joinRedesignedTeams(browser.context, 'https://teams.microsoft.com/v2/?redesign=de', { language: 'de' });
    await page.evaluate(() => window.teamsSim.setTitle('Besprechung auf Deutsch'));
    await teamsSay(page, HELEN, 'Das war alles für heute.');
    await page.waitForTimeout(1_500);
    await page.evaluate(() => window.teamsSim.leave());

    const meetingOf = async () => (await store(panel).meetings()).find((m) => m.title === 'Besprechung auf Deutsch');
    await expect.poll(async () => (await meetingOf())?.endedAtMs ?? null, poll).not.toBeNull();
    await page.close();
  });
});
