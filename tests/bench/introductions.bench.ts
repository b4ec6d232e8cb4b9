import { bench, describe } from 'vitest';
import { findIntroductions } from '@/utils/core/introductions';
import { BUILTIN_ORGANISATIONS, OrganisationIndex, type OrganisationRecord } from '@/utils/core/org-directory';
import { resolveParticipants } from '@/utils/core/org-resolution';
import { loadSampleMeeting } from '../helpers/meeting';

// A three-hour meeting of about 3,000 utterances: the sample committee meeting's speech repeated.
const script = loadSampleMeeting();
const passes = Math.ceil(3_000 / script.lines.length);
const lengthMs = (script.lines.at(-1)!.atS + 60) * 1000;
const speakersBy = (field: 'name' | 'teamsName') => new Map(script.participants.map((p) => [p.name, p[field]]));
const utterancesBy = (field: 'name' | 'teamsName') => {
  const nameOf = speakersBy(field);
  return Array.from({ length: passes }, (_, pass) =>
    script.lines.map((line) => ({ speaker: nameOf.get(line.speaker)!, text: line.text, startMs: pass * lengthMs + line.atS * 1000 })),
  ).flat();
};

// A directory the size of a regional ODS import: practices, PCNs and trusts.
const imported: OrganisationRecord[] = Array.from({ length: 8_000 }, (_, i) => ({
  id: `ods:Y${String(i).padStart(5, '0')}`,
  name: `${['NORTH', 'SOUTH', 'EAST', 'WEST', 'UPPER', 'LOWER', 'GREAT', 'LITTLE'][i % 8]} ${['ASHBY', 'BRAMLEY', 'CROFT', 'DENTON', 'ELMWOOD', 'FAIRFIELD', 'GRANGE', 'HOLME'][Math.floor(i / 8) % 8]} ${i} ${['MEDICAL CENTRE', 'SURGERY', 'PCN', 'HEALTH CENTRE'][i % 4]}`,
  odsCode: `Y${String(i).padStart(5, '0')}`,
  sector: i % 4 === 2 ? 'pcn' : 'general_practice',
  aliases: [],
  source: 'ods',
  odsReport: 'epraccur',
  parentCode: null,
}));
const directory = new OrganisationIndex([...BUILTIN_ORGANISATIONS, ...imported]);

for (const field of ['name', 'teamsName'] as const) {
  const utterances = utterancesBy(field);
  const participants = script.participants.map((p) => p[field]);
  describe(`introductions and resolution over ${utterances.length} utterances, ${field === 'name' ? 'Meet' : 'Teams'} names, ${directory.size} organisations in the directory`, () => {
    bench('findIntroductions', () => {
      findIntroductions(utterances, 0, directory, { participants });
    });
    bench('findIntroductions and resolveParticipants', () => {
      const introductions = findIntroductions(utterances, 0, directory, { participants });
      resolveParticipants(participants, { directory, mappings: new Map(), introductions });
    });
  });
}
