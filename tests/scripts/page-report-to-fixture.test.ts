// @vitest-environment jsdom
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPageReport, type ReportNode } from '@/utils/core/page-report';
import { collectPageStructure } from '@/utils/platforms/page-report';
import { placeholderText, reportToFixtureHtml } from '../../scripts/page-report-to-fixture.mjs';
import { loadFixtureDocument } from '../helpers/fixtures';

const about = { extensionVersion: '0.1.0', browser: 'Chrome 156', nowMs: Date.UTC(2026, 11, 6, 10, 0) };

function reportOf(doc: Document, host: string) {
  return buildPageReport(collectPageStructure(doc, host), about);
}

/**
 * The tree with every identifier as its length: what survives a trip through
 * a fixture. Which element matched which selectors is left out: a tier that
 * rests on a label (aria-label) cannot match placeholder text.
 */
function shape(node: ReportNode): unknown {
  if (!('tag' in node)) return node;
  const length = (value: string | number) => (typeof value === 'string' ? value.length : value);
  return {
    tag: length(node.tag),
    attrs: (node.attrs ?? [])
      // The fixture marks what the report said matched; that mark is the script's, not the page's.
      .filter(([name]) => typeof name === 'string' && !name.startsWith('data-report-'))
      .map(([name, value]) => [name, Array.isArray(value) ? value.map(length) : value]),
    childCount: node.childCount,
    children: (node.children ?? []).map(shape),
  };
}

describe('scripts/page-report-to-fixture.mjs', () => {
  it('gives placeholder text of exactly the length asked for', () => {
    expect([0, 1, 7, 53, 400].map((n) => placeholderText(n).length)).toEqual([0, 1, 7, 53, 400]);
  });

  it.each([
    ['meet/2026-11-22-in-call-captions.html', 'meet.google.com'],
    ['meet/2026-11-22-class-fallback.html', 'meet.google.com'],
    ['teams/2026-11-22-host-captions.html', 'teams.microsoft.com'],
  ])('turns a report of %s into a fixture that reports the same structure again', (file, host) => {
    const report = reportOf(loadFixtureDocument(file), host);
    const html = reportToFixtureHtml(report);
    const fixture = new DOMParser().parseFromString(html, 'text/html');
    const again = reportOf(fixture, host);

    expect(shape(again.tree)).toEqual(shape(report.tree));
    // Selector tiers that rest on structure, roles and classes match the fixture as they matched the page.
    const structural = (r: typeof report) =>
      r.selectors.map((g) => ({ name: g.name, tiers: g.tiers.filter((t) => !/aria-label|data-tid\^?\*?="participantsInCall|:not/.test(t.selector)) }));
    expect(structural(again)).toEqual(structural(report));
  });

  it('carries none of the hostile page’s names: the report has none to give', () => {
    const html = reportToFixtureHtml(reportOf(loadFixtureDocument('page-report/hostile-meet.html'), 'meet.google.com')).toLowerCase();
    for (const marker of ['quillonby', 'vantresca', 'glimmerstave', 'hexalbury', 'zephyrine', 'marrowfax']) expect(html).not.toContain(marker);
    expect(html).toContain('call_end');
  });

  it('refuses a file that is not a page report', () => {
    expect(() => reportToFixtureHtml({ format: 'something else' })).toThrow('Not a page report');
  });

  it('writes the fixture from the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-report-'));
    const input = join(dir, 'report.json');
    const output = join(dir, 'fixture.html');
    writeFileSync(input, JSON.stringify(reportOf(loadFixtureDocument('meet/2026-11-22-in-call-captions.html'), 'meet.google.com')));
    execFileSync('node', [join(__dirname, '..', '..', 'scripts', 'page-report-to-fixture.mjs'), input, '--out', output]);
    expect(readFileSync(output, 'utf8')).toContain('data-report-selectors="captionRegion"');
  });
});
