// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://meet.google.com/pcc-shef-nov" }
import { afterEach, describe, expect, it } from 'vitest';
import { meetAdapter } from '@/utils/platforms/meet/adapter';
import { startHarness, stopHarness, storedUtterances, type Harness } from '../helpers/capture-harness';
import { loadMeetSim, type MeetSim } from '../helpers/meet-sim';

// Issue 16: Meet pages redesigned in the ways a real redesign goes.
afterEach(stopHarness);

type MeetHarness = Harness & { sim: MeetSim };
type Redesign = Parameters<MeetSim['setRedesign']>[0];

function harness(redesign: Redesign): MeetHarness {
  const sim = loadMeetSim();
  sim.setRedesign(redesign);
  return Object.assign(startHarness(meetAdapter), { sim });
}

async function joinCall(h: MeetHarness): Promise<void> {
  h.sim.setSelfName('Dr Tom Richards');
  h.sim.addParticipant({ name: 'Dr Tom Richards', isSelf: true });
  h.sim.addParticipant({ name: 'Helen Marsh' });
  h.sim.join();
  h.sim.captionsOn();
  await h.step();
  await h.step();
}

/** Says `text` on a new row a word at a time (Meet's two kinds of text update), a word every 300 ms. */
async function say(h: MeetHarness, label: string, text: string): Promise<void> {
  const row = h.sim.newRow(label);
  const list = text.split(' ');
  for (let i = 1; i <= list.length; i += 1) {
    h.sim.setRowText(row, list.slice(0, i).join(' '), i % 2 ? 'characterData' : 'replace');
    await h.step(300);
  }
}

const said = (h: MeetHarness) => storedUtterances(h.batches).map((u) => [u.speaker, u.isSelf, u.text]);

describe('capture on redesigned Meet pages (issue 16)', () => {
  it.each([
    ['German', 'de', 'Du'],
    ['Welsh', 'cy', 'Chi'],
  ] as const)('%s labels, rotated class names and jsname values: every word, the local user under their own name', async (_name, language, selfLabel) => {
    const h = harness({ language, rotateNames: true });
    await joinCall(h);
    expect(h.sim.selfLabel).toBe(selfLabel);

    await say(h, 'Helen Marsh', 'Guten Morgen und willkommen zum Ausschuss.');
    await say(h, selfLabel, 'Morgen, Tom Richards, Townships 1 PCN.');
    await say(h, 'Helen Marsh', 'Danke, Tom.');
    for (let i = 0; i < 4; i += 1) await h.step(500);

    expect(said(h)).toEqual([
      ['Helen Marsh', false, 'Guten Morgen und willkommen zum Ausschuss.'],
      ['Dr Tom Richards', true, 'Morgen, Tom Richards, Townships 1 PCN.'],
      ['Helen Marsh', false, 'Danke, Tom.'],
    ]);
    const health = h.batches.at(-1)!.health;
    expect(health.callState).toBe('in-call');
    expect(health.captionsFoundByShape).toBeUndefined();
  });

  it('reads the local user’s label from the People panel when their own tile shows their name', async () => {
    const h = harness({ language: 'de', rotateNames: true, selfTileShowsName: true });
    await joinCall(h);
    h.sim.openPeople();
    await h.step();

    await say(h, 'Du', 'Morgen, Tom Richards, Townships 1 PCN.');
    await say(h, 'Helen Marsh', 'Danke, Tom.');
    for (let i = 0; i < 4; i += 1) await h.step(500);

    expect(said(h)).toEqual([
      ['Dr Tom Richards', true, 'Morgen, Tom Richards, Townships 1 PCN.'],
      ['Helen Marsh', false, 'Danke, Tom.'],
    ]);
  });

  it('finds captions by their shape when rows move into a wrapper and the region loses its tabindex, and keeps every word said while it checks', async () => {
    const h = harness({ language: 'cy', rotateNames: true, wrapRows: true, noTabindex: true });
    await joinCall(h);

    await say(h, 'Helen Marsh', 'Bore da pawb, a chroeso i gyfarfod y pwyllgor heddiw.');
    await say(h, 'Chi', 'Bore da, Tom Richards o Townships 1 PCN.');
    for (let i = 0; i < 4; i += 1) await h.step(500);

    expect(said(h)).toEqual([
      ['Helen Marsh', false, 'Bore da pawb, a chroeso i gyfarfod y pwyllgor heddiw.'],
      ['Dr Tom Richards', true, 'Bore da, Tom Richards o Townships 1 PCN.'],
    ]);
    expect(h.batches.at(-1)!.health).toMatchObject({ callState: 'in-call', captions: 'receiving', captionsFoundByShape: true });
  });

  it('reads rows moved into a wrapper through the known region, without guessing from the wrapper', async () => {
    const h = harness({ wrapRows: true, noTabindex: true });
    await joinCall(h);

    await say(h, 'Helen Marsh', 'Good morning, everyone.');
    await say(h, 'You', 'Morning all.');
    for (let i = 0; i < 4; i += 1) await h.step(500);

    expect(said(h)).toEqual([
      ['Helen Marsh', false, 'Good morning, everyone.'],
      ['Dr Tom Richards', true, 'Morning all.'],
    ]);
    expect(h.batches.at(-1)!.health.captionsFoundByShape).toBeUndefined();
  });

  it('captures a caption page with no call controls from its first row, and names the controls it cannot find', async () => {
    const h = harness({ noControls: true });
    await joinCall(h);

    await say(h, 'Helen Marsh', 'First row.');
    await say(h, 'Daniel Okafor', 'Second row, straight after.');
    for (let i = 0; i < 4; i += 1) await h.step(500);

    expect(said(h)).toEqual([
      ['Helen Marsh', false, 'First row.'],
      ['Daniel Okafor', false, 'Second row, straight after.'],
    ]);
    const first = h.batches[0]!;
    expect(first.joinedAtMs).toBeLessThanOrEqual(storedUtterances(h.batches)[0]!.startMs);
    expect(h.batches.at(-1)!.health.callState).toBe('in-call');
    expect(h.batches.at(-1)!.health.missingSelectors).toEqual(expect.arrayContaining(['leave button', 'captions button']));
  });

  it('ends the call on a left page with none of the known markers, and a rejoin in the same tab is a new session', async () => {
    const h = harness({ language: 'de', rotateNames: true, unmarkedLeftPage: true });
    await joinCall(h);
    await say(h, 'Helen Marsh', 'Das war alles für heute.');
    const firstSession = h.capture.sessionId;

    h.sim.leave();
    for (let i = 0; i < 12; i += 1) await h.step(500);
    const ending = h.batches.filter((b) => b.sessionId === firstSession).at(-1)!;
    expect(ending.health.callState).toBe('left');
    expect(storedUtterances(h.batches).map((u) => [u.text, u.isFinal])).toEqual([['Das war alles für heute.', true]]);
    const sent = h.batches.length;
    for (let i = 0; i < 6; i += 1) await h.step(500);
    expect(h.batches.length).toBe(sent);

    h.sim.join();
    h.sim.captionsOn();
    await say(h, 'Helen Marsh', 'Noch eine Sache.');
    for (let i = 0; i < 4; i += 1) await h.step(500);
    expect(h.capture.sessionId).not.toBe(firstSession);
    expect(h.batches.at(-1)!.health.callState).toBe('in-call');
    expect(storedUtterances(h.batches.filter((b) => b.sessionId !== firstSession)).map((u) => u.text)).toEqual(['Noch eine Sache.']);
  });
});
