// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { TranscriptImport, type TranscriptImportStatus } from '@/components/transcript-import';
import { OptionsApp } from '@/entrypoints/options/app';
import { App } from '@/entrypoints/sidepanel/app';
import type { MeetingDb } from '@/utils/db/database';
import { savePrivacySettings } from '@/utils/db/settings-repo';
import { makeDb } from '../helpers/builders';
import { click, mount, q, qq, submit, type } from '../helpers/dom';

const FIXTURES = join(__dirname, '..', 'fixtures', 'transcripts');
const fixtureFile = (name: string, lastModified = new Date(2026, 10, 18, 11, 30).getTime()): File =>
  new File([readFileSync(join(FIXTURES, name))], name, { lastModified });

let databases: MeetingDb[] = [];
let containers: HTMLElement[] = [];
afterEach(async () => {
  for (const c of containers) {
    render(null, c);
    c.remove();
  }
  containers = [];
  for (const db of databases) await db.delete();
  databases = [];
});

async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 15)));
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await settle(1);
  if (!check()) throw new Error(`Timed out waiting for ${what}: ${document.body.textContent?.slice(0, 600)}`);
}

function mountIn(node: preact.ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  act(() => render(node, container));
  return container;
}

/** The accessible name of a form control: the text of the label that points at it. */
function accessibleName(root: HTMLElement, input: HTMLElement): string {
  return root.querySelector(`label[for="${input.id}"]`)?.textContent?.trim() ?? '';
}

function choose(input: HTMLElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** A drop of `files` onto an element, as the browser sends it. */
function drop(target: HTMLElement, files: File[]): void {
  const event = new Event('drop', { bubbles: true, cancelable: true }) as Event & { dataTransfer: unknown };
  Object.defineProperty(event, 'dataTransfer', { value: { files, dropEffect: 'none' } });
  act(() => {
    target.dispatchEvent(new Event('dragenter', { bubbles: true, cancelable: true }));
  });
  act(() => {
    target.dispatchEvent(event);
  });
}

const noop = (): void => undefined;

describe('TranscriptImport', () => {
  const idle: TranscriptImportStatus = { kind: 'idle' };

  it('is a file input whose accessible name is exactly "Import a transcript", described by what it takes', () => {
    const root = mount(<TranscriptImport status={idle} idPrefix="t" onChooseFile={noop} onTooManyFiles={noop} onDetailsChange={noop} onSave={noop} onCancel={noop} />);
    const input = q(root, 'import-file') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(accessibleName(root, input)).toBe('Import a transcript');
    expect(root.querySelector(`#${input.getAttribute('aria-describedby')!}`)!.textContent).toContain('.vtt, .docx or .txt');
  });

  it('takes a dropped file, and asks for one file at a time', () => {
    const chosen: string[] = [];
    let tooMany = 0;
    const root = mount(
      <TranscriptImport status={idle} idPrefix="t" onChooseFile={(f) => chosen.push(f.name)} onTooManyFiles={() => (tooMany += 1)} onDetailsChange={noop} onSave={noop} onCancel={noop} />,
    );
    drop(q(root, 'import-drop'), [new File(['x'], 'board.vtt')]);
    drop(q(root, 'import-drop'), [new File(['x'], 'a.vtt'), new File(['y'], 'b.vtt')]);
    expect(chosen).toEqual(['board.vtt']);
    expect(tooMany).toBe(1);
  });

  it('shows a refusal as an alert', () => {
    const root = mount(
      <TranscriptImport
        status={{ kind: 'failed', fileName: 'empty.txt', message: 'This file is empty. Nothing was imported.' }}
        idPrefix="t"
        onChooseFile={noop}
        onTooManyFiles={noop}
        onDetailsChange={noop}
        onSave={noop}
        onCancel={noop}
      />,
    );
    expect(q(root, 'import-error').getAttribute('role')).toBe('alert');
    expect(q(root, 'import-error').textContent).toBe('empty.txt: This file is empty. Nothing was imported.');
  });
});

describe('importing a transcript in the side panel', () => {
  async function openPastMeetings(db: MeetingDb): Promise<HTMLElement> {
    const root = mountIn(<App db={db} />);
    await settle(3);
    click(q(root, 'nav-history'));
    await settle(3);
    return root;
  }

  it('previews a Teams WebVTT file, saves it with the edited title, and opens it as a meeting with its figures', async () => {
    const db = makeDb();
    databases.push(db);
    const root = await openPastMeetings(db);
    choose(q(root, 'import-file'), fixtureFile('teams-2026-11-18-pcc.vtt'));
    await until(() => !!q(root, 'import-preview'), 'the preview');

    expect(q(root, 'import-format').textContent).toBe('Microsoft Teams transcript (WebVTT, .vtt): teams-2026-11-18-pcc.vtt');
    expect(document.activeElement?.textContent).toBe('Check before saving');
    expect(q(root, 'import-figures').textContent).toBe('4 speakers, 97 words in 8 utterances, 0:58 long.');
    expect(q(root, 'import-timing').textContent).toBe('Talk time from the transcript’s timings.');
    expect(q(root, 'import-skipped').textContent).toContain('1 cue with a time that could not be read (line 36)');
    expect(q(root, 'import-unknown').textContent).toContain('5 words have no speaker');
    expect(qq(root, 'import-note').map((n) => n.textContent)).toEqual([
      'The file does not say when the meeting was: the date and time below are a guess from the file, so check them.',
    ]);
    expect((q(root, 'import-title') as HTMLInputElement).value).toBe('teams-2026-11-18-pcc');
    expect((q(root, 'import-date') as HTMLInputElement).value).toBe('2026-11-18');
    expect((q(root, 'import-time') as HTMLInputElement).value).toBe('11:30');
    expect(await db.meetings.count()).toBe(0);

    type(q(root, 'import-title'), 'Primary Care Commissioning Committee');
    type(q(root, 'import-time'), '10:00');
    click(q(root, 'import-save'));
    await until(() => !!q(root, 'import-message'), 'the saved message');
    expect(q(root, 'import-message').textContent).toBe(
      'Saved “Primary Care Commissioning Committee” (18 Nov 2026): 8 utterances from 4 speakers. It is in Past meetings.',
    );
    await until(() => qq(root, 'history-item').length === 1, 'the history');
    expect(q(root, 'history-item').textContent).toContain('Imported transcript · 18 Nov 2026 10:00');

    click(q(root, 'import-open'));
    await until(() => !!q(root, 'talk-source'), 'the meeting');
    expect(q(root, 'meeting-title').textContent).toBe('Primary Care Commissioning Committee');
    expect(root.querySelector('.meeting-meta')!.textContent).toContain('Imported: Microsoft Teams transcript (WebVTT, .vtt)');
    expect(q(root, 'talk-source').textContent).toMatch(/^Talk time from the transcript’s timings, share of talk time\. Total 0:45 from 4 speakers\.$/);
    expect(root.textContent).toContain('1 part of the file was left out: 1 cue with a time that could not be read (line 36).');
  });

  it('refuses a damaged Word document with the reason, and stores nothing', async () => {
    const db = makeDb();
    databases.push(db);
    const root = await openPastMeetings(db);
    drop(q(root, 'import-drop'), [fixtureFile('damaged.docx')]);
    await until(() => !!q(root, 'import-error'), 'the refusal');
    expect(q(root, 'import-error').textContent).toMatch(/^damaged\.docx: This Word document is damaged and cannot be opened .*Nothing was imported\.$/);
    expect(await db.meetings.count()).toBe(0);
    expect(await db.utterances.count()).toBe(0);
  });

  it('says what needs checking: the date from a Zoom transcript, and a retention setting that will empty an old meeting', async () => {
    const db = makeDb();
    databases.push(db);
    await savePrivacySettings(db, { redactPatientDetails: true, retentionDays: 30 });
    const root = await openPastMeetings(db);
    choose(q(root, 'import-file'), fixtureFile('zoom-2026-11-20-closed-caption.txt', new Date(2025, 0, 10, 12, 0).getTime()));
    await until(() => !!q(root, 'import-preview'), 'the preview');
    expect((q(root, 'import-time') as HTMLInputElement).value).toBe('18:02');
    expect(qq(root, 'import-note').map((n) => n.textContent)).toEqual([
      'The file gives the start time but not the date: check the date.',
      'Your retention setting deletes transcript text 30 days after a meeting, so this meeting’s text will be deleted within a few hours of saving it. Its figures, actions and summary stay.'.replace('’', "'"),
    ]);
    // The browser itself stops an empty required date; a date it lets through that is not real is still refused.
    type(q(root, 'import-date'), '');
    submit(q(root, 'import-save').closest('form')!);
    await until(() => !!q(root, 'import-problem'), 'the problem');
    expect(q(root, 'import-problem').textContent).toBe('Enter the date and start time of the meeting.');
    click(q(root, 'import-cancel'));
    await settle(2);
    expect(q(root, 'import-preview')).toBeNull();
    expect(await db.meetings.count()).toBe(0);
  });
});

describe('importing a transcript on the options page', () => {
  it('has the same "Import a transcript" input, and saves a Google Meet .docx with the title and time it states', async () => {
    const db = makeDb();
    databases.push(db);
    const root = mountIn(<OptionsApp db={db} />);
    await settle(3);
    const input = q(root, 'import-file');
    expect(accessibleName(root, input)).toBe('Import a transcript');
    choose(input, fixtureFile('meet-2026-11-19-place-board.docx'));
    await until(() => !!q(root, 'import-preview'), 'the preview');
    expect(q(root, 'import-format').textContent).toBe('Google Meet transcript (Word document, .docx): meet-2026-11-19-place-board.docx');
    expect(q(root, 'import-timing').textContent).toMatch(/^Talk time from the transcript’s words/);
    expect(q(root, 'import-figures').textContent).toMatch(/^3 speakers, 74 words in 6 utterances, about \d+:\d\d long\.$/);
    expect(qq(root, 'import-note')).toEqual([]);
    click(q(root, 'import-save'));
    await until(() => !!q(root, 'import-message'), 'the saved message');
    expect(q(root, 'import-open')).toBeNull();
    const [meeting] = await db.meetings.toArray();
    expect(meeting).toMatchObject({ platform: 'import', title: 'Rotherham Place Partnership Board', startedAtMs: new Date(2026, 10, 19, 14, 0).getTime() });
    expect((await db.participants.toArray()).map((p) => p.name).sort()).toEqual([
      'BENNETT, Claire (NHS SOUTH YORKSHIRE ICB)',
      'Dr Aisha Malik',
      'Kwame Mensah',
      'Rotherham Council Room',
    ]);
  });
});
