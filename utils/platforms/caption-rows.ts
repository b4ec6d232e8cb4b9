import { assertNever } from '../core/assert-never';
import type { PlatformAdapter } from './adapter';
import { MAX_CAPTION_CHARS, cleanPageText, readText } from './dom';

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
  /**
   * Reads the growth held back since the last read (see
   * {@link startCaptionRowWatcher}): call before the sink's readings are used.
   */
  catchUp(): void;
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
  /**
   * The element's only child, a text node, as last known (null when it held
   * anything else, or no text had been read yet): growth is held back only
   * from such an element.
   */
  node: Text | null;
  /** That node's length as last known. */
  length: number;
  /** When the text last known, and not yet read, appeared; null when nothing is held back. */
  heldAtMs: number | null;
}

const TEXT_NODE = 3;

/** The element's only child when it is a text node, else null. */
function onlyTextNode(element: Element): Text | null {
  const node = element.firstChild;
  return node !== null && node === element.lastChild && node.nodeType === TEXT_NODE ? (node as Text) : null;
}

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
 * Growth is not even read as it happens: while a caption's text element
 * holds one text node that only gets longer, a mutation just notes the time,
 * and the text is read when the sink's readings are next used
 * ({@link CaptionRowWatcher.catchUp}, before every batch and every
 * once-a-second check) or before anything else is read. A text that does not
 * get longer is read at once, after the text it replaced (the mutation's old
 * value), so the sink sees every step that is not plain growth, at its time,
 * and only the lengthening steps in between are skipped, as the caption feed
 * would skip them.
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
  /** Text owners whose last known text has not been read yet. */
  const held = new Set<TextOwner>();
  /**
   * The text owner a single-record mutation last went to, while it is still
   * the one its text element maps to: the next word is almost always its.
   */
  let lastOwner: TextOwner | null = null;

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
    const node = text ? onlyTextNode(textElement) : null;
    textOwners.set(textElement, { row, key, textElement, speaker, generation, node, length: node?.length ?? 0, heldAtMs: null });
    // The element now maps to a new owner: the last one may be its old one.
    lastOwner = null;
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
    const text = readText(owner.textElement);
    sink.grow(owner.key, owner.speaker, text, atMs);
    owner.node = text ? onlyTextNode(owner.textElement) : null;
    owner.length = owner.node?.length ?? 0;
  };

  /** Hands the sink the text an owner held back, `text` as it was then (its node's data, unless told). */
  const readHeld = (owner: TextOwner, text = owner.node!.data): void => {
    const atMs = owner.heldAtMs!;
    owner.heldAtMs = null;
    held.delete(owner);
    sink.grow(owner.key, owner.speaker, cleanPageText(text, MAX_CAPTION_CHARS), atMs);
  };

  /**
   * Reads everything held back, before `records` (a batch about to be read)
   * changed it: a node's old value in the batch is what it held before.
   */
  const readAllHeld = (records: readonly MutationRecord[] = []): void => {
    for (const owner of [...held]) {
      const changed = records.find((record) => record.type === 'characterData' && record.target === owner.node);
      readHeld(owner, changed?.oldValue ?? owner.node!.data);
    }
  };

  /**
   * One text-only record for a known row: when its text element still holds
   * one text node, now longer, only its length is read and the text is held
   * back; anything else reads what was held back (as the record says it was),
   * then the text now.
   */
  const growOrHold = (owner: TextOwner, record: MutationRecord, atMs: number): void => {
    lastOwner = owner;
    const node = record.type === 'characterData' ? (record.target as Text) : onlyTextNode(owner.textElement);
    const previous = owner.node;
    if (previous && node && node.parentNode === owner.textElement && (node === previous || record.type === 'childList')) {
      const length = node.length;
      if (length > owner.length) {
        owner.node = node;
        owner.length = length;
        owner.heldAtMs = atMs;
        held.add(owner);
        return;
      }
    }
    if (owner.heldAtMs !== null) {
      // What the node held before this record: its old value, or its data when it was removed, not edited.
      readHeld(owner, record.type === 'characterData' && record.target === previous ? (record.oldValue ?? '') : previous!.data);
    }
    readGrowth(owner, atMs);
  };

  /**
   * The usual mutation, found without a lookup: one record that only
   * lengthens the single text node of the owner the last such record went
   * to, in this generation. Holds it back as {@link growOrHold} would, and
   * says whether it did; anything else is left to the general path.
   */
  const holdLastOwnerGrowth = (record: MutationRecord, atMs: number): boolean => {
    const owner = lastOwner;
    if (owner === null || owner.generation !== generation || owner.node === null) return false;
    const { target } = record;
    // A text node is only ever the target of a text edit; its element, of its text replaced. The
    // owner's node is still in its element: taking it out would have been a record read before this one.
    const node = target === owner.node ? owner.node : target === owner.textElement ? onlyTextNode(owner.textElement) : null;
    if (node === null) return false;
    const length = node.length;
    if (length <= owner.length) return false;
    owner.node = node;
    owner.length = length;
    owner.heldAtMs = atMs;
    held.add(owner);
    return true;
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
    // One word added to a known row: read its text and nothing else, or not even that.
    if (records.length === 1) {
      const record = records[0]!;
      const only = holdLastOwnerGrowth(record, atMs) || classify(record);
      if (only) {
        if (only !== true) growOrHold(only, record, atMs);
        sink.changed();
        return;
      }
    }
    // Anything else is read as it is now: first what was held back, as it was.
    if (held.size) readAllHeld(records);
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

  /** Reads the observer's queued records, then everything still held back. */
  const catchUp = (): void => {
    if (observer) onMutations(observer.takeRecords());
    if (held.size) readAllHeld();
  };

  const detach = (atMs: number): void => {
    catchUp();
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
      catchUp();
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
      // Old values let a text that stops growing be read after the text it replaced.
      observer.observe(found, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
      // Rows already on screen when we attach (late start, captions just turned on).
      for (const row of adapter.listCaptionRows(found)) readRow(row, atMs);
    },

    sweep(atMs) {
      if (!region) return;
      catchUp();
      const rows = new Map<Element, TextOwner | null>();
      for (const row of adapter.listCaptionRows(region)) rows.set(row, null);
      readRows(region, rows, true, atMs);
    },

    catchUp,
    detach,
    stop,
  };
}
