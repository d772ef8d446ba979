// `npm run bench`: how long the version check takes as a whole process, the way a runner starts
// it (`node dist/index.js` with INPUT_* and GITHUB_* variables), next to a bare `node -e ""`.
// The two alternate, pair by pair, so a busy machine slows both alike; the ratio of each pair is
// what is compared with the target. A benchmark, not a test: a slow ratio is reported, never
// failed on; only a check that fails (exit code not 0) makes the script exit 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ACTION = path.join(ROOT, 'dist/index.js');
const EXAMPLE = path.join(ROOT, 'example');
const DEFAULT_PAIRS = 30;
const MIN_PAIRS = 20;
const TARGET_RATIO = 1.5;

/** A process to time: what spawnSync runs. */
function command(label, args, options = {}) {
  return { label, file: process.execPath, args, options };
}

/** Runs a command once; returns its wall time in milliseconds, or throws when it fails. */
function timeOnce(cmd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd.file, cmd.args, { ...cmd.options, encoding: 'utf8' });
  const elapsed = process.hrtime.bigint() - start;
  if (result.error || result.status !== 0) {
    const reason = result.error ? result.error.message : `exit code ${result.status}`;
    const error = new Error(`${cmd.label} failed (${reason})`);
    error.output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    throw error;
  }
  return Number(elapsed) / 1e6;
}

export function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Times `a` and `b` in `pairs` alternating pairs (a first in even pairs, b first in odd ones,
 * after one untimed warm-up run of each). Returns the times in ms and the per-pair ratios a/b.
 */
export function measurePairs(a, b, pairs) {
  timeOnce(a);
  timeOnce(b);
  const result = { a: [], b: [], ratios: [] };
  for (let pair = 0; pair < pairs; pair++) {
    let timeA;
    let timeB;
    if (pair % 2 === 0) {
      timeA = timeOnce(a);
      timeB = timeOnce(b);
    } else {
      timeB = timeOnce(b);
      timeA = timeOnce(a);
    }
    result.a.push(timeA);
    result.b.push(timeB);
    result.ratios.push(timeA / timeB);
  }
  return result;
}

/** The bytes of an ES module and of every module it imports statically, by relative path. */
export function staticModuleSize(entry) {
  const seen = new Set();
  const pending = [entry];
  let bytes = 0;
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    bytes += statSync(file).size;
    // `import {…} from "./chunks/x.js"` (possibly over several lines), `import "./x.js"`, and
    // `export … from`; dynamic `import("…")` is loaded on demand and not counted.
    const imports = /^\s*(?:import|export)\s*(?:[^'";]*?\bfrom\s*)?["'](\.\.?\/[^"']+)["']/gm;
    for (const match of text.matchAll(imports)) {
      pending.push(path.resolve(path.dirname(file), match[1]));
    }
  }
  return { bytes, files: seen.size };
}

const number = (value, digits = 1) => value.toFixed(digits);
const bytes = (value) => `${value.toLocaleString('en-US')} bytes`;

/** Prints sections of label/value rows, aligned. Later benchmarks add sections. */
export function printReport(title, sections) {
  const width = Math.max(...sections.flatMap((s) => s.rows.map(([label]) => label.length)));
  const out = [title];
  for (const section of sections) {
    out.push('', section.title);
    for (const [label, value] of section.rows) out.push(`  ${label.padEnd(width)}  ${value}`);
  }
  console.log(out.join('\n'));
}

function checkSection(pairs, scratch) {
  const outputFile = path.join(scratch, 'output');
  const summaryFile = path.join(scratch, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  // What a runner gives the action on a push to main; nothing else from this shell leaks in.
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? scratch,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: EXAMPLE,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: scratch,
    INPUT_MODE: 'check',
  };
  const check = command('node dist/index.js (check)', [ACTION], { cwd: EXAMPLE, env });
  const bare = command('node -e ""', ['-e', ''], { cwd: EXAMPLE, env });
  const times = measurePairs(check, bare, pairs);
  const ratio = median(times.ratios);
  const size = staticModuleSize(ACTION);
  return {
    title: `Version check on example/ (${pairs} alternating pairs)`,
    rows: [
      ['node -e ""', `median ${number(median(times.b))} ms`],
      ['node dist/index.js (check)', `median ${number(median(times.a))} ms`],
      [
        'ratio check / bare',
        `median ${number(ratio, 2)} (target ≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`,
      ],
      ['dist/index.js', bytes(statSync(ACTION).size)],
      ['with its static chunks', `${bytes(size.bytes)} (${size.files} files)`],
    ],
  };
}

function parsePairs(argv) {
  const index = argv.findIndex((arg) => arg === '--pairs' || arg.startsWith('--pairs='));
  if (index === -1) return DEFAULT_PAIRS;
  const raw = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  const pairs = Number(raw);
  if (!Number.isInteger(pairs) || pairs < MIN_PAIRS) {
    throw new Error(`--pairs must be a whole number of at least ${MIN_PAIRS}, not ${raw}`);
  }
  return pairs;
}

function main() {
  let pairs;
  try {
    pairs = parsePairs(process.argv.slice(2));
    statSync(ACTION);
  } catch (error) {
    const hint = error.code === 'ENOENT' ? ' (run `npm run build` first)' : '';
    console.error(`bench: ${error.message}${hint}`);
    process.exitCode = 1;
    return;
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'pyrelease-bench-'));
  try {
    const sections = [checkSection(pairs, scratch)];
    printReport(`pyrelease bench (node ${process.version}, ${process.platform})`, sections);
  } catch (error) {
    console.error(`bench: ${error.message}`);
    if (error.output) console.error(error.output.trimEnd());
    process.exitCode = 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
