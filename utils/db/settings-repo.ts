import type { z } from 'zod';
import {
  DEFAULT_PRIVACY_SETTINGS,
  DEFAULT_SUMMARY_OPTIONS,
  privacySettingsSchema,
  summaryOptionsSchema,
  type PrivacySettings,
} from '../core/settings';
import type { SummaryOptions } from '../core/summary';
import type { MeetingDb, SettingRow } from './database';

const PRIVACY = 'privacy';
const SUMMARY_OPTIONS = 'summary-options';

/** A refused setting: the message is for the user. */
export class SettingsError extends Error {}

async function read<T>(db: MeetingDb, key: SettingRow['key'], schema: z.ZodType<T>, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  // A damaged or older value falls back to the default rather than breaking the panel.
  const parsed = schema.safeParse(row?.value);
  return parsed.success ? parsed.data : fallback;
}

/** Checks `value` and stores the row `toRow` makes of it (one per key, so each row is typed by its key). */
async function write<T>(db: MeetingDb, schema: z.ZodType<T>, value: unknown, toRow: (checked: T) => SettingRow): Promise<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new SettingsError(parsed.error.issues[0]?.message ?? 'That setting could not be saved.');
  await db.settings.put(toRow(parsed.data));
  return parsed.data;
}

export function getPrivacySettings(db: MeetingDb): Promise<PrivacySettings> {
  return read(db, PRIVACY, privacySettingsSchema, DEFAULT_PRIVACY_SETTINGS);
}

export function savePrivacySettings(db: MeetingDb, settings: PrivacySettings): Promise<PrivacySettings> {
  return write(db, privacySettingsSchema, settings, (value) => ({ key: PRIVACY, value }));
}

export function getSummaryOptions(db: MeetingDb): Promise<SummaryOptions> {
  return read(db, SUMMARY_OPTIONS, summaryOptionsSchema, DEFAULT_SUMMARY_OPTIONS);
}

export function saveSummaryOptions(db: MeetingDb, options: SummaryOptions): Promise<SummaryOptions> {
  return write(db, summaryOptionsSchema, options, (value) => ({ key: SUMMARY_OPTIONS, value }));
}
