import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildSummary, type SummaryModel } from '@/utils/core/summary';
import { summarySections, summarySubject } from '@/utils/core/summary-render';
import { renderSummaryDocx } from '@/utils/files/summary-docx';
import { action, sampleSummaryInput } from '../helpers/summary-fixture';

const HOSTILE_TITLE = '<b>x</b> & "Board" \'Meeting\'';
const HOSTILE_ACTION = '<script>alert(1)</script> the minutes';
const HOSTILE_OWNER = 'Dr <img src=x onerror=alert(1)> Jones';
const HOSTILE_ITEM_TITLE = '<script>alert(2)</script> & <w:t>estates</w:t>';

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

interface DocxFile {
  readonly bytes: Uint8Array;
  readonly files: Record<string, Uint8Array>;
  readonly documentXml: string;
  /** Each paragraph's style id (empty for Normal) and text, in order. */
  readonly paragraphs: { style: string; text: string }[];
}

async function openDocx(model: SummaryModel): Promise<DocxFile> {
  const blob = await renderSummaryDocx(model);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const files = unzipSync(bytes);
  const documentXml = strFromU8(files['word/document.xml']!);
  const paragraphs = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([xml]) => ({
    style: /<w:pStyle w:val="([^"]*)"/.exec(xml)?.[1] ?? '',
    text: [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]!)).join(''),
  }));
  return { bytes, files, documentXml, paragraphs };
}

function hostileModel(): SummaryModel {
  const input = sampleSummaryInput();
  return buildSummary({
    ...input,
    analysis: { ...input.analysis, items: input.analysis.items.map((item) => ({ ...item, title: HOSTILE_ITEM_TITLE })) },
    meeting: { ...input.meeting, title: HOSTILE_TITLE },
    actions: [...input.actions, action({ ref: 'A-2026-009', text: HOSTILE_ACTION, owner: HOSTILE_OWNER, dueDate: '2026-12-01' })],
  });
}

describe('renderSummaryDocx', () => {
  it('writes a zip file with the subject as its title and every section as a heading', async () => {
    const model = buildSummary(sampleSummaryInput());

    const { bytes, paragraphs } = await openDocx(model);

    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    expect(paragraphs[0]).toEqual({ style: 'Title', text: summarySubject(model) });
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(summarySections(model).map((s) => s.heading));
    expect(paragraphs.filter((p) => p.style === 'Heading3').map((p) => p.text)).toContain('Most heard organisations');
  });

  it('holds the headline, the actions and the organisations table', async () => {
    const model = buildSummary(sampleSummaryInput());

    const { documentXml, paragraphs } = await openDocx(model);

    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain(model.headline);
    expect(texts.some((t) => t.startsWith('A-2026-002: Test the planned care offer with the other clinical directors. Owner: Dr Tom Richards'))).toBe(true);
    const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([xml]) => xml);
    expect(tables).toHaveLength(2);
    expect(tables[1]).toContain('NHS South Yorkshire ICB');
    expect(tables[1]).toContain('<w:tblHeader/>');
    expect(tables[1]).toMatch(/<w:b\/>[\s\S]*?<w:t[^>]*>Organisation<\/w:t>/);
  });

  it('keeps markup in titles, captions and names as text', async () => {
    const { documentXml, files, paragraphs } = await openDocx(hostileModel());

    const texts = paragraphs.map((p) => p.text);
    expect(texts[0]).toContain(HOSTILE_TITLE);
    expect(paragraphs).toContainEqual({ style: 'Heading3', text: `Item 4: ${HOSTILE_ITEM_TITLE}` });
    expect(documentXml).toContain('&lt;w:t&gt;estates&lt;/w:t&gt;');
    expect(texts.some((t) => t.includes(HOSTILE_ACTION) && t.includes(HOSTILE_OWNER))).toBe(true);
    expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(documentXml).toContain('&lt;b&gt;x&lt;/b&gt; &amp;');
    expect(documentXml).not.toMatch(/<(script|b|img)[\s>]/);
    const coreXml = strFromU8(files['docProps/core.xml']!);
    expect(coreXml).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(coreXml).not.toMatch(/<b>/);
  });

  it('sets the document title, creator, an A4 page and Arial', async () => {
    const model = buildSummary(sampleSummaryInput());

    const { documentXml, files } = await openDocx(model);

    const coreXml = strFromU8(files['docProps/core.xml']!);
    expect(decodeXml(/<dc:title>([^<]*)<\/dc:title>/.exec(coreXml)![1]!)).toBe(summarySubject(model));
    expect(coreXml).toContain('<dc:creator>Primary care meeting companion</dc:creator>');
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(strFromU8(files['word/styles.xml']!)).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"/);
  });
});

describe('renderSummaryDocx: In brief and Item by item', () => {
  it('opens with In brief as a list, then each item as a heading with its times, share, flags and records', async () => {
    const input = sampleSummaryInput();
    const model = buildSummary({ ...input, analysis: { ...input.analysis, items: input.analysis.items.map((i) => (i.number === 8 ? { ...i, primaryCareSpoke: false } : i)) } });

    const { paragraphs } = await openDocx(model);

    expect(paragraphs[1]).toEqual({ style: 'Heading2', text: 'In brief' });
    expect(paragraphs.slice(2, 2 + model.inBrief!.length).map((p) => p.text)).toEqual(model.inBrief);
    expect(paragraphs[2 + model.inBrief!.length]).toEqual({ style: 'Heading2', text: 'Item by item' });
    expect(paragraphs.filter((p) => p.style === 'Heading3').map((p) => p.text)).toEqual(expect.arrayContaining(model.items!.map((i) => i.label)));
    const item8 = paragraphs.findIndex((p) => p.text === 'Item 8: Winter local enhanced service');
    const item8Model = model.items!.find((i) => i.label === 'Item 8: Winter local enhanced service')!;
    expect(paragraphs.slice(item8 + 1, item8 + 4).map((p) => p.text)).toEqual([`${item8Model.time}. ${item8Model.share}`, ...item8Model.flags, ...item8Model.records]);
    expect(item8Model.flags).toHaveLength(1);
  });
});

describe('summary-docx module', () => {
  it('loads docx only when a document is asked for', () => {
    const source = readFileSync(new URL('../../utils/files/summary-docx.ts', import.meta.url), 'utf8');

    expect(source).not.toMatch(/^import (?!type)[^;]*from 'docx'/m);
    expect(source).not.toMatch(/^export [^;]*from 'docx'/m);
    expect(source).toContain("await import('docx')");
  });
});
