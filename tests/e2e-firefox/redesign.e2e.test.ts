import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadMeetingScript, startSimulatedCall } from '../../simulator/harness/meeting-hosts.mjs';
import { asPage, startFirefox, store } from './helpers';

interface Script {
  title: string;
  meetCode: string;
  selfName: string;
  participants: { name: string }[];
  lines: { atS: number; durationS: number; speaker: string; text: string }[];
}

// Issue 16 in Firefox: the demo committee's first three minutes on a German Meet page whose class
// names and jsname values are rotated and whose page after leaving has none of the known markers.
const full = loadMeetingScript('primary-care-committee') as Script;
const script: Script = { ...full, meetCode: 'fir-efox-deu', lines: full.lines.filter((line) => line.atS + line.durationS < 180) };
const SPEED = 30;
const poll = { timeout: 20_000, interval: 250 };

let firefox: Awaited<ReturnType<typeof startFirefox>>;
let panel: string;
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

describe('a redesigned Meet page in Firefox (issue 16)', () => {
  it('German, rotated class names and jsname values: every word under the right speaker, and the meeting ends on a left page with no known markers', async () => {
    const meeting = await firefox.openTab(`https://meet.google.com/${script.meetCode}`);
    await firefox.evaluate(meeting, () => window.meetSim.setRedesign({ language: 'de', rotateNames: true, unmarkedLeftPage: true }));
    await startSimulatedCall(asPage(firefox, meeting), { selfName: script.selfName, title: script.title });
    const expected = await firefox.evaluate(meeting, (s) => window.meetSim.expectedUtterances(s), script);
    expect(expected.some((u) => u.speaker === script.selfName)).toBe(true);
    await firefox.evaluate(meeting, (s, speed) => window.meetSim.play(s, { speed, openPeopleAtS: null, leaveAtEnd: true }), script, SPEED);

    const db = store(firefox, panel);
    await expect.poll(async () => (await db.meetingOf(script.meetCode))?.endedAtMs ?? null, poll).not.toBeNull();
    const stored = await db.meetingOf(script.meetCode);
    expect(stored).toMatchObject({ selfName: script.selfName });
    await expect
      .poll(async () => (await db.utterancesOfMeeting(stored?.id)).map((u) => ({ speaker: u.speaker, text: u.text })), poll)
      .toEqual(expected);
    await firefox.closeTab(meeting);
  });
});
