import type { PageStructure, ReportAttribute, ReportElement, ReportNode, ReportToken, SelectorGroupReport } from '../core/page-report';
import { assertNever } from '../core/assert-never';
import type { SelectorTiers } from './dom';
import * as meetSelectors from './meet/selectors';
import * as teamsSelectors from './teams/selectors';

/**
 * The page report's collector (issue 16): the structure of a meeting page
 * around its captions and controls, and which selector tiers match, with no
 * words or names from the page.
 *
 * Runs inside the meeting page only when the user asks for a report
 * (`entrypoints/page-report.ts`, injected from the side panel), so none of it
 * weighs on the content scripts. Pure over the document it is given.
 *
 * What is kept and what is not:
 * - text nodes and comments become their length (Meet's icon ligature names,
 *   which are the extension's own vocabulary, are named);
 * - attribute values are kept only for structural attributes: enumerated ones
 *   (role, aria-live, aria-pressed, tabindex, …) when the value is one the
 *   attribute allows, and identifier lists (class, jsname, data-tid, id, …)
 *   token by token; every other value (aria-label, title, alt, placeholder,
 *   value, data-self-name, href, …) becomes its length;
 * - a token (class, identifier, tag or attribute name) is kept only if it is
 *   identifier-shaped, holds no long number or GUID, and none of its parts is
 *   a word the page shows anywhere as text or in a value left out, apart from
 *   the words the extension's own selectors use. Otherwise it becomes its
 *   length. So a name in a data-tid (Teams puts names in some) is masked,
 *   because the page shows that name too.
 * Bounded: at most {@link PAGE_REPORT_LIMITS} nodes, so a huge page cannot
 * hang the tab or make a huge file.
 */

export const PAGE_REPORT_LIMITS = {
  /** Elements listed near the captions and controls (their ancestors and a part of each one's subtree). */
  focusNodes: 3_000,
  /** Of which at most this many from one focus element's subtree. */
  focusSubtreeNodes: 400,
  /** Focus elements looked at. */
  focusElements: 80,
  /** Further nodes listed in document order, once the focus is covered. */
  otherNodes: 2_000,
  /** No more than this many nodes in all, whatever else. */
  totalNodes: 8_000,
  depth: 60,
  /** Children of one element looked at. */
  childrenScanned: 1_000,
  /** Nodes read for the page's words (the mask for tokens). */
  wordScanNodes: 200_000,
  /** Matches counted for one selector tier. */
  matchesCounted: 1_000,
} as const;

type Platform = PageStructure['platform'];

const PLATFORM_OF_HOST: Record<PageStructure['host'], Platform> = {
  'meet.google.com': 'meet',
  'teams.microsoft.com': 'teams',
  'teams.live.com': 'teams',
  'teams.cloud.microsoft': 'teams',
};

const SELECTORS: Record<Platform, Record<string, unknown>> = { meet: meetSelectors, teams: teamsSelectors };

/**
 * Groups whose selectors are relative to another group's matches, as the
 * adapters use them (the `<name>_` fixtures say the same, e.g. `#row1`).
 */
const WITHIN: Record<Platform, Record<string, string>> = {
  meet: { captionRow: 'captionRegion', captionSpeaker: 'captionRow', captionText: 'captionRow', peopleItemName: 'peopleItem', tileName: 'videoTile' },
  teams: { captionAuthor: 'captionList', captionText: 'captionList', rosterItemName: 'rosterItem', tileNameTag: 'videoTile' },
};

/** Roles and regions where captions and controls are likely to be, whatever the selectors say. */
const LANDMARKS = '[aria-live], [role="region"], [role="log"], [role="status"], [role="toolbar"], [role="dialog"], [role="tree"], [role="list"]';

/**
 * Elements whose text the page does not show. Their words are not the page's
 * words: a script names every class it sets, and would mask them all.
 */
const UNSHOWN = new Set(['script', 'style', 'noscript', 'template']);

/** Elements whose inside says nothing a fixture needs: listed, never opened. */
const LEAVES = new Set(['svg', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'math']);

const ARIA_ROLES = new Set(
  (
    'alert alertdialog application article banner blockquote button caption cell checkbox code columnheader combobox complementary ' +
    'contentinfo definition deletion dialog directory document emphasis feed figure form generic grid gridcell group heading img ' +
    'insertion link list listbox listitem log main marquee math menu menubar menuitem menuitemcheckbox menuitemradio meter navigation ' +
    'none note option paragraph presentation progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox ' +
    'separator slider spinbutton status strong subscript superscript switch tab table tablist tabpanel term textbox time timer ' +
    'toolbar tooltip tree treegrid treeitem'
  ).split(' '),
);

const BOOLEAN = /^(true|false)$/;
const TRISTATE = /^(true|false|mixed)$/;
const NUMBER = /^-?\d{1,6}$/;

/** Attributes whose values come from a fixed set: kept when the value is in it, else their length. */
const ENUMERATED: Record<string, RegExp | ((value: string) => boolean)> = {
  role: (value) => value.split(' ').every((token) => ARIA_ROLES.has(token)),
  'aria-live': /^(off|polite|assertive)$/,
  'aria-relevant': /^(additions|removals|text|all)( (additions|removals|text|all))*$/,
  'aria-atomic': BOOLEAN,
  'aria-busy': BOOLEAN,
  'aria-disabled': BOOLEAN,
  'aria-hidden': BOOLEAN,
  'aria-modal': BOOLEAN,
  'aria-multiline': BOOLEAN,
  'aria-multiselectable': BOOLEAN,
  'aria-readonly': BOOLEAN,
  'aria-required': BOOLEAN,
  'aria-pressed': TRISTATE,
  'aria-checked': TRISTATE,
  'aria-expanded': /^(true|false|undefined)$/,
  'aria-selected': /^(true|false|undefined)$/,
  'aria-current': /^(page|step|location|date|time|true|false)$/,
  'aria-haspopup': /^(true|false|menu|listbox|tree|grid|dialog)$/,
  'aria-orientation': /^(horizontal|vertical|undefined)$/,
  'aria-autocomplete': /^(none|inline|list|both)$/,
  'aria-sort': /^(ascending|descending|none|other)$/,
  'aria-level': NUMBER,
  'aria-posinset': NUMBER,
  'aria-setsize': NUMBER,
  'aria-colcount': NUMBER,
  'aria-rowcount': NUMBER,
  'aria-colindex': NUMBER,
  'aria-rowindex': NUMBER,
  tabindex: NUMBER,
  'data-audio-level': NUMBER,
  dir: /^(ltr|rtl|auto)$/,
  type: /^(button|submit|reset|checkbox|radio|text|search|email|tel|url|number|range|hidden|file|password|image|color|date|time|menu)$/,
  hidden: /^(|hidden|until-found)$/,
  disabled: /^(|disabled)$/,
  contenteditable: /^(|true|false|plaintext-only)$/,
  draggable: BOOLEAN,
  translate: /^(yes|no)$/,
  'data-is-focusable': BOOLEAN,
  lang: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/,
};

/** Attributes that hold a list of identifiers: kept token by token (see {@link keepToken}). */
const IDENTIFIER_LISTS = new Set(['class', 'aria-controls', 'aria-describedby', 'aria-labelledby', 'aria-owns']);

/**
 * Attributes that hold one identifier: kept as a token when the value is one
 * word-free token. Teams puts display names in some data-tid and id values
 * ("RICHARDS, Tom (TOWNSHIPS 1 PCN)"); those have spaces or punctuation, or
 * words the page shows, and become their length.
 */
const IDENTIFIERS = new Set([
  'id',
  'jsname',
  'jscontroller',
  'jsmodel',
  'jsshadow',
  'jsslot',
  'data-tid',
  'data-cid',
  'data-stream-type',
  'aria-activedescendant',
  'for',
]);

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;
const TAG_SHAPE = /^[a-z][a-z0-9-]{0,63}$/;
/** A GUID's start or a long number: a person's or a device's id, not structure. */
const LONG_ID = /[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}|\d{9,}/;
/** Meet's icon ligatures are text, but the extension's own words. */
const ICON_LIGATURES = new Set<string>(Object.values(meetSelectors.ligatures));

/** Letters runs, lower-cased: the words of a text. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** The parts of a token a word could hide in: between separators and digits, and each camelCase piece. */
function partsOf(token: string): string[] {
  const parts: string[] = [];
  for (const part of token.split(/[-_0-9]+/)) {
    if (!part) continue;
    parts.push(part.toLowerCase());
    const pieces = part.split(/(?<=[a-z])(?=[A-Z])/);
    if (pieces.length > 1) for (const piece of pieces) if (piece.length >= 3) parts.push(piece.toLowerCase());
  }
  return parts;
}

function isTiers(value: unknown): value is SelectorTiers {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');
}

function countMatches(roots: readonly ParentNode[], selector: string, found: Element[] | null): number {
  let count = 0;
  for (const root of roots) {
    let matches: NodeListOf<Element>;
    try {
      matches = root.querySelectorAll(selector);
    } catch {
      return 0;
    }
    for (const match of matches) {
      if (count >= PAGE_REPORT_LIMITS.matchesCounted) return count;
      count += 1;
      found?.push(match);
    }
  }
  return count;
}

/** Every selector group of the platform, each tier's match count, and the elements of the tier the adapter would use. */
function reportSelectors(doc: Document, platform: Platform): { groups: SelectorGroupReport[]; matched: Map<string, Element[]> } {
  const module = SELECTORS[platform];
  const within = WITHIN[platform];
  const matched = new Map<string, Element[]>();
  const groups: SelectorGroupReport[] = [];
  const pending = Object.entries(module).filter((entry): entry is [string, SelectorTiers] => !entry[0].endsWith('_') && isTiers(entry[1]));
  // A group tried inside another is done once the other has been.
  const entries: [string, SelectorTiers][] = [];
  while (pending.length) {
    const ready = pending.findIndex(([name]) => !within[name] || entries.some(([done]) => done === within[name]) || !pending.some(([other]) => other === within[name]));
    entries.push(...pending.splice(ready === -1 ? 0 : ready, 1));
  }
  for (const [name, tiers] of entries) {
    const parent = within[name];
    const roots: ParentNode[] = parent ? (matched.get(parent) ?? []).slice(0, 200) : [doc];
    let matchedTier: number | null = null;
    const report: SelectorGroupReport['tiers'] = [];
    tiers.forEach((selector, index) => {
      const found: Element[] | null = matchedTier === null ? [] : null;
      const count = countMatches(roots, selector, found);
      if (matchedTier === null && count > 0) {
        matchedTier = index;
        matched.set(name, found!);
      }
      report.push({ selector, count });
    });
    groups.push({ name, ...(parent ? { within: parent } : {}), matchedTier, tiers: report });
  }
  return { groups, matched };
}

/**
 * Parts of standard tag and attribute names: a page's text saying "style" or
 * "label" must not hide the `style` attribute or `aria-label`'s name.
 */
const STANDARD_WORDS = (
  'html head body div span p a b i em strong small button input textarea select option label img svg path use circle rect ' +
  'ul ol li header footer main nav section article aside form iframe video audio canvas script style noscript template link meta ' +
  'title table tr td th tbody thead c wiz slot picture source track dialog details summary ' +
  'class id href src type alt placeholder value name lang dir hidden tabindex role data aria label labelledby describedby live ' +
  'atomic relevant pressed expanded checked selected disabled haspopup modal orientation level posinset setsize controls owns ' +
  'current busy description roledescription keyshortcuts valuetext valuenow valuemin valuemax errormessage flowto invalid ' +
  'braillelabel brailleroledescription colindextext rowindextext multiline multiselectable readonly required sort autocomplete ' +
  'js jsaction jslog jsdata jscontroller jsmodel jsname jsshadow jsslot jsrenderer width height view box viewbox ' +
  'fill stroke focusable xmlns xlink autocomplete draggable translate contenteditable for tid cid stream is ' +
  // Words of a meeting's controls, which its labels say too ("More", "Show captions"); none is a name.
  'more show hide open close button buttons btn menu options settings mute unmute camera mic microphone share chat people ' +
  'reactions raise hand leave end join call calling captions caption transcript record view layout gallery speaker toolbar ' +
  'panel list item items container wrapper content header footer icon avatar video audio tile tiles grid present presenting ' +
  'participant participants roster meeting stop start on off'
).split(' ');

/** The words the extension's own selectors and standard HTML names use: never a reason to mask a token. */
function selectorWords(platform: Platform): Set<string> {
  const words = new Set<string>(STANDARD_WORDS);
  for (const value of Object.values(SELECTORS[platform])) {
    if (!isTiers(value)) continue;
    for (const selector of value) for (const token of selector.split(/[^A-Za-z0-9_-]+/)) for (const part of partsOf(token)) words.add(part);
  }
  return words;
}

interface Collector {
  readonly pageWords: Set<string>;
  readonly kept: Set<Node>;
  readonly selectorsOf: Map<Element, string[]>;
  /** Tokens written provisionally, checked against the page's words once they are all known. */
  readonly pending: { holder: ReportToken[] | ReportAttribute | ReportElement; key: number | 'tag'; token: string }[];
  otherBudget: number;
  listed: number;
  isTruncated: boolean;
}

function addWords(collector: Collector, text: string | null): void {
  if (text) for (const word of wordsOf(text)) collector.pageWords.add(word);
}

/** The words inside an open shadow root, and inside those it holds. */
function collectShadowWords(collector: Collector, shadow: ShadowRoot, depth: number): void {
  addWords(collector, shadow.textContent);
  for (const inner of Array.from(shadow.querySelectorAll('*')).slice(0, PAGE_REPORT_LIMITS.wordScanNodes)) {
    for (const attribute of inner.attributes) addAttributeWords(collector, attribute);
    if (inner.shadowRoot && depth < 10) collectShadowWords(collector, inner.shadowRoot, depth + 1);
  }
}

/** The words on the page: every text node shown and every attribute value reported by its length (the mask for tokens), up to the limit. */
function collectPageWords(doc: Document, collector: Collector): number {
  // Elements and text; not comments, which the page does not show (their length is all a report has of them).
  const walker = doc.createTreeWalker(doc.documentElement, 0x1 | 0x4);
  let elements = 0;
  for (let seen = 0, node: Node | null = walker.currentNode; node && seen < PAGE_REPORT_LIMITS.wordScanNodes; node = walker.nextNode(), seen += 1) {
    if (node.nodeType === 1) {
      elements += 1;
      for (const attribute of (node as Element).attributes) addAttributeWords(collector, attribute);
      const shadow = (node as Element).shadowRoot;
      if (shadow) collectShadowWords(collector, shadow, 0);
    } else if (!UNSHOWN.has(node.parentElement?.tagName.toLowerCase() ?? '')) {
      addWords(collector, node.nodeValue);
    }
  }
  return elements;
}

function provisional(collector: Collector, holder: Collector['pending'][number]['holder'], key: number | 'tag', token: string): void {
  collector.pending.push({ holder, key, token });
}

/** How an attribute's value is reported: as it is, token by token, as one token, or by its length. */
function kindOf(name: string, value: string): 'enum' | 'list' | 'single' | 'text' {
  const allowed = ENUMERATED[name];
  if (allowed && (typeof allowed === 'function' ? allowed(value) : allowed.test(value))) return 'enum';
  if (IDENTIFIER_LISTS.has(name)) return 'list';
  if (IDENTIFIERS.has(name) && TOKEN_SHAPE.test(value)) return 'single';
  return 'text';
}

/** Adds the words of an attribute's value that is (or that holds something) reported by its length. */
function addAttributeWords(collector: Collector, attribute: Attr): void {
  const kind = kindOf(attribute.name.toLowerCase(), attribute.value);
  switch (kind) {
    case 'enum':
    case 'single':
      return;
    case 'list':
      for (const token of attribute.value.split(/\s+/)) if (!TOKEN_SHAPE.test(token)) addWords(collector, token);
      return;
    case 'text':
      addWords(collector, attribute.value);
      return;
    default:
      assertNever(kind);
  }
}

function describeAttribute(collector: Collector, attribute: Attr): ReportAttribute {
  const name = attribute.name.toLowerCase();
  const value = attribute.value;
  const pair: ReportAttribute = [name, value.length];
  provisional(collector, pair, 0, name);
  addAttributeWords(collector, attribute);
  const kind = kindOf(name, value);
  switch (kind) {
    case 'enum':
      pair[1] = value;
      break;
    case 'list':
    case 'single': {
      const tokens: ReportToken[] = [];
      for (const token of value.split(/\s+/)) {
        if (!token) continue;
        tokens.push(token.length);
        provisional(collector, tokens, tokens.length - 1, token);
      }
      pair[1] = tokens;
      break;
    }
    case 'text':
      break;
    default:
      assertNever(kind);
  }
  return pair;
}

function describeText(collector: Collector, node: Node): ReportNode | null {
  const text = node.nodeValue ?? '';
  if (node.nodeType === 8) return { comment: text.length };
  if (!/\S/.test(text)) return null;
  if (!UNSHOWN.has(node.parentElement?.tagName.toLowerCase() ?? '')) addWords(collector, text);
  const trimmed = text.trim();
  return ICON_LIGATURES.has(trimmed) ? { text: text.length, icon: trimmed } : { text: text.length };
}

function canList(collector: Collector, node: Node, parentKept: boolean): boolean {
  if (collector.listed >= PAGE_REPORT_LIMITS.totalNodes) return false;
  if (collector.kept.has(node) || (parentKept && node.nodeType !== 1)) return true;
  if (collector.otherBudget <= 0) return false;
  collector.otherBudget -= 1;
  return true;
}

function describeChildren(collector: Collector, parent: ParentNode & Node, depth: number): ReportNode[] {
  const children: ReportNode[] = [];
  const isParentKept = collector.kept.has(parent);
  let skipped = 0;
  const flush = (): void => {
    if (skipped) children.push({ skipped });
    if (skipped) collector.isTruncated = true;
    skipped = 0;
  };
  const nodes = parent.childNodes;
  const scanned = Math.min(nodes.length, PAGE_REPORT_LIMITS.childrenScanned);
  for (let i = 0; i < scanned; i += 1) {
    const child = nodes[i]!;
    if (child.nodeType !== 1 && child.nodeType !== 3 && child.nodeType !== 8) continue;
    if (child.nodeType === 3 && !/\S/.test(child.nodeValue ?? '')) continue;
    if (!canList(collector, child, isParentKept)) {
      skipped += 1;
      continue;
    }
    flush();
    collector.listed += 1;
    const described = child.nodeType === 1 ? describeElement(collector, child as Element, depth + 1) : describeText(collector, child);
    if (described) children.push(described);
  }
  skipped += nodes.length - scanned;
  flush();
  return children;
}

function describeElement(collector: Collector, element: Element, depth: number): ReportElement {
  const tag = element.tagName.toLowerCase();
  const node: ReportElement = { tag: TAG_SHAPE.test(tag) ? tag : tag.length, childCount: element.children.length };
  if (typeof node.tag === 'string') provisional(collector, node, 'tag', tag);
  if (element.attributes.length) node.attrs = Array.from(element.attributes, (attribute) => describeAttribute(collector, attribute));
  const selectors = collector.selectorsOf.get(element);
  if (selectors) node.selectors = selectors;
  if (LEAVES.has(tag) || depth >= PAGE_REPORT_LIMITS.depth) {
    if (element.childNodes.length) {
      node.truncated = true;
      if (!LEAVES.has(tag)) collector.isTruncated = true;
    }
    return node;
  }
  const children = describeChildren(collector, element, depth);
  if (children.length) node.children = children;
  const shadow = element.shadowRoot;
  if (shadow) {
    // An open shadow root's contents belong to the element (its words were read with the page's).
    const inside = describeChildren(collector, shadow as unknown as ParentNode & Node, depth);
    if (inside.length) node.shadow = inside;
  }
  return node;
}

/** Marks the focus elements, their ancestors and the start of each one's subtree as listed first. */
function markFocus(doc: Document, matched: Map<string, Element[]>): Set<Node> {
  const kept = new Set<Node>();
  const focus = new Set<Element>();
  for (const elements of matched.values()) for (const element of elements.slice(0, 10)) focus.add(element);
  try {
    for (const element of Array.from(doc.querySelectorAll(LANDMARKS)).slice(0, 40)) focus.add(element);
  } catch {
    // a browser without one of these selectors still reports the rest
  }
  for (const element of Array.from(focus).slice(0, PAGE_REPORT_LIMITS.focusElements)) {
    if (kept.size >= PAGE_REPORT_LIMITS.focusNodes) break;
    for (let up: Element | null = element; up && !kept.has(up); up = up.parentElement) kept.add(up);
    const queue: Element[] = [element];
    let taken = 0;
    while (queue.length && taken < PAGE_REPORT_LIMITS.focusSubtreeNodes && kept.size < PAGE_REPORT_LIMITS.focusNodes) {
      const next = queue.shift()!;
      kept.add(next);
      taken += 1;
      queue.push(...Array.from(next.children).slice(0, PAGE_REPORT_LIMITS.childrenScanned));
    }
  }
  return kept;
}

/** Whether a token can be kept: identifier-shaped, no long id, no word the page shows (other than the selectors' own words). */
function keepToken(token: string, pageWords: ReadonlySet<string>, ownWords: ReadonlySet<string>): boolean {
  if (!TOKEN_SHAPE.test(token) || LONG_ID.test(token)) return false;
  return partsOf(token).every((part) => part.length < 2 || ownWords.has(part) || !pageWords.has(part));
}

/** The platform whose page is at `host`, or null for any other site. */
export function pageReportPlatform(host: string): Platform | null {
  return Object.prototype.hasOwnProperty.call(PLATFORM_OF_HOST, host) ? PLATFORM_OF_HOST[host as PageStructure['host']] : null;
}

/**
 * Describes the meeting page `doc` at `host`: its selector tiers, and its
 * structure from `body` with no words or names. Null for a host that is not
 * a meeting site.
 */
export function collectPageStructure(doc: Document, host: string): PageStructure | null {
  const platform = pageReportPlatform(host);
  if (!platform) return null;
  const { groups, matched } = reportSelectors(doc, platform);
  const selectorsOf = new Map<Element, string[]>();
  for (const [name, elements] of matched) {
    for (const element of elements.slice(0, 100)) selectorsOf.set(element, [...(selectorsOf.get(element) ?? []), name]);
  }
  const collector: Collector = {
    pageWords: new Set(),
    kept: markFocus(doc, matched),
    selectorsOf,
    pending: [],
    otherBudget: PAGE_REPORT_LIMITS.otherNodes,
    listed: 0,
    isTruncated: false,
  };
  const pageElements = collectPageWords(doc, collector);
  const root = doc.body ?? doc.documentElement;
  collector.kept.add(root);
  collector.listed = 1;
  const tree = describeElement(collector, root, 0);
  const ownWords = selectorWords(platform);
  for (const { holder, key, token } of collector.pending) {
    if (keepToken(token, collector.pageWords, ownWords)) (holder as unknown as Record<string | number, ReportToken>)[key] = token;
    else (holder as unknown as Record<string | number, ReportToken>)[key] = token.length;
  }
  return {
    host: host as PageStructure['host'],
    platform,
    selectors: groups,
    counts: { pageElements, listedNodes: collector.listed, isTruncated: collector.isTruncated || pageElements >= PAGE_REPORT_LIMITS.wordScanNodes },
    tree,
  };
}
