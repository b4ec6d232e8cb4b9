import { describe, expect, it } from 'vitest';
import { computeRag, filterActions, formatRef, isOverdue, isoDateOf, type LoggedAction } from '@/utils/core/action-log';
import { seriesKeysFor, seriesTitleKey } from '@/utils/core/series';

const TODAY = '2026-11-23';
const action = (overrides: Partial<LoggedAction> = {}): LoggedAction => ({
  kind: 'action',
  status: 'open',
  dueDate: '2026-12-11',
  ragOverride: null,
  organisation: 'Townships 1 PCN',
  sector: 'pcn',
  ...overrides,
});

describe('RAG and overdue', () => {
  it.each([
    [{ dueDate: '2026-11-20' }, 'red'],
    [{ dueDate: '2026-11-23' }, 'amber'],
    [{ dueDate: '2026-11-30' }, 'amber'],
    [{ dueDate: '2026-12-01' }, 'green'],
    [{ dueDate: null }, 'amber'],
    [{ status: 'done' as const, dueDate: '2026-11-01' }, 'green'],
    [{ status: 'dropped' as const }, 'grey'],
    [{ dueDate: '2026-11-20', ragOverride: 'amber' as const }, 'amber'],
  ])('%j is %s', (overrides, rag) => {
    expect(computeRag(action(overrides), TODAY)).toBe(rag);
  });

  it('counts only open actions whose due date has passed as overdue', () => {
    expect(isOverdue(action({ dueDate: '2026-11-22' }), TODAY)).toBe(true);
    expect(isOverdue(action({ dueDate: '2026-11-23' }), TODAY)).toBe(false);
    expect(isOverdue(action({ dueDate: '2026-11-01', status: 'done' }), TODAY)).toBe(false);
    expect(isOverdue(action({ dueDate: null }), TODAY)).toBe(false);
    expect(isOverdue(action({ kind: 'decision', dueDate: '2026-01-01' }), TODAY)).toBe(false);
  });

  it('reads today in local time', () => {
    expect(isoDateOf(new Date(2026, 10, 23, 23, 59).getTime())).toBe('2026-11-23');
  });
});

describe('refs and filters', () => {
  it('writes refs the way action logs do', () => {
    expect(formatRef('action', 2026, 14)).toBe('A-2026-014');
    expect(formatRef('decision', 2027, 3)).toBe('D-2027-003');
  });

  it('filters by status, overdue, organisation and sector', () => {
    const all = [
      action({ dueDate: '2026-11-01' }),
      action({ status: 'done' }),
      action({ organisation: 'Sheffield City Council', sector: 'local_authority' }),
      action({ kind: 'decision', status: 'done', dueDate: null }),
    ];
    const count = (filter: Parameters<typeof filterActions>[1]) => filterActions(all, filter, TODAY).length;
    expect(count({ show: 'open', organisation: null, sector: null })).toBe(2);
    expect(count({ show: 'overdue', organisation: null, sector: null })).toBe(1);
    expect(count({ show: 'done', organisation: null, sector: null })).toBe(1);
    expect(count({ show: 'all', organisation: null, sector: null })).toBe(4);
    expect(count({ show: 'open', organisation: 'Sheffield City Council', sector: null })).toBe(1);
    expect(count({ show: 'all', organisation: null, sector: 'pcn' })).toBe(3);
  });
});

describe('series', () => {
  it.each([
    ['Sheffield Place PCCC – November 2026', 'sheffield place pccc'],
    ['Sheffield Place PCCC - 18/11/2026', 'sheffield place pccc'],
    ['PCN CD forum (Dec 2026 meeting)', 'pcn cd forum'],
    ['Place Board 18th November', 'place board'],
    ['Monthly meeting: urgent care board', 'urgent care board'],
  ])('%s → %s', (title, key) => {
    expect(seriesTitleKey(title)).toBe(key);
  });

  it('keys a meeting by its link and its title', () => {
    expect(seriesKeysFor({ platform: 'meet', code: 'abc-defg-hij', title: 'Forum – March' })).toEqual({ linkKey: 'meet:abc-defg-hij', titleKey: 'forum' });
    expect(seriesKeysFor({ platform: 'teams', code: null, title: 'November 2026' })).toEqual({ linkKey: null, titleKey: null });
  });
});
