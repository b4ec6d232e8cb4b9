import type { PlatformAdapter } from './adapter';
import { MAX_NAME_CHARS, childOf, readText } from './dom';

/** Elements one search looks at, at most (a meeting page has a few thousand). */
const MAX_NODES = 5_000;
/** Elements read inside one candidate row, at most. */
const MAX_ROW_NODES = 40;
/** Longest speaker label taken for a name (Teams names with their organisation are about 50). */
const MAX_LABEL_CHARS = 100;
/** Once-a-second checks in a row a candidate must grow in before it is captured (issue 16: "check it for a few seconds"). */
const CHECKS_TO_CONFIRM = 2;
/** A caption row holds no control, field or picture of a call: those mark chat, People entries and tiles. */
const NOT_IN_ROW = 'button,input,textarea,a,[contenteditable],[role=button],video';
/** Lists, trees, grids and menus hold People entries, chat threads and menus, never Meet's or Teams' captions. */
const NOT_AROUND = '[role*=list],[role*=tree],[role*=grid],[role^=menu]';
/** A chat's message list sits beside the box to type in. */
const TYPING = 'input,textarea,[contenteditable]';

/** A caption row's parts: the speaker's label and the block holding its words. */
interface RowParts {
  readonly name: Element;
  readonly text: Element;
}

/** Elements with text and no child element, in page order, among `elements`. */
function textLeaves(elements: HTMLCollectionOf<Element>, max: number): Element[] {
  const leaves: Element[] = [];
  for (let i = 0; i < elements.length && i < max; i += 1) {
    const element = elements[i]!;
    if (!element.firstElementChild && element.textContent?.trim()) leaves.push(element);
  }
  return leaves;
}

/**
 * A caption row by its shape alone: a short label first, then one block
 * with every other word in the row, and no control, field or video. The
 * label is the row's first element with text and no child element; the
 * block is the highest element holding its last such element but not the
 * label. Reads text only, never layout.
 */
function partsOf(row: Element): RowParts | null {
  const all = row.getElementsByTagName('*');
  if (all.length > MAX_ROW_NODES || row.querySelector(NOT_IN_ROW)) return null;
  const leaves = textLeaves(all, MAX_ROW_NODES);
  const name = leaves[0];
  let text = leaves.at(-1)!;
  if (!name || text === name) return null;
  for (let up = text.parentElement; up && up !== row && !up.contains(name); up = up.parentElement) text = up;
  if (!leaves.every((leaf) => leaf === name || text.contains(leaf))) return null;
  return name.textContent!.length <= MAX_LABEL_CHARS ? { name, text } : null;
}

/** The rows of a container, by shape. */
function rowsOf(container: Element): Element[] {
  return Array.from(container.children).filter((child) => partsOf(child) !== null);
}

/** The lowest element holding both `a` and `b` (a comes first in the page). */
function commonAncestor(a: Element, b: Element): Element | null {
  let up = a.parentElement;
  while (up && !up.contains(b)) up = up.parentElement;
  return up;
}

/**
 * The element on `doc` that looks most like a caption region: the container
 * with the most children shaped alike as caption rows (a short label, then
 * words), at least half of its children, outside lists, menus and anything beside a
 * box to type in. Bounded: it looks at the first {@link MAX_NODES} elements
 * at most, and reads text, never layout.
 */
export function findCaptionShape(doc: Document): Element | null {
  const leaves = textLeaves(doc.body.getElementsByTagName('*'), MAX_NODES);
  /** Per container: the shape of its rows (the first counted) and how many there are. */
  const counted = new Map<Element, [string, number]>();
  let best: Element | null = null;
  let bestRows = 0;
  for (let i = 1; i < leaves.length; i += 1) {
    // A label and the words after it, alone in the lowest element holding both: a row.
    let row = commonAncestor(leaves[i - 1]!, leaves[i]!);
    if (!row || (i > 1 && row.contains(leaves[i - 2]!)) || !partsOf(row)) continue;
    // A row in wrappers of its own (a virtualised list's items): the container holds the wrappers.
    while (row.parentElement?.childElementCount === 1) row = row.parentElement;
    const container = row.parentElement;
    if (!container) continue;
    // Each container is checked for exclusion once, not once per row (that query can cover the whole page).
    // Not one of the page's other lists of names and words: People, rosters, menus, or a chat beside its box to type in.
    if (!counted.has(container) && (container.closest(NOT_AROUND) ?? container.parentElement?.querySelector(TYPING))) {
      counted.set(container, ['', 0]);
    }
    // Caption rows are alike: the label at the same depth in each (unlike, say, tiles beside the captions).
    let shape = '';
    for (let up: Element | null = leaves[i - 1]!; up && up !== row; up = up.parentElement) shape += up.tagName;
    const [rowShape, count] = counted.get(container) ?? [shape, 0];
    // An excluded container's shape is '', which no row has.
    if (rowShape !== shape) continue;
    const rows = count + 1;
    counted.set(container, [shape, rows]);
    if (rows > bestRows && rows * 2 >= container.childElementCount) {
      best = container;
      bestRows = rows;
    }
  }
  return best;
}

/** Captions found by their shape, and the adapter the engine reads them through. */
export interface CaptionShape {
  /** The adapter, except that a caption region no tier finds may be found by its shape. */
  readonly adapter: PlatformAdapter;
  /** Whether the region last found was found by its shape. */
  readonly isByShape: boolean;
}

/**
 * How much a region found by its shape must show before it is taken:
 * `'growth'`, more text at each check (a new row or more words in one), where
 * a call is already shown or the address proves a meeting; `'words-in-a-row'`,
 * where nothing else shows a call (the rest of the Teams app): that, and at
 * least once the words of one row growing in place, the way captions are
 * refined and chat messages, which arrive whole, never are; `'none'`, not
 * looked for at all.
 */
export type ShapeEvidence = 'growth' | 'words-in-a-row' | 'none';

/**
 * Wraps `adapter` so that, when none of its selector tiers finds the caption
 * region and `evidenceNeeded` allows it, the region is looked for by its shape ({@link findCaptionShape})
 * at each once-a-second check, and taken only after it has grown in
 * {@link CHECKS_TO_CONFIRM} checks in a row ({@link ShapeEvidence}). Its rows are then read by shape, through the same engine. The
 * search runs only inside `findCaptionRegion`, which the engine calls once a
 * second; nothing of it runs per mutation.
 */
export function withCaptionShape(adapter: PlatformAdapter, evidenceNeeded: () => ShapeEvidence): CaptionShape {
  let region: Element | null = null;
  let candidate: Element | null = null;
  let lastLength = 0;
  let growths = 0;
  /** The candidate's last row at the last check, its text's length, and whether a row has grown in place since it was first seen. */
  let lastRow: Element | null = null;
  let lastRowLength = 0;
  let hasRowGrown = false;
  let isByShape = false;

  return {
    get isByShape() {
      return isByShape;
    },
    adapter: {
      ...adapter,
      findCaptionRegion(doc) {
        const found = adapter.findCaptionRegion(doc);
        const evidence = found ? 'none' : evidenceNeeded();
        // Not while the captions control says they are off.
        if (found || evidence === 'none' || adapter.readCaptionsSwitch(doc) === 'off') {
          region = candidate = null;
          isByShape = false;
          return found;
        }
        // Looked for again once it has gone or holds no row (one row in a wrapper looked like a row itself).
        if (!region?.isConnected || !rowsOf(region).length) {
          const shaped = findCaptionShape(doc);
          // Grown: more text than a second ago (a new row, or more words in one).
          const length = shaped?.textContent?.length ?? 0;
          const isSameCandidate = shaped === candidate;
          growths = isSameCandidate && length > lastLength ? growths + 1 : 0;
          // Grown in place: the row that was last a second ago, still there with more words.
          const rowLength = lastRow?.isConnected ? (lastRow.textContent?.length ?? 0) : 0;
          hasRowGrown = isSameCandidate && growths > 0 && (hasRowGrown || rowLength > lastRowLength);
          lastRow = shaped ? (rowsOf(shaped).at(-1) ?? null) : null;
          lastRowLength = lastRow?.textContent?.length ?? 0;
          candidate = shaped;
          lastLength = length;
          // The same caption area, its rows now read one level in or out, needs no second check.
          const isSameArea = shaped && region && (region.contains(shaped) || shaped.contains(region));
          const isConfirmed = growths >= CHECKS_TO_CONFIRM && (evidence === 'growth' || hasRowGrown);
          region = isSameArea || isConfirmed ? shaped : null;
        }
        isByShape = region !== null;
        return region;
      },
      listCaptionRows: (container) => (isByShape ? rowsOf(container) : adapter.listCaptionRows(container)),
      rowOf: (node, container) => (isByShape ? childOf(node, container) : adapter.rowOf(node, container)),
      readCaptionRow(row) {
        if (!isByShape) return adapter.readCaptionRow(row);
        const parts = partsOf(row);
        return parts && { speaker: readText(parts.name, MAX_NAME_CHARS), text: readText(parts.text) };
      },
      captionTextOf: (row) => (isByShape ? (partsOf(row)?.text ?? null) : adapter.captionTextOf(row)),
    },
  };
}
