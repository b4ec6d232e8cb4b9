// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrivacySettingsForm } from '@/components/privacy-settings';
import { OptionsApp } from '@/entrypoints/options/app';
import { DEFAULT_PRIVACY_SETTINGS, type PrivacySettings } from '@/utils/core/settings';
import type { MeetingDb } from '@/utils/db/database';
import { getMeetingBundle, recordCaptureReport } from '@/utils/db/meetings-repo';
import { getPrivacySettings, savePrivacySettings } from '@/utils/db/settings-repo';
import { makeBatch, makeDb, makeUtterance, T0 } from '../helpers/builders';
import { click, mount, q, settle, type } from '../helpers/dom';

const DAY_MS = 86_400_000;

const invalidDays = [
  ['0', 'Keep transcripts for at least 1 day.'],
  ['4000', 'Keep transcripts for at most 3650 days.'],
  ['2.5', 'Give the number of days as a whole number.'],
  ['', 'Give the number of days as a whole number.'],
] as const;

/** Waits for Dexie writes and live queries to reach the page. */
async function settleDb(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

function mountForm(settings: PrivacySettings = DEFAULT_PRIVACY_SETTINGS, onSave = vi.fn((_next: PrivacySettings) => Promise.resolve('Saved.'))) {
  return { root: mount(<PrivacySettingsForm settings={settings} onSave={onSave} />), onSave };
}

function chooseDays(root: HTMLElement, days: string): void {
  click(q(root, 'privacy-delete-after'));
  type(q(root, 'privacy-days'), days);
}

describe('PrivacySettingsForm', () => {
  it('shows the defaults: patient details hidden and transcripts kept', () => {
    const { root } = mountForm();
    expect((q(root, 'privacy-redact') as HTMLInputElement).checked).toBe(true);
    expect((q(root, 'privacy-keep') as HTMLInputElement).checked).toBe(true);
    expect((q(root, 'privacy-delete-after') as HTMLInputElement).checked).toBe(false);
    expect(q(root, 'privacy-days')).toBeNull();
    expect(q(root, 'privacy-save').textContent).toBe('Save');
    expect(q(root, 'privacy-status').textContent).toBe('');
    expect(q(root, 'privacy-status').getAttribute('role')).toBe('status');
    expect(root.textContent).toContain('NHS numbers (checked by their check digit), dates of birth, phone numbers, email addresses and postcodes');
    expect(root.textContent).toContain('Talk figures, organisations, actions, decisions and a saved summary are kept');
  });

  it('labels the days box and asks for a numeric keypad', () => {
    const { root } = mountForm({ redactPatientDetails: true, retentionDays: 30 });
    const days = q(root, 'privacy-days') as HTMLInputElement;
    expect((q(root, 'privacy-delete-after') as HTMLInputElement).checked).toBe(true);
    expect(days.value).toBe('30');
    expect(days.getAttribute('inputmode')).toBe('numeric');
    expect(root.querySelector(`label[for="${days.id}"]`)!.textContent).toBe('Days after a meeting ends');
  });

  it.each(invalidDays)('refuses "%s" days with "%s", next to the box, and does not save', (days, message) => {
    const { root, onSave } = mountForm();
    chooseDays(root, days);
    click(q(root, 'privacy-save'));
    const error = q(root, 'privacy-error');
    const input = q(root, 'privacy-days');
    expect(error.textContent).toBe(message);
    expect(error.getAttribute('role')).toBe('alert');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).toContain(error.id);
    expect(document.activeElement).toBe(input);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says a shorter period deletes older transcripts as soon as it is saved', () => {
    const { root } = mountForm({ redactPatientDetails: true, retentionDays: 30 });
    type(q(root, 'privacy-days'), '7');
    expect(q(root, 'privacy-save').textContent).toBe('Save and delete transcripts older than 7 days');
    expect(q(root, 'privacy-delete-warning').textContent).toContain('more than 7 days ago');
    type(q(root, 'privacy-days'), '60');
    expect(q(root, 'privacy-save').textContent).toBe('Save');
    expect(q(root, 'privacy-delete-warning')).toBeNull();
  });

  it('treats any period as shorter than keeping transcripts', () => {
    const { root } = mountForm();
    chooseDays(root, '1');
    expect(q(root, 'privacy-save').textContent).toBe('Save and delete transcripts older than 1 day');
  });

  it('passes the checked settings to onSave and announces its message', async () => {
    const { root, onSave } = mountForm(DEFAULT_PRIVACY_SETTINGS, vi.fn(() => Promise.resolve('Saved. Transcript text was deleted from 2 meetings.')));
    click(q(root, 'privacy-redact'));
    chooseDays(root, ' 90 ');
    click(q(root, 'privacy-save'));
    await settle();
    expect(onSave).toHaveBeenCalledWith({ redactPatientDetails: false, retentionDays: 90 });
    expect(q(root, 'privacy-status').textContent).toBe('Saved. Transcript text was deleted from 2 meetings.');
    expect(q(root, 'privacy-error')).toBeNull();
  });

  it('shows why saving failed, as text', async () => {
    const { root } = mountForm(DEFAULT_PRIVACY_SETTINGS, vi.fn(() => Promise.reject(new Error('<b>Storage</b> is full.'))));
    click(q(root, 'privacy-save'));
    await settle();
    expect(q(root, 'privacy-error').textContent).toBe('<b>Storage</b> is full.');
    expect(q(root, 'privacy-error').getAttribute('role')).toBe('alert');
    expect(root.querySelector('b')).toBeNull();
    expect(q(root, 'privacy-status').textContent).toBe('');
  });
});

describe('options page: patient data and retention', () => {
  let db: MeetingDb;
  afterEach(async () => {
    vi.useRealTimers();
    await db?.delete();
  });

  async function mountOptions(): Promise<HTMLElement> {
    const root = mount(<OptionsApp db={db} />);
    await settleDb();
    return root;
  }

  it('shows the section with its heading and the saved settings', async () => {
    db = makeDb();
    await savePrivacySettings(db, { redactPatientDetails: false, retentionDays: 14 });
    const root = await mountOptions();
    const section = root.querySelector('section[aria-labelledby="privacy-heading"]')!;
    expect(section.querySelector('#privacy-heading')!.textContent).toBe('Patient data and retention');
    expect((q(root, 'privacy-redact') as HTMLInputElement).checked).toBe(false);
    expect((q(root, 'privacy-days') as HTMLInputElement).value).toBe('14');
  });

  it.each(invalidDays)('leaves the database unchanged when "%s" days is refused', async (days, message) => {
    db = makeDb();
    const root = await mountOptions();
    chooseDays(root, days);
    click(q(root, 'privacy-save'));
    await settleDb();
    expect(q(root, 'privacy-error').textContent).toBe(message);
    expect(await db.settings.get('privacy')).toBeUndefined();
    expect(q(root, 'privacy-status').textContent).toBe('');
  });

  it('saves a retention period and says it was saved', async () => {
    db = makeDb();
    const root = await mountOptions();
    chooseDays(root, '30');
    click(q(root, 'privacy-save'));
    await settleDb();
    expect(await getPrivacySettings(db)).toEqual({ redactPatientDetails: true, retentionDays: 30 });
    expect(q(root, 'privacy-status').textContent).toBe('Saved.');
    expect(q(root, 'privacy-save').textContent).toBe('Save');
  });

  it('saves with redaction turned off', async () => {
    db = makeDb();
    const root = await mountOptions();
    click(q(root, 'privacy-redact'));
    click(q(root, 'privacy-save'));
    await settleDb();
    expect(await getPrivacySettings(db)).toEqual({ redactPatientDetails: false, retentionDays: null });
    expect(q(root, 'privacy-status').textContent).toBe('Saved.');
    expect((q(root, 'privacy-redact') as HTMLInputElement).checked).toBe(false);
  });

  it('deletes the transcript text of a meeting older than the new period and says how many', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0 + 3 * DAY_MS);
    db = makeDb();
    const utterances = ['Morning all, Tom Richards, clinical director of Townships 1 PCN.', 'The enhanced access figures are in.'].map((text, i) =>
      makeUtterance({ id: `session-0001:${i}`, speaker: i === 0 ? 'Dr Tom Richards' : 'Helen Marsh', text, startMs: T0 + i * 20_000, endMs: T0 + i * 20_000 + 15_000, isFinal: true }),
    );
    const meeting = await recordCaptureReport(db, makeBatch({ utterances }), { tabId: 1, nowMs: T0 + 50_000 });
    await recordCaptureReport(db, makeBatch({ isPageClosing: true }), { tabId: 1, nowMs: T0 + 60_000 });
    const root = await mountOptions();
    expect((await getMeetingBundle(db, meeting.id))!.utterances.every((u) => u.text.length > 0)).toBe(true);

    chooseDays(root, '1');
    expect(q(root, 'privacy-save').textContent).toBe('Save and delete transcripts older than 1 day');
    click(q(root, 'privacy-save'));
    await settleDb();

    const bundle = (await getMeetingBundle(db, meeting.id))!;
    expect(bundle.utterances.map((u) => u.text)).toEqual(['', '']);
    expect(q(root, 'privacy-status').textContent).toBe('Saved. Transcript text was deleted from 1 meeting.');
    expect(await getPrivacySettings(db)).toEqual({ redactPatientDetails: true, retentionDays: 1 });
  });
});
