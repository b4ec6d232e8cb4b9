import Papa from 'papaparse';
import { organisationRecordSchema, type OrganisationRecord } from '../core/org-directory';
import { classifyOrganisationName, type SectorId } from '../core/taxonomy';

/**
 * Reading the public ODS CSV downloads (ODS Data Search and Export, no header
 * row, dates as YYYYMMDD) into the organisation directory. Column layouts:
 * shared/docs/domain.md §2.
 */

/** The ODS reports the directory can import. */
export const ODS_REPORTS = {
  epraccur: { label: 'GP practices (epraccur)', minColumns: 26 },
  etr: { label: 'NHS trusts (etr)', minColumns: 12 },
  epcncorepartnerdetails: { label: 'PCN core partner details (epcncorepartnerdetails)', minColumns: 10 },
  edispensary: { label: 'Community pharmacies (edispensary)', minColumns: 14 },
  eother: { label: 'Other organisations, such as ICBs (eother)', minColumns: 12 },
} as const;

export type OdsReportKind = keyof typeof ODS_REPORTS;

/** What reading a file found. When `fatal` is set, nothing in the file may be imported. */
export interface OdsImportResult {
  readonly kind: OdsReportKind;
  readonly organisations: OrganisationRecord[];
  readonly totalRows: number;
  readonly acceptedRows: number;
  /** Rows that are valid but not imported (closed, not a GP practice…), counted by reason. */
  readonly skipped: Readonly<Record<string, number>>;
  /** Rows that could not be read, with the line number and why (at most the first 50). */
  readonly rejected: readonly { readonly line: number; readonly reason: string }[];
  readonly rejectedCount: number;
  readonly fatal: string | null;
}

/** If more than this share of rows cannot be read, the file is probably the wrong one: import nothing. */
const MAX_REJECTED_SHARE = 0.25;
const MAX_REPORTED_REJECTIONS = 50;

const GP_CODE = /^[A-HJ-NPWY]\d{5}$/;
const PCN_CODE = /^U\d{5}$/;
const TRUST_CODE = /^(R[A-Z0-9]{2}|T[A-Z]{2})$/;
const PHARMACY_CODE = /^F[A-Z0-9]{4}$/;
const ANY_CODE = /^[A-Z0-9]{3,9}$/;
const ODS_DATE = /^\d{8}$/;

/** Guesses which report a file is, from its name first, then its first row. */
export function detectOdsReport(fileName: string, text: string): OdsReportKind | null {
  const lowerName = fileName.toLowerCase();
  for (const kind of Object.keys(ODS_REPORTS) as OdsReportKind[]) {
    if (lowerName.includes(kind)) return kind;
  }
  const firstLine = text.slice(0, 2000).split(/\r?\n/)[0] ?? '';
  const cells = Papa.parse<string[]>(firstLine).data[0] ?? [];
  const code = (cells[0] ?? '').trim();
  if (cells.length <= 11 && GP_CODE.test(code) && PCN_CODE.test((cells[4] ?? '').trim())) return 'epcncorepartnerdetails';
  if (PHARMACY_CODE.test(code)) return 'edispensary';
  if (GP_CODE.test(code) && cells.length >= 26) return 'epraccur';
  if (TRUST_CODE.test(code)) return 'etr';
  return null;
}

function trustSector(name: string): SectorId {
  const sector = classifyOrganisationName(name)?.sector;
  return sector === 'acute_trust' || sector === 'community_mental_health_trust' || sector === 'ambulance_trust' ? sector : 'other_nhs_trust';
}

function record(kind: OdsReportKind, code: string, name: string, sector: SectorId, parentCode: string | null = null): OrganisationRecord {
  return organisationRecordSchema.parse({
    id: `ods:${code}`,
    name: name.trim(),
    odsCode: code,
    sector,
    aliases: [],
    source: 'ods',
    odsReport: kind,
    parentCode,
  });
}

type RowOutcome = { readonly organisations: OrganisationRecord[] } | { readonly skip: string } | { readonly reject: string };

function isClosed(closeDate: string | undefined): boolean {
  return !!closeDate && closeDate.trim() !== '';
}

function checkDate(value: string | undefined, column: string): string | null {
  const v = (value ?? '').trim();
  return v && !ODS_DATE.test(v) ? `the ${column} "${v.slice(0, 20)}" is not a date in the form YYYYMMDD` : null;
}

/** The rules for one row of each report. */
const readRow: Record<OdsReportKind, (cells: string[]) => RowOutcome> = {
  epraccur(cells) {
    const [code = '', name = ''] = cells;
    if (!GP_CODE.test(code)) return { reject: `"${code.slice(0, 20)}" is not a GP practice code (a letter and 5 digits)` };
    if (!name.trim()) return { reject: 'the practice has no name' };
    const dateProblem = checkDate(cells[10], 'open date') ?? checkDate(cells[11], 'close date');
    if (dateProblem) return { reject: dateProblem };
    const status = (cells[12] ?? '').trim().toUpperCase();
    if (isClosed(cells[11]) || ['C', 'CLOSED', 'INACTIVE', 'D', 'DORMANT'].includes(status)) return { skip: 'closed or dormant' };
    if (status === 'P' || status === 'PROPOSED') return { skip: 'proposed, not yet open' };
    const setting = (cells[25] ?? '').trim();
    if (setting && setting !== '4') return { skip: 'not a GP practice (another prescribing setting)' };
    return { organisations: [record('epraccur', code, name, 'general_practice')] };
  },
  etr(cells) {
    const [code = '', name = ''] = cells;
    if (!TRUST_CODE.test(code)) return { reject: `"${code.slice(0, 20)}" is not an NHS trust code (R and 2 characters)` };
    if (!name.trim()) return { reject: 'the trust has no name' };
    const dateProblem = checkDate(cells[10], 'open date') ?? checkDate(cells[11], 'close date');
    if (dateProblem) return { reject: dateProblem };
    if (isClosed(cells[11])) return { skip: 'closed' };
    return { organisations: [record('etr', code, name, trustSector(name))] };
  },
  epcncorepartnerdetails(cells) {
    const [practiceCode = '', practiceName = '', , , pcnCode = '', pcnName = ''] = cells;
    if (!GP_CODE.test(practiceCode)) return { reject: `"${practiceCode.slice(0, 20)}" is not a practice code` };
    if (!PCN_CODE.test(pcnCode)) return { reject: `"${pcnCode.slice(0, 20)}" is not a PCN code (U and 5 digits)` };
    if (!practiceName.trim() || !pcnName.trim()) return { reject: 'a practice or PCN name is missing' };
    const dateProblem = checkDate(cells[8], 'start date') ?? checkDate(cells[9], 'end date');
    if (dateProblem) return { reject: dateProblem };
    if (isClosed(cells[9])) return { skip: 'practice has left the PCN' };
    return {
      organisations: [
        record('epcncorepartnerdetails', pcnCode, pcnName, 'pcn'),
        record('epcncorepartnerdetails', practiceCode, practiceName, 'general_practice', pcnCode),
      ],
    };
  },
  edispensary(cells) {
    const [code = '', name = ''] = cells;
    if (!PHARMACY_CODE.test(code)) return { reject: `"${code.slice(0, 20)}" is not a pharmacy code (F and 4 characters)` };
    if (!name.trim()) return { reject: 'the pharmacy has no name' };
    const dateProblem = checkDate(cells[10], 'open date') ?? checkDate(cells[11], 'close date');
    if (dateProblem) return { reject: dateProblem };
    const status = (cells[12] ?? '').trim().toUpperCase();
    if (isClosed(cells[11]) || status === 'C') return { skip: 'closed' };
    const subType = (cells[13] ?? '').trim();
    if (subType && subType !== '1') return { skip: 'not a pharmacy (another dispensing contractor type)' };
    return { organisations: [record('edispensary', code, name, 'community_pharmacy')] };
  },
  eother(cells) {
    const [code = '', name = ''] = cells;
    if (!ANY_CODE.test(code)) return { reject: `"${code.slice(0, 20)}" is not an ODS code` };
    if (!name.trim()) return { reject: 'the organisation has no name' };
    const dateProblem = checkDate(cells[10], 'open date') ?? checkDate(cells[11], 'close date');
    if (dateProblem) return { reject: dateProblem };
    if (isClosed(cells[11])) return { skip: 'closed' };
    return { organisations: [record('eother', code, name, classifyOrganisationName(name)?.sector ?? 'unknown')] };
  },
};

/** A first row that names columns rather than holding data. */
function isHeaderRow(cells: readonly string[]): boolean {
  return cells.some((c) => /\b(code|name|postcode)\b/i.test(c)) && !cells.some((c) => ODS_DATE.test(c.trim()));
}

/**
 * Reads an ODS CSV file row by row. Every row is checked on its own; a row
 * that cannot be read is reported with its line number and why. If the file
 * is not readable as this report at all, or too many rows fail, `fatal` says
 * why and the caller must import nothing.
 */
export function parseOdsCsv(text: string, kind: OdsReportKind): OdsImportResult {
  const base = { kind, organisations: [], totalRows: 0, acceptedRows: 0, skipped: {}, rejected: [], rejectedCount: 0 };
  if (!text.trim()) return { ...base, fatal: 'The file is empty.' };
  if (text.includes('\u0000')) return { ...base, fatal: 'This is not a CSV text file.' };

  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  const spec = ODS_REPORTS[kind];
  const byCode = new Map<string, OrganisationRecord>();
  const skipped: Record<string, number> = {};
  const rejected: { line: number; reason: string }[] = [];
  let rejectedCount = 0;
  let acceptedRows = 0;
  let dataRows = 0;
  const reject = (line: number, reason: string): void => {
    rejectedCount += 1;
    if (rejected.length < MAX_REPORTED_REJECTIONS) rejected.push({ line, reason });
  };

  rows.forEach((cells, index) => {
    const line = index + 1;
    if (index === 0 && isHeaderRow(cells)) {
      skipped['header row'] = 1;
      return;
    }
    dataRows += 1;
    // A short last line after complete ones is a download cut off part-way.
    const isCutShort = index === rows.length - 1 && index > 0 && (rows[index - 1]?.length ?? 0) >= spec.minColumns;
    if (cells.length < spec.minColumns) {
      reject(line, isCutShort ? 'the last line is incomplete: the file may have been cut short' : `only ${cells.length} columns, expected ${spec.minColumns} or more`);
      return;
    }
    const outcome = readRow[kind](cells.map((c) => c.trim()));
    if ('reject' in outcome) reject(line, outcome.reject);
    else if ('skip' in outcome) skipped[outcome.skip] = (skipped[outcome.skip] ?? 0) + 1;
    else {
      acceptedRows += 1;
      for (const organisation of outcome.organisations) byCode.set(organisation.odsCode!, organisation);
    }
  });

  const result = { kind, organisations: [...byCode.values()], totalRows: dataRows, acceptedRows, skipped, rejected, rejectedCount };
  if (acceptedRows === 0) {
    const first = rejected[0] ? ` (line ${rejected[0].line}: ${rejected[0].reason})` : '';
    return { ...result, organisations: [], fatal: `No row in this file could be imported as ${spec.label}${first}. Nothing was imported.` };
  }
  if (rejectedCount > dataRows * MAX_REJECTED_SHARE) {
    return {
      ...result,
      organisations: [],
      fatal: `${rejectedCount} of ${dataRows} rows could not be read, so this may not be ${spec.label}. Nothing was imported.`,
    };
  }
  return { ...result, fatal: null };
}
