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

/** A summary where every piece of text came from a hostile page. */
function hostileSummary() {
  const input = sampleSummaryInput({
    meeting: { ...sampleSummaryInput().meeting, title: `PCCC ${HOSTILE}` },
    utterances: [{ speaker: 'Dr Tom Richards', text: `The PCN ARRS budget ${HOSTILE}`, startMs: SAMPLE_START_MS + 60_000 }],
    actions: [
      action({ ref: 'A-2026-001', text: `Send the PCN data ${HOSTILE}`, owner: `Daniel ${HOSTILE}`, organisation: 'NHS South Yorkshire ICB', sector: 'icb' }),
      action({ ref: 'D-2026-001', kind: 'decision', text: `Approved ${HOSTILE}` }),
    ],
  });
  return buildSummary(input, { ...DEFAULT_SUMMARY_OPTIONS, includeExcerpts: true, redact: false });
}

describe('renderSummaryHtml', () => {
  it('escapes every piece of text: a caption with markup or a script never becomes markup', () => {
    const html = renderSummaryHtml(hostileSummary());
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, img, b, a, [onerror]')).toHaveLength(0);
    expect(doc.body.textContent).toContain('<script>alert("caption")</script>');
    expect(doc.body.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(doc.body.textContent).toContain('Tom & Jerry\'s "PCN" <b>budget</b>');
  });

  it('uses inline styles and tables only, as Outlook needs', () => {
    const html = renderSummaryHtml(buildSummary(sampleSummaryInput()));
    expect(html).not.toMatch(/class=|<style|<link|<script/);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('h1')!.textContent).toBe('Primary care summary: Sheffield Place Primary Care Commissioning Committee, 18 Nov 2026');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
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
