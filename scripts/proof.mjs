// `npm run proof`: the suite in __tests__/proof/, one file per family of the promise (hostile
// inputs, workflow-command injection, untrusted pull requests, faults, half-finished releases,
// secrets, fuzzing), run through vitest; prints one line per family with the cases that held,
// the figures the README quotes. Exits 1 when any case failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'pyrelease-proof-'));
const report = path.join(scratch, 'report.json');
const run = spawnSync(
  process.execPath,
  [
    path.join(ROOT, 'node_modules/vitest/vitest.mjs'),
    'run',
    '__tests__/proof',
    '--reporter=json',
    `--outputFile=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
);
let results;
try {
  results = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.error('The proof suite did not report (see above).');
  process.exit(run.status || 1);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

let failed = 0;
for (const file of [...results.testResults].sort((a, b) => a.name.localeCompare(b.name))) {
  const family = path.basename(file.name).replace(/\.proof\.test\.ts$/, '');
  const cases = file.assertionResults;
  const held = cases.filter((c) => c.status === 'passed').length;
  failed += cases.filter((c) => c.status === 'failed').length;
  console.log(
    `${held === cases.length ? '✓' : '✗'} ${family}: ${held} of ${cases.length} cases held`,
  );
  for (const c of cases.filter((c) => c.status === 'failed')) console.log(`    ✗ ${c.fullName}`);
}
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);
