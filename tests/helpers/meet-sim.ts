import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetSim } from '../../simulator/meet/meet-sim';

export type { MeetSim };

const source = readFileSync(join(__dirname, '..', '..', 'simulator', 'meet', 'meet-sim.js'), 'utf8');

/** Loads a fresh simulated Meet page into the current jsdom document. */
export function loadMeetSim(): MeetSim {
  document.body.replaceChildren();
  document.title = 'Meet';
  // Indirect eval: runs the page script in the global (jsdom) scope, like a <script> tag.
  (0, eval)(source);
  return window.meetSim;
}
