import { buildSummary } from '@/utils/core/summary';
import { dismissSuggestion, setActionStatus, addActionUpdate } from '@/utils/db/actions-repo';
import { incrementCounter } from '@/utils/db/counters-repo';
import type { MeetingDb } from '@/utils/db/database';
import { addUserOrganisation, importOdsOrganisations, saveMapping } from '@/utils/db/organisations-repo';
import { savePrivacySettings } from '@/utils/db/settings-repo';
import { renameItem, startItem } from '@/utils/db/items-repo';
import { saveSummary } from '@/utils/db/summary-repo';
import { addTallyParty, endManualMeeting, startManualMeeting, tallyTap } from '@/utils/db/tally-repo';
import { parseOdsCsv } from '@/utils/files/ods-csv';
import { T0 } from './builders';
import { seedFinishedMeeting } from './finished-meeting';
import { epraccurRow } from './ods';
import { sampleSummaryInput } from './summary-fixture';

/** Captions a hostile page could show: kept as data, never as markup. */
export const HOSTILE_TEXT = '<img src=x onerror="alert(1)"> </script><b>Bold</b> \u202Eevil\u202C 🙂 {"__proto__":1}';

/**
 * A database with rows in every table, written through the real
 * repositories: a captured meeting with a hostile caption, a tallied
 * meeting, organisations, an ODS import, a mapping, actions, a dismissal,
 * agenda item changes,
 * settings, a summary and a counter. Returns the meeting ids.
 */
export async function seedEveryTable(db: MeetingDb): Promise<{ captured: string; tallied: string }> {
  const captured = await seedFinishedMeeting(db, [
    ['Dr Tom Richards', 'Morning all, Tom Richards, clinical director of Townships 1 PCN.'],
    ['Helen Marsh', HOSTILE_TEXT],
  ]);
  await db.speechSegments.add({ id: 'session-0001:s1', meetingId: captured, source: 'indicators', speaker: 'Helen Marsh', isSelf: false, startMs: T0 + 20_000, endMs: T0 + 34_000, isFinal: true });
  const tallied = (await startManualMeeting(db, { id: 'manual-1', title: 'Place forum', nowMs: T0 + 86_400_000 })).id;
  await addTallyParty(db, tallied, 'Townships 1 PCN', []);
  await tallyTap(db, tallied, 'Townships 1 PCN', T0 + 86_400_000 + 1_000, 'tally-1');
  await endManualMeeting(db, tallied, T0 + 86_400_000 + 60_000);
  const ods = parseOdsCsv([epraccurRow('C84001', 'FOUNDRY MEDICAL CENTRE'), epraccurRow('C84002', 'CITY SURGERY')].join('\n'), 'epraccur');
  await importOdsOrganisations(db, { ...ods, fileName: 'epraccur.csv' }, T0);
  await addUserOrganisation(db, { name: 'Foundry PCN', sector: 'pcn', odsCode: '', aliases: ['Foundry'] }, { id: 'user:foundry', nowMs: T0 });
  await saveMapping(db, 'Jo Hart', { organisationName: 'Foundry PCN', organisationId: 'user:foundry', odsCode: null, sector: 'pcn' }, T0);
  const [action] = await db.actions.toArray();
  await addActionUpdate(db, action!.id, 'Chased on 3 December', T0 + 90_000);
  await setActionStatus(db, action!.id, 'done', T0 + 95_000);
  await dismissSuggestion(db, captured, 'session-0001:0#0', T0 + 82_000);
  await startItem(db, captured, T0 + 15_000, HOSTILE_TEXT, T0 + 83_000);
  await renameItem(db, captured, 'said:session-0001:0:0', 'Welcome', T0 + 84_000);
  await savePrivacySettings(db, { redactPatientDetails: false, retentionDays: 90 });
  await saveSummary(db, { meetingId: captured, savedAtMs: T0 + 100_000, options: { includeQuotes: true, includeExcerpts: true, namesAs: 'names', redact: true }, model: buildSummary(sampleSummaryInput()) });
  await incrementCounter(db, 'rejected-messages', 'platform: Invalid option', T0);
  return { captured, tallied };
}
