// The project's whole test run: typecheck, lint, unit tests, both builds, the
// content-script size budget, Firefox lint and the end-to-end tests in real
// Chromium and Firefox. Prints what each step found and ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';

const CONTENT_SCRIPT_BUDGET_BYTES = 25 * 1024;
const results = [];
mkdirSync('test-output', { recursive: true });

function run(command, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

/** A step that counts as one check. */
function check(name, command, args) {
  console.log(`\n▶ ${name}`);
  const { ok, seconds } = run(command, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
}

/** A vitest run whose tests are counted one by one. */
function vitest(name, args, reportFile, env) {
  console.log(`\n▶ ${name}`);
  const { ok, seconds } = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`], env);
  let passed = 0;
  let failed = ok ? 0 : 1;
  if (existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    passed = report.numPassedTests;
    // A suite that fails to load has no failed tests but is still a failure.
    failed = report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0);
    if (!ok && failed === 0) failed = 1;
  }
  results.push({ name, passed, failed, seconds });
}

check('Typecheck (tsc)', 'npx', ['tsc', '--noEmit']);
check('Lint (eslint)', 'npx', ['eslint', '.']);
vitest('Unit tests (core, adapters against fixtures, database, messaging, components)', [], 'test-output/unit.json');
check('Build for Chrome and Edge (MV3)', 'npx', ['wxt', 'build']);
check('Build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);

console.log('\n▶ Content script size');
const contentScriptDir = '.output/chrome-mv3/content-scripts';
const contentScripts = existsSync(contentScriptDir) ? readdirSync(contentScriptDir).filter((f) => f.endsWith('.js')) : [];
if (contentScripts.length === 0) results.push({ name: 'Content scripts built', passed: 0, failed: 1, seconds: 0 });
for (const file of contentScripts.map((f) => `${contentScriptDir}/${f}`)) {
  const bytes = existsSync(file) ? statSync(file).size : Number.POSITIVE_INFINITY;
  const ok = bytes <= CONTENT_SCRIPT_BUDGET_BYTES;
  console.log(`${file}: ${(bytes / 1024).toFixed(1)} kB (budget ${CONTENT_SCRIPT_BUDGET_BYTES / 1024} kB) ${ok ? 'ok' : 'OVER BUDGET'}`);
  results.push({ name: `Content script within ${CONTENT_SCRIPT_BUDGET_BYTES / 1024} kB: ${file}`, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: 0 });
}

console.log('\n▶ Firefox add-on lint (web-ext lint)');
{
  const started = Date.now();
  const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'], { encoding: 'utf8' });
  let summary = null;
  try {
    summary = JSON.parse(lint.stdout).summary;
  } catch {
    console.log(lint.stdout, lint.stderr);
  }
  const ok = summary !== null && summary.errors === 0;
  console.log(summary ? `errors ${summary.errors}, warnings ${summary.warnings}, notices ${summary.notices}` : 'web-ext lint did not run');
  results.push({ name: 'Firefox add-on lint: 0 errors', passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (Date.now() - started) / 1000 });
}

vitest('End-to-end tests (built extension in real Chromium)', ['--config', 'vitest.e2e.config.ts'], 'test-output/e2e.json', { E2E_SKIP_BUILD: '1' });
vitest('End-to-end tests (built extension in Firefox)', ['--config', 'vitest.firefox.config.ts'], 'test-output/e2e-firefox.json', { E2E_SKIP_BUILD: '1' });

console.log('\nSummary');
for (const r of results) {
  console.log(`  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(1)} s)`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
