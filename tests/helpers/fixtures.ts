import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

/** Parses a committed fixture file into a Document (needs the jsdom environment). */
export function loadFixtureDocument(path: string): Document {
  const html = readFileSync(join(FIXTURES_DIR, path), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * Resolves a fixture reference: `meet/file.html` is the whole document,
 * `meet/file.html#row1` the element marked `data-fixture="row1"`.
 */
export function loadFixtureRoot(reference: string): ParentNode {
  const [path, anchor] = reference.split('#');
  const doc = loadFixtureDocument(path!);
  if (!anchor) return doc;
  const root = doc.querySelector(`[data-fixture="${anchor}"]`);
  if (!root) throw new Error(`Fixture ${path} has no element marked data-fixture="${anchor}"`);
  return root;
}

/** Every fixture file of a platform, as `platform/file.html`. */
export function listFixtureFiles(platform: string): string[] {
  return readdirSync(join(FIXTURES_DIR, platform))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${platform}/${f}`);
}
