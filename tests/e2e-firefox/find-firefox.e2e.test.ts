import { describe, expect, it } from 'vitest';
import { findFirefox, FirefoxNotFoundError } from '../../simulator/harness/firefox-bidi.mjs';

// Without Firefox the Firefox tests must fail and say how to install it, never skip.
describe('finding Firefox', () => {
  it('names the apt package when no Firefox is installed', () => {
    expect(() => findFirefox({ env: {}, candidates: ['/nonexistent/firefox-esr'] })).toThrow(FirefoxNotFoundError);
    expect(() => findFirefox({ env: {}, candidates: ['/nonexistent/firefox-esr'] })).toThrow(/apt-get install -y firefox-esr/);
  });

  it('says when FIREFOX_PATH points at nothing, and uses it when it exists', () => {
    expect(() => findFirefox({ env: { FIREFOX_PATH: '/nonexistent/firefox' } })).toThrow(/FIREFOX_PATH is set to \/nonexistent\/firefox, but there is no file there/);
    expect(findFirefox({ env: { FIREFOX_PATH: process.execPath }, candidates: [] })).toBe(process.execPath);
  });
});
