import { WebVTTParser, type TreeNode, type TreeNodeObjectTagNameWithRt } from 'webvtt-parser';

/** Any node of a cue's text tree, including ruby text. */
type CueNode = TreeNode<TreeNodeObjectTagNameWithRt>;
import { countWords, normaliseSpaces } from '../core/text';
import { parseClock } from './stated-date';
import { cleanSpeakerName, NO_SPEAKERS, splitLines, splitSpeakerLine, type SkippedPart, type TranscriptCue, type TranscriptReadResult } from './transcript';

/**
 * Character references in cue text. webvtt-parser 2.2.0's own default table
 * has keys without the ";" and turns "&amp;" into "&;" (its README offers the
 * full 47 kB HTML table instead); these are the ones transcripts use.
 */
const ENTITIES = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': '\'',
  '&nbsp;': '\u00a0',
  '&lrm;': '\u200e',
  '&rlm;': '\u200f',
} as const;

/** One voice's words in a cue. */
interface VoicePart {
  readonly speaker: string | null;
  readonly text: string;
}

/** The text under a node, tags taken off (`<b>`, `<i>`, `<c.yellow>`, timestamps). */
function textOf(nodes: readonly CueNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'object') text += textOf(node.children);
  }
  return text;
}

/**
 * The voices of a cue in order: each `<v Name>` span is that speaker's;
 * text outside any voice span has no speaker (never the previous voice's:
 * the file does not say).
 */
function voicesOf(nodes: readonly CueNode[]): VoicePart[] {
  const parts: VoicePart[] = [];
  let loose = '';
  const flushLoose = (): void => {
    if (loose.trim()) parts.push({ speaker: null, text: loose });
    loose = '';
  };
  for (const node of nodes) {
    if (node.type === 'object' && node.name === 'v') {
      flushLoose();
      parts.push({ speaker: node.value, text: textOf(node.children) });
    } else if (node.type === 'text') {
      loose += node.value;
    } else if (node.type === 'object') {
      const inner = voicesOf(node.children);
      if (inner.some((p) => p.speaker !== null)) {
        flushLoose();
        parts.push(...inner);
      } else {
        loose += textOf(node.children);
      }
    }
  }
  flushLoose();
  return parts;
}

/** Old Teams (Stream) files state their length: NOTE duration:"01:02:03.4560000". */
function statedDuration(text: string): number | null {
  const match = /^NOTE duration:\s*"?(?<time>\d{1,2}:\d{2}:\d{2})(?:\.\d+)?"?\s*$/m.exec(text);
  return match?.groups ? parseClock(match.groups.time!) : null;
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/**
 * Reads a WebVTT transcript with webvtt-parser (the W3C's validator parser)
 * and tells Microsoft Teams' layout (speakers in `<v Name>` voice spans)
 * from Zoom's (cue text "Name: words") by which most cues use. A cue whose
 * times cannot be read is left out and counted with its line numbers; a cue
 * that names no speaker is kept as an unknown speaker's. A file whose cues
 * name nobody is refused.
 */
export function parseWebVttTranscript(text: string): TranscriptReadResult {
  const parser = new WebVTTParser(ENTITIES);
  const { cues: vttCues, errors } = parser.parse(text.replace(/^\uFEFF/, ''));
  const lines = splitLines(text);
  const timingLines = lines.flatMap((line, i) => (line.includes('-->') ? [i + 1] : []));
  if (vttCues.length === 0 && timingLines.length === 0) {
    return { ok: false, error: 'This WebVTT file has no captions in it. Nothing was imported.' };
  }

  const withVoices = vttCues.map((cue) => ({ cue, parts: voicesOf(cue.tree.children) }));
  const voiced = withVoices.filter((c) => c.parts.some((p) => p.speaker !== null)).length;
  const prefixed = withVoices.filter((c) => splitSpeakerLine(normaliseSpaces(textOf(c.cue.tree.children))) !== null).length;
  if (voiced === 0 && prefixed === 0) return { ok: false, error: NO_SPEAKERS };
  const isTeams = voiced >= prefixed;

  const cues: TranscriptCue[] = [];
  let empty = 0;
  for (const { cue, parts } of withVoices) {
    const startMs = Math.round(cue.startTime * 1000);
    const endMs = Math.max(startMs, Math.round(cue.endTime * 1000));
    const said: VoicePart[] = isTeams
      ? parts.map((p) => ({ speaker: p.speaker === null ? null : cleanSpeakerName(p.speaker), text: normaliseSpaces(p.text) }))
      : [normaliseSpaces(textOf(cue.tree.children))].map((line) => splitSpeakerLine(line) ?? { speaker: null, text: line });
    const spoken = said.filter((p) => p.text);
    if (!spoken.length) {
      empty += 1;
      continue;
    }
    // Two voices in one cue share its time by their words.
    const totalWords = spoken.reduce((sum, p) => sum + Math.max(1, countWords(p.text)), 0);
    let atMs = startMs;
    for (const part of spoken) {
      const lengthMs = spoken.length === 1 ? endMs - startMs : Math.round(((endMs - startMs) * Math.max(1, countWords(part.text))) / totalWords);
      cues.push({ speaker: part.speaker, text: part.text, startMs: atMs, endMs: Math.min(endMs, atMs + lengthMs) });
      atMs = Math.min(endMs, atMs + lengthMs);
    }
  }

  const skipped: SkippedPart[] = [];
  const dropped = Math.max(0, timingLines.length - vttCues.length);
  if (dropped) {
    const timingSet = new Set(timingLines);
    const where = [...new Set(errors.filter((e) => timingSet.has(e.line)).map((e) => e.line))].slice(0, 5);
    skipped.push({
      reason: `${plural(dropped, 'cue', 'cues')} with a time that could not be read${where.length ? ` (${plural(where.length, 'line', 'lines')} ${where.join(', ')})` : ''}`,
      count: dropped,
    });
  }
  if (empty) skipped.push({ reason: `${plural(empty, 'cue', 'cues')} with no words`, count: empty });
  return {
    ok: true,
    transcript: {
      layout: isTeams ? 'teams-vtt' : 'zoom-vtt',
      container: 'vtt',
      timing: 'cues',
      cues,
      skipped,
      title: null,
      startDate: null,
      startTime: null,
      durationMs: statedDuration(text),
      attendees: [],
    },
  };
}
