// npm run eval:understanding [-- --part dev]
//
// Prints what the extension understands on the annotated corpus
// (tests/corpus/README.md): participants in the right sector and
// organisation, primary care's share of the talk against the truth, action
// and decision precision and recall, owners and due dates. The test part is
// the honest figure (never tuned on); the development part also lists every
// mistake.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { part: { type: 'string', default: 'test' } } });
if (values.part !== 'test' && values.part !== 'dev') {
  console.error('--part is "test" (the held-out part, the default) or "dev"');
  process.exit(2);
}
const result = spawnSync('npx', ['vitest', 'run', 'tests/corpus/understanding.test.ts', '--reporter=dot'], {
  cwd: resolve(import.meta.dirname, '..'),
  env: { ...process.env, EVAL_PART: values.part },
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
