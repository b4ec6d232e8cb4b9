// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://teams.microsoft.com/v2/" }
import { afterEach, describe, expect, it } from 'vitest';
import { teamsAdapter } from '@/utils/platforms/teams/adapter';
import { startHarness, stopHarness, storedUtterances, type Harness } from '../helpers/capture-harness';
import { loadTeamsSim, type TeamsSim } from '../helpers/meet-sim';

// Issue 16: Teams pages redesigned in the ways a real redesign goes.
afterEach(stopHarness);

type TeamsHarness = Harness & { sim: TeamsSim };
type Redesign = Parameters<TeamsSim['setRedesign']>[0];

const HELEN = 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)';
const TOM = 'RICHARDS, Tom (TOWNSHIPS 1 PCN)';

function harness(redesign: Redesign, shape: 'host' | 'guest' = 'host'): TeamsHarness {
  const sim = loadTeamsSim();
  sim.setShape(shape);
  sim.setRedesign(redesign);
  return Object.assign(startHarness(teamsAdapter), { sim });
}

async function joinCall(h: TeamsHarness): Promise<void> {
  h.sim.setSelfName(TOM);
  h.sim.addParticipant({ name: TOM, isSelf: true });
  h.sim.addParticipant({ name: HELEN });
  h.sim.join();
  h.sim.captionsOn();
  await h.step();
  await h.step();
}

/** Says `text` as a Teams entry, refined in place a word every 300 ms. */
async function say(h: TeamsHarness, author: string, text: string): Promise<void> {
  const row = h.sim.newRow(author);
  const list = text.split(' ');
  for (let i = 1; i <= list.length; i += 1) {
    h.sim.setRowText(row, list.slice(0, i).join(' '));
    await h.step(300);
  }
}

const said = (h: TeamsHarness) => storedUtterances(h.batches).map((u) => [u.speaker, u.text]);

describe.each(['host', 'guest'] as const)('capture on redesigned Teams pages (%s view, issue 16)', (shape) => {
  it('captures a caption page with no call controls from its first row, and names the controls it cannot find', async () => {
    const h = harness({ noControls: true }, shape);
    await joinCall(h);

    await say(h, HELEN, 'First entry, said the moment captions start.');
    await say(h, TOM, 'And the second one.');
    for (let i = 0; i < 4; i += 1) await h.step(500);

    expect(said(h)).toEqual([
      [HELEN, 'First entry, said the moment captions start.'],
      [TOM, 'And the second one.'],
    ]);
    expect(h.batches.at(-1)!.health).toMatchObject({ callState: 'in-call', captions: 'receiving' });
    expect(h.batches.at(-1)!.health.missingSelectors).toContain('leave button');
  });

  it('captures a page with no call controls whose caption containers lost their data-tid, from the entries’ own marks', async () => {
    const h = harness({ noControls: true, stripCaptionIds: 'containers' }, shape);
    await joinCall(h);

    await say(h, HELEN, 'Good morning everyone, and welcome to the committee.');
    await say(h, TOM, 'Morning all, Tom Richards, Townships 1 PCN.');
    for (let i = 0; i < 4; i += 1) await h.step(500);

    expect(said(h)).toEqual([
      [HELEN, 'Good morning everyone, and welcome to the committee.'],
      [TOM, 'Morning all, Tom Richards, Townships 1 PCN.'],
    ]);
    expect(h.batches.at(-1)!.health).toMatchObject({ callState: 'in-call', captions: 'receiving' });
  });

  it('finds captions by their shape in a call whose captions lost every mark, and keeps every word', async () => {
    const h = harness({ stripCaptionIds: 'all' }, shape);
    await joinCall(h);

    await say(h, HELEN, 'Good morning everyone, and welcome to the committee.');
    await say(h, TOM, 'Morning all, Tom Richards, Townships 1 PCN.');
    for (let i = 0; i < 4; i += 1) await h.step(500);

    expect(said(h)).toEqual([
      [HELEN, 'Good morning everyone, and welcome to the committee.'],
      [TOM, 'Morning all, Tom Richards, Townships 1 PCN.'],
    ]);
    expect(h.batches.at(-1)!.health).toMatchObject({ callState: 'in-call', captions: 'receiving', captionsFoundByShape: true });
  });

  it('starts a call from captions found by shape alone, with no call controls, once their words grow in a row', async () => {
    const h = harness({ noControls: true, stripCaptionIds: 'all' }, shape);
    await joinCall(h);

    await say(h, HELEN, 'Good morning everyone, and welcome to the place partnership board.');
    await say(h, TOM, 'Morning all.');
    for (let i = 0; i < 4; i += 1) await h.step(500);

    expect(said(h)).toEqual([
      [HELEN, 'Good morning everyone, and welcome to the place partnership board.'],
      [TOM, 'Morning all.'],
    ]);
    expect(h.batches.at(-1)!.health).toMatchObject({ callState: 'in-call', captionsFoundByShape: true });
    expect(h.batches.at(-1)!.health.missingSelectors).toContain('leave button');
  });

  it('starts no call from rows found by shape that only ever arrive whole, as chat messages do (the rest of the Teams app)', async () => {
    const h = harness({ noControls: true, stripCaptionIds: 'all' }, shape);
    await joinCall(h);

    for (const text of ['This could be anything in the Teams app.', 'Another message, arriving whole.', 'And a third.', 'And a fourth.']) {
      h.sim.setRowText(h.sim.newRow(HELEN), text);
      for (let i = 0; i < 3; i += 1) await h.step(500);
    }

    expect(h.batches).toEqual([]);
  });

  it('ends the call when the page after it says so in another language, and starts a new session on rejoining', async () => {
    const h = harness({ language: 'de' }, shape);
    await joinCall(h);
    await say(h, HELEN, 'Das war alles für heute.');
    const firstSession = h.capture.sessionId;

    h.sim.leave();
    for (let i = 0; i < 12; i += 1) await h.step(500);

    expect(h.batches.filter((b) => b.sessionId === firstSession).at(-1)!.health.callState).toBe('left');
    expect(storedUtterances(h.batches).map((u) => [u.text, u.isFinal])).toEqual([['Das war alles für heute.', true]]);

    h.sim.join();
    h.sim.captionsOn();
    await say(h, HELEN, 'Noch eine Sache.');
    for (let i = 0; i < 4; i += 1) await h.step(500);
    expect(h.capture.sessionId).not.toBe(firstSession);
    expect(storedUtterances(h.batches.filter((b) => b.sessionId !== firstSession)).map((u) => u.text)).toEqual(['Noch eine Sache.']);
  });

  it('ends a call with no controls once its captions have gone for a few seconds', async () => {
    const h = harness({ noControls: true }, shape);
    await joinCall(h);
    await say(h, HELEN, 'Closing the meeting now.');
    h.sim.captionsOff();
    for (let i = 0; i < 12; i += 1) await h.step(500);

    expect(h.batches.at(-1)!.health.callState).toBe('left');
    expect(storedUtterances(h.batches).map((u) => [u.text, u.isFinal])).toEqual([['Closing the meeting now.', true]]);
  });
});
