import { z } from 'zod';

/**
 * The page report (issue 16): how a meeting page is built around its captions
 * and controls, with no words or names from the page, so a maintainer can see
 * a redesigned Meet or Teams page without joining a call.
 *
 * The collector (`utils/platforms/page-report.ts`) runs in the meeting page;
 * this module holds the file's format, its schema (the side panel parses the
 * collector's answer with it before anything is saved, so a string that is not
 * an identifier never reaches the file) and the wrapper that adds the
 * extension's version, the browser and the date. docs in README.md, "When
 * capture stops working: send a page report".
 */

export const PAGE_REPORT_FORMAT = 'primary-care-meeting-companion/page-report';
export const PAGE_REPORT_FORMAT_VERSION = 1;

/** The hosts a report can come from: the content scripts' four, and no other. */
export const PAGE_REPORT_HOSTS = ['meet.google.com', 'teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'] as const;

/**
 * An identifier kept as the page has it (class token, jsname, data-tid value,
 * tag or attribute name). Letters, digits, `_` and `-` only: no spaces, so no
 * phrase, and the collector has already masked any that contains a word the
 * page shows as text.
 */
export const REPORT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** An enumerated attribute value kept as it is (`polite`, `true`, `button`, `additions text`). */
const ENUM_VALUE_PATTERN = /^[A-Za-z0-9_ -]{0,64}$/;

/** Something left out and replaced by its length in UTF-16 units. */
const lengthSchema = z.number().int().nonnegative().max(100_000_000);
const tokenSchema = z.union([z.string().regex(REPORT_TOKEN_PATTERN), lengthSchema]);

/**
 * One attribute: its name (or the name's length when the name itself could
 * carry a word), and its value: kept for structural attributes, a list of
 * tokens for token lists (class, jsname, data-tid, id references), otherwise
 * the value's length.
 */
const attributeSchema = z.tuple([tokenSchema, z.union([z.string().regex(ENUM_VALUE_PATTERN), lengthSchema, z.array(tokenSchema).max(200)])]);

export type ReportToken = z.infer<typeof tokenSchema>;
export type ReportAttribute = z.infer<typeof attributeSchema>;

/** An element of the page, described by its structure only. */
export interface ReportElement {
  /** Tag name in lower case (or its length, for a custom element whose name carries a word). */
  tag: ReportToken;
  attrs?: ReportAttribute[];
  /** How many child elements it has, whether or not they are listed. */
  childCount: number;
  children?: ReportNode[];
  /** The children of its open shadow root. */
  shadow?: ReportNode[];
  /** The selector groups whose first matching tier matches this element. */
  selectors?: string[];
  /** Its children were not listed: too deep, or an svg or iframe. */
  truncated?: true;
}
/** A text node: its length; `icon` when it is one of Meet's known icon ligature names. */
export interface ReportText {
  text: number;
  icon?: string;
}
export interface ReportComment {
  comment: number;
}
/** Children left out to keep the report bounded. */
export interface ReportSkipped {
  skipped: number;
}
export type ReportNode = ReportElement | ReportText | ReportComment | ReportSkipped;

const selectorNamePattern = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

export const reportNodeSchema: z.ZodType<ReportNode> = z.lazy(() =>
  z.union([
    z
      .object({
        tag: tokenSchema,
        attrs: z.array(attributeSchema).max(500).optional(),
        childCount: z.number().int().nonnegative(),
        children: z.array(reportNodeSchema).max(5_000).optional(),
        shadow: z.array(reportNodeSchema).max(5_000).optional(),
        selectors: z.array(z.string().regex(selectorNamePattern)).max(50).optional(),
        truncated: z.literal(true).optional(),
      })
      .strict(),
    z.object({ text: lengthSchema, icon: z.string().regex(/^[a-z_]{1,40}$/).optional() }).strict(),
    z.object({ comment: lengthSchema }).strict(),
    z.object({ skipped: z.number().int().positive() }).strict(),
  ]),
);

/** One selector group (an export of a platform's `selectors.ts`) and how each of its tiers fared on the page. */
export const selectorGroupReportSchema = z
  .object({
    name: z.string().regex(selectorNamePattern),
    /** The group whose matches this one was tried inside (a `:scope` selector), if any. */
    within: z.string().regex(selectorNamePattern).optional(),
    /** Index of the first tier that matched anything, as the adapter would use it; null when none did. */
    matchedTier: z.number().int().nonnegative().nullable(),
    tiers: z.array(z.object({ selector: z.string().max(300), count: z.number().int().nonnegative() }).strict()).max(20),
  })
  .strict();
export type SelectorGroupReport = z.infer<typeof selectorGroupReportSchema>;

/** What the collector in the page returns. */
export const pageStructureSchema = z
  .object({
    host: z.enum(PAGE_REPORT_HOSTS),
    platform: z.enum(['meet', 'teams']),
    selectors: z.array(selectorGroupReportSchema).max(100),
    counts: z
      .object({
        /** Elements in the page (light DOM), counted up to the collector's limit. */
        pageElements: z.number().int().nonnegative(),
        /** Nodes listed in `tree`. */
        listedNodes: z.number().int().nonnegative(),
        /** Whether anything was left out to keep the report bounded. */
        isTruncated: z.boolean(),
      })
      .strict(),
    tree: reportNodeSchema,
  })
  .strict();
export type PageStructure = z.infer<typeof pageStructureSchema>;

export const pageReportSchema = pageStructureSchema.extend({
  format: z.literal(PAGE_REPORT_FORMAT),
  formatVersion: z.literal(PAGE_REPORT_FORMAT_VERSION),
  extensionVersion: z.string().regex(/^[0-9][0-9.]{0,20}$/),
  /** Browser brand and major version only, such as "Chrome 156". */
  browser: z.string().regex(/^[A-Za-z ]{1,30}( [0-9]{1,4})?$/),
  createdAt: z.iso.datetime(),
});
export type PageReport = z.infer<typeof pageReportSchema>;

/**
 * The report as saved: the collector's answer, checked against the schema,
 * with the extension's version, the browser and the time. Throws a ZodError
 * when the answer is not a page structure.
 */
export function buildPageReport(structure: unknown, about: { extensionVersion: string; browser: string; nowMs: number }): PageReport {
  const parsed = pageStructureSchema.parse(structure);
  return pageReportSchema.parse({
    format: PAGE_REPORT_FORMAT,
    formatVersion: PAGE_REPORT_FORMAT_VERSION,
    extensionVersion: about.extensionVersion,
    browser: about.browser,
    createdAt: new Date(about.nowMs).toISOString(),
    ...parsed,
  });
}

const BROWSER_PATTERNS: readonly [name: string, pattern: RegExp][] = [
  ['Edge', /\bEdg\/(\d+)/],
  ['Opera', /\bOPR\/(\d+)/],
  ['Firefox', /\bFirefox\/(\d+)/],
  ['Chrome', /\b(?:Headless)?Chrome\/(\d+)/],
  ['Safari', /\bVersion\/(\d+).*Safari\//],
];

/**
 * The browser's brand and major version from its user agent string ("Chrome
 * 156", "Firefox 153"): no operating system, build or device, which the
 * report does not need and which would help tell one computer from another.
 */
export function describeBrowser(userAgent: string): string {
  for (const [name, pattern] of BROWSER_PATTERNS) {
    const match = pattern.exec(userAgent);
    if (match) return `${name} ${match[1]!.slice(0, 4)}`;
  }
  return 'Unknown';
}
