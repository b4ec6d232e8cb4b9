import { assertNever } from '../core/assert-never';
import type { PlatformAdapter } from './adapter';
import { readText } from './dom';

/** Where a {@link CaptionRowWatcher} sends what it reads. */
export interface CaptionRowSink {
  /** A row read in full shows `text` under the speaker label `speaker` ('' when it has none) at `atMs`. */
  observe(rowKey: number, speaker: string, text: string, atMs: number): void;
  /** Only the text of a row read in full before has changed, to `text`, at `atMs`. */
  grow(rowKey: number, speaker: string, text: string, atMs: number): void;
  /** The row has left the page. */
  release(rowKey: number, atMs: number): void;
  /** A mutation changed the captions: a batch is due. */
  changed(): void;
}

/** The caption region and its rows, as the capture engine sees them. */
export interface CaptionRowWatcher {
  /** Whether a caption region is being watched. */
  readonly hasRegion: boolean;
  /**
   * Finds the caption region again: attaches to a new one (reading the rows
   * already on it), lets go of one that has gone, or releases rows that have
   * left the region.
   */
  watch(doc: Document, atMs: number): void;
  /** Re-reads every row, for virtualised lists that can redraw rows unseen. */
  sweep(atMs: number): void;
  /** Reads the observer's queued records (they hold the latest words), stops observing and releases every row. */
  detach(atMs: number): void;
  /** Stops observing, without reading anything more. */
  stop(): void;
}

/**
 * A row's text element, known to hold nothing but text, with what the last
 * full read of its row found. Valid for one generation only.
 */
interface TextOwner {
  readonly row: Element;
  readonly key: number;
  readonly textElement: Element;
  readonly speaker: string;
  readonly generation: number;
}

const TEXT_NODE = 3;

function holdsOnlyText(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i += 1) if (nodes.item(i)!.nodeType !== TEXT_NODE) return false;
  return true;
}

/**
 * Watches the caption region and reads the rows that change.
 *
 * One MutationObserver on the region (childList, subtree, characterData; no
 * attributes); reads never touch layout. Each row gets a number for the
 * tracker. A new row, and any row after a change to the region's elements,
 * is read in full (the adapter's `readCaptionRow`). As a caption then grows
 * word by word, only its text element is read. That shortcut lasts one
 * generation: an element added, removed or moved anywhere in the region, and
 * every {@link CaptionRowWatcher.watch} (once a second), start a new one, so
 * even an attribute change the observer cannot see is picked up within a
 * second. Rows that leave the page are read and released before rows still
 * on it, so a row redrawn as a new element continues its utterance.
 *
 * @param guard wraps the observer callback so nothing it throws reaches the page
 */
export function startCaptionRowWatcher(
  adapter: PlatformAdapter,
  sink: CaptionRowSink,
  guard: (fn: (records: MutationRecord[]) => void) => (records: MutationRecord[]) => void,
  now: () => number,
): CaptionRowWatcher {
  let region: Element | null = null;
  let observer: MutationObserver | null = null;
  const rowKeys = new WeakMap<Element, number>();
  const liveRows = new Set<Element>();
  let nextRowKey = 1;
  const textOwners = new WeakMap<Node, TextOwner>();
  let generation = 0;

  /**
   * What a record changed: `false` when it added, removed or moved elements
   * (or attributes), otherwise text only: then the known text element it
   * changed, if its row's full read is of this generation, or null. Text
   * only means a text node edited, text nodes added or removed, or anything
   * under a known text element that still holds no element (elements that
   * came and went within this batch).
   */
  const classify = (record: MutationRecord): TextOwner | null | false => {
    switch (record.type) {
      case 'characterData': {
        const owner = textOwners.get(record.target.parentNode!);
        return owner?.generation === generation ? owner : null;
      }
      case 'childList': {
        const owner = textOwners.get(record.target);
        if (owner && (record.target as Element).firstElementChild === null) return owner.generation === generation ? owner : null;
        return holdsOnlyText(record.addedNodes) && holdsOnlyText(record.removedNodes) ? null : false;
      }
      case 'attributes':
        // Not observed: attribute changes are caught by the next generation.
        return false;
      default:
        return assertNever(record.type);
    }
  };

  const keyOf = (row: Element): number => {
    let key = rowKeys.get(row);
    if (key === undefined) {
      key = nextRowKey++;
      rowKeys.set(row, key);
    }
    return key;
  };

  /**
   * Lets the next text-only changes to this row read just its text element,
   * when that element holds only text, belongs to this row and reads as the
   * adapter just read the row.
   */
  const rememberTextElement = (row: Element, key: number, speaker: string, text: string): void => {
    const textElement = adapter.captionTextOf(row);
    if (!textElement || textElement.firstElementChild || !region) return;
    if (adapter.rowOf(textElement, region) !== row || readText(textElement) !== text) return;
    textOwners.set(textElement, { row, key, textElement, speaker, generation });
  };

  const readRow = (row: Element, atMs: number): void => {
    const reading = adapter.readCaptionRow(row);
    if (!reading) return;
    const key = keyOf(row);
    liveRows.add(row);
    sink.observe(key, reading.speaker, reading.text, atMs);
    rememberTextElement(row, key, reading.speaker, reading.text);
  };

  /** A row known by its text element is live: it is only released after a change to the region's elements. */
  const readGrowth = (owner: TextOwner, atMs: number): void => {
    sink.grow(owner.key, owner.speaker, readText(owner.textElement), atMs);
  };

  const releaseRow = (row: Element, atMs: number): void => {
    liveRows.delete(row);
    const key = rowKeys.get(row);
    if (key !== undefined) sink.release(key, atMs);
  };

  const releaseDetachedRows = (within: Element, atMs: number): void => {
    for (const row of liveRows) if (!within.contains(row)) releaseRow(row, atMs);
  };

  /**
   * Reads rows in the order that keeps each utterance whole: rows that have
   * left the page first (they hold their last words), then releasing them,
   * then the rows still on the page, so a row redrawn as a new element
   * continues the utterance its old element just released. `rows` maps each
   * row, in the order first touched, to its text owner, or null to read it
   * in full. A row known by its text element is still in the region: leaving
   * it would have been a change to the region's elements, which forgets what
   * is known.
   */
  const readRows = (within: Element, rows: Map<Element, TextOwner | null>, hasRemovals: boolean, atMs: number): void => {
    const onPage: Element[] = [];
    let hasLeft = hasRemovals;
    for (const [row, owner] of rows) {
      if (owner || within.contains(row)) onPage.push(row);
      else {
        hasLeft = true;
        readRow(row, atMs);
      }
    }
    // Without a removal, every row read before is still in the region.
    if (hasLeft) releaseDetachedRows(within, atMs);
    for (const row of onPage) {
      const owner = rows.get(row);
      if (owner) readGrowth(owner, atMs);
      else readRow(row, atMs);
    }
  };

  const read = (records: MutationRecord[]): void => {
    const within = region;
    if (!within) return;
    const atMs = now();
    // One word added to a known row: read its text and nothing else.
    const only = records.length === 1 ? classify(records[0]!) : null;
    if (only) {
      readGrowth(only, atMs);
      sink.changed();
      return;
    }
    // A change to the region's elements can move a text element to another
    // row: then nothing known before is trusted, in this batch or later.
    const classes = records.map(classify);
    const isStructural = classes.includes(false);
    if (isStructural) generation += 1;
    const touched = new Map<Element, TextOwner | null>();
    let hasRemovals = false;
    records.forEach((record, i) => {
      const owner = isStructural ? null : classes[i];
      if (owner) {
        if (!touched.has(owner.row)) touched.set(owner.row, owner);
        return;
      }
      if (record.removedNodes.length) hasRemovals = true;
      const row = adapter.rowOf(record.target, within);
      if (row) touched.set(row, null);
      for (const added of record.addedNodes) {
        // A row added straight into the region may already be gone again (added
        // and evicted before this callback); it is still a row to read.
        const addedRow = record.target === within ? added : adapter.rowOf(added, within);
        if (addedRow instanceof Element) touched.set(addedRow, null);
      }
    });
    if (touched.size) readRows(within, touched, hasRemovals, atMs);
    else if (hasRemovals) releaseDetachedRows(within, atMs);
    if (touched.size || hasRemovals) sink.changed();
  };
  const onMutations = guard(read);

  const stop = (): void => {
    observer?.disconnect();
    observer = null;
  };

  const detach = (atMs: number): void => {
    if (observer) onMutations(observer.takeRecords());
    stop();
    region = null;
    generation += 1;
    for (const row of [...liveRows]) releaseRow(row, atMs);
  };

  return {
    get hasRegion() {
      return region !== null;
    },

    watch(doc, atMs) {
      generation += 1;
      const found = adapter.findCaptionRegion(doc);
      if (found === region) {
        if (found) releaseDetachedRows(found, atMs);
        return;
      }
      if (region) detach(atMs);
      if (!found) return;
      region = found;
      observer = new MutationObserver(onMutations);
      observer.observe(found, { childList: true, subtree: true, characterData: true });
      // Rows already on screen when we attach (late start, captions just turned on).
      for (const row of adapter.listCaptionRows(found)) readRow(row, atMs);
    },

    sweep(atMs) {
      if (!region) return;
      const rows = new Map<Element, TextOwner | null>();
      for (const row of adapter.listCaptionRows(region)) rows.set(row, null);
      readRows(region, rows, true, atMs);
    },

    detach,
    stop,
  };
}
