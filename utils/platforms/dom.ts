import { MAX_CAPTION_CHARS, MAX_NAME_CHARS, MAX_ROSTER_PARTICIPANTS, MAX_TITLE_CHARS } from '../core/text-limits';

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

/** Whether `element` itself matches any tier (a tier this browser cannot parse does not). */
function matchesAnyTier(element: Element, tiers: SelectorTiers): boolean {
  for (const selector of tiers) {
    try {
      if (element.matches(selector)) return true;
    } catch {
      // see safeQueryAll
    }
  }
  return false;
}

/** For each selector group, the element that last proved it present (held weakly: a removed part of the page can go). */
const lastMatches = new WeakMap<SelectorTiers, WeakRef<Element>>();

/**
 * Whether anything under `root` matches any tier: the same answer as
 * `queryOptional(root, tiers) !== null`. The element that proved it last
 * time is checked first (still under `root`, still matching), so a page that
 * has not changed is not scanned again every second.
 */
export function hasMatch(root: ParentNode, tiers: SelectorTiers): boolean {
  const last = lastMatches.get(tiers)?.deref();
  if (last && last !== root && root.contains(last) && matchesAnyTier(last, tiers)) return true;
  const found = queryOptional(root, tiers);
  // `:scope` means the root in a query but the element itself in `matches`: never remembered.
  if (found && !tiers.some((selector) => selector.includes(':scope'))) lastMatches.set(tiers, new WeakRef(found));
  return found !== null;
}

/** Every element matched by the first tier that matches anything. */
export function queryAllTiered(root: ParentNode, tiers: SelectorTiers): Element[] {
  for (const selector of tiers) {
    const found = safeQueryAll(root, selector);
    if (found.length) return found;
  }
  return [];
}

/** The child of `parent` that holds `node` (or is it), or null when `node` is not under `parent`. */
export function childOf(node: Node, parent: Element): Element | null {
  let current: Node | null = node;
  while (current && current.parentNode !== parent) {
    if (current === parent) return null;
    current = current.parentNode;
  }
  return current instanceof Element ? current : null;
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

// The protocol's limits, shared with its schemas (utils/core/model.ts).
export { MAX_CAPTION_CHARS, MAX_NAME_CHARS, MAX_ROSTER_PARTICIPANTS, MAX_TITLE_CHARS };

/**
 * Text that {@link cleanPageText} would leave as it is: words of characters
 * that are neither whitespace nor control characters, one plain space
 * between them. One linear pass, cheaper than the three rewrites it saves.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const cleanText = /^(?:[^\s\0-\x1f\x7f-\x9f]+(?: [^\s\0-\x1f\x7f-\x9f]+)*)?$/;

/** At least one character that shows: not whitespace, a control, a format mark (zero-width, bidi) or a separator. */
const visibleCharacter = /[^\s\p{Cc}\p{Cf}\p{Z}]/u;

/**
 * Cuts `text` to at most `maxChars` UTF-16 units without splitting a
 * surrogate pair, so an emoji at the cut is dropped whole rather than left
 * as half a character.
 */
export function clampText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const last = text.charCodeAt(maxChars - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? maxChars - 1 : maxChars;
  return text.slice(0, end).trimEnd();
}

/**
 * Page text made safe to store: whitespace collapsed, control characters
 * (NUL and the like, which break exports such as Word's XML) removed, and
 * '' when nothing visible is left (a name of zero-width or bidi marks only
 * is no name). Bidi and zero-width marks inside real text are kept: they
 * belong to right-to-left names and words.
 */
export function cleanPageText(raw: string | null | undefined, maxChars: number): string {
  let text = raw ?? '';
  // Most page text is clean already: one scan to find out, instead of three rewrites.
  if (!cleanText.test(text)) {
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    text = text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  }
  return hasVisibleCharacter(text) ? clampText(text, maxChars) : '';
}

/** Whether `text` has a character that shows; cleaned text starting with a printable ASCII character has. */
function hasVisibleCharacter(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first > 0x20 && first < 0x7f) || visibleCharacter.test(text);
}

/** An element's text, cleaned as {@link cleanPageText} does; empty string when there is none. */
export function readText(element: Element | null | undefined, maxChars = MAX_CAPTION_CHARS): string {
  return cleanPageText(element?.textContent, maxChars);
}

/** For each set of ligature names, the icon that last spelt one (held weakly). */
const lastIcons = new Map<string, WeakRef<Element>>();

/**
 * Whether an icon-font element under `root` spells one of the ligature
 * names: the same answer as {@link hasIconLigature}, but the icon that
 * proved it last time is checked first, so the text of every icon on the
 * page is not read again while it is still there.
 */
export function hasIconLigatureMatch(root: ParentNode, iconTiers: SelectorTiers, names: readonly string[]): boolean {
  const key = names.join('\n');
  const last = lastIcons.get(key)?.deref();
  if (last && last !== root && root.contains(last) && matchesAnyTier(last, iconTiers) && names.includes(readText(last))) return true;
  const found = hasIconLigature(root, iconTiers, names);
  if (found) lastIcons.set(key, new WeakRef(found));
  return found !== null;
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

/**
 * The first entry for each name, at most as many as one roster message may
 * hold: what both platforms' rosters send, whichever list they read.
 */
export function dedupeByName<T extends { readonly name: string }>(participants: readonly T[]): T[] {
  const seen = new Set<string>();
  return participants
    .filter((p) => (seen.has(p.name) ? false : (seen.add(p.name), true)))
    .slice(0, MAX_ROSTER_PARTICIPANTS);
}

