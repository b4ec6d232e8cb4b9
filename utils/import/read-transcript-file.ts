import { assertNever } from '../core/assert-never';
import type { TranscriptContainer } from '../core/transcript-format';
import { detectLineLayout } from './detect-layout';
import { parseSpeakerLines } from './speaker-lines';
import { parseTeamsTimedLines } from './teams-timed-lines';
import { NO_SPEAKERS, splitLines, type ParsedTranscript, type TranscriptReadResult } from './transcript';
import { parseZoomText } from './zoom-text';

/** The largest file read: a three-hour transcript is about 1 MB as text and less as .docx. */
export const MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024;

/** A file chosen or dropped, as its bytes. */
export interface TranscriptFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const NOTHING = 'Nothing was imported.';
const CHOOSE = 'Choose the transcript file downloaded from Teams (.vtt or .docx), Zoom (.vtt or .txt) or Google Meet (.docx or .txt).';

const startsWith = (bytes: Uint8Array, ...signature: number[]): boolean => signature.every((b, i) => bytes[i] === b);

/**
 * Text from a file's bytes: UTF-8 (with or without a byte order mark),
 * UTF-16 with its byte order mark (Windows Notepad's "Unicode"), and
 * Windows-1252 for older files that are not valid UTF-8. Null when the bytes
 * are not text at all.
 */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  if (startsWith(bytes, 0xff, 0xfe)) text = new TextDecoder('utf-16le').decode(bytes);
  else if (startsWith(bytes, 0xfe, 0xff)) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  text = text.replace(/^\uFEFF/, '');
  const sample = text.slice(0, 4_000);
  // eslint-disable-next-line no-control-regex -- control characters are what marks a binary file
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return control > sample.length / 100 ? null : text;
}

/** Which sort of file it is from its first bytes, whatever its name says. */
function sniff(bytes: Uint8Array): 'zip' | 'pdf' | 'old-word' | 'rtf' | 'other' {
  if (startsWith(bytes, 0x50, 0x4b) && [0x0304, 0x0506, 0x0708].includes((bytes[2]! << 8) | bytes[3]!)) return 'zip';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'old-word';
  if (startsWith(bytes, 0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf';
  return 'other';
}

/** Reads text or Word lines in whichever layout they are in. */
function parseLines(lines: readonly string[], container: TranscriptContainer): TranscriptReadResult {
  const layout = detectLineLayout(lines);
  let transcript: ParsedTranscript;
  switch (layout) {
    case 'none':
      return { ok: false, error: `This file does not look like a meeting transcript: no line says who is speaking. ${CHOOSE} ${NOTHING}` };
    case 'times-only':
      return { ok: false, error: NO_SPEAKERS };
    case 'zoom-text':
      transcript = parseZoomText(lines, container);
      break;
    case 'teams-timed-lines':
      transcript = parseTeamsTimedLines(lines, container);
      break;
    case 'meet-transcript':
    case 'speaker-lines':
      transcript = parseSpeakerLines(lines, container, layout);
      break;
    default:
      return assertNever(layout);
  }
  if (!transcript.cues.some((c) => c.speaker !== null)) return { ok: false, error: NO_SPEAKERS };
  return { ok: true, transcript };
}

/**
 * Reads a transcript file of any supported format, told from its content
 * (never from its name alone): Teams or Zoom WebVTT, the Teams Word
 * transcript, Zoom's text transcript, a Google Meet transcript saved as
 * .docx or .txt, or "Name: words" text. Says in plain English why a file is
 * refused: empty, too large, not a transcript, a damaged Word document, or
 * no speakers. The WebVTT parser and the Word reader are loaded only when a
 * file needs them.
 */
export async function readTranscriptFile(file: TranscriptFile): Promise<TranscriptReadResult> {
  const { bytes } = file;
  if (bytes.length === 0) return { ok: false, error: `This file is empty. ${NOTHING}` };
  if (bytes.length > MAX_TRANSCRIPT_BYTES) {
    return {
      ok: false,
      error: `This file is ${Math.round(bytes.length / 1_048_576)} MB, more than the 50 MB a transcript can be (a three-hour meeting is about 1 MB), so it is not read. ${NOTHING}`,
    };
  }
  const kind = sniff(bytes);
  switch (kind) {
    case 'zip': {
      const { readDocxParagraphs, DocxError } = await import('./docx-paragraphs');
      let paragraphs: string[];
      try {
        paragraphs = readDocxParagraphs(bytes);
      } catch (error) {
        if (error instanceof DocxError) return { ok: false, error: `${error.message} Download the transcript again, then import the new copy. ${NOTHING}` };
        throw error;
      }
      if (!paragraphs.some((p) => p.trim())) return { ok: false, error: `This Word document has no text in it. ${NOTHING}` };
      return parseLines(paragraphs.flatMap(splitLines), 'docx');
    }
    case 'pdf':
      return { ok: false, error: `This is a PDF, which cannot be read as a transcript. ${CHOOSE} ${NOTHING}` };
    case 'old-word':
      return { ok: false, error: `This is an older Word document (.doc). Open it in Word, save it as a Word document (.docx), then import that. ${NOTHING}` };
    case 'rtf':
      return { ok: false, error: `This is a rich text (.rtf) file. Save it as a Word document (.docx) or as plain text (.txt), then import that. ${NOTHING}` };
    case 'other':
      break;
    default:
      return assertNever(kind);
  }
  const text = decodeText(bytes);
  if (text === null) return { ok: false, error: `This file is not text, so it is not a transcript. ${CHOOSE} ${NOTHING}` };
  if (!text.trim()) return { ok: false, error: `This file has no text in it. ${NOTHING}` };
  if (/^\s*WEBVTT(?:[ \t]|$)/m.test(text.slice(0, 200)) && text.trimStart().startsWith('WEBVTT')) {
    const { parseWebVttTranscript } = await import('./webvtt-transcript');
    return parseWebVttTranscript(text);
  }
  return parseLines(splitLines(text), 'text');
}
