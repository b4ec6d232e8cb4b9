// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { startCaptionRowWatcher, type CaptionRowWatcher } from '@/utils/platforms/caption-rows';
import { meetAdapter } from '@/utils/platforms/meet/adapter';

type Event = [kind: 'observe' | 'grow', key: number, speaker: string, text: string] | ['release', key: number];

let watcher: CaptionRowWatcher | null = null;
afterEach(() => {
  watcher?.stop();
  watcher = null;
  document.body.replaceChildren();
});

/** A Meet caption region with one row per speaker, and a watcher recording what it reports. */
function setUp(...speakers: string[]) {
  document.body.innerHTML = `<div jsname="dsyhDe"><div role="region" tabindex="0" aria-label="Captions">${speakers
    .map((name) => `<div class="nMcdL"><div class="adE6rb"><span class="NWpY1d">${name}</span></div><div class="ygicle"></div></div>`)
    .join('')}</div></div>`;
  const events: Event[] = [];
  /** When each grow reported happened, by the watcher's clock. */
  const growTimes: number[] = [];
  let nowMs = 0;
  watcher = startCaptionRowWatcher(
    meetAdapter,
    {
      observe: (key, speaker, text) => events.push(['observe', key, speaker, text]),
      grow: (key, speaker, text, atMs) => {
        events.push(['grow', key, speaker, text]);
        growTimes.push(atMs);
      },
      release: (key) => events.push(['release', key]),
      changed: () => undefined,
    },
    (fn) => fn,
    () => (nowMs += 100),
  );
  watcher.watch(document, 0);
  const region = document.querySelector('[role="region"]')!;
  const rows = [...region.children];
  /** Lets the MutationObserver deliver what happened so far. */
  const deliver = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    events,
    growTimes,
    region,
    text: (row: number) => rows[row]!.lastElementChild!,
    deliver,
    /** Delivers what happened so far, then reads what the watcher held back, as the engine does before each batch. */
    settle: async () => {
      await deliver();
      watcher!.catchUp();
    },
  };
}

describe('startCaptionRowWatcher', () => {
  it('reads each row in full when it attaches, then only a row’s text as it grows word by word, by either kind of text update', async () => {
    const page = setUp('Helen Marsh');
    page.text(0).append('good');
    await page.settle();
    (page.text(0).firstChild as Text).data = 'good morning';
    await page.settle();
    page.text(0).replaceChildren('good morning everyone');
    await page.settle();

    expect(page.events).toEqual([
      ['observe', 1, 'Helen Marsh', ''],
      ['grow', 1, 'Helen Marsh', 'good'],
      ['grow', 1, 'Helen Marsh', 'good morning'],
      ['grow', 1, 'Helen Marsh', 'good morning everyone'],
    ]);
  });

  it('reads in full again after any change to the region’s elements, in the order the rows changed', async () => {
    const page = setUp('Helen Marsh', 'Tom Richards');
    page.text(0).append('first');
    await page.settle();
    page.text(0).append(document.createElement('b'));
    await page.settle();
    page.text(1).append('second');
    page.text(0).querySelector('b')!.remove();
    await page.settle();
    page.text(1).append(' row');
    await page.settle();

    expect(page.events.map(([kind, key]) => `${kind} ${key}`)).toEqual([
      'observe 1',
      'observe 2',
      'grow 1',
      'observe 1',
      'observe 2',
      'observe 1',
      'grow 2',
    ]);
  });

  it('reads in full again after each watch, so a change the observer cannot see is picked up', async () => {
    const page = setUp('Helen Marsh');
    page.text(0).append('hello');
    await page.settle();
    page.region.querySelector('.NWpY1d')!.setAttribute('data-unseen', 'attribute change');
    watcher!.watch(document, 1_000);
    page.text(0).append(' there');
    await page.settle();

    expect(page.events.map(([kind]) => kind)).toEqual(['observe', 'grow', 'observe']);
  });

  it('releases a row that leaves the region', async () => {
    const page = setUp('Helen Marsh', 'Tom Richards');
    page.text(0).append('going');
    page.text(1).append('staying');
    await page.settle();
    page.region.firstElementChild!.remove();
    await page.settle();
    page.text(1).append(' on');
    await page.settle();

    expect(page.events.slice(2)).toEqual([
      ['grow', 1, 'Helen Marsh', 'going'],
      ['grow', 2, 'Tom Richards', 'staying'],
      ['release', 1],
      ['observe', 2, 'Tom Richards', 'staying on'],
    ]);
  });

  it('holds a text that only grows back until it is read, timed at its last change, and reads any other change at once after the text it replaced', async () => {
    const page = setUp('Helen Marsh');
    page.text(0).append('good');
    await page.deliver();
    const node = page.text(0).firstChild as Text;
    node.data = 'good morning';
    await page.deliver();
    page.text(0).replaceChildren('good morning every');
    await page.deliver();
    expect(page.events).toEqual([
      ['observe', 1, 'Helen Marsh', ''],
      ['grow', 1, 'Helen Marsh', 'good'],
    ]);

    // Shorter (an edit Meet made): the held text first, at its own time, then the new one.
    (page.text(0).firstChild as Text).data = 'Good morning';
    await page.deliver();
    page.text(0).replaceChildren('Good morning, everyone');
    await page.deliver();
    page.text(0).replaceChildren('Good morning, all');
    await page.deliver();
    page.text(0).replaceChildren('Good morning, all of you');
    await page.deliver();
    watcher!.catchUp();
    watcher!.catchUp();

    expect(page.events.slice(2)).toEqual([
      ['grow', 1, 'Helen Marsh', 'good morning every'],
      ['grow', 1, 'Helen Marsh', 'Good morning'],
      ['grow', 1, 'Helen Marsh', 'Good morning, everyone'],
      ['grow', 1, 'Helen Marsh', 'Good morning, all'],
      ['grow', 1, 'Helen Marsh', 'Good morning, all of you'],
    ]);
    // The clock ticks 100 at each reading of it: once per delivered change.
    expect(page.growTimes).toEqual([100, 300, 400, 500, 600, 700]);
  });

  it('holds each row’s growth while two rows take turns, and after a row is read in full again, under what that read found', async () => {
    const page = setUp('Helen Marsh', 'Tom Richards');
    page.text(0).append('one');
    page.text(1).append('two');
    await page.settle();
    for (const [row, text] of [[0, 'one more'], [0, 'one more word'], [1, 'two more'], [0, 'one more word or']] as const) {
      (page.text(row).firstChild as Text).data = text;
      await page.deliver();
    }
    // The name changes as text (read in full, same generation), then the row grows again.
    (page.region.querySelector('.NWpY1d')!.firstChild as Text).data = 'Helen Marsh (Chair)';
    await page.deliver();
    page.text(0).replaceChildren('one more word or two');
    await page.settle();

    expect(page.events.slice(2)).toEqual([
      ['grow', 1, 'Helen Marsh', 'one'],
      ['grow', 2, 'Tom Richards', 'two'],
      ['grow', 1, 'Helen Marsh', 'one more word or'],
      ['grow', 2, 'Tom Richards', 'two more'],
      ['observe', 1, 'Helen Marsh (Chair)', 'one more word or'],
      ['grow', 1, 'Helen Marsh (Chair)', 'one more word or two'],
    ]);
  });

  it('reads what was held back, as it was, before a change to the region’s elements', async () => {
    const page = setUp('Helen Marsh', 'Tom Richards');
    page.text(0).append('first');
    await page.deliver();
    (page.text(0).firstChild as Text).data = 'first words';
    await page.deliver();
    (page.text(0).firstChild as Text).data = 'gone';
    page.region.lastElementChild!.remove();
    await page.deliver();

    expect(page.events.map(([kind, key, , text]) => `${kind} ${key} ${text ?? ''}`)).toEqual([
      'observe 1 ',
      'observe 2 ',
      'grow 1 first',
      'grow 1 first words',
      'release 2 ',
      'observe 1 gone',
    ]);
  });
});
