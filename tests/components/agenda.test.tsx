// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/sidepanel/app';
import type { MeetingDb } from '@/utils/db/database';
import { recordCaptureReport } from '@/utils/db/meetings-repo';
import { makeBatch, makeDb, makeUtterance } from '../helpers/builders';

let db: MeetingDb;
let container: HTMLElement;

afterEach(async () => {
  render(null, container);
  container.remove();
  await db.delete();
  vi.restoreAllMocks();
});

async function settle(): Promise<void> {
  for (let i = 0; i < 12; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

/** After a change: the panel redraws a meeting at most once a second. */
async function settleChange(): Promise<void> {
  for (let i = 0; i < 14; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
}

const CHAIR = 'Helen Marsh';
const GP = 'COLE, Amy (RIVERSIDE PCN)';

/** A live meeting in the current tab whose chair has started items two and three. */
async function liveMeeting(options: { isPageClosing?: boolean } = {}): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: 'https://meet.google.com/pcc-shef-nov', active: true });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never);
  const now = Date.now();
  const line = (i: number, speaker: string, text: string) =>
    makeUtterance({ id: `session-0001:${i}`, speaker, text, startMs: now - 300_000 + i * 30_000, endMs: now - 300_000 + i * 30_000 + 20_000, isFinal: true });
  await recordCaptureReport(
    db,
    makeBatch({
      joinedAtMs: now - 310_000,
      utterances: [
        line(0, CHAIR, 'Item two, the practice resilience fund.'),
        line(1, GP, 'Practices in Riverside would use it for locum cover and the telephone system.'),
        line(2, CHAIR, 'Thank you. Moving on to item three, the estates bid.'),
        line(3, 'Tom Reid', 'The bid for the new health centre went in on Friday.'),
        line(4, 'Tom Reid', 'We expect to hear in March.'),
      ],
      isPageClosing: options.isPageClosing ?? false,
    }),
    { tabId: tab.id!, nowMs: now },
  );
  return now;
}

function mountApp(): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<App db={db} />, container));
  return container;
}

const labels = (root: HTMLElement) => [...root.querySelectorAll('[data-testid="agenda-item-label"]')].map((e) => e.textContent);

/** Opens every item's "Details and changes", as a user clicking each summary does. */
async function openAllDetails(root: HTMLElement): Promise<void> {
  act(() => {
    for (const details of root.querySelectorAll<HTMLDetailsElement>('details.item-details')) {
      if (details.open) continue;
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    }
  });
  await Promise.resolve();
}

describe('agenda items in the side panel', { timeout: 20_000 }, () => {
  it('lists the items the chair started, the current one first, with figures and marks on the timeline', async () => {
    db = makeDb();
    await liveMeeting();
    const root = mountApp();
    await settle();
    expect(labels(root)).toEqual(['Item 3: Estates bid', 'Item 2: Practice resilience fund']);
    const [current, earlier] = [...root.querySelectorAll('[data-testid="agenda-item"]')];
    expect(current!.textContent).toContain('Now');
    expect(current!.textContent).toContain('since');
    expect(earlier!.querySelector('[data-testid="agenda-item-figures"]')!.textContent).toMatch(/^Primary care: \d+% of the talk, \d+% of the people here$/);
    expect(earlier!.querySelector('[role="img"]')!.getAttribute('aria-label')).toContain('Share of the talk');
    expect(root.querySelectorAll('[data-testid="timeline-item-start"]')).toHaveLength(2);
  });

  it('starts a new item now with Alt+N, and names it', async () => {
    db = makeDb();
    await liveMeeting();
    const root = mountApp();
    await settle();
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', altKey: true, bubbles: true }));
    });
    await settleChange();
    expect(labels(root)).toEqual(['Untitled item', 'Item 3: Estates bid', 'Item 2: Practice resilience fund']);
    const input = root.querySelector('[data-testid="agenda-item"] [data-testid="item-title-input"]') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    act(() => {
      input.value = 'Questions from the public';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => input.form!.requestSubmit());
    await settleChange();
    expect(labels(root)[0]).toBe('Questions from the public');
    expect(await db.itemEdits.count()).toBe(2);
  });

  it('after the call, merges, splits and moves items, and undoes the last change', async () => {
    db = makeDb();
    await liveMeeting({ isPageClosing: true });
    const root = mountApp();
    await settle();
    act(() => (root.querySelector('[data-testid="nav-history"]') as HTMLButtonElement).click());
    await settle();
    act(() => (root.querySelector('[data-testid="history-item"]') as HTMLButtonElement).click());
    await settle();
    expect(labels(root)).toEqual(['Item 2: Practice resilience fund', 'Item 3: Estates bid']);
    // The changes are drawn only once an item's details are opened.
    expect(root.querySelectorAll('[data-testid="item-split"]')).toHaveLength(0);
    await openAllDetails(root);

    // Split item three at Tom's second caption.
    const split = root.querySelectorAll('[data-testid="item-split"]')[1] as HTMLSelectElement;
    act(() => {
      split.value = split.options[1]!.value;
      split.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => split.form!.requestSubmit());
    await settleChange();
    expect(labels(root)).toEqual(['Item 2: Practice resilience fund', 'Item 3: Estates bid', 'Untitled item']);

    await openAllDetails(root);
    // Merge the new item back into item three.
    act(() => (root.querySelectorAll('[data-testid="item-merge"]')[1] as HTMLButtonElement).click());
    await settleChange();
    expect(labels(root)).toEqual(['Item 2: Practice resilience fund', 'Item 3: Estates bid']);

    await openAllDetails(root);
    // Move item three's start back to the GP's caption.
    const move = root.querySelectorAll('[data-testid="item-move"]')[1] as HTMLSelectElement;
    const gpOption = [...move.options].find((o) => o.textContent!.includes('Practices in Riverside'))!;
    act(() => {
      move.value = gpOption.value;
      move.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => move.form!.requestSubmit());
    await settleChange();
    const itemThree = root.querySelectorAll('[data-testid="agenda-item"]')[1]!;
    expect(itemThree.textContent).toContain('Riverside PCN');

    act(() => (root.querySelector('[data-testid="undo-item"]') as HTMLButtonElement).click());
    await settleChange();
    expect(root.querySelectorAll('[data-testid="agenda-item"]')[1]!.textContent).not.toContain('Riverside PCN');
  });

  it('says how items start when none has', async () => {
    db = makeDb();
    const tab = await fakeBrowser.tabs.create({ url: 'https://meet.google.com/pcc-shef-nov', active: true });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never);
    await recordCaptureReport(db, makeBatch({ utterances: [makeUtterance({ startMs: Date.now() - 5_000, endMs: Date.now() - 1_000 })] }), { tabId: tab.id!, nowMs: Date.now() });
    const root = mountApp();
    await settle();
    expect(root.querySelector('[data-testid="agenda-empty"]')!.textContent).toContain('or when you press New item');
  });
});
