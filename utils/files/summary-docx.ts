import type { Paragraph, Table, TableCell } from 'docx';
import type { SummaryModel } from '../core/summary';
import { summarySections, summarySubject, type SummarySection } from '../core/summary-render';

type Docx = typeof import('docx');

const CREATOR = 'Primary care meeting companion';
const FONT = 'Arial';
/** NHS identity colours, as in the HTML summary. */
const TEXT_COLOUR = '212B32';
const HEADING_COLOUR = '003087';
const RULE_COLOUR = 'D8DDE0';
const TABLE_HEAD_FILL = 'F0F4F5';
/** Word sizes text in half-points: 22 is 11 pt. */
const BODY_SIZE_HALF_POINTS = 22;
const TABLE_SIZE_HALF_POINTS = 20;
/** Border widths are in eighths of a point: 4 is the thinnest line Word draws as solid. */
const BORDER_SIZE_EIGHTH_POINTS = 4;
/** A4 in twentieths of a point (twips), the unit every version of Word reads. */
const A4_WIDTH_TWIPS = 11906;
const A4_HEIGHT_TWIPS = 16838;
const CELL_MARGIN_TWIPS = { top: 40, bottom: 40, left: 100, right: 100 };

function cell(docx: Docx, text: string, isHead: boolean, isBold = isHead): TableCell {
  return new docx.TableCell({
    children: [new docx.Paragraph({ children: [new docx.TextRun({ text, bold: isBold, size: TABLE_SIZE_HALF_POINTS })] })],
    margins: CELL_MARGIN_TWIPS,
    ...(isHead ? { shading: { type: docx.ShadingType.CLEAR, fill: TABLE_HEAD_FILL, color: 'auto' } } : {}),
  });
}

function table(docx: Docx, head: readonly string[], rows: readonly (readonly string[])[], isKeyValue = false): Table {
  const line = { style: docx.BorderStyle.SINGLE, size: BORDER_SIZE_EIGHTH_POINTS, color: RULE_COLOUR };
  return new docx.Table({
    width: { size: 100, type: docx.WidthType.PERCENTAGE },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      // tableHeader repeats the row at the top of each page the table runs onto.
      new docx.TableRow({ tableHeader: true, children: head.map((h) => cell(docx, h, true)) }),
      // In a table of labels and values, each label is in bold, as its row's header.
      ...rows.map((row) => new docx.TableRow({ children: row.map((c, column) => cell(docx, c, false, isKeyValue && column === 0)) })),
    ],
  });
}

function sectionBlocks(docx: Docx, section: SummarySection, depth: number): (Paragraph | Table)[] {
  // Text goes in as TextRun text, never XML, so docx escapes markup in a caption.
  const blocks: (Paragraph | Table)[] = [
    new docx.Paragraph({ heading: depth === 0 ? docx.HeadingLevel.HEADING_2 : docx.HeadingLevel.HEADING_3, children: [new docx.TextRun(section.heading)] }),
    ...(section.paragraphs ?? []).map((p) => new docx.Paragraph({ children: [new docx.TextRun(p)] })),
    ...(section.bullets ?? []).map((b) => new docx.Paragraph({ bullet: { level: 0 }, children: [new docx.TextRun(b)] })),
  ];
  if (section.table) blocks.push(table(docx, section.table.head, section.table.rows, section.table.isKeyValue));
  for (const part of section.parts ?? []) blocks.push(...sectionBlocks(docx, part, depth + 1));
  return blocks;
}

/**
 * Sections under a title as a Word document (.docx); the summary and the
 * series evidence pack share it.
 *
 * docx adds about 230 kB (66 kB gzipped) once bundled, so it is loaded only
 * when the user asks for the file.
 */
export async function renderSectionsDocx(title: string, sections: readonly SummarySection[]): Promise<Blob> {
  const docx = await import('docx');
  const heading = (colour: string, sizeHalfPoints: number, spaceBeforeTwips: number, spaceAfterTwips: number) => ({
    run: { font: FONT, color: colour, size: sizeHalfPoints, bold: true },
    // keepNext: a heading never sits alone at the foot of a page.
    paragraph: { keepNext: true, spacing: { before: spaceBeforeTwips, after: spaceAfterTwips } },
  });
  const document = new docx.Document({
    title,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE_HALF_POINTS, color: TEXT_COLOUR }, paragraph: { spacing: { after: 80 } } },
        title: heading(TEXT_COLOUR, 36, 0, 160),
        heading2: heading(HEADING_COLOUR, 28, 280, 100),
        heading3: heading(TEXT_COLOUR, 24, 180, 60),
      },
    },
    sections: [
      {
        properties: { page: { size: { width: A4_WIDTH_TWIPS, height: A4_HEIGHT_TWIPS } } },
        children: [
          new docx.Paragraph({ heading: docx.HeadingLevel.TITLE, children: [new docx.TextRun(title)] }),
          ...sections.flatMap((section) => sectionBlocks(docx, section, 0)),
        ],
      },
    ],
  });
  return docx.Packer.toBlob(document);
}

/** The summary as a Word document (.docx), from the same sections as the HTML, text and Markdown renderers. */
export function renderSummaryDocx(model: SummaryModel): Promise<Blob> {
  return renderSectionsDocx(summarySubject(model), summarySections(model));
}
