// The version check on copies of example/ whose CHANGELOG.md is generated at 1, 10 and 50 MB
// (about 100,000 releases at 50 MB), next to the example's own: the time the changelog adds
// beyond that check. The target is under 1 s at 50 MB, growing linearly.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ACTION, EXAMPLE, command, machineRow, median, number, timeOnce } from './shared.mjs';

const CHANGELOG_SIZES_MB = [1, 10, 50];
const CHANGELOG_PAIRS = 3;
const CHANGELOG_TARGET_MS = 1000;

/**
 * A Keep a Changelog file of about `megabytes` MB: the example's 0.1.15 section first (so the
 * check passes), then about 2,000 releases a megabyte, each ~500 bytes.
 */
export function generatedChangelog(megabytes) {
  const parts = [
    '# Changelog\n\n## [Unreleased]\n\n### Added\n- Placeholder.\n\n',
    '## [0.1.15] - 2025-10-15\n\n### Fixed\n- The greeting ends with an exclamation mark.\n\n',
  ];
  const count = Math.round(megabytes * 2000);
  const filler = 'placeholder words for a realistic line length in a changelog entry';
  for (let n = count; n > 0; n--) {
    const version = `0.${Math.floor(n / 1000)}.${n % 1000}`;
    parts.push(
      `## [0.0.${n}] - 2024-${String((n % 12) + 1).padStart(2, '0')}-15\n\n### Fixed\n`,
      `- Entry ${n}: ${filler} (#${n}).\n- Another entry of ${version}: ${filler}.\n`,
      `\n### Added\n- A third entry: ${filler}, ${filler}.\n- A fourth entry: ${filler}, in short.\n\n`,
    );
  }
  return parts.join('');
}

/**
 * Runs the check and reports its own CPU time (all its threads, the collector's included) through
 * a `--require`d exit hook, next to the wall time: on a busy machine the wall time says more
 * about the machine than about the parser.
 */
function cpuTimedCheck(scratch) {
  const probe = path.join(scratch, 'cpu-probe.cjs');
  const cpuFile = path.join(scratch, 'cpu.json');
  writeFileSync(
    probe,
    "process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeFileSync(process.env.BENCH_CPU_FILE, String((u.user + u.system) / 1000)); });\n",
  );
  const checkIn = (dir) =>
    command(`check ${path.basename(dir)}`, [ACTION], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? scratch,
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_WORKSPACE: dir,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/main',
        RUNNER_TEMP: scratch,
        INPUT_MODE: 'check',
        NODE_OPTIONS: `--require ${probe}`,
        BENCH_CPU_FILE: cpuFile,
      },
      maxBuffer: 64 * 1024 * 1024,
    });
  const timed = (cmd) => {
    const wall = timeOnce(cmd);
    return { wall, cpu: Number(readFileSync(cpuFile, 'utf8')) };
  };
  return { checkIn, timed };
}

/**
 * The check on a copy of example/ with a generated changelog of `megabytes` MB against the check
 * on the example's own (`bare`), in alternating pairs after a warm-up of each: the medians'
 * difference in wall and CPU time, in ms, and the changelog's size in MB.
 */
function changelogCost(megabytes, { checkIn, timed }, bare, copy) {
  const dir = copy(`changelog-${megabytes}mb`);
  const text = generatedChangelog(megabytes);
  writeFileSync(path.join(dir, 'CHANGELOG.md'), text);
  const big = checkIn(dir);
  timed(big);
  timed(bare);
  const runs = { a: [], b: [] };
  for (let pair = 0; pair < CHANGELOG_PAIRS; pair++) {
    const order = pair % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
    for (const which of order) runs[which].push(timed(which === 'a' ? big : bare));
  }
  const wall = median(runs.a.map((r) => r.wall)) - median(runs.b.map((r) => r.wall));
  const cpu = median(runs.a.map((r) => r.cpu)) - median(runs.b.map((r) => r.cpu));
  return { megabytes: text.length / 1e6, wall: Math.max(0, wall), cpu: Math.max(0, cpu) };
}

/** The rows for the largest size's target, the growth from smallest to largest, and the load. */
function summaryRows(costs) {
  const largest = costs[costs.length - 1];
  const smallest = costs[0];
  const growth = largest.cpu / Math.max(smallest.cpu, 1) / (largest.megabytes / smallest.megabytes);
  return [
    [
      `target at ${CHANGELOG_SIZES_MB.at(-1)} MB`,
      `< ${CHANGELOG_TARGET_MS} ms: wall ${largest.wall < CHANGELOG_TARGET_MS ? 'met' : 'NOT met'}, CPU ${largest.cpu < CHANGELOG_TARGET_MS ? 'met' : 'NOT met'}`,
    ],
    [
      'growth',
      `CPU ms/MB at ${CHANGELOG_SIZES_MB.at(-1)} MB ÷ at ${CHANGELOG_SIZES_MB[0]} MB = ${number(growth, 2)} (≤ 1: no worse than linear)`,
    ],
    machineRow(),
  ];
}

export const changelog = {
  name: 'changelog',
  run({ scratch }) {
    const check = cpuTimedCheck(scratch);
    const copy = (name) => {
      const dir = path.join(scratch, name);
      cpSync(EXAMPLE, dir, { recursive: true });
      return dir;
    };
    const bare = check.checkIn(copy('changelog-example'));
    const rows = [];
    const costs = [];
    for (const megabytes of CHANGELOG_SIZES_MB) {
      const cost = changelogCost(megabytes, check, bare, copy);
      costs.push(cost);
      rows.push([
        `${megabytes} MB (${cost.megabytes.toFixed(1)} MB, ${Math.round(megabytes * 2000).toLocaleString('en-US')} releases)`,
        `beyond the check: ${number(cost.wall, 0)} ms wall, ${number(cost.cpu, 0)} ms CPU (${number(cost.cpu / cost.megabytes, 1)} ms/MB)`,
      ]);
    }
    rows.push(...summaryRows(costs));
    return { title: `Changelog size (median of ${CHANGELOG_PAIRS} alternating pairs each)`, rows };
  },
};
