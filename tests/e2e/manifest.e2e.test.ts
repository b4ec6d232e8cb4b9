import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Reads the BUILT manifests, which are what a browser installs: wxt.config.ts
// is only their recipe. This file is an end-to-end test because unit tests run
// before the build (scripts/test.mjs).
const OUTPUT = join(__dirname, '..', '..', '.output');
const BUILDS = [
  { name: 'Chrome MV3', dir: 'chrome-mv3', command: 'npx wxt build' },
  { name: 'Firefox MV2', dir: 'firefox-mv2', command: 'npx wxt build -b firefox' },
] as const;

const MEETING_MATCHES = ['https://meet.google.com/*', 'https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'];
const ALLOWED_PERMISSIONS = ['storage', 'alarms', 'scripting', 'sidePanel'];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  content_scripts?: { matches: string[]; exclude_matches?: string[] }[];
  externally_connectable?: unknown;
  web_accessible_resources?: unknown[];
  update_url?: string;
  sandbox?: unknown;
}

function readManifest(dir: string, command: string): Manifest {
  const path = join(OUTPUT, dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`There is no built manifest at ${path}. Run \`${command}\` first, then run this test again.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** A CSP string as directive → sources. */
function parseCsp(csp: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Why a CSP lets extension pages reach the network or run foreign code; empty when it does not. */
function cspProblems(csp: string | undefined): string[] {
  if (!csp) return ['there is no content security policy, so the browser default (which allows connections) applies'];
  const d = parseCsp(csp);
  const problems: string[] = [];
  // connect-src falls back to default-src when absent.
  const connect = d.get('connect-src') ?? d.get('default-src');
  if (!connect) problems.push('neither connect-src nor default-src is set');
  else if (!(connect.length === 1 && (connect[0] === "'none'" || connect[0] === "'self'"))) problems.push(`connect-src allows ${connect.join(' ')}`);
  for (const directive of ['script-src', 'default-src', 'object-src']) {
    const sources = d.get(directive);
    if (!sources) {
      if (directive !== 'object-src') problems.push(`${directive} is not set`);
      continue;
    }
    for (const source of sources) {
      if (!["'self'", "'none'", "'wasm-unsafe-eval'"].includes(source)) problems.push(`${directive} allows ${source}`);
    }
  }
  return problems;
}

/** Every match pattern is one of the four meeting hosts. */
function outsideMeetingHosts(patterns: string[]): string[] {
  return patterns.filter((pattern) => !MEETING_MATCHES.includes(pattern));
}

describe('the content security policy check', () => {
  // Negative controls: the check itself must reject what it exists to catch.
  it.each([
    ["script-src 'self'; object-src 'self'; connect-src 'self'; default-src 'self'", []],
    ["script-src 'self'; object-src 'self'; connect-src 'none'; default-src 'self'", []],
    ["script-src 'self'; object-src 'self'; default-src 'self'", []],
    ["script-src 'self'; object-src 'self'", ['neither connect-src nor default-src is set', 'default-src is not set']],
    ["script-src 'self'; connect-src https://example.org; default-src 'self'", ['connect-src allows https://example.org']],
    ["script-src 'self'; connect-src *; default-src 'self'", ['connect-src allows *']],
    ["script-src 'self' 'unsafe-eval'; connect-src 'none'; default-src 'self'", ["script-src allows 'unsafe-eval'"]],
    ["script-src 'self' https://cdn.example.org; connect-src 'none'; default-src 'self'", ['script-src allows https://cdn.example.org']],
  ] as const)('judges %s', (csp, expected) => {
    expect(cspProblems(csp)).toEqual(expected);
  });
});

describe.each(BUILDS)('the built $name manifest', ({ dir, command }) => {
  it('has a content security policy that forbids network connections, remote scripts and eval', () => {
    const manifest = readManifest(dir, command);
    const csp = manifest.content_security_policy;
    const pages = typeof csp === 'string' ? csp : csp?.extension_pages;
    expect(cspProblems(pages)).toEqual([]);
    // Stricter than the check allows: nothing needs a connection at all.
    expect(parseCsp(pages!).get('connect-src')).toEqual(["'none'"]);
    if (typeof csp === 'object') expect(csp.sandbox).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
  });

  it('asks only for storage, alarms and (where the browser needs them) scripting and the side panel', () => {
    const manifest = readManifest(dir, command);
    const asked = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
    expect(asked).toEqual(expect.arrayContaining(['storage', 'alarms']));
    expect(asked.filter((p) => !ALLOWED_PERMISSIONS.includes(p))).toEqual([]);
  });

  it('reaches only the four meeting hosts, and only through content scripts', () => {
    const manifest = readManifest(dir, command);
    expect(outsideMeetingHosts([...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])])).toEqual([]);
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect([...new Set(matches)].sort()).toEqual([...MEETING_MATCHES].sort());
    expect(outsideMeetingHosts(matches)).toEqual([]);
  });

  it('is not reachable from web pages or other extensions, and updates only through its store', () => {
    const manifest = readManifest(dir, command);
    expect(manifest.externally_connectable).toBeUndefined();
    // WXT adds web-accessible resources only for ESM or main-world content
    // scripts; this build has neither, so there must be none.
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.update_url).toBeUndefined();
  });
});
