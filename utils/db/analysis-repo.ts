import type { LanguageTools } from '../core/language';
import { analyseMeeting, type MeetingAnalysis } from '../core/meeting-analysis';
import { OrganisationIndex } from '../core/org-directory';
import type { UserMapping } from '../core/org-resolution';
import type { MeetingDb } from './database';
import { getMeetingBundle, type MeetingBundle } from './meetings-repo';
import { findNextMeetingInSeries } from './series-repo';
import { listMappings, listOrganisations, mappingsByKey } from './organisations-repo';

/** The organisation directory and the user's remembered choices, as the analysis reads them. */
export interface OrganisationContext {
  readonly directory: OrganisationIndex;
  readonly mappings: ReadonlyMap<string, UserMapping>;
}

/** Reads the organisation directory and the user's remembered choices. */
export async function loadOrganisationContext(db: MeetingDb): Promise<OrganisationContext> {
  const [records, mappingRows] = await Promise.all([listOrganisations(db), listMappings(db)]);
  return { directory: new OrganisationIndex(records), mappings: mappingsByKey(mappingRows) };
}

/**
 * Loads a meeting and analyses it exactly as the side panel does: the same
 * directory, remembered choices and figures source (the one stored with the
 * meeting). `language` turns on suggested actions and decisions.
 */
export async function loadMeetingAnalysis(
  db: MeetingDb,
  meetingId: string,
  nowMs: number,
  language?: LanguageTools,
): Promise<{ readonly bundle: MeetingBundle; readonly analysis: MeetingAnalysis } | undefined> {
  const [bundle, organisations] = await Promise.all([getMeetingBundle(db, meetingId), loadOrganisationContext(db)]);
  if (!bundle) return undefined;
  const seriesNextMeetingMs = await findNextMeetingInSeries(db, bundle.meeting);
  return { bundle, analysis: analyseMeeting(bundle, { ...organisations, nowMs, language, seriesNextMeetingMs }) };
}
