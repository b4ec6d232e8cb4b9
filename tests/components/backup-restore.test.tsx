// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupRestore, type BackupCheck } from '@/components/backup-restore';
import { OptionsApp } from '@/entrypoints/options/app';
import { createBackup } from '@/utils/db/backup-repo';
import type { MeetingDb } from '@/utils/db/database';
import { describeRestorePlan, BACKUP_TABLE_NAMES, type RestoreCounts } from '@/utils/db/backup-format';
import { makeDb, T0 } from '../helpers/builders';
import { HOSTILE_TEXT, seedEveryTable } from '../helpers/backup-sample';
import { click, mount, q, qq } from '../helpers/dom';

async function settle(): Promise<void> {
  for (let i = 0; i < 15; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

function chooseFile(input: HTMLElement, name: string, text: string): void {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function snapshot(db: MeetingDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

let databases: MeetingDb[] = [];
afterEach(async () => {
  for (const db of databases) await db.delete();
  databases = [];
  vi.restoreAllMocks();
});

function counts(overrides: Partial<RestoreCounts>): RestoreCounts {
  const empty = Object.fromEntries(BACKUP_TABLE_NAMES.map((t) => [t, { added: 0, replaced: 0, skipped: 0 }])) as RestoreCounts;
  return { ...empty, ...overrides };
}

describe('describeRestorePlan', () => {
  it('says what a restore holds, and how many are already here', () => {
    expect(
      describeRestorePlan(counts({ meetings: { added: 2, replaced: 1, skipped: 0 }, utterances: { added: 812, replaced: 0, skipped: 0 }, actions: { added: 13, replaced: 1, skipped: 0 } })),
    ).toBe('3 meetings (1 already here will be replaced), 812 captions, 14 actions and decisions (1 already here will be replaced).');
    expect(describeRestorePlan(counts({ settings: { added: 1, replaced: 0, skipped: 0 } }))).toBe('1 setting.');
    expect(describeRestorePlan(counts({}))).toBe('Nothing: the backup is empty.');
  });
});

describe('BackupRestore', () => {
  const preview: BackupCheck = { ok: true, fileName: 'b.json', madeAt: '18 Nov 2026, 10:00', summary: '3 meetings, 812 captions.', skippedNote: null };

  it('shows every problem as an alert, focuses them, and offers no Restore button', async () => {
    const onRestore = vi.fn();
    const root = mount(
      <BackupRestore
        onDownload={vi.fn()}
        onCheck={() => Promise.resolve({ ok: false, fileName: 'bad.json', problems: ['Row 2 of captions: the start time is missing.', '…and 3 more problems.'] })}
        onRestore={onRestore}
      />,
    );
    chooseFile(q(root, 'backup-file'), 'bad.json', '{}');
    await settle();
    const problems = q(root, 'backup-problems');
    expect(problems.textContent).toContain('bad.json cannot be restored, so nothing has changed.');
    expect([...problems.querySelectorAll('li[role="alert"]')].map((li) => li.textContent)).toEqual([
      'Row 2 of captions: the start time is missing.',
      '…and 3 more problems.',
    ]);
    expect(document.activeElement).toBe(problems);
    expect(q(root, 'backup-restore-confirm')).toBeNull();
    expect(onRestore).not.toHaveBeenCalled();
  });

  it('previews, then restores only when asked, announcing the result politely', async () => {
    const onRestore = vi.fn(() => Promise.resolve({ ok: true, text: 'Restored. 3 meetings.' }));
    const root = mount(<BackupRestore onDownload={vi.fn()} onCheck={() => Promise.resolve(preview)} onRestore={onRestore} />);
    chooseFile(q(root, 'backup-file'), 'b.json', '{}');
    await settle();
    expect(q(root, 'backup-preview').textContent).toContain('b.json, made 18 Nov 2026, 10:00, holds:');
    expect(q(root, 'backup-summary').textContent).toBe('3 meetings, 812 captions.');
    expect(document.activeElement).toBe(q(root, 'backup-preview'));
    expect(onRestore).not.toHaveBeenCalled();

    click(q(root, 'backup-restore-confirm'));
    await settle();
    expect(onRestore).toHaveBeenCalledTimes(1);
    expect(q(root, 'backup-status').getAttribute('role')).toBe('status');
    expect(q(root, 'backup-status').textContent).toBe('Restored. 3 meetings.');
    expect(q(root, 'backup-preview')).toBeNull();
  });

  it('cancels without restoring, and returns focus to the file field', async () => {
    const onRestore = vi.fn();
    const root = mount(<BackupRestore onDownload={vi.fn()} onCheck={() => Promise.resolve(preview)} onRestore={onRestore} />);
    chooseFile(q(root, 'backup-file'), 'b.json', '{}');
    await settle();
    click(q(root, 'backup-restore-cancel'));
    expect(onRestore).not.toHaveBeenCalled();
    expect(q(root, 'backup-status').textContent).toBe('Nothing was restored.');
    expect(document.activeElement).toBe(q(root, 'backup-file'));
  });

  it('shows a failed restore or download as an alert', async () => {
    const root = mount(
      <BackupRestore
        onDownload={() => Promise.reject(new Error('The backup could not be made: the database is closed.'))}
        onCheck={() => Promise.resolve(preview)}
        onRestore={() => Promise.resolve({ ok: false, text: 'Nothing was restored: the browser has run out of storage space.' })}
      />,
    );
    click(q(root, 'backup-download'));
    await settle();
    expect(q(root, 'backup-error').getAttribute('role')).toBe('alert');
    expect(q(root, 'backup-error').textContent).toBe('The backup could not be made: the database is closed.');
    chooseFile(q(root, 'backup-file'), 'b.json', '{}');
    await settle();
    click(q(root, 'backup-restore-confirm'));
    await settle();
    expect(q(root, 'backup-error').textContent).toBe('Nothing was restored: the browser has run out of storage space.');
  });
});

describe('OptionsApp back up and restore', () => {
  it('restores a backup into an empty browser after the preview, keeping hostile text as text', async () => {
    const source = makeDb();
    const target = makeDb();
    databases.push(source, target);
    await seedEveryTable(source);
    const text = JSON.stringify(await createBackup(source, T0 + 200_000));
    const root = mount(<OptionsApp db={target} />);
    await settle();

    chooseFile(q(root, 'backup-file'), 'meeting-companion-backup-2026-11-18.json', text);
    await settle();
    expect(q(root, 'backup-summary').textContent).toMatch(/^2 meetings, 1 capture session, 2 captions, 1 speaking-indicator stretch, .*1 saved summary, 2 agenda item changes\.$/);
    expect(await target.meetings.count()).toBe(0);

    click(q(root, 'backup-restore-confirm'));
    await settle();
    expect(q(root, 'backup-status').textContent).toMatch(/^Restored\. 2 meetings were added and 0 meetings were replaced;/);
    expect(await target.meetings.count()).toBe(2);
    expect((await target.utterances.toArray()).map((u) => u.text)).toContain(HOSTILE_TEXT);
    expect(root.querySelector('img')).toBeNull();
  });

  it('refuses a corrupt file with the reason and changes nothing', async () => {
    const db = makeDb();
    databases.push(db);
    await seedEveryTable(db);
    const before = await snapshot(db);
    const text = JSON.stringify(await createBackup(db, T0 + 200_000)).replace('"tables":{', '"tables":{"__proto__":{"x":1},');
    const root = mount(<OptionsApp db={db} />);
    await settle();

    chooseFile(q(root, 'backup-file'), 'hostile.json', text);
    await settle();
    expect(qq(root, 'backup-problems')).toHaveLength(1);
    expect(q(root, 'backup-problems').textContent).toContain('contains a field named “__proto__”');
    expect(q(root, 'backup-restore-confirm')).toBeNull();
    expect(await snapshot(db)).toEqual(before);
  });

  it('downloads a backup as a blob, named after the date, with no network', async () => {
    const db = makeDb();
    databases.push(db);
    await seedEveryTable(db);
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:backup';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const root = mount(<OptionsApp db={db} />);
    await settle();

    click(q(root, 'backup-download'));
    await settle();

    expect(clicked.map((a) => a.download)).toEqual([expect.stringMatching(/^meeting-companion-backup-\d{4}-\d{2}-\d{2}\.json$/)]);
    expect(clicked[0]!.href).toBe('blob:backup');
    const backup = JSON.parse(await blobs[0]!.text());
    expect(backup).toMatchObject({ format: 'primary-care-meeting-companion/backup', schemaVersion: 6 });
    expect(backup.tables.meetings).toHaveLength(2);
    expect(q(root, 'backup-status').textContent).toMatch(/^Downloaded meeting-companion-backup-.*\.json, with 2 meetings\.$/);
  });
});
