// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://teams.microsoft.com/v2/" }
import { afterEach, describe, expect, it } from 'vitest';
import type { PlatformAdapter } from '@/utils/platforms/adapter';
import { teamsAdapter } from '@/utils/platforms/teams/adapter';
import { startHarness, stopHarness, storedUtterances, type Harness } from '../helpers/capture-harness';
import { loadTeamsSim, type TeamsSim } from '../helpers/meet-sim';

afterEach(stopHarness);

type TeamsHarness = Harness & { sim: TeamsSim };

const HELEN = 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)';
const TOM = 'RICHARDS, Tom (TOWNSHIPS 1 PCN)';

function harness(shape: 'host' | 'guest' = 'host', adapter: PlatformAdapter = teamsAdapter): TeamsHarness {
  const sim = loadTeamsSim();
  sim.setShape(shape);
  return Object.assign(startHarness(adapter), { sim });
}

async function joinCall(h: TeamsHarness): Promise<void> {
  h.sim.setTitle('Sheffield Place PCCC');
  h.sim.setSelfName(TOM);
  h.sim.addParticipant({ name: TOM, isSelf: true });
  h.sim.addParticipant({ name: HELEN });
  h.sim.addParticipant({ name: 'Claire Bennett (Guest)', tileId: 'claire.bennett@sheffield.gov.uk' });
  h.sim.join();
  h.sim.captionsOn();
  await h.step();
  await h.step();
}

async function say(h: TeamsHarness, author: string, words: string, finalText: string): Promise<number> {
  const row = h.sim.newRow(author);
  const list = words.split(' ');
  for (let i = 1; i <= list.length; i += 1) {
    h.sim.setRowText(row, list.slice(0, i).join(' '));
    await h.step(300);
  }
  h.sim.setRowText(row, finalText);
  await h.step(300);
  return row;
}

describe.each(['host', 'guest'] as const)('startCapture on a simulated Teams page (%s view)', (shape) => {
  it('stores each entry once, refined in place, through eviction and re-rendered entries', async () => {
    const h = harness(shape);
    await joinCall(h);
    h.sim.setMaxRows(2);

    const first = await say(h, HELEN, 'good morning everyone', 'Good morning, everyone.');
    await say(h, TOM, 'morning all tom richards townships one pcn', 'Morning all, Tom Richards, Townships 1 PCN.');
    h.sim.rerenderRow(first);
    await h.step();
    await say(h, 'Claire Bennett (Guest)', 'hi claire bennett public health', 'Hi, Claire Bennett, public health.');
    await say(h, TOM, 'thanks claire', 'Thanks, Claire.');
    for (let i = 0; i < 6; i += 1) await h.step(500);

    expect(storedUtterances(h.batches).map((u) => [u.speaker, u.text])).toEqual([
      [HELEN, 'Good morning, everyone.'],
      [TOM, 'Morning all, Tom Richards, Townships 1 PCN.'],
      ['Claire Bennett', 'Hi, Claire Bennett, public health.'],
      [TOM, 'Thanks, Claire.'],
    ]);
  });
});

describe('startCapture on a simulated Teams page', () => {
  it('keeps an entry with no author apart as an unknown speaker, never guessing', async () => {
    const h = harness();
    await joinCall(h);
    await say(h, HELEN, 'over to you', 'Over to you.');
    await say(h, '', 'sorry can you hear me', 'Sorry, can you hear me?');
    for (let i = 0; i < 4; i += 1) await h.step(500);

    expect(storedUtterances(h.batches).map((u) => [u.speaker, u.isSpeakerUnknown, u.text])).toEqual([
      [HELEN, false, 'Over to you.'],
      ['Unknown speaker', true, 'Sorry, can you hear me?'],
    ]);
    const rosterNames = h.batches.flatMap((b) => b.roster.flatMap((r) => r.participants.map((p) => p.name)));
    expect(rosterNames).not.toContain('Unknown speaker');
  });

  it('picks up text the observer missed with its low-rate poll', async () => {
    const deaf: PlatformAdapter = { ...teamsAdapter, rowOf: () => null };
    const h = harness('host', deaf);
    await joinCall(h);
    const row = h.sim.newRow(HELEN);
    h.sim.setRowText(row, 'A caption the observer never saw');
    for (let i = 0; i < 6; i += 1) await h.step(500);

    expect(storedUtterances(h.batches).map((u) => u.text)).toEqual(['A caption the observer never saw']);
  });

  it('never sends an email address, and takes names from the tiles without labels', async () => {
    const h = harness();
    await joinCall(h);
    for (let i = 0; i < 4; i += 1) await h.step(500);
    const sent = JSON.stringify(h.batches);
    expect(sent).not.toContain('@sheffield.gov.uk');
    const tiles = h.batches.flatMap((b) => b.roster).find((r) => r.source === 'tiles')!;
    expect(tiles.participants.map((p) => p.name).sort()).toEqual(['Claire Bennett', HELEN, TOM]);
  });

  it('reads the Attendees tree, learning the local user from "(You)" and marking their captions', async () => {
    const h = harness();
    await joinCall(h);
    h.sim.openPeople();
    for (let i = 0; i < 4; i += 1) await h.step(500);
    await say(h, TOM, 'i can take that', 'I can take that.');
    for (let i = 0; i < 4; i += 1) await h.step(500);
    expect(storedUtterances(h.batches).map((u) => [u.speaker, u.isSelf])).toEqual([[TOM, true]]);
    const roster = h.batches.flatMap((b) => b.roster).find((r) => r.source === 'people-panel')!;
    expect(roster.isComplete).toBe(true);
    expect(roster.participants.find((p) => p.isSelf)?.name).toBe(TOM);
    expect(h.batches.at(-1)!.meeting).toMatchObject({ title: 'Sheffield Place PCCC', selfName: TOM });
  });

  it('reports leaving through the hang-up button, and starts a new session for the next call in the page', async () => {
    const h = harness();
    await joinCall(h);
    await say(h, HELEN, 'thank you all', 'Thank you all.');
    const firstSession = h.capture.sessionId;
    h.sim.leave();
    for (let i = 0; i < 4; i += 1) await h.step(500);
    expect(h.batches.at(-1)!.health.callState).toBe('left');
    expect(storedUtterances(h.batches).map((u) => [u.text, u.isFinal])).toEqual([['Thank you all.', true]]);

    h.sim.join();
    h.sim.captionsOn();
    for (let i = 0; i < 4; i += 1) await h.step(500);
    expect(h.capture.sessionId).not.toBe(firstSession);
    expect(h.batches.at(-1)!.sessionId).toBe(h.capture.sessionId);
  });

  it('says captions may still be waiting for speech, rather than off, before the caption list exists', async () => {
    const h = harness();
    h.sim.join();
    await h.step();
    await h.step();
    expect(h.batches.at(-1)!.health.captions).toBe('off');
    h.sim.captionsOn();
    await h.step();
    await h.step();
    expect(h.batches.at(-1)!.health.captions).toBe('on-no-speech');
  });

  it('still says captions are coming in after five minutes of them, not that nobody has spoken', async () => {
    const h = harness();
    await joinCall(h);
    for (let minute = 0; minute < 7; minute += 1) {
      await say(h, HELEN, `point number ${minute}`, `Point number ${minute}.`);
      await h.step(60_000);
    }
    await say(h, HELEN, 'and the last one', 'And the last one.');
    await h.step(500);
    expect(h.batches.at(-1)!.health.captions).toBe('receiving');
  });

  it('sends nothing in the rest of Teams, outside a call', async () => {
    const h = harness();
    document.body.replaceChildren(Object.assign(document.createElement('h1'), { textContent: 'Chat' }));
    for (let i = 0; i < 30; i += 1) await h.step(500);
    expect(h.batches).toEqual([]);
  });
});
