import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetSim } from '../../simulator/meet/meet-sim';
import type { TeamsSim } from '../../simulator/teams/teams-sim';

export type { MeetSim, TeamsSim };

const simulatorDir = join(__dirname, '..', '..', 'simulator');
const sources = {
  meet: readFileSync(join(simulatorDir, 'meet', 'meet-sim.js'), 'utf8'),
  teams: readFileSync(join(simulatorDir, 'teams', 'teams-sim.js'), 'utf8'),
};

function loadSimulator(source: string): void {
  document.body.replaceChildren();
  document.title = '';
  // Indirect eval: runs the page script in the global (jsdom) scope, like a <script> tag.
  (0, eval)(source);
}

/** Loads a fresh simulated Meet page into the current jsdom document. */
export function loadMeetSim(): MeetSim {
  loadSimulator(sources.meet);
  return window.meetSim;
}

/** Loads a fresh simulated Teams page into the current jsdom document. */
export function loadTeamsSim(): TeamsSim {
  loadSimulator(sources.teams);
  return window.teamsSim;
}
