import { afterAll, describe, expect, it } from 'vitest';
import { findWelcomeTab, launchFirefoxWithExtension } from '../../simulator/harness/firefox-bidi.mjs';
import { ADDON_ID, FIREFOX_EXTENSION_DIR, type Firefox } from './helpers';

let firefox: Firefox | undefined;
afterAll(async () => {
  await firefox?.close();
});

describe('the first run in Firefox', () => {
  it('opens the welcome page when the add-on is installed, with its steps', async () => {
    firefox = await launchFirefoxWithExtension({ extensionDir: FIREFOX_EXTENSION_DIR, addonId: ADDON_ID, keepWelcomePage: true });
    const context = await findWelcomeTab(firefox.bidi);
    expect(context, 'the welcome page opened on install').not.toBeNull();
    const page = await firefox.evaluate(context!, async () => {
      for (let i = 0; i < 50 && !document.querySelector('[data-testid="welcome"]'); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        h1: [...document.querySelectorAll('h1')].map((h) => h.textContent),
        steps: document.querySelectorAll('[data-testid="getting-started"] > li').length,
        button: document.querySelector('[data-testid="welcome-open-panel"]')?.textContent ?? null,
      };
    });
    expect(page).toEqual({ h1: ['Welcome to the Primary Care Meeting Companion'], steps: 3, button: 'Open the sidebar' });
  });
});
