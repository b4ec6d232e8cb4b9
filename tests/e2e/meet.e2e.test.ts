import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMeetingExport } from '@/utils/core/meeting-export';
import { openRealSidePanel } from '../../simulator/harness/extension-pages.mjs';
import { correctRow, joinMeet, openPanelInTab, speak, startBrowser, store, type Browser } from './helpers';

let browser: Browser;
let panel: Page;

beforeAll(async () => {
  browser = await startBrowser();
  panel = await openPanelInTab(browser.context, browser.extensionId);
});

afterAll(async () => {
  await browser?.close();
});

const poll = { timeout: 10_000, interval: 200 };

describe('capturing a Google Meet call in Chromium', () => {
  it('stores the scripted meeting word for word: growth, corrections, eviction, "You", repeats, captions off and on, a replaced region, a reset monologue', async () => {
    const page = await joinMeet(browser.context, 'scr-ipte-dmt', { title: 'Scripted committee' });
    await page.evaluate(() => window.meetSim.setMaxRows(2));

    await speak(page, 'Helen Marsh', 'Good morning, everyone, and welcome.');
    const referrals = await speak(page, 'You', 'We have had four hundred Pharmacy First referrals.', {
      mishear: { heard: 'pharmacy thirst', as: 'Pharmacy First' },
    });
    await speak(page, 'You', 'And the numbers keep rising.');
    await correctRow(page, referrals, 'We have had four hundred Pharmacy First referrals.');
    await speak(page, 'Dr Aisha Malik', 'I declare an interest in item six.'); // evicts the first two rows
    await page.waitForTimeout(1_200);
    await page.evaluate(() => window.meetSim.captionsOff());
    await page.waitForTimeout(2_200);
    await page.evaluate(() => window.meetSim.captionsOn());
    await page.waitForTimeout(1_200);
    const daniel = await page.evaluate(() => window.meetSim.newRow('Daniel Okafor'));
    await correctRow(page, daniel, 'thank you chair');
    await page.waitForTimeout(1_200);
    await page.evaluate(() => window.meetSim.replaceRegion());
    await page.waitForTimeout(1_200);
    await correctRow(page, daniel, 'Thank you, chair. The enhanced access paper is in your pack.');
    const monologue = await speak(page, 'Helen Marsh', 'So the first option keeps the current hub model across all sixteen networks');
    await page.waitForTimeout(600);
    await correctRow(page, monologue, 'and');
    await page.waitForTimeout(300);
    await correctRow(page, monologue, 'and the second option moves it to neighbourhoods.');
    await page.waitForTimeout(1_500);
    await page.evaluate(() => window.meetSim.leave());

    const expected = [
      ['Helen Marsh', false, 'Good morning, everyone, and welcome.'],
      ['Dr Tom Richards', true, 'We have had four hundred Pharmacy First referrals.'],
      ['Dr Tom Richards', true, 'And the numbers keep rising.'],
      ['Dr Aisha Malik', false, 'I declare an interest in item six.'],
      ['Daniel Okafor', false, 'Thank you, chair. The enhanced access paper is in your pack.'],
      ['Helen Marsh', false, 'So the first option keeps the current hub model across all sixteen networks'],
      ['Helen Marsh', false, 'and the second option moves it to neighbourhoods.'],
    ];
    const db = store(panel);
    await expect
      .poll(async () => (await db.utterancesOf('scr-ipte-dmt')).map((u) => [u.speaker, u.isSelf, u.text]), poll)
      .toEqual(expected);
    await expect.poll(async () => (await db.meetingOf('scr-ipte-dmt'))?.endedAtMs ?? null, poll).not.toBeNull();
    const utterances = await db.utterancesOf('scr-ipte-dmt');
    expect(utterances.every((u) => u.isFinal && u.endMs >= u.startMs)).toBe(true);
    const meeting = await db.meetingOf('scr-ipte-dmt');
    expect(meeting).toMatchObject({ title: 'Scripted committee', selfName: 'Dr Tom Richards' });
    await page.close();
  });

  it('records attendance from the People panel: joins, leaves and the local user by name', async () => {
    const page = await joinMeet(browser.context, 'att-enda-nce', { others: ['Helen Marsh'], openPeople: true });
    await page.waitForTimeout(2_500);
    await page.evaluate(() => window.meetSim.addParticipant({ name: 'Claire Bennett' }));
    await page.waitForTimeout(2_500);
    await page.evaluate(() => window.meetSim.removeParticipant('Claire Bennett'));
    await page.waitForTimeout(2_500);

    const db = store(panel);
    const meeting = await db.meetingOf('att-enda-nce');
    const participants = (await db.participants()).filter((p) => p.meetingId === meeting?.id);
    const byName = new Map(participants.map((p) => [p.name, p]));
    expect([...byName.keys()].sort()).toEqual(['Claire Bennett', 'Dr Tom Richards', 'Helen Marsh']);
    expect(byName.get('Dr Tom Richards')!.isSelf).toBe(true);
    expect(byName.get('Helen Marsh')!.intervals).toEqual([{ joinMs: expect.any(Number), leaveMs: null }]);
    const claire = byName.get('Claire Bennett')!.intervals;
    expect(claire).toHaveLength(1);
    expect(claire[0]!.leaveMs! - claire[0]!.joinMs).toBeGreaterThan(1_000);
    expect(byName.get('Helen Marsh')!.seenIn).toContain('people-panel');
    await page.close();
  });

  it('shows live talk time in the side panel, and says plainly when captions are off', async () => {
    const page = await joinMeet(browser.context, 'liv-efig-ure', { title: 'Live figures' });
    await page.bringToFront();
    const view = await openPanelInTab(browser.context, browser.extensionId);
    // The panel follows the meeting in progress even from another tab.
    await expect.poll(() => view.getByTestId('meeting-title').textContent(), poll).toBe('Live figures');

    await speak(page, 'Helen Marsh', 'Welcome to the live figures test, everyone.', { wordMs: 250 });
    await expect.poll(() => view.getByTestId('talk-row').count(), poll).toBe(1);
    await speak(page, 'Daniel Okafor', 'Thank you Helen, a short reply.', { wordMs: 250 });
    await expect
      .poll(async () => (await view.getByTestId('talk-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-speaker')))), poll)
      .toEqual(['Helen Marsh', 'Daniel Okafor']);
    const shares = await view.getByTestId('talk-share').allTextContents();
    expect(shares.map((s) => Number.parseInt(s, 10)).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(99);
    await expect.poll(() => view.getByTestId('health-captions-ok').isVisible(), poll).toBe(true);

    await page.evaluate(() => window.meetSim.captionsOff());
    await expect.poll(() => view.getByTestId('health-captions-off').textContent(), poll).toContain(
      'Captions are off: press c to turn them on',
    );
    await view.screenshot({ path: 'test-output/side-panel-captions-off.png' });
    await view.close();
    await page.close();
  });

  it('exports the meeting as JSON that matches the documented schema', async () => {
    const code = 'exp-ortj-son';
    const page = await joinMeet(browser.context, code, { title: 'Export check' });
    await speak(page, 'Helen Marsh', 'This sentence should be in the export.');
    await speak(page, 'You', 'So should this one.');
    await page.waitForTimeout(1_500);
    await page.evaluate(() => window.meetSim.leave());
    await page.waitForTimeout(1_500);

    const view = await openPanelInTab(browser.context, browser.extensionId);
    await view.getByTestId('nav-history').click();
    await view.getByTestId('history-item').filter({ hasText: 'Export check' }).click();
    const [download] = await Promise.all([view.waitForEvent('download'), view.getByTestId('export-json').click()]);
    expect(download.suggestedFilename()).toMatch(/^meeting-\d{4}-\d{2}-\d{2}-export-check\.json$/);
    const parsed = parseMeetingExport(readFileSync((await download.path())!, 'utf8'));

    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.meeting).toMatchObject({ code, title: 'Export check', platform: 'meet', selfName: 'Dr Tom Richards' });
    expect(parsed.value.utterances.map((u) => [u.speaker, u.text])).toEqual([
      ['Helen Marsh', 'This sentence should be in the export.'],
      ['Dr Tom Richards', 'So should this one.'],
    ]);
    expect(parsed.value.talkTime?.source).toBe('captions');
    expect(parsed.value.talkTime?.participants.map((p) => p.speaker).sort()).toEqual(['Dr Tom Richards', 'Helen Marsh']);
    await view.close();
    await page.close();
  });

  it('keeps the words spoken so far when the tab is closed mid-utterance, and ends the meeting', async () => {
    const code = 'clo-sedm-idu';
    const page = await joinMeet(browser.context, code);
    const row = await page.evaluate(() => window.meetSim.newRow('Helen Marsh'));
    const words = 'the budget for next year will need to cover'.split(' ');
    for (let i = 1; i <= words.length; i += 1) {
      await correctRow(page, row, words.slice(0, i).join(' '));
      await page.waitForTimeout(150);
    }
    await page.close({ runBeforeUnload: true });

    const db = store(panel);
    await expect.poll(async () => (await db.utterancesOf(code)).map((u) => u.text), poll).toEqual([words.join(' ')]);
    await expect.poll(async () => (await db.meetingOf(code))?.endedAtMs ?? null, poll).not.toBeNull();
  });

  it('does not record anything on Meet pages that are not a meeting', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://meet.google.com/landing');
    await page.evaluate(() => {
      window.meetSim.join();
      window.meetSim.captionsOn();
      window.meetSim.setRowText(window.meetSim.newRow('Someone'), 'This is not a meeting page');
    });
    await page.waitForTimeout(2_500);
    const codes = (await store(panel).meetings()).map((m) => m.code);
    expect(codes).not.toContain('landing');
    expect(codes).not.toContain(null);
    await page.close();
  });

  it('never throws into a meeting page it cannot read, and says so in the side panel', async () => {
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('https://meet.google.com/unr-eada-ble');
    await page.evaluate(() => {
      document.body.innerHTML = '<main><div role="region" tabindex="0"><span>Not a caption</span></div><i class="google-symbols">call_end</i></main>';
    });
    await page.bringToFront();
    const view = await openPanelInTab(browser.context, browser.extensionId);
    await expect.poll(() => view.getByTestId('health-call-unknown').textContent(), { ...poll, timeout: 20_000 }).toContain(
      'This page cannot be read',
    );
    await expect.poll(() => view.getByTestId('health-missing-selectors').textContent(), poll).toContain('call controls');
    expect(pageErrors).toEqual([]);
    await view.close();
    await page.close();
  });

  it('refuses a malformed message, writes nothing and shows the count in the side panel', async () => {
    const page = await joinMeet(browser.context, 'mal-form-edm', { title: 'Malformed check' });
    await speak(page, 'Helen Marsh', 'A real caption first.');
    const view = await openPanelInTab(browser.context, browser.extensionId);
    await expect.poll(async () => (await store(view).meetingOf('mal-form-edm'))?.title, poll).toBe('Malformed check');
    const meetingsBefore = (await store(view).meetings()).length;
    const response = await view.evaluate(() => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
      return chrome.runtime.sendMessage({ type: 'capture/batch', payload: { sessionId: '../../x', platform: 'zoom', utterances: 'all of them' } });
    });
    expect(response).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused a malformed message: /) });
    await expect.poll(() => view.getByTestId('health-rejected').textContent(), poll).toMatch(/malformed updates were refused and not saved/);
    expect((await store(view).meetings()).length).toBe(meetingsBefore);
    await view.close();
    await page.close();
  });

  it('opens the real side panel from a click and shows the meeting there', async () => {
    const page = await joinMeet(browser.context, 'rea-lpan-elx', { title: 'Real panel' });
    await speak(page, 'Helen Marsh', 'Can everyone see the real side panel?');
    const opener = await openPanelInTab(browser.context, browser.extensionId);
    const sidePanel = await openRealSidePanel(browser.context, opener);
    await expect
      .poll(() => sidePanel.evaluate('document.querySelector("[data-testid=meeting-title]")?.textContent ?? ""'), poll)
      .toBe('Real panel');
    await expect
      .poll(() => sidePanel.evaluate('[...document.querySelectorAll("[data-testid=talk-row]")].map(r => r.dataset.speaker).join()'), poll)
      .toBe('Helen Marsh');
    await opener.close();
    await page.close();
  });
});
