import { strFromU8, unzipSync } from 'fflate';

/** The Word document's body inside a .docx package. */
const DOCUMENT_PART = 'word/document.xml';
/** Larger than any transcript's text: a bigger body is a damaged or hostile file, never unpacked. */
const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;
/** WordprocessingML, in its usual and its strict form. */
const WORD_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** A .docx that cannot be read; the message is for the user. */
export class DocxError extends Error {}

const isWord = (node: Element, localName: string): boolean => node.localName === localName && WORD_NAMESPACES.has(node.namespaceURI ?? '');

/**
 * The text of one paragraph: runs' text, tabs and line breaks, leaving out
 * deleted text, field codes, and the fallback copy of content Word writes
 * twice (mc:AlternateContent). Paragraphs nested inside (text boxes) are
 * read as paragraphs of their own.
 */
function paragraphText(paragraph: Element): string {
  let text = '';
  const walk = (node: Element): void => {
    for (const child of Array.from(node.children)) {
      if (isWord(child, 'p')) continue;
      if (isWord(child, 't')) text += child.textContent ?? '';
      else if (isWord(child, 'tab')) text += '\t';
      else if (isWord(child, 'br') || isWord(child, 'cr')) text += '\n';
      else if (isWord(child, 'del') || isWord(child, 'instrText') || isWord(child, 'delText')) continue;
      else if (child.localName === 'Fallback' && child.namespaceURI === MARKUP_COMPATIBILITY) continue;
      else walk(child);
    }
  };
  walk(paragraph);
  return text;
}

/**
 * The paragraphs of a Word document (.docx), in order, as plain text with
 * line breaks inside a paragraph kept as "\n". The package is unzipped with
 * fflate and the XML read with the browser's own DOMParser; nothing but the
 * document body is unpacked.
 *
 * @throws {DocxError} when the file is not a Word document or is damaged.
 */
export function readDocxParagraphs(bytes: Uint8Array): string[] {
  let files: Record<string, Uint8Array>;
  let isTooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== DOCUMENT_PART) return false;
        isTooLarge = file.originalSize > MAX_DOCUMENT_BYTES;
        return !isTooLarge;
      },
    });
  } catch (error) {
    throw new DocxError(`This Word document is damaged and cannot be opened (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
  if (isTooLarge) throw new DocxError('This Word document unpacks to more than 200 MB of text, far more than any transcript.');
  const part = files[DOCUMENT_PART];
  if (!part) throw new DocxError('This is a zip package but not a Word document: it has no document body.');
  const xml = new DOMParser().parseFromString(strFromU8(part), 'application/xml');
  if (xml.getElementsByTagName('parsererror').length > 0 || !xml.documentElement) {
    throw new DocxError('This Word document is damaged: the text inside it is not readable.');
  }
  const paragraphs: string[] = [];
  for (const element of Array.from(xml.getElementsByTagNameNS('*', 'p'))) {
    if (isWord(element, 'p')) paragraphs.push(paragraphText(element));
  }
  return paragraphs;
}
