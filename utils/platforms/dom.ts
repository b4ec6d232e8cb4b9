/**
 * Alternatives for finding one thing on a page, most stable first
 * (role, aria, data attributes, jsname, structure; obfuscated classes last).
 */
export type SelectorTiers = readonly string[];

/** Expected number of matches of a selector export in a committed fixture file. */
export type FixtureMatch = readonly [count: number, fixture: string];

/** Thrown when a selector that must match does not; names the selector export. */
export class SelectorMissError extends Error {
  constructor(readonly selectorName: string) {
    super(`Nothing on the page matches the "${selectorName}" selectors`);
    this.name = 'SelectorMissError';
  }
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    // A selector this browser cannot parse counts as a miss, never as a crash in the page.
    return [];
  }
}

/** The first element matched by the first tier that matches anything, or null. */
export function queryOptional(root: ParentNode, tiers: SelectorTiers): Element | null {
  for (const selector of tiers) {
    try {
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      // see safeQueryAll
    }
  }
  return null;
}

/** Like {@link queryOptional}, but a miss throws a {@link SelectorMissError}. */
export function queryRequired(root: ParentNode, tiers: SelectorTiers, name: string): Element {
  const found = queryOptional(root, tiers);
  if (!found) throw new SelectorMissError(name);
  return found;
}

/** Every element matched by the first tier that matches anything. */
export function queryAllTiered(root: ParentNode, tiers: SelectorTiers): Element[] {
  for (const selector of tiers) {
    const found = safeQueryAll(root, selector);
    if (found.length) return found;
  }
  return [];
}

/** The nearest ancestor-or-self of `node` matching any tier, or null. */
export function closestTiered(node: Node, tiers: SelectorTiers): Element | null {
  const element = node instanceof Element ? node : node.parentElement;
  if (!element) return null;
  for (const selector of tiers) {
    try {
      const found = element.closest(selector);
      if (found) return found;
    } catch {
      // see safeQueryAll
    }
  }
  return null;
}

/** An element's text with whitespace collapsed; empty string when there is none. */
export function readText(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The first icon-font element under `root` that spells one of the ligature
 * names. Searches every tier, because a page can mix icon fonts.
 */
export function hasIconLigature(root: ParentNode, iconTiers: SelectorTiers, names: readonly string[]): Element | null {
  for (const selector of iconTiers) {
    for (const icon of safeQueryAll(root, selector)) {
      if (names.includes(readText(icon))) return icon;
    }
  }
  return null;
}
