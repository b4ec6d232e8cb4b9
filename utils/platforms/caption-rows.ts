import type { PlatformAdapter } from './adapter';

/** Where a {@link CaptionRowWatcher} sends what it reads. */
export interface CaptionRowSink {
  /** A row shows `text` under the speaker label `speaker` ('' when it has none) at `atMs`. */
  observe(rowKey: number, speaker: string, text: string, atMs: number): void;
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
 * Watches the caption region and reads the rows that change.
 *
 * One MutationObserver on the region (childList, subtree, characterData; no
 * attributes); reads never touch layout. Each row gets a number for the
 * tracker, and each mutation reads only the rows it touched. Rows that leave
 * the page are read and released before rows still on it, so a row redrawn
 * as a new element continues its utterance.
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

  const readRow = (row: Element, atMs: number): void => {
    const reading = adapter.readCaptionRow(row);
    if (!reading) return;
    let key = rowKeys.get(row);
    if (key === undefined) {
      key = nextRowKey++;
      rowKeys.set(row, key);
    }
    liveRows.add(row);
    sink.observe(key, reading.speaker, reading.text, atMs);
  };

  const releaseRow = (row: Element, atMs: number): void => {
    liveRows.delete(row);
    const key = rowKeys.get(row);
    if (key !== undefined) sink.release(key, atMs);
  };

  const releaseDetachedRows = (atMs: number): void => {
    for (const row of liveRows) if (!region || !region.contains(row)) releaseRow(row, atMs);
  };

  /**
   * Reads rows in the order that keeps each utterance whole: rows that have
   * left the page first (they hold their last words), then releasing them,
   * then the rows still on the page, so a row redrawn as a new element
   * continues the utterance its old element just released.
   */
  const readRows = (rows: Iterable<Element>, atMs: number): void => {
    const onPage: Element[] = [];
    for (const row of rows) {
      if (region && region.contains(row)) onPage.push(row);
      else readRow(row, atMs);
    }
    releaseDetachedRows(atMs);
    for (const row of onPage) readRow(row, atMs);
  };

  const onMutations = guard((records: MutationRecord[]) => {
    if (!region) return;
    const atMs = now();
    const touched = new Set<Element>();
    let hasRemovals = false;
    for (const record of records) {
      if (record.removedNodes.length) hasRemovals = true;
      const row = adapter.rowOf(record.target, region);
      if (row) touched.add(row);
      for (const added of record.addedNodes) {
        // A row added straight into the region may already be gone again (added
        // and evicted before this callback); it is still a row to read.
        const addedRow = record.target === region ? added : adapter.rowOf(added, region);
        if (addedRow instanceof Element) touched.add(addedRow);
      }
    }
    if (touched.size) readRows(touched, atMs);
    else if (hasRemovals) releaseDetachedRows(atMs);
    if (touched.size || hasRemovals) sink.changed();
  });

  const stop = (): void => {
    observer?.disconnect();
    observer = null;
  };

  const detach = (atMs: number): void => {
    if (observer) onMutations(observer.takeRecords());
    stop();
    region = null;
    for (const row of [...liveRows]) releaseRow(row, atMs);
  };

  return {
    get hasRegion() {
      return region !== null;
    },

    watch(doc, atMs) {
      const found = adapter.findCaptionRegion(doc);
      if (found === region) {
        if (found) releaseDetachedRows(atMs);
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
      if (region) readRows(adapter.listCaptionRows(region), atMs);
    },

    detach,
    stop,
  };
}
