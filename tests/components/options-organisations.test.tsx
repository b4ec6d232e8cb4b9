// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '@/entrypoints/options/app';
import { BUILTIN_ORGANISATIONS } from '@/utils/core/org-directory';
import type { MeetingDb } from '@/utils/db/database';
import { saveMapping } from '@/utils/db/organisations-repo';
import { makeDb, T0 } from '../helpers/builders';
import { choose, click, mount, q, submit, type } from '../helpers/dom';

async function settle(): Promise<void> {
  for (let i = 0; i < 15; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

function chooseFile(input: HTMLElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const practice = (code: string, name: string) => Array.from({ length: 27 }, (_, i) => ({ 0: code, 1: name, 10: '19740401', 12: 'A', 25: '4' })[i as 0] ?? '').join(',');
const epraccur = [practice('C88001', 'BIRCHFIELD MEDICAL PRACTICE'), practice('C88002', 'OAK TREE SURGERY')].join('\r\n');

let db: MeetingDb;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

async function mountOptions(): Promise<HTMLElement> {
  db = makeDb();
  const root = mount(<OptionsApp db={db} />);
  await settle();
  return root;
}

describe('OptionsApp organisations', () => {
  it('checks a file it recognises by name, imports it, and lists it in the directory and the history', async () => {
    const root = await mountOptions();
    chooseFile(q(root, 'ods-file'), new File([epraccur], 'epraccur.csv', { type: 'text/csv' }));
    await settle();
    expect((q(root, 'ods-kind') as HTMLSelectElement).value).toBe('epraccur');
    expect(q(root, 'ods-summary').textContent).toBe('2 rows accepted (2 organisations), 0 rejected, 0 skipped.');

    click(q(root, 'ods-import'));
    await settle();
    expect(q(root, 'ods-message').textContent).toMatch(/^Imported 2 organisations from epraccur\.csv \(\d+\.\d s\)\.$/);
    expect(q(root, 'ods-report')).toBeNull();
    expect(q(root, 'ods-kind')).toBeNull();
    expect(await db.organisations.count()).toBe(2);
    expect(q(root, 'directory-counts').textContent).toBe(
      `${BUILTIN_ORGANISATIONS.length + 2} organisations: 2 imported from ODS, 0 added by you, ${BUILTIN_ORGANISATIONS.length} built in.`,
    );
    expect(q(root, 'ods-history').textContent).toMatch(/: epraccur\.csv \(epraccur\), 2 organisations, 0 rows rejected$/);

    type(q(root, 'directory-search'), 'oak tree');
    expect(q(root, 'directory-rows').textContent).toContain('OAK TREE SURGERY');
  });

  it('asks which list a file is when its name does not say, and refuses one that is not that list', async () => {
    const root = await mountOptions();
    chooseFile(q(root, 'ods-file'), new File(['Name,Email\r\nJo,jo@example.org\r\n'], 'contacts.csv', { type: 'text/csv' }));
    await settle();
    expect((q(root, 'ods-kind') as HTMLSelectElement).value).toBe('');
    expect(q(root, 'ods-report')).toBeNull();

    choose(q(root, 'ods-kind'), 'epraccur');
    expect(q(root, 'ods-fatal').textContent).toMatch(/Nothing was imported\.$/);
    expect((q(root, 'ods-import') as HTMLButtonElement).disabled).toBe(true);
    choose(q(root, 'ods-kind'), '');
    expect(q(root, 'ods-report')).toBeNull();
    expect(await db.organisations.count()).toBe(0);
  });

  it('refuses a file larger than any ODS list without reading it', async () => {
    const root = await mountOptions();
    const file = new File(['x'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'size', { value: 60 * 1_048_576 });
    const text = vi.spyOn(file, 'text');
    chooseFile(q(root, 'ods-file'), file);
    await settle();
    expect(q(root, 'ods-message').textContent).toBe('huge.csv is 60 MB, larger than any ODS list. Nothing was imported.');
    expect(q(root, 'ods-message').getAttribute('role')).toBe('alert');
    expect(text).not.toHaveBeenCalled();
  });

  it('adds an organisation with other names, changes them and deletes it', async () => {
    const root = await mountOptions();
    type(q(root, 'org-name'), 'Voluntary Action Sheffield');
    choose(q(root, 'org-sector'), 'vcse');
    type(q(root, 'org-aliases'), 'VAS, Voluntary Action');
    submit(root.querySelector('form[aria-labelledby="add-heading"]')!);
    await settle();
    expect(root.querySelector('form[aria-labelledby="add-heading"] [role="status"]')!.textContent).toBe('Added Voluntary Action Sheffield.');
    const [added] = await db.organisations.toArray();
    expect(added).toMatchObject({ name: 'Voluntary Action Sheffield', sector: 'vcse', aliases: ['VAS', 'Voluntary Action'], source: 'user' });
    expect(q(root, 'directory-rows').textContent).toContain('Also: VAS, Voluntary Action');

    vi.spyOn(window, 'prompt').mockReturnValue('VAS,  Sheffield VAS ');
    click(root.querySelector<HTMLButtonElement>('#directory-heading ~ .table-scroll table button.link')!);
    await settle();
    expect((await db.organisations.get(added!.id))!.aliases).toEqual(['VAS', 'Sheffield VAS']);

    click(root.querySelector<HTMLButtonElement>('[aria-label="Delete Voluntary Action Sheffield"]')!);
    await settle();
    expect(await db.organisations.count()).toBe(0);
    expect(q(root, 'directory-rows').textContent).not.toContain('Voluntary Action Sheffield');
  });

  it('lists remembered choices and forgets one', async () => {
    const root = await mountOptions();
    expect(q(root, 'mappings-empty').textContent).toBe('No choices yet.');
    await saveMapping(db, 'Jo Bloggs', { organisationName: 'Townships 1 PCN', organisationId: null, odsCode: null, sector: 'pcn' }, T0);
    await settle();
    expect(q(root, 'mapping-rows').textContent).toContain('Townships 1 PCN');

    click(root.querySelector<HTMLButtonElement>('[aria-label="Forget the choice for Jo Bloggs"]')!);
    await settle();
    expect(await db.mappings.count()).toBe(0);
    expect(q(root, 'mappings-empty')).not.toBeNull();
  });
});
