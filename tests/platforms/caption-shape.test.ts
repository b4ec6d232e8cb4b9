// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlatformAdapter } from '@/utils/platforms/adapter';
import { findCaptionShape, withCaptionShape } from '@/utils/platforms/caption-shape';
import { meetAdapter } from '@/utils/platforms/meet/adapter';
import { teamsAdapter } from '@/utils/platforms/teams/adapter';
import { loadFixtureDocument } from '../helpers/fixtures';

const marked = (doc: Document, name: string): Element => doc.querySelector(`[data-fixture="${name}"]`)!;

describe('findCaptionShape (issue 16)', () => {
  it.each([
    ['meet/2026-12-06-wrapper-no-tabindex-cy.html', (doc: Document) => marked(doc, 'rows')],
    ['meet/2026-12-06-wrapper-no-tabindex.html', (doc: Document) => marked(doc, 'rows')],
    ['meet/2026-12-06-rotated-de.html', (doc: Document) => marked(doc, 'region')],
    ['meet/2026-12-06-chat-people-decoys.html', (doc: Document) => marked(doc, 'region')],
    ['meet/2026-12-06-captions-no-controls.html', (doc: Document) => marked(doc, 'region')],
    ['meet/2026-11-22-in-call-captions.html', (doc: Document) => marked(doc, 'region')],
    ['meet/2026-11-22-class-fallback.html', (doc: Document) => marked(doc, 'region')],
    ['teams/2026-12-06-captions-no-controls.html', (doc: Document) => marked(doc, 'list')],
    ['teams/2026-12-06-chat-people-decoys.html', (doc: Document) => marked(doc, 'list').firstElementChild!],
    ['teams/2026-12-06-rotated-de.html', (doc: Document) => marked(doc, 'list').firstElementChild!],
    ['teams/2026-11-22-guest-captions.html', (doc: Document) => marked(doc, 'list')],
  ])('finds the caption rows in %s', (fixture, expected) => {
    const doc = loadFixtureDocument(fixture);
    expect(findCaptionShape(doc)).toBe(expected(doc));
  });

  it.each([
    'meet/2026-11-22-in-call-people-panel.html',
    'meet/2026-11-22-captions-off.html',
    'meet/2026-11-22-left.html',
    'meet/2026-12-06-left-unmarked-de.html',
    'meet/2026-11-22-lobby.html',
    'teams/2026-11-22-roster-open.html',
    'teams/2026-11-22-no-captions.html',
    'teams/2026-11-22-call-ended.html',
    'teams/2026-12-06-left-unmarked-de.html',
  ])('finds nothing in %s, which has no captions', (fixture) => {
    expect(findCaptionShape(loadFixtureDocument(fixture))).toBeNull();
  });

  it.each([
    ['meet/2026-12-06-chat-people-decoys.html', 'region'],
    ['teams/2026-12-06-chat-people-decoys.html', 'list'],
  ])('takes neither the chat nor the People panel for captions, however much their words grow (%s)', (fixture, captions) => {
    const doc = loadFixtureDocument(fixture);
    marked(doc, captions).remove();
    for (const text of doc.querySelectorAll('[data-fixture="chat"] div:last-child, [data-fixture="people"] div, [data-fixture="roster"] div')) {
      text.append(' and then some more words');
    }
    expect(findCaptionShape(doc)).toBeNull();
  });

  it('looks at a bounded number of elements, never at layout', () => {
    const doc = loadFixtureDocument('meet/2026-12-06-wrapper-no-tabindex-cy.html');
    const layout = ['getBoundingClientRect', 'getClientRects'] as const;
    const spies = layout.map((name) => vi.spyOn(Element.prototype, name));
    const style = vi.spyOn(window, 'getComputedStyle');
    const layoutReads = ['innerText', 'offsetWidth', 'offsetHeight', 'clientWidth'];
    const originals = layoutReads.map((name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const);
    for (const name of layoutReads) {
      Object.defineProperty(HTMLElement.prototype, name, {
        configurable: true,
        get: () => {
          throw new Error(`read ${name}`);
        },
      });
    }
    try {
      expect(findCaptionShape(doc)).toBe(marked(doc, 'rows'));
    } finally {
      for (const [name, original] of originals) {
        if (original) Object.defineProperty(HTMLElement.prototype, name, original);
        else Reflect.deleteProperty(HTMLElement.prototype, name);
      }
    }
    for (const spy of [...spies, style]) expect(spy).not.toHaveBeenCalled();

    // A container of many rows is checked for exclusion once, not once per row (each check can query the whole page).
    const many = doc.createElement('div');
    for (let i = 0; i < 500; i += 1) {
      const row = doc.createElement('div');
      row.innerHTML = `<span>Speaker ${i}</span><div>words said ${i}</div>`;
      many.append(row);
    }
    doc.body.prepend(many);
    const queries = vi.spyOn(Element.prototype, 'querySelector');
    expect(findCaptionShape(doc)).toBe(many);
    // Two containers: these 500 rows' and the captions' own.
    expect(queries.mock.calls.filter(([selector]) => selector === 'input,textarea,[contenteditable]')).toHaveLength(2);
    queries.mockRestore();
    many.remove();

    // Captions after 5,000 other elements are beyond the search's bound.
    const filler = doc.createElement('div');
    for (let i = 0; i < 5_000; i += 1) filler.append(doc.createElement('i'));
    doc.body.prepend(filler);
    expect(findCaptionShape(doc)).toBeNull();
  });
});

describe('withCaptionShape', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Grows the last caption row by a word, as speech does between two once-a-second checks. */
  function grow(region: Element): void {
    const rows = [...region.children].filter((row) => row.children.length >= 2);
    rows.at(-1)!.lastElementChild!.append(' more');
  }

  it.each([
    ['meet', meetAdapter, 'meet/2026-12-06-wrapper-no-tabindex-cy.html', 'rows', ['Helen Marsh', 'Chi', 'Dr Aisha Malik', 'Dr Aisha Malik', 'Daniel Okafor']],
    ['teams', teamsAdapter, 'teams/2026-12-06-chat-people-decoys.html', 'list', null],
  ] as const)('%s: takes a region no tier finds only once it has grown in two checks, then reads its rows by shape', (_platform, adapter, fixture, name, speakers) => {
    const doc = loadFixtureDocument(fixture);
    const shape = withCaptionShape(adapter as PlatformAdapter, () => 'growth');
    const region = name === 'list' ? marked(doc, name).firstElementChild! : marked(doc, name);

    expect(shape.adapter.findCaptionRegion(doc)).toBeNull();
    grow(region);
    expect(shape.adapter.findCaptionRegion(doc)).toBeNull();
    grow(region);
    expect(shape.adapter.findCaptionRegion(doc)).toBe(region);
    expect(shape.isByShape).toBe(true);

    const rows = shape.adapter.listCaptionRows(region);
    const readings = rows.map((row) => shape.adapter.readCaptionRow(row)!);
    if (speakers) expect(readings.map((r) => r.speaker)).toEqual(speakers);
    expect(readings.at(-1)!.text).toMatch(/ more more$/);
    expect(shape.adapter.captionTextOf(rows[0]!)!.textContent).toBe(readings[0]!.text);
    const word = shape.adapter.captionTextOf(rows[0]!)!.firstChild!;
    expect(shape.adapter.rowOf(word, region)).toBe(rows[0]);
  });

  it('does not look while the captions control says captions are off', () => {
    const doc = loadFixtureDocument('meet/2026-12-06-wrapper-no-tabindex-cy.html');
    const adapter: PlatformAdapter = { ...meetAdapter, readCaptionsSwitch: () => 'off' };
    const shape = withCaptionShape(adapter, () => 'growth');
    for (let i = 0; i < 4; i += 1) {
      grow(marked(doc, 'rows'));
      expect(shape.adapter.findCaptionRegion(doc)).toBeNull();
    }
    expect(shape.isByShape).toBe(false);
  });

  it('does not look where it is told not to', () => {
    const doc = loadFixtureDocument('teams/2026-12-06-chat-people-decoys.html');
    const shape = withCaptionShape(teamsAdapter, () => 'none');
    for (let i = 0; i < 4; i += 1) {
      grow(marked(doc, 'list').firstElementChild!);
      expect(shape.adapter.findCaptionRegion(doc)).toBeNull();
    }
  });

  describe("where nothing else shows a call ('words-in-a-row': the rest of the Teams app)", () => {
    /** Adds a whole new row, as a chat message arrives: more text, but no row grows in place. */
    function arrive(region: Element): void {
      const rows = [...region.children].filter((row) => row.children.length >= 2);
      region.append(rows.at(-1)!.cloneNode(true));
    }

    it('takes no region whose rows only ever arrive whole, however many arrive', () => {
      const doc = loadFixtureDocument('teams/2026-12-06-chat-people-decoys.html');
      const region = marked(doc, 'list').firstElementChild!;
      const shape = withCaptionShape(teamsAdapter, () => 'words-in-a-row');
      for (let i = 0; i < 6; i += 1) {
        arrive(region);
        expect(shape.adapter.findCaptionRegion(doc)).toBeNull();
      }
      expect(shape.isByShape).toBe(false);
    });

    it('takes it once the words of a row have grown in place, as captions are refined', () => {
      const doc = loadFixtureDocument('teams/2026-12-06-chat-people-decoys.html');
      const region = marked(doc, 'list').firstElementChild!;
      const shape = withCaptionShape(teamsAdapter, () => 'words-in-a-row');
      expect(shape.adapter.findCaptionRegion(doc)).toBeNull();
      arrive(region);
      expect(shape.adapter.findCaptionRegion(doc)).toBeNull();
      arrive(region);
      // Grown twice, but only by whole rows: not yet.
      expect(shape.adapter.findCaptionRegion(doc)).toBeNull();
      grow(region);
      expect(shape.adapter.findCaptionRegion(doc)).toBe(region);
      expect(shape.isByShape).toBe(true);
    });
  });

  it('hands over to a selector tier as soon as one finds the region', () => {
    const doc = loadFixtureDocument('meet/2026-11-22-in-call-captions.html');
    const shape = withCaptionShape(meetAdapter, () => 'growth');
    expect(shape.adapter.findCaptionRegion(doc)).toBe(marked(doc, 'region'));
    expect(shape.isByShape).toBe(false);
    expect(shape.adapter.listCaptionRows(marked(doc, 'region'))).toHaveLength(5);
  });
});

describe('the adapters on redesigned pages (issue 16)', () => {
  it('Meet, German, class names and jsname values rotated: in a call, captions on, the local user is "Du"', () => {
    const doc = loadFixtureDocument('meet/2026-12-06-rotated-de.html');
    expect(meetAdapter.readCallState(doc)).toBe('in-call');
    expect(meetAdapter.readCaptionsSwitch(doc)).toBe('on');
    expect(meetAdapter.readSelfLabel!(doc)).toBe('Du');
    expect(meetAdapter.readMeetingFacts(doc, new URL('https://meet.google.com/pcc-shef-nov')).selfName).toBe('Dr Tom Richards');
    const region = meetAdapter.findCaptionRegion(doc)!;
    expect(meetAdapter.listCaptionRows(region).map((row) => meetAdapter.readCaptionRow(row)!.speaker)).toEqual([
      'Helen Marsh',
      'Du',
      'Dr Aisha Malik',
      'Dr Aisha Malik',
      'Daniel Okafor',
    ]);
    expect(meetAdapter.listMissingSelectors(doc, 'in-call')).toEqual([]);
  });

  it('Meet: rows moved into a wrapper are read from the wrapper, never as one row of everything', () => {
    const doc = loadFixtureDocument('meet/2026-12-06-wrapper-no-tabindex.html');
    const region = meetAdapter.findCaptionRegion(doc)!;
    expect(region).toBe(marked(doc, 'rows'));
    expect(meetAdapter.listCaptionRows(region)).toHaveLength(5);
  });

  it('Meet: the English self label is still "You" where the own tile shows the name', () => {
    expect(meetAdapter.readSelfLabel!(loadFixtureDocument('meet/2026-11-22-in-call-captions.html'))).toBeNull();
  });

  it.each([
    ['meet/2026-12-06-left-unmarked-de.html', 'unknown'],
    ['meet/2026-12-06-captions-no-controls.html', 'unknown'],
    ['teams/2026-12-06-left-unmarked-de.html', 'unknown'],
    ['teams/2026-12-06-rotated-de.html', 'in-call'],
    ['teams/2026-12-06-captions-no-controls.html', 'unknown'],
  ] as const)('%s: the page alone says the call is %s (the engine decides the rest)', (fixture, state) => {
    const adapter = fixture.startsWith('meet/') ? meetAdapter : teamsAdapter;
    expect(adapter.readCallState(loadFixtureDocument(fixture))).toBe(state);
  });

  it('Teams: caption containers without their data-tid are found from the entries’ own marks', () => {
    const doc = loadFixtureDocument('teams/2026-12-06-captions-no-controls.html');
    const region = teamsAdapter.findCaptionRegion(doc)!;
    expect(region).toBe(marked(doc, 'list'));
    expect(teamsAdapter.listCaptionRows(region).map((row) => teamsAdapter.readCaptionRow(row)!.text)).toHaveLength(3);
  });

  it('Meet: a caption page with no controls still has its region found by a tier', () => {
    const doc = loadFixtureDocument('meet/2026-12-06-captions-no-controls.html');
    expect(meetAdapter.findCaptionRegion(doc)).toBe(marked(doc, 'region'));
  });
});
