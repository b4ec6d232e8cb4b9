// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://meet.google.com/pcc-shef-nov" }
import { afterEach, describe, expect, it } from 'vitest';
import type { PlatformAdapter } from '@/utils/platforms/adapter';
import { meetAdapter } from '@/utils/platforms/meet/adapter';
import { startHarness, stopHarness, storedUtterances, type Harness } from '../helpers/capture-harness';
import { loadMeetSim, type MeetSim } from '../helpers/meet-sim';

afterEach(stopHarness);

type MeetHarness = Harness & { sim: MeetSim };

function harness(adapter: PlatformAdapter = meetAdapter): MeetHarness {
  const sim = loadMeetSim();
  return Object.assign(startHarness(adapter), { sim });
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

/** Grows a row word by word, alternating Meet's two kinds of text update. */
async function speak(h: MeetHarness, rowId: number, words: string, stepMs = 300): Promise<void> {
  const list = words.split(' ');
  for (let i = 1; i <= list.length; i += 1) {
    h.sim.setRowText(rowId, list.slice(0, i).join(' '), i % 2 ? 'characterData' : 'replace');
    await h.step(stepMs);
  }
}

describe('startCapture on a simulated Meet page', () => {
  it('sends nothing while in the lobby', async () => {
    const h = harness();
    await h.step();
    await h.step();
    expect(h.batches).toEqual([]);
  });

  it('stores a scripted meeting word for word: growth, corrections, eviction, "You", repeats, captions off and on', async () => {
    const h = harness();
    await joinCall(h);
    h.sim.setMaxRows(2);

    const r1 = h.sim.newRow('Helen Marsh');
    await speak(h, r1, 'good morning everyone');
    h.sim.setRowText(r1, 'Good morning, everyone.');
    const r2 = h.sim.newRow('You');
    await speak(h, r2, 'we had four hundred pharmacy thirst referrals');
    const r3 = h.sim.newRow('You');
    h.sim.setRowText(r2, 'We had four hundred Pharmacy First referrals.');
    await speak(h, r3, 'and the numbers keep rising');
    h.sim.setRowText(r3, 'And the numbers keep rising.');
    const r4 = h.sim.newRow('Helen Marsh'); // evicts r1 and then r2 (max two rows)
    await speak(h, r4, 'thank you Tom');
    h.sim.setRowText(r4, 'Thank you, Tom.');
    await h.step();
    h.sim.captionsOff();
    await h.step(1_000);
    h.sim.captionsOn();
    await h.step(1_000);
    const r5 = h.sim.newRow('Helen Marsh');
    await speak(h, r5, 'next item is the action log');
    h.sim.setRowText(r5, 'Next item is the action log.');
    await h.step(1_000);

    expect(storedUtterances(h.batches).map((u) => [u.speaker, u.isSelf, u.text])).toEqual([
      ['Helen Marsh', false, 'Good morning, everyone.'],
      ['Dr Tom Richards', true, 'We had four hundred Pharmacy First referrals.'],
      ['Dr Tom Richards', true, 'And the numbers keep rising.'],
      ['Helen Marsh', false, 'Thank you, Tom.'],
      ['Helen Marsh', false, 'Next item is the action log.'],
    ]);
  });

  it('times each utterance from its first to its last change', async () => {
    const h = harness();
    await joinCall(h);
    const startMs = h.clock.nowMs;
    const row = h.sim.newRow('Helen Marsh');
    await speak(h, row, 'one two three four', 500);

    const [utterance] = storedUtterances(h.batches);
    expect(utterance!.startMs).toBe(startMs);
    expect(utterance!.endMs - utterance!.startMs).toBe(1_500);
  });

  it('reads rows already on screen when it attaches, and re-attaches when the region is replaced', async () => {
    const h = harness();
    h.sim.addParticipant({ name: 'Helen Marsh' });
    h.sim.join();
    h.sim.captionsOn();
    const row = h.sim.newRow('Helen Marsh');
    h.sim.setRowText(row, 'Already speaking before capture started');
    await h.step();
    await h.step();
    h.sim.replaceRegion();
    await h.step();
    await h.step();
    h.sim.setRowText(row, 'Already speaking before capture started and still going');
    await h.step();
    await h.step();

    expect(storedUtterances(h.batches).map((u) => u.text)).toEqual([
      'Already speaking before capture started and still going',
    ]);
  });

  it('sends at most one batch a second', async () => {
    const h = harness();
    await joinCall(h);
    const before = h.batches.length;
    const row = h.sim.newRow('Helen Marsh');
    await speak(h, row, 'a b c d e f g h i j k l m n o p q r s t', 250); // 5 seconds of speech

    expect(h.batches.length - before).toBeLessThanOrEqual(5);
    expect(h.batches.length - before).toBeGreaterThanOrEqual(4);
  });

  it('keeps updates while the background cannot be reached and sends them once it can', async () => {
    const h = harness();
    await joinCall(h);
    h.failSends.count = 3;
    const sentBefore = h.batches.length;
    const row = h.sim.newRow('Helen Marsh');
    await speak(h, row, 'this must not be lost', 500);
    h.sim.setRowText(row, 'This must not be lost.');
    for (let i = 0; i < 6; i += 1) await h.step(1_000);

    expect(h.failSends.count).toBe(0);
    expect(h.batches.length).toBeGreaterThan(sentBefore);
    expect(storedUtterances(h.batches).map((u) => u.text)).toEqual(['This must not be lost.']);
    expect(h.batches.at(-1)!.health.droppedUpdates).toBe(0);
  });

  it('bounds what waits during a long outage, dropping the oldest and saying how many', async () => {
    const h = harness();
    await joinCall(h);
    h.failSends.count = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3_050; i += 1) {
      const row = h.sim.newRow('Helen Marsh');
      h.sim.setRowText(row, `Sentence number ${i} is long enough to be unique`);
      if (i % 500 === 0) await h.step(1_000);
    }
    await h.step(1_000);
    h.failSends.count = 0;
    for (let i = 0; i < 8; i += 1) await h.step(1_000);

    const stored = storedUtterances(h.batches);
    const dropped = h.batches.at(-1)!.health.droppedUpdates;
    expect(stored.length).toBe(3_000);
    expect(dropped).toBe(50);
    expect(stored.at(-1)!.text).toBe('Sentence number 3049 is long enough to be unique');
  });

  it('finalises and sends everything at once when the page is closed mid-utterance', async () => {
    const h = harness();
    await joinCall(h);
    const row = h.sim.newRow('Helen Marsh');
    await speak(h, row, 'I was saying that');
    h.sim.setRowText(row, 'I was saying that the paper');
    h.pageHide();

    const last = h.batches.at(-1)!;
    expect(last.isPageClosing).toBe(true);
    expect(last.utterances).toEqual([expect.objectContaining({ text: 'I was saying that the paper', isFinal: true })]);
  });

  it('reports leaving the call once and then goes quiet', async () => {
    const h = harness();
    await joinCall(h);
    const row = h.sim.newRow('Helen Marsh');
    await speak(h, row, 'goodbye all');
    h.sim.leave();
    for (let i = 0; i < 4; i += 1) await h.step();
    const count = h.batches.length;
    for (let i = 0; i < 20; i += 1) await h.step();

    expect(h.batches.at(-1)!.health.callState).toBe('left');
    expect(h.batches.at(-1)!.utterances).toEqual([expect.objectContaining({ text: 'goodbye all', isFinal: true })]);
    expect(h.batches.length).toBe(count);
  });

  it('sends a heartbeat every few seconds when nothing changes', async () => {
    const h = harness();
    await joinCall(h);
    const count = h.batches.length;
    for (let i = 0; i < 8; i += 1) await h.step(500);
    expect(h.batches.length - count).toBe(1);
  });

  it('records attendance from the People panel and from tiles', async () => {
    const h = harness();
    await joinCall(h);
    await h.step();
    await h.step();
    h.sim.openPeople();
    for (let i = 0; i < 4; i += 1) await h.step();
    h.sim.removeParticipant('Helen Marsh');
    for (let i = 0; i < 4; i += 1) await h.step();

    const rosters = h.batches.flatMap((b) => b.roster);
    expect(rosters.map((r) => [r.source, r.isComplete, r.participants.map((p) => p.name).sort()])).toEqual([
      ['tiles', false, ['Dr Tom Richards', 'Helen Marsh']],
      ['people-panel', true, ['Dr Tom Richards', 'Helen Marsh']],
      ['people-panel', true, ['Dr Tom Richards']],
    ]);
    expect(rosters[1]!.participants.find((p) => p.name === 'Dr Tom Richards')!.isSelf).toBe(true);
  });

  it('records speech segments from speaking indicators', async () => {
    const h = harness();
    await joinCall(h);
    h.sim.setSpeaking('Helen Marsh', true);
    for (let i = 0; i < 6; i += 1) await h.step(500);
    h.sim.setSpeaking('Helen Marsh', false);
    for (let i = 0; i < 4; i += 1) await h.step(500);

    const segments = new Map(h.batches.flatMap((b) => b.speech).map((s) => [s.id, s]));
    expect([...segments.values()].map((s) => [s.speaker, s.endMs - s.startMs, s.isFinal])).toEqual([
      ['Helen Marsh', 2_500, true],
    ]);
  });

  it('reports in plain terms when the captions are off', async () => {
    const h = harness();
    await joinCall(h);
    h.sim.captionsOff();
    await h.step();
    await h.step();
    expect(h.batches.at(-1)!.health).toMatchObject({ callState: 'in-call', captions: 'off' });
  });

  it('never throws into the page when the adapter fails, and counts the errors', async () => {
    const broken: PlatformAdapter = {
      ...meetAdapter,
      readCallState: () => 'in-call',
      findCaptionRegion: () => {
        throw new TypeError('Cannot read properties of null');
      },
    };
    const h = harness(broken);
    h.sim.join();
    await expect(h.step()).resolves.toBeUndefined();
    await h.step();
    expect(() => h.pageHide()).not.toThrow();
    expect(h.batches.at(-1)!.health.errorCount).toBeGreaterThan(0);
  });

  it('reports a meeting page it cannot read after ten seconds, saying what is missing', async () => {
    const h = harness();
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'A page Meet redesigned' }));
    for (let i = 0; i < 18; i += 1) await h.step(500);
    expect(h.batches).toEqual([]);
    for (let i = 0; i < 6; i += 1) await h.step(500);

    expect(h.batches.at(-1)!.health).toMatchObject({
      callState: 'unknown',
      captions: 'not-found',
      missingSelectors: ['call controls', 'captions'],
    });
    expect(h.batches.at(-1)!.meeting.code).toBe('pcc-shef-nov');
  });

  it('ends a joined call once its controls, captions and tiles have all been gone for a few seconds (issue 16)', async () => {
    const h = harness();
    await joinCall(h);
    const row = h.sim.newRow('Helen Marsh');
    await speak(h, row, 'Good morning everyone');
    for (let i = 0; i < 4; i += 1) await h.step(500);
    expect(h.batches.at(-1)!.health.captions).toBe('receiving');

    // A page with none of the known "left" markers: no call controls, no captions, no tiles.
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'A page Meet redesigned' }));
    for (let i = 0; i < 4; i += 1) await h.step(500);
    expect(h.batches.at(-1)!.health.callState).toBe('in-call');
    for (let i = 0; i < 8; i += 1) await h.step(500);

    const last = h.batches.at(-1)!;
    expect(last.health.callState).toBe('left');
    expect(storedUtterances(h.batches).map((u) => [u.text, u.isFinal])).toEqual([['Good morning everyone', true]]);
  });

  it('keeps a call going while its tiles are there though its controls are not recognised, and names what is missing', async () => {
    const h = harness();
    await joinCall(h);
    for (const control of document.querySelectorAll('button')) control.remove();
    h.sim.captionsOff();
    for (let i = 0; i < 16; i += 1) await h.step(500);

    const health = h.batches.at(-1)!.health;
    expect(health.callState).toBe('in-call');
    expect(health.missingSelectors).toEqual(expect.arrayContaining(['leave button', 'captions button']));
  });

  it('stops observing when the extension is reloaded or removed', async () => {
    const h = harness();
    await joinCall(h);
    h.invalidate();
    const count = h.batches.length;
    const row = h.sim.newRow('Helen Marsh');
    h.sim.setRowText(row, 'Nobody is listening now');
    await h.step();
    await h.step();
    expect(h.batches.length).toBe(count);
  });
});
