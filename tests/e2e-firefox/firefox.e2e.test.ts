import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseMeetingExport } from '@/utils/core/meeting-export';
import { loadMeetingScript, startSimulatedCall, startSimulatedTeamsCall } from '../../simulator/harness/meeting-hosts.mjs';
import { asPage, clickInSidebar, clickTestId, sidebarTalkRows, startFirefox, store, talkRowsIn, type Firefox } from './helpers';

interface Script {
  title: string;
  meetCode: string;
  selfName: string;
  participants: { name: string; teamsName: string; joinAtS: number; leaveAtS: number | null }[];
  lines: { atS: number; durationS: number; speaker: string; text: string }[];
}

// The first four minutes of the demo committee: every participant joins and
// 30 lines are said, played at 30 times real speed (about 8 s) to keep the run short.
const FIRST_SECONDS = 240;
const SPEED = 30;
const full = loadMeetingScript('primary-care-committee') as Script;
const script: Script = { ...full, lines: full.lines.filter((line) => line.atS + line.durationS < FIRST_SECONDS) };
const poll = { timeout: 20_000, interval: 250 };

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

/** Starts playing the script in the meeting tab without waiting; `window.__played` turns true at the end. */
async function playInBackground(ff: Firefox, meeting: string, simulator: 'meetSim' | 'teamsSim') {
  await ff.evaluate(
    meeting,
    (s, speed, sim) => {
      const w = window as unknown as Record<string, unknown> & { meetSim: { play: (s: unknown, o: object) => Promise<void> } };
      (w[sim] as typeof w.meetSim).play(s, { speed, openPeopleAtS: 0, leaveAtEnd: true }).then(() => {
        w.__played = true;
      });
      return true;
    },
    script,
    SPEED,
    simulator,
  );
}

describe('the Firefox add-on in firefox-esr over WebDriver BiDi', () => {
  it('captures a scripted Google Meet meeting word for word, with attendance from the roster, and shows live figures in the panel tab and the real sidebar', async () => {
    const meeting = await firefox.openTab(`https://meet.google.com/${script.meetCode}`);
    expect(firefox.served).toContain(`https://meet.google.com/${script.meetCode}`);
    await startSimulatedCall(asPage(firefox, meeting), { selfName: script.selfName, title: script.title, openPeople: true });
    const expected = await firefox.evaluate(meeting, (s) => window.meetSim.expectedUtterances(s), script);
    expect(expected.length).toBe(script.lines.length);
    await playInBackground(firefox, meeting, 'meetSim');

    // Live: both views show a talk row per person (the Person view) while the meeting has not ended.
    const db = store(firefox, panel);
    await expect.poll(() => clickTestId(firefox, panel, 'share-view-person'), poll).toBe(true);
    await expect.poll(() => clickInSidebar(firefox, panel, 'share-view-person'), poll).toBe(true);
    await expect.poll(async () => (await talkRowsIn(firefox, panel)).length, poll).toBeGreaterThanOrEqual(2);
    const liveTab = await talkRowsIn(firefox, panel);
    await expect.poll(async () => (await sidebarTalkRows(firefox, panel))?.length ?? 0, poll).toBeGreaterThanOrEqual(2);
    const liveSidebar = (await sidebarTalkRows(firefox, panel))!;
    expect((await db.meetingOf(script.meetCode))?.endedAtMs).toBeNull();
    const speakers = new Set(script.lines.map((l) => l.speaker));
    for (const rows of [liveTab, liveSidebar]) {
      for (const row of rows) expect(speakers).toContain(row.speaker);
      const shares = rows.map((row) => Number.parseInt(row.share, 10));
      expect(Math.max(...shares)).toBeGreaterThan(0);
      // Percentages of the whole, each rounded: off by at most half a point per row.
      const total = shares.reduce((a, b) => a + b, 0);
      expect(Math.abs(total - 100)).toBeLessThanOrEqual(rows.length / 2);
    }

    await expect.poll(() => firefox.evaluate(meeting, () => (window as unknown as { __played?: boolean }).__played === true), poll).toBe(true);
    await expect.poll(async () => (await db.meetingOf(script.meetCode))?.endedAtMs ?? null, poll).not.toBeNull();
    const stored = await db.meetingOf(script.meetCode);
    expect(stored).toMatchObject({ title: script.title, selfName: script.selfName });
    await expect
      .poll(async () => (await db.utterancesOfMeeting(stored?.id)).map((u) => ({ speaker: u.speaker, text: u.text })), poll)
      .toEqual(expected);
    expect((await db.utterancesOfMeeting(stored?.id)).every((u) => u.isFinal && u.endMs >= u.startMs)).toBe(true);

    const participants = (await db.participants()).filter((p) => p.meetingId === stored?.id);
    expect(participants.map((p) => p.name).sort()).toEqual(script.participants.map((p) => p.name).sort());
    expect(participants.filter((p) => p.isSelf).map((p) => p.name)).toEqual([script.selfName]);
    expect(participants.every((p) => p.seenIn.includes('people-panel'))).toBe(true);
    await firefox.closeTab(meeting);
  });

  it('captures a scripted Microsoft Teams meeting word for word', async () => {
    const title = 'Firefox Teams committee';
    const teamsScript = { ...script, title };
    const self = script.participants.find((p) => p.name === script.selfName)!;
    const meeting = await firefox.openTab('https://teams.microsoft.com/v2/');
    await startSimulatedTeamsCall(asPage(firefox, meeting), { selfName: self.teamsName, title });
    // The extension takes Teams' "(Guest)" label off a name (as in the Chromium Teams tests).
    const expected = (await firefox.evaluate(meeting, (s) => window.teamsSim.expectedUtterances(s), teamsScript)).map((u) => ({
      speaker: u.speaker.replace(/ \(Guest\)$/, ''),
      text: u.text,
    }));
    expect(expected.length).toBe(script.lines.length);
    await firefox.evaluate(
      meeting,
      (s, speed) => window.teamsSim.play(s, { speed, openPeopleAtS: 0, leaveAtEnd: true }),
      teamsScript,
      SPEED,
    );

    const db = store(firefox, panel);
    await expect.poll(async () => (await db.meetingTitled(title))?.endedAtMs ?? null, poll).not.toBeNull();
    const stored = await db.meetingTitled(title);
    expect(stored).toMatchObject({ selfName: self.teamsName });
    await expect
      .poll(async () => (await db.utterancesOfMeeting(stored?.id)).map((u) => ({ speaker: u.speaker, text: u.text })), poll)
      .toEqual(expected);
    await firefox.closeTab(meeting);
  });

  it('stores the Teams guest view word for word on teams.cloud.microsoft', async () => {
    const title = 'Firefox Teams guest check';
    const helen = 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)';
    const tom = 'RICHARDS, Tom (TOWNSHIPS 1 PCN)';
    const meeting = await firefox.openTab('https://teams.cloud.microsoft/v2/');
    await startSimulatedTeamsCall(asPage(firefox, meeting), { selfName: tom, title, others: [helen], shape: 'guest' });
    const lines: [string, string][] = [
      [helen, 'The enhanced access paper is in your pack.'],
      [tom, 'Thank you, Helen.'],
    ];
    for (const [author, text] of lines) {
      // Refined in place a word at a time, then corrected, as Teams does.
      const row = await firefox.evaluate(meeting, (name) => window.teamsSim.newRow(name), author);
      const words = text.split(' ');
      for (let i = 1; i <= words.length; i += 1) {
        const draft = words.slice(0, i).join(' ').replace(/[.,]/g, '').toLowerCase();
        await firefox.evaluate(meeting, (r, t) => window.teamsSim.setRowText(r, t), row, draft);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await firefox.evaluate(meeting, (r, t) => window.teamsSim.setRowText(r, t), row, text);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await firefox.evaluate(meeting, () => window.teamsSim.leave());

    const db = store(firefox, panel);
    await expect.poll(async () => (await db.meetingTitled(title))?.endedAtMs ?? null, poll).not.toBeNull();
    const stored = await db.meetingTitled(title);
    await expect
      .poll(async () => (await db.utterancesOfMeeting(stored?.id)).map((u) => [u.speaker, u.text]), poll)
      .toEqual(lines);
    await firefox.closeTab(meeting);
  });

  it('exports the Meet meeting from the panel as JSON that matches the documented schema', async () => {
    await firefox.navigate(panel, `${firefox.baseUrl}/sidepanel.html`);
    await expect.poll(() => clickTestId(firefox, panel, 'nav-history'), poll).toBe(true);
    await expect.poll(() => clickTestId(firefox, panel, 'history-item', script.title), poll).toBe(true);
    await expect.poll(() => clickTestId(firefox, panel, 'export-json'), poll).toBe(true);

    // Firefox saves the blob download straight into the profile's download folder (user.js).
    const finished = () => readdirSync(firefox.downloadDir).filter((f) => f.endsWith('.json'));
    await expect.poll(finished, poll).toHaveLength(1);
    const [fileName] = finished();
    expect(fileName).toMatch(/^meeting-\d{4}-\d{2}-\d{2}-sheffield-place-primary-care-commissioning-committee\.json$/);
    const parsed = parseMeetingExport(readFileSync(join(firefox.downloadDir, fileName!), 'utf8'));
    if (!parsed.ok) throw new Error(`The export does not match the schema: ${parsed.error}`);
    expect(parsed.value.meeting).toMatchObject({ code: script.meetCode, title: script.title, platform: 'meet', selfName: script.selfName });
    expect(parsed.value.utterances.map((u) => u.text)).toEqual(script.lines.map((l) => l.text));
    expect(parsed.value.talkTime?.source).toBe('captions');
    expect(parsed.value.talkTime?.participants.map((p) => p.speaker).sort()).toEqual([...new Set(script.lines.map((l) => l.speaker))].sort());
  });
});
