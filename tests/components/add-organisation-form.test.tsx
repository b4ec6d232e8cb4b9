// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { AddOrganisationForm, type AddOrganisationOutcome, type OrganisationInput } from '@/components/add-organisation-form';
import { choose, mount, q, settle, submit, type } from '../helpers/dom';

const value = (root: HTMLElement, selector: string) => (root.querySelector(selector) as HTMLInputElement | HTMLSelectElement).value;

function fill(root: HTMLElement): void {
  type(q(root, 'org-name'), 'Voluntary Action Sheffield');
  choose(q(root, 'org-sector'), 'vcse');
  type(root.querySelector('#org-code')!, 'x1');
  type(q(root, 'org-aliases'), 'VAS, Voluntary Action; Sheffield CVS');
}

describe('AddOrganisationForm', () => {
  it('offers every sector but "unknown", after a prompt to choose', () => {
    const root = mount(<AddOrganisationForm onAdd={vi.fn()} />);
    const options = [...(q(root, 'org-sector') as HTMLSelectElement).options];
    expect(options[0]!.value).toBe('');
    expect(options[0]!.textContent).toBe('Choose a sector');
    expect(options.map((o) => o.value)).toContain('vcse');
    expect(options.map((o) => o.value)).not.toContain('unknown');
    expect(root.querySelector('[role="alert"], [role="status"]')).toBeNull();
  });

  it('passes on what was typed, with the other names split at commas and semicolons, and clears all but the sector once added', async () => {
    const onAdd = vi.fn((_: OrganisationInput) => Promise.resolve<AddOrganisationOutcome>({ ok: true, text: 'Added Voluntary Action Sheffield.' }));
    const root = mount(<AddOrganisationForm onAdd={onAdd} />);
    fill(root);
    submit(root.querySelector('form')!);
    await settle();
    expect(onAdd.mock.calls).toEqual([[{ name: 'Voluntary Action Sheffield', sector: 'vcse', odsCode: 'x1', aliases: ['VAS', ' Voluntary Action', ' Sheffield CVS'] }]]);
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('Added Voluntary Action Sheffield.');
    expect(status.className).toBe('success');
    expect([value(root, '#org-name'), value(root, '#org-sector'), value(root, '#org-code'), value(root, '#org-aliases')]).toEqual(['', 'vcse', '', '']);
  });

  it('keeps what was typed when the organisation is refused, and says why', async () => {
    const onAdd = vi.fn(() => Promise.resolve<AddOrganisationOutcome>({ ok: false, text: 'An ODS code is 2 to 12 letters and digits, such as RHQ or C88001.' }));
    const root = mount(<AddOrganisationForm onAdd={onAdd} />);
    fill(root);
    submit(root.querySelector('form')!);
    await settle();
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toBe('An ODS code is 2 to 12 letters and digits, such as RHQ or C88001.');
    expect(alert.className).toBe('error');
    expect([value(root, '#org-name'), value(root, '#org-sector'), value(root, '#org-code'), value(root, '#org-aliases')]).toEqual([
      'Voluntary Action Sheffield',
      'vcse',
      'x1',
      'VAS, Voluntary Action; Sheffield CVS',
    ]);
  });

  it('passes on an empty form as it is, for onAdd to refuse', async () => {
    const onAdd = vi.fn(() => Promise.resolve<AddOrganisationOutcome>({ ok: false, text: 'Type the organisation’s name.' }));
    const root = mount(<AddOrganisationForm onAdd={onAdd} />);
    submit(root.querySelector('form')!);
    await settle();
    expect(onAdd).toHaveBeenCalledWith({ name: '', sector: '', odsCode: '', aliases: [''] });
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Type the organisation’s name.');
  });
});
