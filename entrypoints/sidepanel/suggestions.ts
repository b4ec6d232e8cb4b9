import { createDueDateParser } from '@/utils/dates/due-date';

/** One due-date parser for the panel: chrono's set-up is worth doing once. */
export const parseDue = createDueDateParser();
