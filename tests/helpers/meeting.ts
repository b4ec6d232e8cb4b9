import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimedSpeech } from '@/utils/core/talk-time';

const MEETING_START_MS = Date.UTC(2026, 10, 18, 10, 0, 0);

function parseClock(clock: string): number {
  const parts = clock.split(':').map(Number);
  const seconds = parts.reduce((total, part) => total * 60 + part, 0);
  return MEETING_START_MS + seconds * 1000;
}

/**
 * A readable meeting fixture. Each line: start, end, speaker (one word or
 * quoted), text. Times are mm:ss or h:mm:ss from a fixed meeting start.
 *
 *     00:00 00:05 Alice  Let's start with the roadmap
 *     00:07 00:09 Bob    Sounds good
 */
export function meeting(script: string): TimedSpeech[] {
  return script
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(\S+)\s+(\S+)\s+(?:"([^"]+)"|(\S+))\s*(.*)$/.exec(line);
      if (!match) throw new Error(`Bad meeting line: ${line}`);
      const [, start, end, quoted, bare, text] = match;
      return { startMs: parseClock(start!), endMs: parseClock(end!), speaker: (quoted ?? bare)!, text: text ?? '' };
    });
}

export { MEETING_START_MS };

/** The sample committee meeting the demo and the simulators replay. */
export interface SampleMeeting {
  readonly title: string;
  readonly selfName: string;
  readonly participants: readonly { name: string; teamsName: string; sector: string | null; organisation: string | null }[];
  readonly lines: readonly { atS: number; durationS: number; speaker: string; text: string }[];
}

export function loadSampleMeeting(): SampleMeeting {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', 'simulator', 'meetings', 'primary-care-committee.json'), 'utf8')) as SampleMeeting;
}

const THREE_HOURS_OF_MEETINGS = [
  'meeting-dev-icb-committee.json',
  'meeting-dev-lmc.json',
  'meeting-dev2-pcn-board.json',
  'meeting-dev2-uec-board.json',
  'meeting-dev3-hwb-board.json',
  'meeting-dev3-scrutiny.json',
  'meeting-dev4-lpc-icb.json',
  'meeting-dev5-pcn-lmc.json',
  'meeting-dev6-place-board.json',
];

/**
 * About three hours of meeting, every sentence different: the development
 * corpus's nine whole meetings (31,000 words, 1,194 turns) one after another.
 * Benchmarks read this rather than one meeting repeated, so that nothing
 * remembered from an earlier sentence makes a later one look cheap.
 */
export function loadThreeHoursOfMeetings(): { id: string; speaker: string; text: string; startMs: number }[] {
  const folder = join(__dirname, '..', 'corpus', 'dev');
  // Named, not listed from the folder: a meeting added to the corpus must not change what the benchmark times.
  const files = THREE_HOURS_OF_MEETINGS;
  let offsetS = 0;
  return files.flatMap((file) => {
    const { lines: turns } = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { lines: { atS: number; durationS: number; speaker: string; text: string }[] };
    const startS = offsetS;
    offsetS += Math.max(...turns.map((t) => t.atS + t.durationS)) + 60;
    return turns.map((t, i) => ({ id: `${file}:${i}`, speaker: t.speaker, text: t.text, startMs: (startS + t.atS) * 1000 }));
  });
}
