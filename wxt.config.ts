import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

/** The add-on's id in Firefox: a GUID, so it claims no domain. Permanent once published. */
const FIREFOX_ADDON_ID = '{153efa8f-6510-4c2f-9c22-f080f1e82a7a}';

/** The toolbar button's icons: the same PNGs as the extension's own (public/icon/). */
const TOOLBAR_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };

// The extension reads meeting pages and writes only to its own IndexedDB.
// Beyond storage it asks only for alarms (to recount overdue actions at
// midnight) and the four meeting hosts, with scripting in Chrome (see below):
// no tabs, no other hosts.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // `npm run zip` / `npm run zip:firefox` make the store packages in .output/.
  // AMO also gets the sources to rebuild the add-on from (docs/store/amo.md):
  // what `npm ci && npm run build:firefox` reads, and nothing generated (build,
  // demo or test output). Tests, the simulator and the dev scripts stay out:
  // WXT leaves out test files anyway, and the rest needs them.
  zip: {
    excludeSources: ['.output/**', 'demo-output/**', 'test-output/**', 'tests/**', 'simulator/**', 'scripts/**', 'vitest*.config.ts', '**/*.log', '**/*.zip'],
  },
  hooks: {
    // Content scripts run inside the meeting page, so every kilobyte counts. They
    // only call runtime.sendMessage and runtime.id, which return promises natively
    // in Chrome MV3 and Firefox, so they use WXT's plain `browser` and leave the
    // ~10 kB webextension-polyfill to the background and side panel.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = viteConfig.resolve?.alias;
      if (alias && !Array.isArray(alias)) {
        (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
        // WXT's content-script context is ~2.9 kB and checks the extension on every
        // timer; ours is what the capture engine uses (utils/platforms/page-context.ts).
        (alias as Record<string, string>)['wxt/utils/content-script-context'] = resolve(import.meta.dirname, 'utils/platforms/page-context.ts');
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Primary Care Meeting Companion',
    description:
      'Shows who speaks in Google Meet and Teams calls, from which organisation and for how long. Everything stays on this computer.',
    // Chrome: `scripting` and the meeting hosts let the background put the
    // capture back into meeting tabs already open when the extension is updated
    // or reloaded (Chrome does not; Firefox does), and let the side panel run
    // the page report's collector (entrypoints/page-report) in the meeting tab
    // when the user asks for one. Firefox (MV2) needs the same hosts for the
    // page report's tabs.executeScript. Same hosts as the content scripts, so
    // the install warning is unchanged; no other site.
    permissions: browser === 'firefox' ? ['storage', 'alarms'] : ['storage', 'alarms', 'scripting'],
    host_permissions: [
      'https://meet.google.com/*',
      'https://teams.microsoft.com/*',
      'https://teams.live.com/*',
      'https://teams.cloud.microsoft/*',
    ],
    // The side panel API (chrome.sidePanel, with setPanelBehavior and open) arrived in Chrome 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    // public/icon/*.png (drawn from assets/icon/icon.svg by `npm run icons`) are
    // the extension's icons; WXT lists them in `icons`.
    action: { default_title: 'Open the meeting companion', default_icon: TOOLBAR_ICONS },
    // Extension pages may not load anything from outside the extension, and may
    // not connect anywhere at all: downloads are blob: links, storage is IndexedDB.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'; connect-src 'none'; default-src 'self'"
        : { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'; default-src 'self'" },
    // Firefox only (Chrome warns about keys it does not know). The id is
    // permanent: AMO ties the listing, updates and users' data to it.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ADDON_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
