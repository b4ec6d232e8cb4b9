import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackup } from '@/utils/db/backup-repo';
import {
  BACKUP_FORMAT,
  backupFileName,
  describeProblems,
  MAX_BACKUP_CHARS,
  parseBackup,
  type Backup,
  type BackupParseResult,
} from '@/utils/db/backup-format';
import { makeDb, T0 } from '../helpers/builders';
import { HOSTILE_TEXT, seedEveryTable } from '../helpers/backup-sample';

let goodText = '';
let good: Backup;

beforeAll(async () => {
  const db = makeDb();
  await seedEveryTable(db);
  good = await createBackup(db, T0 + 200_000);
  goodText = JSON.stringify(good);
  await db.delete();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The good backup with one change made to a copy. */
function edited(change: (backup: { tables: Record<string, Record<string, unknown>[]> } & Record<string, unknown>) => void): string {
  const copy = JSON.parse(goodText);
  change(copy);
  return JSON.stringify(copy);
}

function problemsOf(result: BackupParseResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : describeProblems(result);
}

describe('parseBackup', () => {
  it('reads a backup made by createBackup, every table included', () => {
    const result = parseBackup(goodText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup).toEqual(good);
    expect(result.backup.format).toBe(BACKUP_FORMAT);
  });

  it('keeps hostile caption text as data, unchanged', () => {
    const result = parseBackup(goodText);
    if (!result.ok) throw new Error('refused');
    expect(result.backup.tables.utterances!.map((u) => u.text)).toContain(HOSTILE_TEXT);
  });

  it('turns a JSON syntax error into a plain sentence', () => {
    expect(problemsOf(parseBackup('{"format": "primary-care-meeting-companion/backup",,}'))).toEqual([
      expect.stringMatching(/^This file is not a backup from the Primary Care Meeting Companion\..*It is not readable as JSON: it may be cut short/),
    ]);
  });

  it('refuses a truncated file', () => {
    const problems = problemsOf(parseBackup(goodText.slice(0, Math.floor(goodText.length * 0.7))));
    expect(problems[0]).toMatch(/cut short/);
  });

  it.each([
    ['an empty file', '', /This file is empty/],
    ['a JSON array', '[]', /This file is not a backup from the Primary Care Meeting Companion\./],
    ['another format', '{"format":"someone-else/backup","version":1}', /This file is not a backup from the Primary Care Meeting Companion\./],
    ['a single meeting export', '{"format":"primary-care-meeting-companion/meeting","version":4}', /the export of a single meeting, not a backup/],
    ['a CSV file', 'C84001,FOUNDRY MEDICAL CENTRE', /not readable as JSON/],
  ])('refuses %s, saying why', (_label, text, message) => {
    expect(problemsOf(parseBackup(text))[0]).toMatch(message);
  });

  it.each([
    ['format version', (b: Record<string, unknown>) => (b.version = 2)],
    ['schema version', (b: Record<string, unknown>) => (b.schemaVersion = 7)],
  ])('asks for an update when the %s is newer', (_label, change) => {
    expect(problemsOf(parseBackup(edited(change)))).toEqual([
      'This backup was made by a newer version of the extension; update the extension first, then restore it.',
    ]);
  });

  it('names the row and the field of a row that does not match its table', () => {
    const text = edited((b) => {
      delete b.tables.utterances![1]!.startMs;
    });
    expect(problemsOf(parseBackup(text))).toEqual(['Row 2 of captions: the start time is missing.']);
  });

  it.each([
    ['a negative time', (b: { tables: Record<string, Record<string, unknown>[]> }) => (b.tables.utterances![0]!.endMs = -5), 'Row 1 of captions: the end time is too short or too small.'],
    ['an overlong caption', (b: { tables: Record<string, Record<string, unknown>[]> }) => (b.tables.utterances![0]!.text = 'x'.repeat(50_001)), 'Row 1 of captions: the text is too long or too large.'],
    ['an unknown platform', (b: { tables: Record<string, Record<string, unknown>[]> }) => (b.tables.meetings![0]!.platform = 'zoom'), 'Row 1 of meetings: the platform is not one of the values the extension uses.'],
    ['an extra field', (b: { tables: Record<string, Record<string, unknown>[]> }) => (b.tables.actions![0]!.isAdmin = true), 'Row 1 of actions and decisions: it has a field a backup never has (“isAdmin”).'],
    ['an unknown setting', (b: { tables: Record<string, Record<string, unknown>[]> }) => (b.tables.settings![0]!.key = 'remote-url'), 'Row 1 of settings: the key is not one of the values the extension uses.'],
    ['a duplicate key', (b: { tables: Record<string, Record<string, unknown>[]> }) => b.tables.mappings!.push(b.tables.mappings![0]!), 'Row 2 of remembered choices: it repeats the remembered choice before it with the same key.'],
  ])('refuses %s', (_label, change, message) => {
    expect(problemsOf(parseBackup(edited(change)))).toEqual([message]);
  });

  it('accepts a meeting’s chosen figures source, or none, but not an unknown one', () => {
    expect(good.tables.meetings![0]).not.toHaveProperty('talkSource');
    for (const source of ['captions', 'manual', 'indicators']) {
      const result = parseBackup(edited((b) => (b.tables.meetings![0]!.talkSource = source)));
      expect(result, source).toMatchObject({ ok: true });
      if (result.ok) expect(result.backup.tables.meetings![0]!.talkSource).toBe(source);
    }
    expect(problemsOf(parseBackup(edited((b) => (b.tables.meetings![0]!.talkSource = 'guesswork'))))).toEqual([
      'Row 1 of meetings: the figures source is not one of the values the extension uses.',
    ]);
  });

  it('accepts talk figures with fractions of a millisecond, as capture computes them, but not fractional times', () => {
    const fractional = edited((b) => {
      const figures = b.tables.meetings![0]!.figures as { totalTalkMs: number; topSpeakers: { talkMs: number }[] };
      figures.totalTalkMs = 14_999.5;
      figures.topSpeakers[0]!.talkMs = 7_499.75;
    });
    expect(parseBackup(fractional).ok).toBe(true);
    const fractionalTime = edited((b) => {
      b.tables.utterances![0]!.startMs = 1.5;
    });
    expect(problemsOf(parseBackup(fractionalTime))).toEqual(['Row 1 of captions: the start time is not a whole number.']);
  });

  it('refuses a number too large to be finite', () => {
    const start = good.tables.meetings![0]!.startedAtMs;
    const text = goodText.replace(`"startedAtMs":${start}`, '"startedAtMs":1e400');
    expect(text).not.toBe(goodText);
    expect(problemsOf(parseBackup(text))).toEqual(['Row 1 of meetings: the start time is not the right kind of value.']);
  });

  it('refuses __proto__, constructor and prototype keys anywhere in the file', () => {
    const proto = goodText.replace('"tables":{', '"tables":{"__proto__":{"polluted":true},');
    const constructor = edited((b) => {
      b.tables.odsImports![0]!.skipped = JSON.parse('{"constructor":{"prototype":{"polluted":true}}}');
    });
    expect(constructor).toContain('"constructor":');
    for (const text of [proto, constructor]) {
      expect(problemsOf(parseBackup(text))[0]).toMatch(/contains a field named “(__proto__|constructor|prototype)”, which a backup never has/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses rows that point at a meeting the backup lacks', () => {
    const text = edited((b) => {
      b.tables.utterances![0]!.meetingId = 'missing';
      b.tables.actions![0]!.meetingId = 'missing';
      b.tables.participants![0]!.meetingId = 'missing';
    });
    expect(problemsOf(parseBackup(text))).toEqual([
      'Row 1 of captions: it belongs to a meeting that is not in the backup.',
      'Row 1 of attendees: it belongs to a meeting that is not in the backup.',
      'Row 1 of actions and decisions: it belongs to a meeting that is not in the backup.',
    ]);
  });

  it('lists the first five problems and counts the rest', () => {
    const text = edited((b) => {
      for (const u of b.tables.utterances!) delete u.speaker;
      for (const p of b.tables.participants!) delete p.name;
      for (const m of b.tables.mappings!) m.sector = 'martian';
      for (const s of b.tables.sessions!) s.startedAtMs = 'yesterday';
    });
    const result = parseBackup(text);
    if (result.ok) throw new Error('accepted');
    expect(result.problems).toHaveLength(5);
    expect(result.problemCount).toBeGreaterThan(5);
    expect(describeProblems(result).at(-1)).toBe(`…and ${result.problemCount - 5} more ${result.problemCount - 5 === 1 ? 'problem' : 'problems'}.`);
  });

  it('refuses a table that did not exist at the backup’s schema version, and a missing one', () => {
    const v1 = readFileSync(join(__dirname, '..', 'fixtures', 'backups', 'schema-v1.json'), 'utf8');
    const withActions = JSON.parse(v1);
    withActions.tables.actions = [];
    expect(problemsOf(parseBackup(JSON.stringify(withActions)))[0]).toMatch(/a table the extension does not know at its version \(“actions”\)/);
    const withoutCaptions = JSON.parse(v1);
    delete withoutCaptions.tables.utterances;
    expect(problemsOf(parseBackup(JSON.stringify(withoutCaptions)))).toEqual(['The captions are missing from the backup.']);
  });

  it('reads every committed older-version fixture', () => {
    for (const version of [1, 2, 3, 4]) {
      const result = parseBackup(readFileSync(join(__dirname, '..', 'fixtures', 'backups', `schema-v${version}.json`), 'utf8'));
      expect(result, `version ${version}`).toMatchObject({ ok: true, backup: { schemaVersion: version } });
    }
  });

  it('refuses a file over the size limit before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const problems = problemsOf(parseBackup(goodText, { maxChars: goodText.length - 1 }));
    expect(problems[0]).toMatch(/^This file is 1 MB, more than the 0 MB a backup can be\. Nothing was restored\.$/);
    expect(parse).not.toHaveBeenCalled();
    parseBackup(goodText, { maxChars: goodText.length });
    expect(parse).toHaveBeenCalled();
  });

  it('has a default size limit well above a year of meetings and below what a browser can hold as one string', () => {
    expect(MAX_BACKUP_CHARS).toBe(200 * 1024 * 1024);
    expect(MAX_BACKUP_CHARS).toBeLessThan(2 ** 29 - 24);
  });
});

describe('backupFileName', () => {
  it('names the file after the local date', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 30).getTime())).toBe('meeting-companion-backup-2026-01-05.json');
  });
});
