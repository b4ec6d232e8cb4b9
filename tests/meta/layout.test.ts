import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const platforms = readdirSync(join(root, 'utils', 'platforms'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('project layout', () => {
  it('has at least one platform', () => {
    expect(platforms).toContain('meet');
  });

  it.each(platforms)('%s has selectors, an adapter, fixtures, a content script and a simulator', (platform) => {
    expect(existsSync(join(root, 'utils', 'platforms', platform, 'selectors.ts'))).toBe(true);
    expect(existsSync(join(root, 'utils', 'platforms', platform, 'adapter.ts'))).toBe(true);
    const fixtures = join(root, 'tests', 'fixtures', platform);
    expect(readdirSync(fixtures).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(0);
    expect(readFileSync(join(fixtures, 'README.md'), 'utf8')).toContain('|');
    expect(existsSync(join(root, 'entrypoints', `${platform}.content`, 'index.ts'))).toBe(true);
    expect(existsSync(join(root, 'simulator', platform))).toBe(true);
  });

  it('documents every fixture file in the fixture README', () => {
    for (const platform of platforms) {
      const dir = join(root, 'tests', 'fixtures', platform);
      const readme = readFileSync(join(dir, 'README.md'), 'utf8');
      const undocumented = readdirSync(dir).filter((f) => f.endsWith('.html') && !readme.includes(f));
      expect(undocumented).toEqual([]);
    }
  });

  it('keeps the documents a newcomer needs', () => {
    for (const file of ['README.md', 'ARCHITECTURE.md', 'docs/export-format.md', '.ci/run']) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
  });
});
