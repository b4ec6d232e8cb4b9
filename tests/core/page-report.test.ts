import { describe, expect, it } from 'vitest';
import { buildPageReport, describeBrowser, PAGE_REPORT_FORMAT, type PageStructure } from '@/utils/core/page-report';
import { pageReportFileName } from '@/utils/files/file-name';

const structure: PageStructure = {
  host: 'meet.google.com',
  platform: 'meet',
  selectors: [{ name: 'captionRegion', matchedTier: null, tiers: [{ selector: '[role="region"][aria-label="Captions"]', count: 0 }] }],
  counts: { pageElements: 3, listedNodes: 3, isTruncated: false },
  tree: { tag: 'body', childCount: 1, children: [{ tag: 'div', childCount: 0, attrs: [['class', ['nMcdL', 7]], ['aria-label', 12], ['aria-live', 'polite']], children: [{ text: 5 }] }] },
};
const about = { extensionVersion: '0.1.0', browser: 'Chrome 156', nowMs: Date.UTC(2026, 11, 6, 10, 0) };

describe('describeBrowser', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.8078.79 Safari/537.36', 'Chrome 156'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.3485.54', 'Edge 140'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0', 'Firefox 153'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36', 'Chrome 156'],
    ['something else', 'Unknown'],
  ])('names %s as %s, with no system or build', (userAgent, expected) => {
    expect(describeBrowser(userAgent)).toBe(expected);
  });
});

describe('buildPageReport', () => {
  it('adds the format, the extension version, the browser and the time to the page structure', () => {
    const report = buildPageReport(structure, about);
    expect(report).toMatchObject({ format: PAGE_REPORT_FORMAT, formatVersion: 1, extensionVersion: '0.1.0', browser: 'Chrome 156', createdAt: '2026-12-06T10:00:00.000Z' });
    expect(report.tree).toEqual(structure.tree);
  });

  it.each([
    ['a phrase as a class token', { ...structure, tree: { tag: 'div', childCount: 0, attrs: [['class', ['Dr Helen Marsh']]] } }],
    ['a phrase as an attribute value', { ...structure, tree: { tag: 'div', childCount: 0, attrs: [['aria-label', 'Helen Marsh, speaking']] } }],
    ['text where a length belongs', { ...structure, tree: { tag: 'div', childCount: 1, children: [{ text: 'Helen' }] } }],
    ['a field the format does not have', { ...structure, tree: { tag: 'div', childCount: 0, textContent: 'Helen' } }],
    ['another site', { ...structure, host: 'example.org' }],
    ['nothing', undefined],
  ])('refuses %s, so nothing unchecked is saved', (_case, answer) => {
    expect(() => buildPageReport(answer, about)).toThrow();
  });
});

describe('pageReportFileName', () => {
  it('says the platform and the local date and time', () => {
    expect(pageReportFileName('teams', new Date(2026, 11, 6, 9, 5).getTime())).toBe('page-report-teams-2026-12-06-0905.json');
  });
});
