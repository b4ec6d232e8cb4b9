import { z } from 'zod';
import { sectorIdSchema } from './taxonomy-schema';
import type { SectorId } from './taxonomy';
import { assertNever } from './assert-never';

/** Where an action stands. */
export type ActionStatus = 'open' | 'done' | 'dropped';

/** The RAG rating NHS action logs use: red overdue, amber due soon, green on track or done; grey for dropped. */
export type Rag = 'red' | 'amber' | 'green' | 'grey';

/** The fields of an action the log needs. */
export interface LoggedAction {
  readonly kind: 'action' | 'decision';
  readonly status: ActionStatus;
  /** ISO date (YYYY-MM-DD) or null. */
  readonly dueDate: string | null;
  readonly ragOverride: Rag | null;
  readonly organisation: string | null;
  readonly sector: SectorId | null;
}

/** What every reader of an action or decision needs (an action row satisfies this): the summary, the export. */
export interface ActionSummaryFields {
  readonly ref: string;
  readonly kind: 'action' | 'decision';
  readonly text: string;
  readonly owner: string | null;
  readonly organisation: string | null;
  readonly sector: SectorId | null;
  /** ISO date (YYYY-MM-DD) or null. */
  readonly dueDate: string | null;
  readonly dueText: string | null;
  readonly status: ActionStatus;
}

/** An action or decision with the meeting it came from: one row of the action log. */
export interface ActionLogEntry extends LoggedAction {
  readonly ref: string;
  readonly text: string;
  readonly owner: string | null;
  readonly dueText: string | null;
  readonly updates: readonly { readonly atMs: number; readonly text: string }[];
  readonly closedAtMs: number | null;
  readonly meetingTitle: string;
  readonly meetingStartedAtMs: number;
}

/** Actions due within this many days are amber. */
export const AMBER_WITHIN_DAYS = 7;

/** A moment as an ISO date (YYYY-MM-DD) in the user's time zone: today, or a meeting's date. */
export function isoDateOf(nowMs: number): string {
  const d = new Date(nowMs);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! + days));
  return date.toISOString().slice(0, 10);
}

/** Whether an open action's due date has passed. */
export function isOverdue(action: Pick<LoggedAction, 'kind' | 'status' | 'dueDate'>, today: string): boolean {
  return action.kind === 'action' && action.status === 'open' && action.dueDate !== null && action.dueDate < today;
}

/**
 * The action's RAG rating: the user's own if set; otherwise red when
 * overdue, amber when due within a week (or open with no date), green when
 * on track or done, grey when dropped.
 */
export function computeRag(action: LoggedAction, today: string): Rag {
  if (action.ragOverride) return action.ragOverride;
  if (action.status === 'done') return 'green';
  if (action.status === 'dropped') return 'grey';
  if (action.dueDate === null) return 'amber';
  if (action.dueDate < today) return 'red';
  if (action.dueDate <= addDays(today, AMBER_WITHIN_DAYS)) return 'amber';
  return 'green';
}

/** "A-2026-014" for actions, "D-2026-003" for decisions. */
export function formatRef(kind: 'action' | 'decision', year: number, sequence: number): string {
  return `${kind === 'action' ? 'A' : 'D'}-${year}-${String(sequence).padStart(3, '0')}`;
}

/** Which actions the log shows. */
export interface ActionFilter {
  readonly show: 'open' | 'overdue' | 'done' | 'dropped' | 'all';
  readonly organisation: string | null;
  readonly sector: SectorId | null;
}

/** The actions that pass a filter (decisions only under "all"). */
export function filterActions<T extends LoggedAction>(actions: readonly T[], filter: ActionFilter, today: string): T[] {
  return actions.filter((a) => {
    if (filter.organisation && a.organisation !== filter.organisation) return false;
    if (filter.sector && a.sector !== filter.sector) return false;
    switch (filter.show) {
      case 'all':
        return true;
      case 'overdue':
        return isOverdue(a, today);
      case 'open':
      case 'done':
      case 'dropped':
        return a.kind === 'action' && a.status === filter.show;
      default:
        return assertNever(filter.show);
    }
  });
}

/** ISO date that names a real day: "2026-02-30" is refused. */
const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Give the due date as a date, for example 2027-01-31.' })
  .refine((iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    const date = new Date(Date.UTC(y!, m! - 1, d!));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
  }, { error: 'That due date is not a real day.' });

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} is too long (at most ${max} characters).` })
    .transform((text) => text || null)
    .nullable();

/**
 * What the user confirms or types for an action or decision. Everything the
 * side panel saves passes through here, so a bad edit is refused with a
 * message the user understands and nothing is stored.
 */
export const actionDraftSchema = z.object({
  kind: z.enum(['action', 'decision']),
  text: z
    .string()
    .trim()
    .min(1, { error: 'Write what the action or decision is.' })
    .max(1000, { error: 'The action is too long (at most 1,000 characters).' }),
  owner: optionalText(200, 'The owner'),
  organisation: optionalText(200, 'The organisation'),
  sector: sectorIdSchema.nullable(),
  dueDate: isoDateSchema.nullable(),
  dueText: optionalText(200, 'The due date wording'),
  dueIsNextMeeting: z.boolean(),
});
export type ActionDraft = z.input<typeof actionDraftSchema>;
export type ValidActionDraft = z.output<typeof actionDraftSchema>;

/** An update note on an action ("Chased 3 Dec; reply expected"). */
export const actionUpdateSchema = z
  .string()
  .trim()
  .min(1, { error: 'Write the update first.' })
  .max(1000, { error: 'The update is too long (at most 1,000 characters).' });

/** The first problem with a draft, as one sentence. */
export function describeDraftProblem(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'That action could not be saved.';
}
