// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { OdsFileImport, type OdsImportRecord } from '@/components/ods-file-import';
import type { OdsCheck } from '@/components/ods-import-report';
import { choose, click, mount, q } from '../helpers/dom';

type Kind = 'epraccur' | 'etr';
const kinds = [
  { id: 'epraccur', label: 'GP practices (epraccur)' },
  { id: 'etr', label: 'NHS trusts (etr)' },
] as const;

const goodCheck: OdsCheck = {
  fileName: 'epraccur.csv',
  kindLabel: 'GP practices (epraccur)',
  totalRows: 6_412,
  acceptedRows: 6_410,
  organisations: 6_410,
  skipped: {},
  rejected: [{ line: 7, reason: 'only 2 columns' }],
  rejectedCount: 2,
  fatal: null,
};

type Props = Parameters<typeof OdsFileImport<Kind>>[0];

function render(overrides: Partial<Pick<Props, 'hasFile' | 'kind' | 'check' | 'message' | 'history'>> = {}) {
  const props = {
    kinds,
    hasFile: false,
    kind: '' as const,
    check: null,
    message: null,
    history: [],
    ...overrides,
    onChooseFile: vi.fn(),
    onChooseKind: vi.fn(),
    onImport: vi.fn(),
  };
  return { props, root: mount(<OdsFileImport<Kind> {...props} />) };
}

function chooseFile(input: HTMLElement, file: File | null): void {
  Object.defineProperty(input, 'files', { value: file ? [file] : [], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('OdsFileImport', () => {
  it('offers only the file input before a file is read', () => {
    const { root } = render();
    expect((q(root, 'ods-file') as HTMLInputElement).accept).toBe('.csv,text/csv');
    expect(q(root, 'ods-kind')).toBeNull();
    expect(q(root, 'ods-report')).toBeNull();
    expect(q(root, 'ods-import')).toBeNull();
    expect(q(root, 'ods-message')).toBeNull();
    expect(q(root, 'ods-history')).toBeNull();
  });

  it('hands the chosen file to onChooseFile, and nothing when the choice is cleared', () => {
    const { props, root } = render();
    const file = new File(['a,b'], 'epraccur.csv', { type: 'text/csv' });
    chooseFile(q(root, 'ods-file'), file);
    chooseFile(q(root, 'ods-file'), null);
    expect(props.onChooseFile.mock.calls).toEqual([[file], [undefined]]);
  });

  it('asks which list a read file is, in the order given, and reports the choice', () => {
    const { props, root } = render({ hasFile: true });
    const select = q(root, 'ods-kind') as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Choose the list'],
      ['epraccur', 'GP practices (epraccur)'],
      ['etr', 'NHS trusts (etr)'],
    ]);
    expect(select.value).toBe('');
    choose(select, 'etr');
    choose(select, '');
    expect(props.onChooseKind.mock.calls).toEqual([['etr'], ['']]);
  });

  it('shows the check and imports when asked', () => {
    const { props, root } = render({ hasFile: true, kind: 'epraccur', check: goodCheck });
    expect((q(root, 'ods-kind') as HTMLSelectElement).value).toBe('epraccur');
    expect(q(root, 'ods-summary').textContent).toBe('6,410 rows accepted (6,410 organisations), 2 rejected, 0 skipped.');
    const button = q(root, 'ods-import') as HTMLButtonElement;
    expect(button.textContent).toBe('Import 6,410 organisations');
    expect(button.disabled).toBe(false);
    click(button);
    expect(props.onImport).toHaveBeenCalledTimes(1);
  });

  it('refuses to import a file the check found unusable, and says why', () => {
    const { props, root } = render({ hasFile: true, kind: 'epraccur', check: { ...goodCheck, acceptedRows: 0, organisations: 0, fatal: 'Nothing was imported.' } });
    expect(q(root, 'ods-fatal').textContent).toBe('Nothing was imported.');
    const button = q(root, 'ods-import') as HTMLButtonElement;
    expect(button.textContent).toBe('Import ');
    expect(button.disabled).toBe(true);
    click(button);
    expect(props.onImport).not.toHaveBeenCalled();
  });

  it.each([
    [{ ok: true, text: 'Imported 5 organisations from epraccur.csv (0.1 s).' }, 'success', 'status'],
    [{ ok: false, text: 'big.csv is 60 MB, larger than any ODS list. Nothing was imported.' }, 'error', 'alert'],
  ])('shows a message as %j', (message, className, role) => {
    const { root } = render({ message });
    const shown = q(root, 'ods-message');
    expect(shown.textContent).toBe(message.text);
    expect(shown.className).toBe(className);
    expect(shown.getAttribute('role')).toBe(role);
  });

  it('lists earlier imports, newest first as given', () => {
    const history: OdsImportRecord[] = [
      { id: 2, atMs: Date.UTC(2026, 10, 18, 12), fileName: 'etr.csv', kind: 'etr', organisations: 215, rejectedCount: 0 },
      { id: 1, atMs: Date.UTC(2026, 10, 2, 12), fileName: 'epraccur.csv', kind: 'epraccur', organisations: 6_410, rejectedCount: 2 },
    ];
    const { root } = render({ history });
    expect(root.querySelector('summary')!.textContent).toBe('Earlier imports');
    expect([...q(root, 'ods-history').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '18 Nov 2026: etr.csv (etr), 215 organisations, 0 rows rejected',
      '2 Nov 2026: epraccur.csv (epraccur), 6,410 organisations, 2 rows rejected',
    ]);
  });
});
