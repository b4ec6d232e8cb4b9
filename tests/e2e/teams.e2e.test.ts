import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExtensionStore } from '../../simulator/harness/extension-pages.mjs';
import { joinTeams, openPanelInTab, startBrowser, store, teamsSay, type Browser } from './helpers';

const HELEN = 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)';
const TOM = 'RICHARDS, Tom (TOWNSHIPS 1 PCN)';
const CLAIRE_TEAMS = 'Claire Bennett (Guest)';

let browser: Browser;
let panel: Page;
const poll = { timeout: 10_000, interval: 200 };

beforeAll(async () => {
  browser = await startBrowser();
  panel = await openPanelInTab(browser.context, browser.extensionId);
});
afterAll(async () => {
  await browser?.close();
});

async function meetingByTitle(title: string) {
  return (await store(panel).meetings()).find((m) => m.title === title);
}

async function utterancesByTitle(title: string) {
  const meeting = await meetingByTitle(title);
  if (!meeting) return [];
  const rows = (await readExtensionStore(panel, 'utterances')) as { meetingId: string; speaker: string; text: string; startMs: number; isSpeakerUnknown?: boolean }[];
  return rows.filter((u) => u.meetingId === meeting.id).sort((a, b) => a.startMs - b.startMs);
}

describe('capturing a Microsoft Teams call in Chromium', () => {
  it('stores the host view word for word through refinement, eviction and re-rendered entries; an entry without an author is assigned in the side panel', async () => {
    const title = 'Teams host check';
    const page = await joinTeams(browser.context, 'https://teams.microsoft.com/v2/', {
      title,
      others: [HELEN, CLAIRE_TEAMS],
    });
    await page.evaluate(() => window.teamsSim.setMaxRows(2));
    const first = await teamsSay(page, HELEN, 'Good morning, everyone, and welcome.');
    await teamsSay(page, TOM, 'Morning all, Tom Richards, clinical director of Townships 1 PCN.');
    await page.evaluate((row) => window.teamsSim.rerenderRow(row), first);
    await page.waitForTimeout(600);
    await teamsSay(page, CLAIRE_TEAMS, 'Claire Bennett, public health at the city council.');
    await teamsSay(page, '', 'Sorry, can you hear me now?');
    await teamsSay(page, HELEN, 'We can hear you now, thank you.');
    await page.waitForTimeout(2_500);

    await expect
      .poll(async () => (await utterancesByTitle(title)).map((u) => [u.speaker, u.text]), poll)
      .toEqual([
        [HELEN, 'Good morning, everyone, and welcome.'],
        [TOM, 'Morning all, Tom Richards, clinical director of Townships 1 PCN.'],
        ['Claire Bennett', 'Claire Bennett, public health at the city council.'],
        ['Unknown speaker', 'Sorry, can you hear me now?'],
        [HELEN, 'We can hear you now, thank you.'],
      ]);

    await page.bringToFront();
    const view = await openPanelInTab(browser.context, browser.extensionId);
    await expect.poll(() => view.getByTestId('unknown-caption').count(), poll).toBe(1);
    await view.getByTestId('assign-select').selectOption('Claire Bennett');
    await view.getByTestId('assign-button').click();
    await expect.poll(async () => (await utterancesByTitle(title))[3]?.speaker, poll).toBe('Claire Bennett');
    await expect.poll(() => view.getByTestId('unknown-speakers').count(), poll).toBe(0);
    await view.screenshot({ path: 'test-output/side-panel-teams.png', fullPage: true });
    await view.close();

    await page.evaluate(() => window.teamsSim.leave());
    await expect.poll(async () => (await meetingByTitle(title))?.endedAtMs ?? null, poll).not.toBeNull();
    // Capture's final report does not undo the user's choice.
    expect((await utterancesByTitle(title))[3]).toMatchObject({ speaker: 'Claire Bennett', isSpeakerUnknown: false });
    await page.close();
  });

  it('stores the guest view word for word on teams.cloud.microsoft', async () => {
    const title = 'Teams guest check';
    const page = await joinTeams(browser.context, 'https://teams.cloud.microsoft/v2/', { title, shape: 'guest' });
    await teamsSay(page, HELEN, 'The enhanced access paper is in your pack.');
    await teamsSay(page, TOM, 'Thank you, Helen.');
    await page.waitForTimeout(2_500);
    await expect
      .poll(async () => (await utterancesByTitle(title)).map((u) => [u.speaker, u.text]), poll)
      .toEqual([
        [HELEN, 'The enhanced access paper is in your pack.'],
        [TOM, 'Thank you, Helen.'],
      ]);
    await page.close();
  });

  it('records attendance from the Attendees tree on teams.live.com, with labels taken off and no email address stored anywhere', async () => {
    const title = 'Teams roster check';
    const page = await joinTeams(browser.context, 'https://teams.live.com/v2/', { title, others: [HELEN], openPeople: true });
    await page.evaluate(() => window.teamsSim.addParticipant({ name: 'Claire Bennett (Guest)', tileId: 'claire.bennett@sheffield.gov.uk' }));
    await page.waitForTimeout(3_000);
    await page.evaluate(() => window.teamsSim.removeParticipant('Claire Bennett (Guest)'));
    await page.waitForTimeout(3_000);

    const meeting = await meetingByTitle(title);
    expect(meeting?.selfName).toBe(TOM);
    const participants = (await store(panel).participants()).filter((p) => p.meetingId === meeting?.id);
    expect(participants.map((p) => [p.name, p.isSelf]).sort()).toEqual([
      ['Claire Bennett', false],
      [HELEN, false],
      [TOM, true],
    ]);
    expect(participants.find((p) => p.name === 'Claire Bennett')!.intervals[0]!.leaveMs).not.toBeNull();
    for (const storeName of ['meetings', 'participants', 'utterances', 'speechSegments', 'sessions']) {
      expect(JSON.stringify(await readExtensionStore(panel, storeName))).not.toContain('@sheffield.gov.uk');
    }
    await page.close();
  });
});
