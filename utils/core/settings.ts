import { z } from 'zod';
import { DEFAULT_SUMMARY_OPTIONS, type SummaryOptions } from './summary';

/** Longest retention the setting allows: ten years. */
export const MAX_RETENTION_DAYS = 3650;

/**
 * How patient details are protected. Redaction is on unless the user turns it
 * off; transcripts are kept until the user sets a retention period.
 */
export const privacySettingsSchema = z.object({
  /** Hide NHS numbers, dates of birth, phone numbers, emails and postcodes in quotes, excerpts and every export. */
  redactPatientDetails: z.boolean(),
  /** Delete transcript text this many days after a meeting ends (figures, actions and summaries stay); null keeps it. */
  retentionDays: z
    .number({ error: 'Give the number of days as a whole number.' })
    .int({ error: 'Give the number of days as a whole number.' })
    .min(1, { error: 'Keep transcripts for at least 1 day.' })
    .max(MAX_RETENTION_DAYS, { error: `Keep transcripts for at most ${MAX_RETENTION_DAYS} days.` })
    .nullable(),
});
export type PrivacySettings = z.infer<typeof privacySettingsSchema>;

export const DEFAULT_PRIVACY_SETTINGS: PrivacySettings = { redactPatientDetails: true, retentionDays: null };

export const summaryOptionsSchema = z.object({
  includeQuotes: z.boolean(),
  includeExcerpts: z.boolean(),
  namesAs: z.enum(['names', 'roles']),
  redact: z.boolean(),
}) satisfies z.ZodType<SummaryOptions>;

export { DEFAULT_SUMMARY_OPTIONS };
