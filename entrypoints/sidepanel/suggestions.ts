import { createDateReader } from '@/utils/dates/due-date';

/** One date reader for the panel: chrono's set-up is worth doing once. */
export const dates = createDateReader();
