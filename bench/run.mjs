// `npm run bench`: timings, each side by side with what it is compared with, in one run. A
// benchmark, not a test: a figure off its target is reported, never failed on; only a run that
// fails (exit code not 0) makes the bench exit 1.
//
//   npm run bench -- [NAME...] [--pairs N] [--release-pairs N] [--baseline OTHER/index.js]
//
// NAME is one of the benchmarks below; without one, all of them run, in this order.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { artifacts } from './artifacts.mjs';
import { changelog } from './changelog.mjs';
import { check } from './check.mjs';
import { parseOptions } from './options.mjs';
import { release } from './release.mjs';
import { ACTION } from './shared.mjs';
import { signing } from './signing.mjs';

const BENCHMARKS = [check, signing, changelog, release, artifacts];

/** Prints sections of label/value rows, aligned across all of them. */
function printReport(title, sections) {
  const width = Math.max(...sections.flatMap((s) => s.rows.map(([label]) => label.length)));
  const out = [title];
  for (const section of sections) {
    out.push('', section.title);
    for (const [label, value] of section.rows) out.push(`  ${label.padEnd(width)}  ${value}`);
  }
  console.log(out.join('\n'));
}

/** The options from the command line, after checking that what they name exists. */
function readOptions() {
  const options = parseOptions(
    process.argv.slice(2),
    BENCHMARKS.map((benchmark) => benchmark.name),
  );
  statSync(ACTION);
  if (options.baseline) statSync(options.baseline);
  return options;
}

async function main() {
  let options;
  try {
    options = readOptions();
  } catch (error) {
    const hint = error.code === 'ENOENT' ? ' (run `npm run build` first)' : '';
    console.error(`bench: ${error.message}${hint}`);
    process.exitCode = 1;
    return;
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'pyrelease-bench-'));
  try {
    const sections = [];
    for (const benchmark of BENCHMARKS.filter((b) => options.names.includes(b.name))) {
      sections.push(await benchmark.run({ ...options, scratch }));
    }
    printReport(`pyrelease bench (node ${process.version}, ${process.platform})`, sections);
  } catch (error) {
    console.error(`bench: ${error.message}`);
    if (error.output) console.error(error.output.trimEnd());
    process.exitCode = 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
