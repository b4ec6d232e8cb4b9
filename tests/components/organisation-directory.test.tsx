// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OrganisationDirectory, type DirectoryCounts } from '@/components/organisation-directory';
import type { OrganisationRecord } from '@/utils/core/org-directory';
import { click, mount, q, type } from '../helpers/dom';

const org = (overrides: Partial<OrganisationRecord>): OrganisationRecord => ({
  id: 'ods:C88001',
  name: 'BIRCHFIELD MEDICAL PRACTICE',
  odsCode: 'C88001',
  sector: 'general_practice',
  aliases: [],
  source: 'ods',
  odsReport: 'epraccur',
  parentCode: null,
  ...overrides,
});

const rows = [
  org({}),
  org({ id: 'user:1', name: 'Voluntary Action Sheffield', odsCode: null, sector: 'vcse', aliases: ['VAS', 'Voluntary Action'], source: 'user', odsReport: null }),
  org({ id: 'builtin:nhse', name: 'NHS England', odsCode: 'X24', sector: 'nhs_england', source: 'builtin', odsReport: null }),
];

const counts: DirectoryCounts = { total: 12_345, ods: 12_343, user: 1, builtin: 1 };

function render(overrides: Partial<Pick<Parameters<typeof OrganisationDirectory>[0], 'counts' | 'query' | 'rows'>> = {}) {
  const props = { counts, query: '', rows, ...overrides, onQueryChange: vi.fn(), onSetAliases: vi.fn(), onDelete: vi.fn() };
  return { props, root: mount(<OrganisationDirectory {...props} />) };
}

const cells = (root: HTMLElement) => [...q(root, 'directory-rows').querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('OrganisationDirectory', () => {
  it('counts the organisations by where they came from', () => {
    const { root } = render();
    expect(q(root, 'directory-counts').textContent).toBe('12,345 organisations: 12,343 imported from ODS, 1 added by you, 1 built in.');
  });

  it('lists each organisation with its code, other names, sector and source; only those added by the user can be changed', () => {
    const { root } = render();
    expect(cells(root)).toEqual([
      ['BIRCHFIELD MEDICAL PRACTICE (C88001)', 'General practice', 'ODS epraccur', ''],
      ['Voluntary Action SheffieldAlso: VAS, Voluntary Action', 'Voluntary, community and social enterprise', 'You', 'Other names Delete'],
      ['NHS England (X24)', 'NHS England', 'Built in', ''],
    ]);
  });

  it('reports what is typed in the search box', () => {
    const { props, root } = render();
    type(q(root, 'directory-search'), 'birch');
    expect(props.onQueryChange).toHaveBeenCalledWith('birch');
  });

  it('says imported and built-in organisations are found by searching, until a search is typed', () => {
    expect(render().root.textContent).toContain('Search to see the imported and built-in organisations.');
    expect(render({ query: 'birch' }).root.textContent).not.toContain('Search to see');
    expect(render({ counts: { total: 249, ods: 0, user: 1, builtin: 248 } }).root.textContent).toContain('Search to see the built-in organisations.');
    expect(render({ counts: { total: 1, ods: 0, user: 1, builtin: 0 } }).root.textContent).not.toContain('Search to see');
  });

  it('says which organisations are built in, from where, as of when, and that the user’s own come first', () => {
    const text = q(render().root, 'directory-builtin').textContent!;
    expect(text).toMatch(/^Built in: NHS England, the integrated care boards and the NHS trusts in England, from the NHS Organisation Data Service \(ODS\) as of [A-Z][a-z]+ \d{4}\./);
    expect(text).toContain('What you import or add, and the choices you make, come first.');
    expect(render({ counts: { total: 1, ods: 0, user: 1, builtin: 0 } }).root.querySelector('[data-testid="directory-builtin"]')).toBeNull();
  });

  it('shows an empty table when nothing matches', () => {
    const { root } = render({ query: 'zzz', rows: [] });
    expect(cells(root)).toEqual([]);
  });

  it('asks for other names with the current ones filled in, and passes on what was typed', () => {
    const prompt = vi.spyOn(window, 'prompt').mockReturnValue('VAS, Voluntary Action Sheffield');
    const { props, root } = render();
    click(root.querySelector<HTMLButtonElement>('button.link')!);
    expect(prompt).toHaveBeenCalledWith('Other names for Voluntary Action Sheffield, separated by commas', 'VAS, Voluntary Action');
    expect(props.onSetAliases).toHaveBeenCalledWith('user:1', ['VAS', ' Voluntary Action Sheffield']);
  });

  it('changes nothing when the prompt is cancelled', () => {
    vi.spyOn(window, 'prompt').mockReturnValue(null);
    const { props, root } = render();
    click(root.querySelector<HTMLButtonElement>('button.link')!);
    expect(props.onSetAliases).not.toHaveBeenCalled();
  });

  it('deletes an organisation the user added', () => {
    const { props, root } = render();
    click(root.querySelector<HTMLButtonElement>('[aria-label="Delete Voluntary Action Sheffield"]')!);
    expect(props.onDelete).toHaveBeenCalledWith('user:1');
  });

  it('ends with what it is given, inside the section', () => {
    const root = mount(
      <OrganisationDirectory counts={counts} query="" rows={[]} onQueryChange={() => undefined} onSetAliases={() => undefined} onDelete={() => undefined}>
        <form data-testid="child-form" />
      </OrganisationDirectory>,
    );
    expect(q(root, 'child-form').parentElement!.tagName).toBe('SECTION');
    expect(q(root, 'child-form').previousElementSibling!.textContent).toBe('Search to see the imported and built-in organisations.');
  });
});
