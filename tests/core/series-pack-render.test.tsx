// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SectionsDocument } from '@/components/summary-document';
import { buildSeriesPack } from '@/utils/core/series-pack';
import { renderSeriesPackHtml, renderSeriesPackMarkdown, renderSeriesPackText, seriesPackSections } from '@/utils/core/series-pack-render';
import { mount } from '../helpers/dom';
import { decision, emptySeriesEvidence, meetingRow, PACK_NOW, sampleSeriesEvidence } from '../helpers/series-pack-fixtures';

const OPTIONS = { seriesTitle: 'Primary Care Commissioning Committee', nowMs: PACK_NOW, redact: true } as const;
const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script> & \'quoted\'';

function parse(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

function hostilePack() {
  const evidence = sampleSeriesEvidence({
    meetings: [meetingRow(0, { title: HOSTILE, decisions: 1, decisionsWithoutPrimaryCare: [decision({ text: HOSTILE, itemLabel: HOSTILE })] })],
    neverHeard: [{ name: HOSTILE, sector: 'vcse', meetingsPresent: 1 }],
  });
  return buildSeriesPack(evidence, { ...OPTIONS, seriesTitle: HOSTILE });
}

describe('renderSeriesPackHtml', () => {
  const pack = buildSeriesPack(sampleSeriesEvidence(), OPTIONS);
  const root = parse(renderSeriesPackHtml(pack));

  it('has the title, the overview and the meeting-by-meeting headings in order', () => {
    expect(root.querySelector('h1')!.textContent).toBe('Evidence pack: Primary Care Commissioning Committee');
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Overview', 'Meeting by meeting', 'About this pack']);
    const h3 = [...root.querySelectorAll('h3')].map((h) => h.textContent);
    expect(h3.slice(0, 4)).toEqual([
      'Organisations present but never heard',
      'Who speaks for primary care',
      'Allies outside primary care',
      'Open and overdue actions by organisation',
    ]);
    expect(h3.slice(4)).toEqual(pack.meetings.map((m) => m.heading));
  });

  it('opens with the headline, the trend and the decisions sentence', () => {
    const paragraphs = [...root.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs.slice(0, 4)).toEqual([pack.overview.scope, pack.overview.headline, pack.overview.trend, pack.overview.decisions]);
  });

  it('has a table per meeting, with column headers and each label as its row header', () => {
    const tables = [...root.querySelectorAll('table')];
    // The actions table, then one a meeting.
    expect(tables).toHaveLength(1 + 6);
    for (const table of tables) {
      for (const th of table.querySelectorAll('thead th')) expect(th.getAttribute('scope')).toBe('col');
    }
    const first = tables[1]!;
    const rowHeads = [...first.querySelectorAll('tbody th')];
    expect(rowHeads.map((th) => th.getAttribute('scope'))).toEqual(Array(9).fill('row'));
    expect(rowHeads.map((th) => th.textContent)).toEqual([
      'Date',
      'Title',
      'People',
      'Primary care people',
      'Primary care share of people',
      'Primary care share of talk',
      'Decisions',
      'Decisions without primary care',
      'Actions open',
    ]);
    expect([...first.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(pack.meetings[0]!.rows.map((r) => r.value));
  });

  it('uses inline styles only: no classes, no style sheet, no scripts', () => {
    for (const element of root.querySelectorAll('h1, h2, h3, p, ul, table, th, td')) expect(element.getAttribute('style')).toBeTruthy();
    expect(root.querySelector('[class], style, script, link')).toBeNull();
  });

  it('escapes hostile text everywhere it appears', () => {
    const html = renderSeriesPackHtml(hostilePack());
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    const hostileRoot = parse(html);
    expect(hostileRoot.querySelector('img, script')).toBeNull();
    expect(hostileRoot.querySelector('h1')!.textContent).toBe(`Evidence pack: ${HOSTILE}`);
    expect(hostileRoot.textContent).toContain(`D-2026-004: ${HOSTILE} (${HOSTILE})`);
  });
});

describe('renderSeriesPackText', () => {
  it('lays out the title, upper-case sections and "Label: value" lines a meeting', () => {
    const pack = buildSeriesPack(sampleSeriesEvidence(), OPTIONS);
    const text = renderSeriesPackText(pack);
    expect(text.startsWith('Evidence pack: Primary Care Commissioning Committee\n\nOVERVIEW\n========\n6 meetings, 18 Nov 2026 to 7 Apr 2027.\n')).toBe(true);
    expect(text).toContain('Primary care held 42% of the seats and 23% of the talk in the last 6 meetings.');
    expect(text).toContain('On 4 of 9 decisions, no one from primary care spoke, though the item concerned primary care.');
    expect(text).toContain('- NHS South Yorkshire ICB: open 4, overdue 1');
    expect(text).toContain(
      [
        '18 Nov 2026: Primary Care Commissioning Committee',
        '- Date: 18 Nov 2026',
        '- Title: Primary Care Commissioning Committee',
        '- People: 12',
        '- Primary care people: 5',
        '- Primary care share of people: 42%',
        '- Primary care share of talk: 30%',
        '- Decisions: 1',
        '- Decisions without primary care: 1: D-2026-001: Adopt the winter access scheme (Item 4: Winter access)',
        '- Actions open: 1',
      ].join('\n'),
    );
    expect(text).toContain('\nMEETING BY MEETING\n');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('keeps hostile text as it was, for a plain text body', () => {
    expect(renderSeriesPackText(hostilePack())).toContain(HOSTILE);
  });

  it('says there is nothing yet for an empty series', () => {
    const text = renderSeriesPackText(buildSeriesPack(emptySeriesEvidence(), OPTIONS));
    expect(text).toContain('No meetings yet.');
    expect(text).toContain('There are no meetings in this series yet.');
    expect(text).toContain('No meetings to show.');
  });
});

describe('renderSeriesPackMarkdown', () => {
  it('escapes markup and has a table a meeting', () => {
    const markdown = renderSeriesPackMarkdown(hostilePack());
    expect(markdown).not.toMatch(/(?<!\\)<(?:img|script)/);
    expect(markdown).toContain('\\<img');
    expect(markdown).toContain('| Figure | This meeting |');
    expect(markdown).toContain('## Meeting by meeting');
  });
});

describe('the print view document', () => {
  it('renders the pack as text, with row headers in each meeting table', () => {
    const pack = hostilePack();
    const root = mount(<SectionsDocument title={pack.title} sections={seriesPackSections(pack)} testId="series-pack-document" />);
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('h1')!.textContent).toBe(`Evidence pack: ${HOSTILE}`);
    expect(root.querySelectorAll('tbody th[scope="row"]').length).toBeGreaterThanOrEqual(9);
  });
});
