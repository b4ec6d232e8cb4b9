// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageStructureSchema, type ReportElement, type ReportNode } from '@/utils/core/page-report';
import { collectPageStructure, PAGE_REPORT_LIMITS } from '@/utils/platforms/page-report';
import { listFixtureFiles, loadFixtureDocument } from '../helpers/fixtures';

const HOSTILE = 'page-report/hostile-meet.html';

/** Every invented name and word in the hostile page (and in the shadow root the tests add to it). */
const MARKERS = [
  'quillonby',
  'vantresca',
  'glimmerstave',
  'drizzlewick',
  'scrumbleton',
  'crumplehorn',
  'hexalbury',
  'crondwick',
  'brackenhollow',
  'zephyrine',
  'oxbrindle',
  'snorvelling',
  'tintagelia',
  'plumtwistle',
  'fennickshaw',
  'wobbleford',
  'templewick',
  'marrowfax',
  'ólafsdóttir',
  'olafsdottir',
  'zoë',
  'שרה',
  'quagmirelle',
  'hyperlink',
  'example',
  'orgid',
  '0f8fad5b',
  'alert',
  'shadowmere',
  'pellingham',
  'mistlecombe',
];

function hostilePage(): Document {
  const doc = loadFixtureDocument(HOSTILE);
  const host = doc.createElement('div');
  host.className = 'nMcdL';
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<div class="Pellingham" aria-label="Mistlecombe"><span>Shadowmere Pellingham</span></div>';
  doc.body.append(host);
  return doc;
}

function elements(node: ReportNode): ReportElement[] {
  if (!('tag' in node)) return [];
  return [node, ...[...(node.children ?? []), ...(node.shadow ?? [])].flatMap(elements)];
}

function nodeCount(node: ReportNode): number {
  if (!('tag' in node)) return 1;
  return 1 + [...(node.children ?? []), ...(node.shadow ?? [])].reduce((sum, child) => sum + nodeCount(child), 0);
}

/** Every string in a value, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...strings(inner)]);
  return [];
}

describe('collectPageStructure on a hostile page', () => {
  const report = collectPageStructure(hostilePage(), 'meet.google.com')!;
  const json = JSON.stringify(report).toLowerCase();

  it.each(MARKERS)('lets no trace of “%s” into the report', (marker) => {
    expect(json).not.toContain(marker);
  });

  it('is a page structure the side panel accepts', () => {
    expect(() => pageStructureSchema.parse(report)).not.toThrow();
  });

  it('keeps only identifier-shaped strings in the tree, never a phrase', () => {
    const phrases = strings(report.tree).filter((s) => !/^[A-Za-z0-9_-]+$/.test(s) && !/^[a-z]+( [a-z]+)*$/.test(s));
    expect(phrases).toEqual([]);
  });

  it('replaces text, comments and every value that can hold words by their length', () => {
    const all = elements(report.tree);
    const link = all.find((e) => e.tag === 'a')!;
    expect(link.attrs).toEqual([['href', 'mailto:quillonby@example.nhs.uk'.length]]);
    expect(link.children).toEqual([{ text: 'Quillonby Vantresca'.length }]);
    const input = all.find((e) => e.tag === 'input')!;
    expect(input.attrs).toEqual([
      ['value', 10],
      ['placeholder', 11],
      ['aria-label', 11],
      ['name', 10],
    ]);
    expect((report.tree as ReportElement).children).toContainEqual({ comment: ' Crumplehorn: a comment with a name in it '.length });
  });

  it('masks a custom element, an attribute name, a class and an identifier that carry a word the page shows', () => {
    const all = elements(report.tree);
    const card = all.find((e) => e.attrs?.some(([name]) => name === 'aria-description'))!;
    expect(card.tag).toBe('vantresca-card'.length);
    expect(card.attrs).toContainEqual(['id', ['Vantresca'.length]]);
    expect(card.attrs).toContainEqual(['role', 'Quillonby'.length]);
    expect(card.attrs).toContainEqual(['aria-live', 'Quillonby'.length]);
    expect(card.attrs).toContainEqual(['lang', 'en-GB']);
    const tile = all.find((e) => e.attrs?.some(([name]) => name === 'data-self-name'))!;
    expect(tile.attrs).toContainEqual(['class', ['Quillonby-tile'.length, 'HexalburyCrondwick'.length, 'vantresca'.length, 'nMcdL']]);
    expect(tile.attrs).toContainEqual(['data-quillonby'.length, 1]);
    expect(tile.attrs).toContainEqual(['jsname', ['Quillonby'.length]]);
  });

  it('keeps the structure a maintainer needs: roles, live regions, jsname, classes, icon names and the selectors that matched', () => {
    const all = elements(report.tree);
    const region = all.find((e) => e.selectors?.includes('captionRegion'))!;
    expect(region.attrs).toEqual([
      ['role', 'region'],
      ['tabindex', '0'],
      ['aria-label', 8],
      ['class', ['vNKgIf']],
    ]);
    expect(region.childCount).toBe(2);
    const leave = all.find((e) => e.selectors?.includes('leaveCallButton'))!;
    expect(leave.children).toEqual([{ tag: 'i', childCount: 0, attrs: [['class', ['google-symbols']]], selectors: ['iconFont'], children: [{ text: 8, icon: 'call_end' }] }]);
    expect(report.selectors.find((g) => g.name === 'captionRegion')).toMatchObject({ matchedTier: 0, tiers: [{ count: 1 }, { count: 1 }, { count: 1 }, { count: 1 }, { count: 0 }] });
    expect(report.selectors.find((g) => g.name === 'captionRow')).toMatchObject({ within: 'captionRegion', matchedTier: 0, tiers: [{ count: 2 }, { count: 2 }, { count: 0 }] });
    expect(report.selectors.find((g) => g.name === 'lobbyJoinButton')).toMatchObject({ matchedTier: null });
  });

  it('describes an open shadow root, by structure only', () => {
    const host = elements(report.tree).find((e) => e.shadow)!;
    expect(host.shadow).toEqual([{ tag: 'div', childCount: 1, attrs: [['class', [10]], ['aria-label', 11]], children: [{ tag: 'span', childCount: 0, children: [{ text: 21 }] }] }]);
  });

  it('does not open svg, script text or templates beyond their length', () => {
    const all = elements(report.tree);
    expect(all.find((e) => e.tag === 'svg')).toMatchObject({ childCount: 2, truncated: true });
    expect(all.find((e) => e.tag === 'svg')!.children).toBeUndefined();
    expect(all.find((e) => e.tag === 'template')!.children).toBeUndefined();
  });

  it('masks the same names when the page is read as a Teams page', () => {
    const teams = JSON.stringify(collectPageStructure(hostilePage(), 'teams.cloud.microsoft')).toLowerCase();
    expect(MARKERS.filter((marker) => teams.includes(marker))).toEqual([]);
  });

  it('is for meeting sites only', () => {
    expect(collectPageStructure(hostilePage(), 'example.org')).toBeNull();
  });
});

describe('collectPageStructure and the page’s own code', () => {
  it('keeps class tokens and jsnames that a script or style names, since the page does not show them', () => {
    const doc = new DOMParser().parseFromString(
      '<body><script>el.className = "xWbnQd Pz6dLb"; el.setAttribute("jsname", "TxwLcc")</script><style>.Pz6dLb { color: red }</style>' +
        '<div jsname="TxwLcc" class="xWbnQd Pz6dLb"><span>Quillonby</span></div></body>',
      'text/html',
    );
    const report = collectPageStructure(doc, 'meet.google.com')!;
    const div = elements(report.tree).find((e) => e.tag === 'div')!;
    expect(div.attrs).toEqual([
      ['jsname', ['TxwLcc']],
      ['class', ['xWbnQd', 'Pz6dLb']],
    ]);
  });
});

describe.each([
  ...listFixtureFiles('meet').map((file) => [file, 'meet.google.com'] as const),
  ...listFixtureFiles('teams').map((file) => [file, 'teams.microsoft.com'] as const),
])('collectPageStructure on %s', (file, host) => {
  const doc = loadFixtureDocument(file);
  const report = collectPageStructure(doc, host)!;
  // Without the extension's own words: the names of its selector tiers that matched, and the icon ligatures it knows.
  const pageJson = JSON.stringify(report.tree, (key, value: unknown) => (key === 'selectors' || key === 'icon' ? undefined : value)).toLowerCase();

  it('is a page structure the side panel accepts', () => {
    expect(() => pageStructureSchema.parse(report)).not.toThrow();
  });

  it('contains none of the names and words the page shows', () => {
    const shown = new Set<string>();
    for (const element of doc.querySelectorAll('*')) {
      for (const attribute of element.attributes) if (['aria-label', 'title', 'alt', 'data-self-name', 'data-meeting-title'].includes(attribute.name)) shown.add(attribute.value);
    }
    for (const text of doc.body.textContent?.split('\n') ?? []) shown.add(text);
    const words = [...shown].flatMap((text) => text.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
    // Words that also name controls and parts of the page, which identifiers legitimately share (google-symbols, hangup-leave-button).
    const controls = new Set(['captions', 'caption', 'participant', 'participants', 'people', 'video', 'audio', 'closed', 'leave', 'roster', 'google', 'meeting']);
    expect(words.filter((word) => !controls.has(word) && pageJson.includes(word))).toEqual([]);
  });

  it('lists every element of a small page', () => {
    expect(report.counts.isTruncated).toBe(false);
    expect(nodeCount(report.tree)).toBe(report.counts.listedNodes);
  });
});

describe('collectPageStructure on a huge page', () => {
  it('stays within its limits on a page of 20,000 elements and a nesting 1,500 deep', () => {
    const doc = loadFixtureDocument('meet/2026-11-22-in-call-captions.html');
    const filler = doc.createElement('div');
    for (let i = 0; i < 100; i += 1) {
      const group = doc.createElement('div');
      group.className = 'Qx7uuf';
      for (let j = 0; j < 200; j += 1) group.append(doc.createElement('span'));
      filler.append(group);
    }
    let deepest: Element = filler;
    for (let i = 0; i < 1_500; i += 1) deepest = deepest.appendChild(doc.createElement('div'));
    doc.body.prepend(filler);
    const report = collectPageStructure(doc, 'meet.google.com')!;

    expect(report.counts.isTruncated).toBe(true);
    expect(report.counts.listedNodes).toBeLessThanOrEqual(PAGE_REPORT_LIMITS.totalNodes);
    expect(nodeCount(report.tree)).toBeLessThanOrEqual(report.counts.listedNodes + 2 * PAGE_REPORT_LIMITS.otherNodes);
    expect(JSON.stringify(report).length).toBeLessThan(1_000_000);
    // The captions are still described in full, however much comes before them.
    expect(elements(report.tree).find((e) => e.selectors?.includes('captionRegion'))?.childCount).toBe(6);
    // No timing here: jsdom's selector engine is far slower than a browser's (the end-to-end test times a real page).
  }, 30_000);
});
