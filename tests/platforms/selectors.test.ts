// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { queryAllTiered, type FixtureMatch, type SelectorTiers } from '@/utils/platforms/dom';
import * as meetSelectors from '@/utils/platforms/meet/selectors';
import * as teamsSelectors from '@/utils/platforms/teams/selectors';
import { listFixtureFiles, loadFixtureRoot } from '../helpers/fixtures';

const platforms: Record<string, Record<string, unknown>> = { meet: meetSelectors, teams: teamsSelectors };

const isTiers = (value: unknown): value is SelectorTiers =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');

describe.each(Object.entries(platforms))('%s selectors', (platform, module) => {
  const tiers = Object.entries(module).filter(([name, value]) => !name.endsWith('_') && isTiers(value)) as [
    string,
    SelectorTiers,
  ][];
  const expectationsOf = (name: string): FixtureMatch[] => (module[`${name}_`] as FixtureMatch[] | undefined) ?? [];

  it('has selector exports', () => {
    expect(tiers.length).toBeGreaterThan(5);
  });

  it.each(tiers)('%s lists expected matches in committed fixtures', (name) => {
    expect(expectationsOf(name).length, `${name}_ is missing or empty`).toBeGreaterThan(0);
  });

  it.each(tiers)('%s: every alternative is valid CSS', (_name, alternatives) => {
    const scratch = document.createElement('div');
    for (const selector of alternatives) expect(() => scratch.querySelectorAll(selector), selector).not.toThrow();
  });

  it.each(tiers)('%s: every alternative matches in at least one fixture', (name, alternatives) => {
    const roots = expectationsOf(name).map(([, reference]) => loadFixtureRoot(reference));
    const dead = alternatives.filter((selector) => !roots.some((root) => root.querySelector(selector)));
    expect(dead, 'alternatives no fixture exercises: add a fixture or drop them').toEqual([]);
  });

  const cases = tiers.flatMap(([name, alternatives]) =>
    expectationsOf(name).map(([count, reference]) => [name, count, reference, alternatives] as const),
  );
  it.each(cases)('%s matches %i in %s', (_name, count, reference, alternatives) => {
    expect(queryAllTiered(loadFixtureRoot(reference), alternatives)).toHaveLength(count);
  });

  it('every fixture file is used by some expectation, and every expectation names an existing fixture', () => {
    const referenced = new Set(cases.map(([, , reference]) => reference.split('#')[0]));
    expect(listFixtureFiles(platform).filter((file) => !referenced.has(file))).toEqual([]);
    for (const file of referenced) expect(() => loadFixtureRoot(file!)).not.toThrow();
  });
});
