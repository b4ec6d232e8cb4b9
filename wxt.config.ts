import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension reads meeting pages and writes only to its own IndexedDB.
// Beyond storage it asks only for alarms (to recount overdue actions at
// midnight) and, in Chrome, scripting on the meeting hosts (see below): no
// tabs, no other hosts.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
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
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Primary Care Meeting Companion',
    description:
      'Shows who speaks in Google Meet and Teams calls, from which organisation and for how long. Everything stays on this computer.',
    // Chrome only: `scripting` and the meeting hosts let the background put the
    // capture back into meeting tabs already open when the extension is updated
    // or reloaded (Chrome does not; Firefox does). Same hosts as the content
    // scripts, so the install warning is unchanged; no other site.
    permissions: browser === 'firefox' ? ['storage', 'alarms'] : ['storage', 'alarms', 'scripting'],
    ...(browser === 'firefox'
      ? {}
      : {
          host_permissions: [
            'https://meet.google.com/*',
            'https://teams.microsoft.com/*',
            'https://teams.live.com/*',
            'https://teams.cloud.microsoft/*',
          ],
        }),
    action: { default_title: 'Open the meeting companion' },
    // Extension pages may not load anything from outside the extension, and may
    // not connect anywhere at all: downloads are blob: links, storage is IndexedDB.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'; connect-src 'none'; default-src 'self'"
        : { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'; default-src 'self'" },
    browser_specific_settings: {
      gecko: {
        id: 'primary-care-meeting-companion@nhs-pc.example',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
