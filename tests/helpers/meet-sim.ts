import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The simulator's API (simulator/meet/meet-sim.js). */
export interface MeetSim {
  join(): void;
  leave(): void;
  setTitle(title: string): void;
  setSelfName(name: string): void;
  addParticipant(p: { name: string; isSelf?: boolean }): void;
  removeParticipant(name: string): void;
  openPeople(): void;
  closePeople(): void;
  captionsOn(): void;
  captionsOff(): void;
  replaceRegion(): void;
  newRow(speakerLabel: string): number;
  setRowText(rowId: number, text: string, mode?: 'characterData' | 'replace'): boolean;
  evictOldestRow(): void;
  setSpeaking(name: string, isSpeaking: boolean): void;
  setMaxRows(n: number): void;
}

const source = readFileSync(join(__dirname, '..', '..', 'simulator', 'meet', 'meet-sim.js'), 'utf8');

/** Loads a fresh simulated Meet page into the current jsdom document. */
export function loadMeetSim(): MeetSim {
  document.body.replaceChildren();
  document.title = 'Meet';
  // Indirect eval: runs the page script in the global (jsdom) scope, like a <script> tag.
  (0, eval)(source);
  return (window as unknown as { meetSim: MeetSim }).meetSim;
}
