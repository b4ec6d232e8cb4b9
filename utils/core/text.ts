/** Whitespace that {@link normaliseSpaces} would change: at either end, in a run, or other than a plain space. */
const spacesToNormalise = /^\s|\s$|\s\s|[^\S ]/;

/**
 * Collapses runs of whitespace and trims, as caption text is compared and stored.
 */
export function normaliseSpaces(text: string): string {
  // Most text is normal already (captions are cleaned as they are read): one scan to find out, nothing copied.
  return spacesToNormalise.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * Lower-case letters and digits only, for comparing two versions of a caption
 * that differ in punctuation or capitals ("hello how are" vs "Hello, how are").
 */
export function normaliseForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Number of words in `text` (runs of letters or digits, apostrophes kept inside).
 */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}
