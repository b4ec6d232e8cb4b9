import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADDON_ID } from '../e2e-firefox/helpers';

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

type IconSet = Record<string, string>;

interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  description: string;
  icons?: IconSet;
  action?: { default_icon?: IconSet | string; default_title?: string };
  browser_action?: { default_icon?: IconSet | string; default_title?: string };
  sidebar_action?: { default_icon?: IconSet | string };
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
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

/** The width and height of a PNG file, from its IHDR chunk; null when it is not a PNG. */
function pngSize(path: string): { width: number; height: number } | null {
  const bytes = readFileSync(path);
  if (bytes.length < 24 || bytes.toString('latin1', 1, 4) !== 'PNG' || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Why an icon set is wrong: a missing file, not a PNG, or not the size its key says. */
function iconProblems(dir: string, icons: IconSet | string | undefined): string[] {
  if (!icons || typeof icons === 'string') return ['no icons by size'];
  return Object.entries(icons).flatMap(([size, file]) => {
    const path = join(OUTPUT, dir, file);
    if (!existsSync(path)) return [`${file} is missing`];
    const found = pngSize(path);
    if (!found) return [`${file} is not a PNG`];
    return found.width === Number(size) && found.height === Number(size) ? [] : [`${file} is ${found.width}×${found.height}, not ${size}×${size}`];
  });
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

/** Manifest V2 lists host patterns among its permissions; V3 in host_permissions. */
const isHostPattern = (permission: string): boolean => permission.includes('://');

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
    const asked = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].filter((p) => !isHostPattern(p));
    expect(asked).toEqual(expect.arrayContaining(['storage', 'alarms']));
    expect(asked.filter((p) => !ALLOWED_PERMISSIONS.includes(p))).toEqual([]);
  });

  it('reaches only the four meeting hosts: the content scripts, and the page report and capture restart there', () => {
    const manifest = readManifest(dir, command);
    const hosts = [
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
      ...[...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].filter(isHostPattern),
    ];
    // The page report's collector is injected into the meeting tab (Chrome: scripting; Firefox: tabs.executeScript).
    expect([...hosts].sort()).toEqual([...MEETING_MATCHES].sort());
    expect(outsideMeetingHosts(hosts)).toEqual([]);
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

describe.each(BUILDS)('the built $name manifest, as a store receives it', ({ dir, command }) => {
  it('has icons at 16, 32, 48 and 128 px, each a PNG of its size', () => {
    const manifest = readManifest(dir, command);
    expect(Object.keys(manifest.icons ?? {}).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '128']);
    expect(iconProblems(dir, manifest.icons)).toEqual([]);
  });

  it('gives the toolbar button the same icons, not a letter', () => {
    const manifest = readManifest(dir, command);
    const button = manifest.action ?? manifest.browser_action;
    expect(button?.default_title).toBe('Open the meeting companion');
    expect(Object.keys(typeof button?.default_icon === 'object' ? button.default_icon : {})).toEqual(expect.arrayContaining(['16', '32']));
    expect(iconProblems(dir, button?.default_icon)).toEqual([]);
  });

  it('has the name, description and version of the package', () => {
    const manifest = readManifest(dir, command);
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(manifest.name).toBe('Primary Care Meeting Companion');
    expect(manifest.version).toBe(pkg.version);
    // Chrome Web Store and AMO both refuse a description over 132 characters.
    expect(manifest.description.length).toBeLessThanOrEqual(132);
  });
});

describe('the built Chrome MV3 manifest, for the Chrome Web Store and Edge Add-ons', () => {
  it('needs Chrome 116, where the side panel can be opened from the toolbar button', () => {
    const manifest = readManifest('chrome-mv3', 'npx wxt build');
    expect(manifest.minimum_chrome_version).toBe('116');
    expect(manifest.manifest_version).toBe(3);
  });

  it('carries no Firefox-only settings', () => {
    expect(readManifest('chrome-mv3', 'npx wxt build').browser_specific_settings).toBeUndefined();
  });
});

describe('the built Firefox manifest, for addons.mozilla.org', () => {
  it('has a permanent add-on id that is not a placeholder', () => {
    const gecko = readManifest('firefox-mv2', 'npx wxt build -b firefox').browser_specific_settings?.gecko;
    expect(gecko?.id).toBe(ADDON_ID);
    expect(gecko?.id).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
    expect(gecko?.id).not.toMatch(/example|test|invalid|localhost/i);
  });

  it('declares that it collects no data, and the Firefox version that understands that', () => {
    const manifest = readManifest('firefox-mv2', 'npx wxt build -b firefox');
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko?.strict_min_version).toBe('142.0');
    expect(manifest.minimum_chrome_version).toBeUndefined();
  });

  it('gives the sidebar the extension\'s icon', () => {
    const manifest = readManifest('firefox-mv2', 'npx wxt build -b firefox');
    expect(iconProblems('firefox-mv2', manifest.sidebar_action?.default_icon)).toEqual([]);
  });
});
