import { detectActions } from '@/utils/core/actions';
import { createDueDateParser } from '@/utils/dates/due-date';
import type { SuggestionFinder } from '@/utils/db/summary-repo';

/** One due-date parser for the panel: chrono's set-up is worth doing once. */
export const parseDue = createDueDateParser();

/** Suggested actions and decisions in a meeting's final captions. */
export const findSuggestions: SuggestionFinder = (utterances, meetingStartMs) => detectActions(utterances, { meetingStartMs, parseDue });
