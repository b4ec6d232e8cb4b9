// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildSummary, DEFAULT_SUMMARY_OPTIONS } from '@/utils/core/summary';
import {
  escapeMarkdown,
  MAILTO_MAX_CHARS,
  renderSummaryHtml,
  renderSummaryMarkdown,
  renderSummaryText,
  summaryMailto,
  summarySubject,
} from '@/utils/core/summary-render';
import { SAMPLE_START_MS, action, sampleSummaryInput } from '../helpers/summary-fixture';

const HOSTILE = [
  '<script>alert("caption")</script>',
  '<img src=x onerror="alert(1)">',
  '**bold** _it_ [link](javascript:alert(1)) # heading | cell',
  'Tom & Jerry\'s "PCN" <b>budget</b>',
].join(' ');

/** A summary where every piece of text came from a hostile page, agenda item titles included. */
function hostileSummary() {
  const { items } = sampleSummaryInput().analysis;
  const spoken = sampleSummaryInput({
    meeting: { ...sampleSummaryInput().meeting, title: `PCCC ${HOSTILE}` },
    utterances: [{ speaker: 'Dr Tom Richards', text: `The PCN ARRS budget ${HOSTILE}`, startMs: SAMPLE_START_MS + 60_000 }],
    actions: [
      action({ ref: 'A-2026-001', text: `Send the PCN data ${HOSTILE}`, owner: `Daniel ${HOSTILE}`, organisation: 'NHS South Yorkshire ICB', sector: 'icb' }),
      action({ ref: 'D-2026-001', kind: 'decision', text: `Approved ${HOSTILE}` }),
    ],
  });
  const input = { ...spoken, analysis: { ...spoken.analysis, items: items.map((item) => ({ ...item, title: `${item.title} ${HOSTILE}` })) } };
  return buildSummary(input, { ...DEFAULT_SUMMARY_OPTIONS, includeExcerpts: true, redact: false });
}

const HOSTILE_ITEM = `Item 4: Enhanced access at PCN level ${HOSTILE}`;

describe('renderSummaryHtml', () => {
  it('escapes every piece of text: a caption with markup or a script never becomes markup', () => {
    const html = renderSummaryHtml(hostileSummary());
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, img, b, a, [onerror]')).toHaveLength(0);
    expect(doc.body.textContent).toContain('<script>alert("caption")</script>');
    expect(doc.body.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(doc.body.textContent).toContain('Tom & Jerry\'s "PCN" <b>budget</b>');
    expect([...doc.querySelectorAll('h3')].map((h) => h.textContent)).toContain(HOSTILE_ITEM);
  });

  it('uses inline styles and tables only, as Outlook needs', () => {
    const html = renderSummaryHtml(buildSummary(sampleSummaryInput()));
    expect(html).not.toMatch(/class=|<style|<link|<script/);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('h1')!.textContent).toBe('Primary care summary: Sheffield Place Primary Care Commissioning Committee, 18 Nov 2026');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'In brief',
      'Item by item',
      'The meeting',
      'Share of voice',
      'Who was there',
      'Decisions',
      'Actions',
      'Primary care moments',
      'To follow up',
      'About this summary',
    ]);
    expect(doc.querySelectorAll('table').length).toBeGreaterThanOrEqual(2);
    for (const element of doc.querySelectorAll('h1, h2, h3, p, ul, table, th, td')) expect(element.getAttribute('style'), element.tagName).toBeTruthy();
  });
});

describe('renderSummaryMarkdown', () => {
  it('escapes Markdown and HTML in text', () => {
    expect(escapeMarkdown('**bold** [x](y) <b> # 1. - | a_b')).toBe('\\*\\*bold\\*\\* \\[x\\]\\(y\\) \\<b\\> \\# 1. - \\| a\\_b');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    const markdown = renderSummaryMarkdown(hostileSummary());
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('**bold**');
    expect(markdown).toContain('\\<script\\>alert\\("caption"\\)\\</script\\>');
    expect(markdown).toContain('\\[link\\]\\(javascript:alert\\(1\\)\\)');
    expect(markdown).toContain('\n### Item 4: Enhanced access at PCN level \\<script\\>alert\\("caption"\\)\\</script\\>');
  });

  it('has headings, bullets and tables', () => {
    const markdown = renderSummaryMarkdown(buildSummary(sampleSummaryInput()));
    expect(markdown.startsWith('# Primary care summary: Sheffield Place Primary Care Commissioning Committee, 18 Nov 2026\n')).toBe(true);
    expect(markdown).toContain('\n## Share of voice\n');
    expect(markdown).toContain('| Sector | Share of talk | Talk time | People |\n| --- | --- | --- | --- |\n');
    expect(markdown).toContain('\n- D-2026-002: The committee resolved to commission the winter LES from 1 December \\(affects primary care\\)\n');
  });
});

describe('renderSummaryText', () => {
  it('reads as an email body: the subject, then sections in capitals', () => {
    const text = renderSummaryText(buildSummary(sampleSummaryInput()));
    expect(text.split('\n')[0]).toBe('Primary care summary: Sheffield Place Primary Care Commissioning Committee, 18 Nov 2026');
    expect(text).toContain('\nSHARE OF VOICE\n==============\nPrimary care had ');
    expect(text).toMatch(/\n- Primary care network: share of talk \d+%, talk time .+, people 2\n/);
    expect(text).toContain('\n- A-2026-002: Test the planned care offer with the other clinical directors. Owner: Dr Tom Richards (Townships 1 PCN). Due: 27 Nov 2026. Open.\n');
  });

  it('names an organisation that is not known once, without a sector in brackets', () => {
    const text = renderSummaryText(buildSummary(sampleSummaryInput()));
    expect(text).toContain('\n- Organisation not known: Mark Ellison. Not heard\n');
    expect(text).not.toContain('(Not known)');
  });

  it('keeps hostile text as it was, for a plain text body', () => {
    expect(renderSummaryText(hostileSummary())).toContain(HOSTILE);
    expect(renderSummaryText(hostileSummary())).toContain(`\n${HOSTILE_ITEM}\n`);
  });
});

describe('summaryMailto', () => {
  it('makes a mailto link with the subject and plain text body, encoded', () => {
    const small = buildSummary(sampleSummaryInput({ utterances: [], actions: [], carriedForward: [], attendees: ['Dr Tom Richards'] }));
    const link = summaryMailto(small, 'cd-forum@nhs.net')!;
    expect(link.startsWith('mailto:cd-forum%40nhs.net?subject=Primary%20care%20summary%3A%20Sheffield%20Place')).toBe(true);
    const body = decodeURIComponent(new URL(link).searchParams.get('body') ?? link.split('&body=')[1]!);
    expect(body).toContain('\r\n');
    expect(decodeURIComponent(link.split('&body=')[1]!)).toBe(renderSummaryText(small).replace(/\n/g, '\r\n'));
    expect(summarySubject(small)).toBe('Primary care summary: Sheffield Place Primary Care Commissioning Committee, 18 Nov 2026');
  });

  it('gives no link when the summary is too long for mail apps, so the panel copies it instead', () => {
    const full = buildSummary(sampleSummaryInput());
    expect(renderSummaryText(full).length).toBeGreaterThan(MAILTO_MAX_CHARS);
    expect(summaryMailto(full)).toBeNull();
  });
});

describe('In brief and Item by item in every format', () => {
  const model = buildSummary(sampleSummaryInput());
  const [share, decision, action, overdue, notHeard] = model.inBrief!;
  const item4 = model.items!.find((i) => i.label === 'Item 4: Enhanced access at PCN level')!;

  it('opens the plain text with In brief, then each item with its times, share and records', () => {
    const text = renderSummaryText(model);

    expect(text).toContain(`\n\nIN BRIEF\n========\n- ${share}\n- ${decision}\n- ${action}\n- ${overdue}\n- ${notHeard}\n\nITEM BY ITEM\n============\n\nItem 1: Welcome and introductions\n`);
    expect(text).toContain(
      `\nItem 4: Enhanced access at PCN level\n${item4.time}. ${item4.share}\n- Action A-2026-001: Circulate the utilisation data by PCN before the next meeting\n- Action A-2026-002: Test the planned care offer with the other clinical directors (due 27 Nov 2026)\n`,
    );
    expect(text.indexOf('IN BRIEF')).toBeLessThan(text.indexOf('ITEM BY ITEM'));
    expect(text.indexOf('ITEM BY ITEM')).toBeLessThan(text.indexOf('THE MEETING'));
  });

  it('gives In brief as a list and each item a third-level heading in Markdown', () => {
    const markdown = renderSummaryMarkdown(model);

    expect(markdown).toContain(`\n## In brief\n\n- ${escapeMarkdown(share!)}\n- ${escapeMarkdown(decision!)}\n`);
    expect(markdown).toContain(
      `\n## Item by item\n\n### Item 1: Welcome and introductions\n`,
    );
    expect(markdown).toContain(
      `\n### Item 8: Winter local enhanced service\n\n${escapeMarkdown(model.items!.find((i) => i.label.startsWith('Item 8:'))!.time)}. Primary care had `,
    );
    expect(markdown).toContain('\n- Decision D-2026-002: The committee resolved to commission the winter LES from 1 December\n');
  });

  it('puts In brief and each item in the HTML, each item a heading with its paragraph and list', () => {
    const doc = new DOMParser().parseFromString(renderSummaryHtml(model), 'text/html');

    const inBrief = [...doc.querySelectorAll('h2')].find((h) => h.textContent === 'In brief')!;
    expect([...inBrief.nextElementSibling!.querySelectorAll('li')].map((li) => li.textContent)).toEqual(model.inBrief);
    const heading = [...doc.querySelectorAll('h3')].find((h) => h.textContent === item4.label)!;
    expect(heading.nextElementSibling!.textContent).toBe(`${item4.time}. ${item4.share}`);
    expect([...heading.nextElementSibling!.nextElementSibling!.querySelectorAll('li')].map((li) => li.textContent)).toEqual(item4.records);
  });

  it('puts an item’s flags before its records', () => {
    const input = sampleSummaryInput();
    const silenced = buildSummary({ ...input, analysis: { ...input.analysis, items: input.analysis.items.map((i) => (i.number === 8 ? { ...i, primaryCareSpoke: false } : i)) } });

    const text = renderSummaryText(silenced);

    expect(text).toMatch(/\nItem 8: Winter local enhanced service\n.+\n- Decided without primary care: a decision was taken on this item, which concerns primary care, and nobody from primary care spoke on it\.\n- Decision D-2026-002: /);
  });
});
