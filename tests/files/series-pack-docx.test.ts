import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildSeriesPack, type SeriesPack } from '@/utils/core/series-pack';
import { renderSeriesPackDocx } from '@/utils/files/series-pack-docx';
import { decision, emptySeriesEvidence, meetingRow, PACK_NOW, sampleSeriesEvidence } from '../helpers/series-pack-fixtures';

const OPTIONS = { seriesTitle: 'Primary Care Commissioning Committee', nowMs: PACK_NOW, redact: true } as const;
const HOSTILE = '<script>alert(1)</script> & <w:t>estates</w:t>';

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

async function openDocx(pack: SeriesPack) {
  const blob = await renderSeriesPackDocx(pack);
  const bytes = blob instanceof Uint8Array ? blob : new Uint8Array(await blob.arrayBuffer());
  const files = unzipSync(bytes);
  const documentXml = strFromU8(files['word/document.xml']!);
  const paragraphs = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([xml]) => ({
    style: /<w:pStyle w:val="([^"]*)"/.exec(xml)?.[1] ?? '',
    text: [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]!)).join(''),
  }));
  return { bytes, files, documentXml, paragraphs };
}

describe('renderSeriesPackDocx', () => {
  it('opens as a Word file with the title, the headings and a table a meeting', async () => {
    const pack = buildSeriesPack(sampleSeriesEvidence(), OPTIONS);
    const { bytes, files, documentXml, paragraphs } = await openDocx(pack);

    expect(strFromU8(bytes.slice(0, 2))).toBe('PK');
    expect(files['[Content_Types].xml']).toBeDefined();
    expect(paragraphs.find((p) => p.style === 'Title')!.text).toBe('Evidence pack: Primary Care Commissioning Committee');
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['Overview', 'Meeting by meeting', 'About this pack']);
    const h3 = paragraphs.filter((p) => p.style === 'Heading3').map((p) => p.text);
    expect(h3).toContain('Who speaks for primary care');
    for (const meeting of pack.meetings) expect(h3).toContain(meeting.heading);

    // The actions table, then one a meeting, each with its header row repeated across pages.
    const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([xml]) => xml);
    expect(tables).toHaveLength(1 + pack.meetings.length);
    const firstMeeting = tables[1]!;
    expect(firstMeeting).toContain('<w:tblHeader');
    const cells = [...firstMeeting.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([xml]) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]!)).join(''));
    expect(cells.slice(0, 6)).toEqual(['Figure', 'This meeting', 'Date', '18 Nov 2026', 'Title', 'Primary Care Commissioning Committee']);
    expect(cells).toContain('Decisions without primary care');
    expect(paragraphs.map((p) => p.text)).toContain(pack.overview.headline);
  });

  it('keeps markup in titles and decisions as text', async () => {
    const evidence = sampleSeriesEvidence({ meetings: [meetingRow(0, { title: HOSTILE, decisionsWithoutPrimaryCare: [decision({ text: HOSTILE })] })] });
    const { documentXml, paragraphs } = await openDocx(buildSeriesPack(evidence, { ...OPTIONS, seriesTitle: HOSTILE }));
    expect(documentXml).not.toContain('<script>');
    expect(documentXml).not.toContain('<w:t>estates</w:t>');
    expect(paragraphs.find((p) => p.style === 'Title')!.text).toBe(`Evidence pack: ${HOSTILE}`);
  });

  it('writes an empty series too', async () => {
    const { paragraphs } = await openDocx(buildSeriesPack(emptySeriesEvidence(), OPTIONS));
    expect(paragraphs.map((p) => p.text)).toContain('No meetings to show.');
  });
});
