import { execFileSync } from 'node:child_process';

/** Builds the Firefox add-on under test, so the tests never run against a stale build. */
export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'ignore' });
}
