// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { key, mount, q, qq, type } from '../helpers/dom';
import { AssignOrganisation, type OrganisationChoice } from '@/components/assign-organisation';
import { OdsImportReport } from '@/components/ods-import-report';
import { ParticipantOrganisations } from '@/components/participant-organisations';
import { PrimaryCareHeadline } from '@/components/primary-care-headline';
import { SilentOrganisations } from '@/components/silent-organisations';
import { TimelineStrip } from '@/components/timeline-strip';


const suggestions = [
  { id: 'ods:RHQ', name: 'SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST', sector: 'acute_trust' as const, odsCode: 'RHQ' },
  { id: 'ods:TAH', name: 'SHEFFIELD HEALTH PARTNERSHIP UNIVERSITY NHS FOUNDATION TRUST', sector: 'community_mental_health_trust' as const, odsCode: 'TAH' },
];

describe('AssignOrganisation', () => {
  it('offers directory matches as a combobox and chooses with the keyboard', () => {
    const chosen: OrganisationChoice[] = [];
    const root = mount(<AssignOrganisation personName="Mark Ellison" idPrefix="a" suggest={() => suggestions} onChoose={(c) => chosen.push(c)} onCancel={() => undefined} />);
    const input = q(root, 'assign-org-input') as HTMLInputElement;
    expect(input.getAttribute('role')).toBe('combobox');
    type(input, 'sheff');
    expect(qq(root, 'assign-org-option').map((o) => o.textContent)).toEqual([
      'SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST Acute',
      'SHEFFIELD HEALTH PARTNERSHIP UNIVERSITY NHS FOUNDATION TRUST MH/community',
      'Add “sheff” as a new organisation',
    ]);
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('a-option-1');
    key(input, 'Enter');
    expect(chosen).toEqual([{ name: 'SHEFFIELD HEALTH PARTNERSHIP UNIVERSITY NHS FOUNDATION TRUST', organisationId: 'ods:TAH', odsCode: 'TAH', sector: 'community_mental_health_trust' }]);
  });

  it('adds a typed name as a new organisation once a sector is chosen', () => {
    const chosen: OrganisationChoice[] = [];
    const root = mount(<AssignOrganisation personName="Jo" idPrefix="b" suggest={() => []} onChoose={(c) => chosen.push(c)} onCancel={() => undefined} />);
    type(q(root, 'assign-org-input') as HTMLInputElement, 'Voluntary Action Sheffield');
    key(q(root, 'assign-org-input'), 'Enter');
    const save = q(root, 'assign-new-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    const select = q(root, 'assign-new-sector') as HTMLSelectElement;
    act(() => {
      select.value = 'vcse';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => save.click());
    expect(chosen).toEqual([{ name: 'Voluntary Action Sheffield', organisationId: null, odsCode: null, sector: 'vcse' }]);
  });

  it('cancels with Escape', () => {
    let cancelled = false;
    const root = mount(<AssignOrganisation personName="Jo" idPrefix="c" suggest={() => []} onChoose={() => undefined} onCancel={() => (cancelled = true)} />);
    key(q(root, 'assign-org-input'), 'Escape');
    expect(cancelled).toBe(true);
  });
});

describe('ParticipantOrganisations', () => {
  it('lists the unknown first, gives the reason, and opens the type-ahead', () => {
    const root = mount(
      <ParticipantOrganisations
        suggest={() => []}
        onAssign={() => undefined}
        rows={[
          { displayName: 'RICHARDS, Tom (TOWNSHIPS 1 PCN)', personName: 'Tom Richards', organisationName: 'Townships 1 PCN', sector: 'pcn', confidence: 'high', reason: 'The NHSmail name says Townships 1 PCN.', isRoom: false },
          { displayName: 'Meeting Room 3', personName: 'Meeting Room 3', organisationName: null, sector: 'unknown', confidence: 'high', reason: 'A room.', isRoom: true },
          { displayName: 'Mark Ellison', personName: 'Mark Ellison', organisationName: null, sector: 'unknown', confidence: 'none', reason: 'Nothing says.', isRoom: false },
        ]}
      />,
    );
    expect(root.querySelector('summary')!.textContent).toBe('People and organisations: 1 not known yet');
    expect(qq(root, 'participant-org').map((r) => r.getAttribute('data-name'))).toEqual(['Mark Ellison', 'RICHARDS, Tom (TOWNSHIPS 1 PCN)', 'Meeting Room 3']);
    expect(qq(root, 'participant-org')[1]!.textContent).toContain('Townships 1 PCN · PCN');
    expect(qq(root, 'participant-org')[1]!.textContent).toContain('Why? (sure)The NHSmail name says Townships 1 PCN.');
    act(() => qq(root, 'assign-org-open')[0]!.click());
    expect(q(root, 'assign-org-input')).not.toBeNull();
  });
});

describe('organisation summaries', () => {
  it('shows primary care’s share of talk beside its share of the people present', () => {
    const root = mount(<PrimaryCareHeadline headline={{ talkShareRatio: 0.31, attendeeShareRatio: 5 / 12, talkMs: 1, attendees: 5, totalAttendees: 12, speakers: 4 }} />);
    expect(q(root, 'primary-care-talk-share').textContent).toBe('31%');
    expect(q(root, 'primary-care-headline').textContent).toContain('42% of the people here (5 of 12)');
  });

  it('lists the organisations present but silent', () => {
    const root = mount(<SilentOrganisations organisations={[{ key: 'k', name: 'Sheffield City Council', sector: 'local_authority', attendees: 2 }]} />);
    expect(q(root, 'silent-organisation').textContent).toBe('Sheffield City Council (Council, 2 people)');
  });

  it('draws the timeline with a legend in words', () => {
    const root = mount(
      <TimelineStrip
        startMs={0}
        endMs={100_000}
        segments={[
          { startMs: 0, endMs: 50_000, sector: 'icb', speakers: ['A'] },
          { startMs: 50_000, endMs: 75_000, sector: 'pcn', speakers: ['B'] },
        ]}
      />,
    );
    const spans = [...root.querySelectorAll('.timeline-segment')] as HTMLElement[];
    expect(spans.map((s) => [s.style.left, s.style.width])).toEqual([
      ['0%', '50%'],
      ['50%', '25%'],
    ]);
    expect(root.querySelector('.legend')!.textContent).toBe('ICBPCN');
  });

  it('reports an ODS check, with the reason a file was refused', () => {
    const root = mount(
      <OdsImportReport
        check={{ fileName: 'contacts.csv', kindLabel: 'GP practices (epraccur)', totalRows: 2, acceptedRows: 0, organisations: 0, skipped: {}, rejected: [{ line: 1, reason: 'only 2 columns' }], rejectedCount: 2, fatal: 'Nothing was imported.' }}
      />,
    );
    expect(q(root, 'ods-fatal').textContent).toBe('Nothing was imported.');
    expect(q(root, 'ods-rejected').textContent).toBe('Line 1: only 2 columns');
  });
});
