import { execFileSync } from 'node:child_process';

/** Builds the extensions under test, so the tests never run against a stale build. */
export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  // The manifest checks read the Firefox build too.
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'ignore' });
}
