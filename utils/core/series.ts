/**
 * Meetings of one series: the same meeting link, or the same title once dates
 * and month names are taken out ("Place board – November 2026" and "Place
 * board – December 2026").
 */

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const DATE_WORDS = new RegExp(
  [
    '\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:' + MONTHS + ')\\b', // 18 November
    '\\b(?:' + MONTHS + ')\\b', // November
    '\\b\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?\\b', // 18/11/2026
    '\\b(?:19|20)\\d{2}\\b', // 2026
    '\\b\\d{4}[/.-]\\d{2}[/.-]\\d{2}\\b', // 2026-11-18
    '\\b(?:monthly|weekly|bi-monthly|quarterly|extraordinary|meeting|mtg)\\b',
  ].join('|'),
  'gi',
);

/** A meeting title with its dates taken out, for matching meetings of one series. */
export function seriesTitleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(DATE_WORDS, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What decides a meeting's series: its link, else its title. */
export interface SeriesKeys {
  /** `platform:code` when the meeting has a stable link code. */
  readonly linkKey: string | null;
  readonly titleKey: string | null;
}

/** The keys by which a meeting joins a series. */
export function seriesKeysFor(meeting: { readonly platform: string; readonly code: string | null; readonly title: string | null }): SeriesKeys {
  const titleKey = meeting.title ? seriesTitleKey(meeting.title) : '';
  return { linkKey: meeting.code ? `${meeting.platform}:${meeting.code}` : null, titleKey: titleKey.length >= 3 ? titleKey : null };
}
