import { strToU8, zipSync } from 'fflate';
import { createRng, type Rng } from './random';

/** The seeded random source of tests/helpers/random.ts, by the name the transcript tests use. */
export const seededRandom = createRng;
export type Random = Rng;

/** Speakers as transcripts name them: NHSmail names with commas and brackets, titles, Unicode, apostrophes. */
export const GENERATED_SPEAKERS = [
  'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)',
  'RICHARDS, Tom (TOWNSHIPS 1 PCN)',
  'Ó BRIAIN, Siân (SHEFFIELD CITY COUNCIL)',
  'Dr Aisha Malik',
  "Mark O'Neill",
  'José García-López',
  'Łukasz Nowak',
  'Zoë Clarke',
  'Kwame Mensah',
  'de Souza, Ana (PRIMARY CARE SHEFFIELD)',
] as const;

/** Words of an NHS meeting, with punctuation, numbers, Unicode and characters that need escaping in WebVTT. */
const WORDS = [
  'the', 'access', 'plan', 'practices', 'PCN', 'ICB', 'same-day', 'demand', 'winter', 'pressures', 'funding', 'Siân', 'naïve',
  'café', '12%', '£2.4m', "O'Neill's", 'A&E', '<b>', 'figures,', 'agreed.', 'Thank', 'you.', 'could', 'we', 'review?', 'Diolch',
  'ARRS', 'pharmacists', '“quoted”', 'well-being', '3,000', 'patients', '—', 'and', 'so', 'on…', 'Ελλάδα', '日本', '👍🏽',
];

/** One generated cue: who, the words, and when. */
export interface GeneratedCue {
  readonly speaker: string;
  readonly words: readonly string[];
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * A random meeting of `cueCount` cues: speakers take turns of one to four
 * cues (so sentences run across cue boundaries), with times that only go
 * forward.
 */
export function generateCues(random: Random, cueCount: number, options: { wordsPerCue?: number } = {}): GeneratedCue[] {
  const cues: GeneratedCue[] = [];
  let atMs = random.int(5_000);
  let speaker: string = random.pick(GENERATED_SPEAKERS);
  let turnLeft = 1 + random.int(4);
  for (let i = 0; i < cueCount; i += 1) {
    if (turnLeft === 0) {
      speaker = random.pick(GENERATED_SPEAKERS);
      turnLeft = 1 + random.int(4);
    }
    turnLeft -= 1;
    const count = 1 + random.int(options.wordsPerCue ?? 14);
    const words = Array.from({ length: count }, () => random.pick(WORDS));
    const lengthMs = count * (250 + random.int(300));
    cues.push({ speaker, words, startMs: atMs, endMs: atMs + lengthMs });
    atMs += lengthMs + (random.chance(0.3) ? random.int(4_000) : 0);
  }
  return cues;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const clock = (ms: number): string =>
  `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}`;
const vttTime = (ms: number): string => `${clock(ms)}.${pad(ms % 1000, 3)}`;
const teamsOffset = (ms: number): string => {
  const s = Math.floor(ms / 1000);
  return s >= 3600 ? `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}` : `${Math.floor(s / 60)}:${pad(s % 60)}`;
};

/** Words laid on one or more lines (a cue's text wrapped over lines). */
function wrap(random: Random, words: readonly string[], newline: string): string {
  return words.map((w, i) => (i > 0 && random.chance(0.12) ? `${newline}${w}` : (i > 0 ? ` ${w}` : w))).join('');
}

const escapeVtt = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeXml = escapeVtt;

/** Merges runs of one speaker into the entries a line-based transcript writes. */
function turns(cues: readonly GeneratedCue[]): GeneratedCue[] {
  const out: GeneratedCue[] = [];
  for (const cue of cues) {
    const last = out[out.length - 1];
    if (last && last.speaker === cue.speaker) out[out.length - 1] = { ...last, words: [...last.words, ...cue.words], endMs: cue.endMs };
    else out.push(cue);
  }
  return out;
}

/** The formats a generated meeting can be written in. */
export type GeneratedFormat = 'teams-vtt' | 'zoom-vtt' | 'teams-docx' | 'teams-text' | 'zoom-text' | 'meet-text' | 'meet-docx' | 'speaker-lines';

/** Writes generated cues as a transcript file in `format`, as its product writes it; CRLF or LF at random. */
export function writeTranscript(random: Random, cues: readonly GeneratedCue[], format: GeneratedFormat): Uint8Array {
  const nl = random.chance(0.5) ? '\r\n' : '\n';
  const bom = random.chance(0.5) ? '\uFEFF' : '';
  const text = (lines: string[]): Uint8Array => strToU8(bom + lines.join(nl));
  switch (format) {
    case 'teams-vtt': {
      const lines = ['WEBVTT', '', 'NOTE', 'Generated for a test.', ''];
      cues.forEach((c, i) => lines.push(`9d2c/${i}-0`, `${vttTime(c.startMs)} --> ${vttTime(c.endMs)}`, `<v ${c.speaker}>${wrap(random, c.words.map(escapeVtt), nl)}</v>`, ''));
      return text(lines);
    }
    case 'zoom-vtt': {
      const lines = ['WEBVTT', ''];
      cues.forEach((c, i) => lines.push(String(i + 1), `${vttTime(c.startMs)} --> ${vttTime(c.endMs)}`, `${c.speaker}: ${wrap(random, c.words.map(escapeVtt), nl)}`, ''));
      return text(lines);
    }
    case 'teams-text': {
      const lines = ['Generated board', 'November 18, 2026, 10:00AM', '1h 2m 3s', ''];
      for (const t of turns(cues)) lines.push(`${t.speaker}   ${teamsOffset(t.startMs)}`, wrap(random, t.words, nl), '');
      return text(lines);
    }
    case 'zoom-text': {
      const lines: string[] = [];
      for (const t of turns(cues)) lines.push(`[${t.speaker}] ${clock(t.startMs + 36_000_000)}`, wrap(random, t.words, nl), '');
      return text(lines);
    }
    case 'meet-text':
    case 'speaker-lines': {
      const lines = format === 'meet-text' ? ['Generated board (2026-11-18 10:00 GMT) - Transcript', 'Attendees', GENERATED_SPEAKERS.join(', '), 'Transcript'] : [];
      let mark = 0;
      for (const t of turns(cues)) {
        if (format === 'meet-text' && t.startMs >= mark + 300_000) {
          mark = Math.floor(t.startMs / 300_000) * 300_000;
          lines.push(clock(mark));
        }
        lines.push(`${t.speaker}: ${wrap(random, t.words, nl)}`);
      }
      return text(lines);
    }
    case 'teams-docx':
    case 'meet-docx': {
      const paragraphs: string[] =
        format === 'teams-docx' ? ['Generated board', 'November 18, 2026, 10:00AM', '1h 2m 3s'] : ['Generated board - Transcript', 'Attendees', GENERATED_SPEAKERS.join(', '), 'Transcript'];
      const run = (t: string): string => `<w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;
      const body = paragraphs.map((p) => `<w:p>${run(p)}</w:p>`);
      for (const t of turns(cues)) {
        const words = wrap(random, t.words, '\n').split('\n').map(run).join('<w:r><w:br/></w:r>');
        if (format === 'teams-docx') {
          const header = run(`${t.speaker}   ${teamsOffset(t.startMs)}`);
          body.push(random.chance(0.5) ? `<w:p>${header}<w:r><w:br/></w:r>${words}</w:p>` : `<w:p>${header}</w:p><w:p>${words}</w:p>`);
        } else {
          body.push(`<w:p>${run(`${t.speaker}: `)}${words}</w:p>`);
        }
      }
      const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`;
      return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });
    }
  }
}

/** The (speaker, word) pairs a transcript says, in order. */
export function spokenWords(items: readonly { readonly speaker: string | null; readonly text?: string; readonly words?: readonly string[] }[]): [string | null, string][] {
  return items.flatMap((item) => (item.words ?? item.text!.split(/\s+/).filter(Boolean)).map((w): [string | null, string] => [item.speaker, w]));
}
