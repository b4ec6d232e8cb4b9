/**
 * Longest texts the message protocol accepts. Free of zod, so the content
 * script can cut page text to them without bundling the schemas: a longer
 * text would make the background refuse the whole batch.
 */
export const MAX_NAME_CHARS = 200;
export const MAX_CAPTION_CHARS = 50_000;
export const MAX_TITLE_CHARS = 500;
/** Most participants one roster reading may hold. */
export const MAX_ROSTER_PARTICIPANTS = 1_000;
