import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const platformsDir = join(root, 'utils', 'platforms');
const utilsDir = join(root, 'utils');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(path) ? [path] : [];
  });
}

/** Each `switch` statement's body, from its opening brace to the matching closing one. */
function switchBodies(source: string): string[] {
  const bodies: string[] = [];
  for (const match of source.matchAll(/\bswitch\s*\(/g)) {
    const open = source.indexOf('{', match.index);
    let depth = 0;
    for (let i = open; i < source.length; i += 1) {
      if (source[i] === '{') depth += 1;
      else if (source[i] === '}' && (depth -= 1) === 0) {
        bodies.push(source.slice(open, i + 1));
        break;
      }
    }
  }
  return bodies;
}

describe('switch statements under utils/platforms', () => {
  it.each(sourceFiles(platformsDir).map((path) => [relative(root, path), path]))('%s: every switch ends in assertNever', (_name, path) => {
    for (const body of switchBodies(readFileSync(path, 'utf8'))) {
      expect(body).toMatch(/default:\s*(return\s+)?assertNever\([^)]*\);?\s*\}$/);
    }
  });

  it('finds the switches there are', () => {
    const count = sourceFiles(platformsDir).reduce((sum, path) => sum + switchBodies(readFileSync(path, 'utf8')).length, 0);
    expect(count).toBeGreaterThan(0);
  });
});

describe('switch statements anywhere under utils', () => {
  // A switch over a closed set (a union of literals) ends in assertNever, so a new
  // member fails to compile until it is handled; one over an open set (a version
  // number read from a file, zod's issue codes) has a default that handles the rest.
  it.each(sourceFiles(utilsDir).map((path) => [relative(root, path), path]))('%s: no switch lets a value fall through unhandled', (_name, path) => {
    for (const body of switchBodies(readFileSync(path, 'utf8'))) expect(body).toMatch(/\bdefault:/);
  });
});
