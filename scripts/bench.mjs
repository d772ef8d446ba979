// `npm run bench`: how long the version check takes as a whole process, the way a runner starts
// it (`node dist/index.js` with INPUT_* and GITHUB_* variables), next to a bare `node -e ""`.
// The two alternate, pair by pair, so a busy machine slows both alike; the ratio of each pair is
// what is compared with the target. A benchmark, not a test: a slow ratio is reported, never
// failed on; only a check that fails (exit code not 0) makes the script exit 1.
//
// The release section runs the whole tag-push release through the action and through
// scripts/bench-release.sh, the same commands typed one after another, against local PyPI and
// GitHub servers that run in this process: those runs are spawned asynchronously, so the
// servers keep answering while a child waits for them. Every publishing run gets fresh servers
// (a re-run would skip the uploads), and one that leaves no upload or release counts as failed.
//
// The changelog section runs the same check on copies of example/ whose CHANGELOG.md is generated
// at 1, 10 and 50 MB (about 100,000 releases at 50 MB), next to the example's own, and reports the
// time the changelog adds beyond that check: the target is under 1 s at 50 MB, growing linearly.
import { execFile, spawn, spawnSync } from 'node:child_process';
import {
  constants as fsConstants,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { access, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ACTION = path.join(ROOT, 'dist/index.js');
const EXAMPLE = path.join(ROOT, 'example');
const SCRIPT = path.join(ROOT, 'scripts/bench-release.sh');
const DEFAULT_PAIRS = 30;
const MIN_PAIRS = 20;
const TARGET_RATIO = 1.5;
const DEFAULT_RELEASE_PAIRS = 5;
const MIN_RELEASE_PAIRS = 3;
const RELEASE_TARGET_RATIO = 1.0;
const RELEASE_TAG = 'v0.1.15';
const RELEASE_VERSION = '0.1.15';
const PYTHON = '/usr/bin/python3';
const OWNER = 'octo';
const REPO = 'hello-pyrelease';
const PYPI_TOKEN = 'pypi-bench-token-0123456789';
const GITHUB_TOKEN = 'ghs_benchtoken0123456789';
const execFileAsync = promisify(execFile);
const CHANGELOG_SIZES_MB = [1, 10, 50];
const CHANGELOG_PAIRS = 3;
const CHANGELOG_TARGET_MS = 1000;

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

/**
 * Times every command `rounds` times, one round after another, each round in another order (the
 * first command of a round moves on by one), after one untimed warm-up run of each. Returns each
 * command's times in ms, by position.
 */
export function measureRounds(cmds, rounds) {
  for (const cmd of cmds) timeOnce(cmd);
  const times = cmds.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < cmds.length; step++) {
      const index = (round + step) % cmds.length;
      times[index].push(timeOnce(cmds[index]));
    }
  }
  return times;
}

/**
 * The bytes of an ES module and of every module it imports statically, by relative path, with the
 * list of those files and of the Node built-ins they import.
 */
export function staticModuleSize(entry) {
  const seen = new Set();
  const builtins = new Set();
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
    const imports = /^\s*(?:import|export)\s*(?:[^'";]*?\bfrom\s*)?["']([^"']+)["']/gm;
    for (const match of text.matchAll(imports)) {
      if (/^\.\.?\//.test(match[1])) pending.push(path.resolve(path.dirname(file), match[1]));
      else if (isBuiltin(match[1])) builtins.add(match[1].replace(/^node:/, ''));
    }
  }
  return { bytes, files: seen.size, paths: [...seen], builtins: [...builtins].sort() };
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

/**
 * The check next to a bare `node -e ""`, and where its time goes: each step below adds one layer
 * to the one before (an empty ES module, then the Node built-ins the check's modules import, then
 * those modules themselves without running anything, then the whole check). A step's figure is
 * the difference of two medians: an estimate, not an exact share. `baseline` (another build's
 * index.js, `--baseline dist-old/index.js`) is timed in the same rounds.
 */
function checkSection(pairs, scratch, baseline) {
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
  const size = staticModuleSize(ACTION);
  const chunks = size.paths.filter((file) => file !== ACTION);
  const layer = (name, lines) => {
    const file = path.join(scratch, name);
    writeFileSync(file, lines.map((line) => `${line}\n`).join(''));
    return file;
  };
  const emptyModule = layer('empty.mjs', []);
  const builtinsModule = layer(
    'builtins.mjs',
    size.builtins.map((name) => `import 'node:${name}';`),
  );
  const modulesModule = layer(
    'modules.mjs',
    chunks.map((file) => `import ${JSON.stringify(pathToFileURL(file).href)};`),
  );
  const options = { cwd: EXAMPLE, env };
  const cmds = [
    command('node -e ""', ['-e', ''], options),
    command('node dist/index.js (check)', [ACTION], options),
    command('empty ES module', [emptyModule], options),
    command('built-ins', [builtinsModule], options),
    command('modules', [modulesModule], options),
  ];
  if (baseline) cmds.push(command(`node ${baseline} (check)`, [path.resolve(baseline)], options));
  const times = measureRounds(cmds, pairs);
  const [bare, check, empty, builtins, modules] = times.map(median);
  const ratios = (index) => times[index].map((time, round) => time / times[0][round]);
  const ratio = median(ratios(1));
  // The fastest runs say the most on a busy machine: load only ever adds time.
  const fastest = (index) => Math.min(...times[index]);
  const verdict = (value, index) =>
    `median ${number(value, 2)} (target ≤ ${TARGET_RATIO}: ${value <= TARGET_RATIO ? 'met' : 'NOT met'}); fastest ÷ fastest ${number(fastest(index) / fastest(0), 2)}`;
  const timed = (index) =>
    `median ${number(median(times[index]))} ms, fastest ${number(fastest(index))} ms`;
  const step = (value) => `+${number(Math.max(0, value))} ms`;
  const rows = [
    ['node -e ""', timed(0)],
    ['node dist/index.js (check)', timed(1)],
    ['ratio check / bare', verdict(ratio, 1)],
  ];
  if (baseline) {
    rows.push(
      [`${baseline} (check)`, timed(5)],
      [`ratio ${baseline} / bare`, verdict(median(ratios(5)), 5)],
    );
  }
  rows.push(
    ['dist/index.js', bytes(statSync(ACTION).size)],
    ['with its static chunks', `${bytes(size.bytes)} (${size.files} files)`],
    ['where the time goes:', ''],
    ['  Node itself (node -e "")', `${number(bare)} ms`],
    ['  ES module loader', step(empty - bare)],
    [
      `  ${size.builtins.length} Node built-ins`,
      `${step(builtins - empty)} (${size.builtins.join(', ')})`,
    ],
    [`  pyrelease's ${chunks.length} static chunks`, step(modules - builtins)],
    ['  index.js and the check', `${step(check - modules)} (read, parse, git tag --list, output)`],
    ['machine', `load ${number(os.loadavg()[0], 1)} on ${os.cpus().length} CPUs`],
  );
  return { title: `Version check on example/ (${pairs} rounds)`, rows };
}

/** The one chunk in dist/chunks/ whose name starts with `prefix-`. */
function chunkNamed(prefix) {
  const dir = path.join(ROOT, 'dist/chunks');
  const found = readdirSync(dir).filter((name) => name.startsWith(`${prefix}-`));
  if (found.length !== 1)
    throw new Error(`dist/chunks holds ${found.length} ${prefix}-*.js chunks`);
  return path.join(dir, found[0]);
}

/**
 * What signing (PEP 740 and GitHub attestations, sigstore-js) adds to a release: the bytes of its
 * chunk beyond the release's own, and the time to load them, as loading the release pipeline
 * alone and then with the signing chunk, side by side in one run. Nothing is signed.
 */
function signingSection(pairs, scratch) {
  // src/release/index.ts, which the action imports on demand: esbuild names the chunk of an
  // index.ts after its folder.
  const release = chunkNamed('release');
  const sign = chunkNamed('sign');
  const releaseSize = staticModuleSize(release);
  const withSign = staticModuleSize(sign);
  const extra = withSign.paths.filter((file) => !releaseSize.paths.includes(file));
  const extraBytes = extra.reduce((total, file) => total + statSync(file).size, 0);
  const load = (name, files) => {
    const file = path.join(scratch, name);
    writeFileSync(
      file,
      files.map((f) => `import ${JSON.stringify(pathToFileURL(f).href)};\n`).join(''),
    );
    return command(name, [file], { cwd: ROOT });
  };
  const times = measureRounds(
    [load('release.mjs', [release]), load('release-and-sign.mjs', [release, sign])],
    pairs,
  );
  const [alone, signed] = times.map(median);
  const fastest = times.map((list) => Math.min(...list));
  return {
    title: `Signing on the release path (${pairs} rounds; never loaded by the check)`,
    rows: [
      ['release pipeline modules', `${bytes(releaseSize.bytes)} (${releaseSize.files} files)`],
      ['signing adds', `${bytes(extraBytes)} (${extra.length} files)`],
      ['load the release pipeline', `median ${number(alone)} ms, fastest ${number(fastest[0])} ms`],
      ['  and the signing code', `median ${number(signed)} ms, fastest ${number(fastest[1])} ms`],
      [
        'signing adds to a release',
        `+${number(Math.max(0, signed - alone))} ms (median), +${number(Math.max(0, fastest[1] - fastest[0]))} ms (fastest)`,
      ],
    ],
  };
}

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
 * The check on copies of example/ with generated changelogs. Each run reports its own CPU time
 * (all its threads, the collector's included) through a `--require`d exit hook, next to the wall
 * time: on a busy machine the wall time says more about the machine than about the parser.
 */
function changelogSection(scratch) {
  const probe = path.join(scratch, 'cpu-probe.cjs');
  const cpuFile = path.join(scratch, 'cpu.json');
  writeFileSync(
    probe,
    "process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeFileSync(process.env.BENCH_CPU_FILE, String((u.user + u.system) / 1000)); });\n",
  );
  const run = (dir) =>
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
  const copy = (name) => {
    const dir = path.join(scratch, name);
    cpSync(EXAMPLE, dir, { recursive: true });
    return dir;
  };
  const bare = run(copy('changelog-example'));
  const rows = [];
  const extra = [];
  for (const megabytes of CHANGELOG_SIZES_MB) {
    const dir = copy(`changelog-${megabytes}mb`);
    const text = generatedChangelog(megabytes);
    writeFileSync(path.join(dir, 'CHANGELOG.md'), text);
    const big = run(dir);
    timed(big);
    timed(bare);
    const runs = { a: [], b: [] };
    for (let pair = 0; pair < CHANGELOG_PAIRS; pair++) {
      const order = pair % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
      for (const which of order) runs[which].push(timed(which === 'a' ? big : bare));
    }
    const wall = median(runs.a.map((r) => r.wall)) - median(runs.b.map((r) => r.wall));
    const cpu = median(runs.a.map((r) => r.cpu)) - median(runs.b.map((r) => r.cpu));
    const size = text.length / 1e6;
    extra.push({ megabytes: size, wall: Math.max(0, wall), cpu: Math.max(0, cpu) });
    rows.push([
      `${megabytes} MB (${size.toFixed(1)} MB, ${Math.round(megabytes * 2000).toLocaleString('en-US')} releases)`,
      `beyond the check: ${number(Math.max(0, wall), 0)} ms wall, ${number(Math.max(0, cpu), 0)} ms CPU (${number(Math.max(0, cpu) / size, 1)} ms/MB)`,
    ]);
  }
  const largest = extra[extra.length - 1];
  const smallest = extra[0];
  const growth = largest.cpu / Math.max(smallest.cpu, 1) / (largest.megabytes / smallest.megabytes);
  const load = os.loadavg()[0];
  rows.push(
    [
      `target at ${CHANGELOG_SIZES_MB.at(-1)} MB`,
      `< ${CHANGELOG_TARGET_MS} ms: wall ${largest.wall < CHANGELOG_TARGET_MS ? 'met' : 'NOT met'}, CPU ${largest.cpu < CHANGELOG_TARGET_MS ? 'met' : 'NOT met'}`,
    ],
    [
      'growth',
      `CPU ms/MB at ${CHANGELOG_SIZES_MB.at(-1)} MB ÷ at ${CHANGELOG_SIZES_MB[0]} MB = ${number(growth, 2)} (≤ 1: no worse than linear)`,
    ],
    ['machine', `load ${number(load, 1)} on ${os.cpus().length} CPUs`],
  );
  return { title: `Changelog size (median of ${CHANGELOG_PAIRS} alternating pairs each)`, rows };
}

/**
 * Runs a process without blocking this one (the local servers answer from here while it runs);
 * resolves with its wall time in ms, or rejects with its output when it exits other than 0.
 */
function timeAsync(label, file, args, options) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => {
      error.message = `${label} could not start (${error.message})`;
      reject(error);
    });
    child.on('close', (code, signal) => {
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (code === 0) return resolve({ ms: elapsed, output });
      const error = new Error(
        `${label} failed (${signal ? `signal ${signal}` : `exit code ${code}`})`,
      );
      error.output = output;
      reject(error);
    });
  });
}

/** measurePairs for runs that are async functions resolving with their time in ms. */
export async function measurePairsAsync(a, b, pairs) {
  await a();
  await b();
  const result = { a: [], b: [], ratios: [] };
  for (let pair = 0; pair < pairs; pair++) {
    let timeA;
    let timeB;
    if (pair % 2 === 0) {
      timeA = await a();
      timeB = await b();
    } else {
      timeB = await b();
      timeA = await a();
    }
    result.a.push(timeA);
    result.b.push(timeB);
    result.ratios.push(timeA / timeB);
  }
  return result;
}

/** Whether `name` is an executable file in one of PATH's directories (`command -v`). */
async function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    try {
      await access(path.join(dir, name), fsConstants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

/**
 * The local PyPI and GitHub servers of the tests, bundled from TypeScript on the fly. The bundle
 * goes under node_modules/ so that its own imports (ajv, @octokit/openapi) resolve there.
 */
async function loadServers() {
  const { build } = await import('esbuild');
  const cache = path.join(ROOT, 'node_modules/.cache');
  await mkdir(cache, { recursive: true });
  const outdir = await mkdtemp(path.join(cache, 'pyrelease-bench-'));
  try {
    await build({
      entryPoints: {
        pypi: path.join(ROOT, 'servers/pypi.ts'),
        github: path.join(ROOT, 'servers/github.ts'),
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outdir,
      // Under node_modules no package.json says "type": "module".
      outExtension: { '.js': '.mjs' },
      packages: 'external',
      logLevel: 'error',
    });
    const [pypi, github] = await Promise.all([
      import(pathToFileURL(path.join(outdir, 'pypi.mjs')).href),
      import(pathToFileURL(path.join(outdir, 'github.mjs')).href),
    ]);
    return { startPypiServer: pypi.startPypiServer, startGithubServer: github.startGithubServer };
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Bench Author',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench Author',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};

/** A clone of example/ with a bare origin that holds main and the annotated release tag. */
async function taggedClone(base) {
  const origin = path.join(base, 'origin.git');
  const dir = path.join(base, 'work');
  const git = (cwd, ...args) =>
    execFileAsync('git', args, { cwd, env: { ...process.env, ...GIT_IDENTITY } });
  await mkdir(base, { recursive: true });
  await git(base, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  await git(base, 'init', '--quiet', '--initial-branch=main', dir);
  await cp(EXAMPLE, dir, {
    recursive: true,
    filter: (src) => src === EXAMPLE || !/(^|\/)(dist|build|__pycache__)$/.test(src),
  });
  await git(dir, 'remote', 'add', 'origin', origin);
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '--quiet', '-m', 'Initial commit');
  await git(dir, 'tag', '-a', RELEASE_TAG, '-m', `Release ${RELEASE_TAG}`);
  await git(dir, 'push', '--quiet', 'origin', 'main', '--tags');
  return dir;
}

/** Fresh servers for one run, so every run really uploads and creates the release. */
async function startServers(loaded) {
  const [pypi, github] = await Promise.all([
    loaded.startPypiServer({ token: PYPI_TOKEN }),
    loaded.startGithubServer({ owner: OWNER, repo: REPO, token: GITHUB_TOKEN }),
  ]);
  return {
    pypi,
    github,
    close: () => Promise.all([pypi.close(), github.close()]),
  };
}

/** Throws unless the index got both files and GitHub one draft release with both attached. */
function checkPublished(label, servers, withGithub, output) {
  const problems = [];
  const files = servers.pypi.files.filter((file) => file.version === RELEASE_VERSION);
  if (files.length !== 2) problems.push(`the index received ${files.length} files, not 2`);
  if (withGithub) {
    const releases = servers.github.state.releases.filter((r) => r.tag_name === RELEASE_TAG);
    const assets = servers.github.state.assets.filter((a) => a.release_id === releases[0]?.id);
    if (releases.length !== 1 || !releases[0].draft) {
      problems.push(`GitHub has ${releases.length} releases of ${RELEASE_TAG}, not one draft`);
    } else if (assets.length !== 2) {
      problems.push(`the GitHub release has ${assets.length} assets, not 2`);
    }
    for (const violation of servers.github.violations) {
      problems.push(
        `GitHub would refuse ${violation.method} ${violation.path}: ${violation.reason}`,
      );
    }
  }
  if (problems.length > 0) {
    const error = new Error(`${label} did not publish: ${problems.join('; ')}`);
    error.output = output;
    throw error;
  }
}

async function releaseSection(pairs, scratch) {
  const [loaded, workspaceA, workspaceB, hasCurl, hasJq] = await Promise.all([
    loadServers(),
    taggedClone(path.join(scratch, 'action')),
    taggedClone(path.join(scratch, 'script')),
    onPath('curl'),
    onPath('jq'),
  ]);
  const githubInB = hasCurl && hasJq;
  const runnerTemp = path.join(scratch, 'runner');
  await mkdir(runnerTemp, { recursive: true });
  const eventFile = path.join(scratch, 'event.json');
  await writeFile(
    eventFile,
    JSON.stringify({ ref: `refs/tags/${RELEASE_TAG}`, repository: { default_branch: 'main' } }),
  );
  const baseEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? scratch,
  };

  // A: the action as the runner starts it on a tag push.
  async function action(extraEnv) {
    const outputFile = path.join(scratch, 'output');
    const summaryFile = path.join(scratch, 'summary');
    await Promise.all([writeFile(outputFile, ''), writeFile(summaryFile, '')]);
    const env = {
      ...baseEnv,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: workspaceA,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REF: `refs/tags/${RELEASE_TAG}`,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerTemp,
      INPUT_BUILDER: 'build',
      'INPUT_BUILD-ISOLATION': 'false',
      INPUT_PYTHON: PYTHON,
      ...extraEnv,
    };
    return timeAsync('node dist/index.js (release)', process.execPath, [ACTION], {
      cwd: workspaceA,
      env,
    });
  }
  // B: the script, with paths and URLs as arguments and credentials in its environment.
  function script(args, extraEnv = {}) {
    return timeAsync(
      'scripts/bench-release.sh',
      'bash',
      [SCRIPT, workspaceB, PYTHON, RELEASE_TAG, ...args],
      {
        cwd: scratch,
        env: { ...baseEnv, ...extraEnv },
      },
    );
  }

  const dryRun = await measurePairsAsync(
    async () => (await action({ 'INPUT_DRY-RUN': 'true' })).ms,
    async () => (await script([])).ms,
    pairs,
  );

  async function withServers(label, run, withGithub) {
    const servers = await startServers(loaded);
    try {
      const { ms, output } = await run(servers);
      checkPublished(label, servers, withGithub, output);
      return ms;
    } finally {
      await servers.close();
    }
  }
  const publish = await measurePairsAsync(
    () =>
      withServers(
        'node dist/index.js (release)',
        ({ pypi, github }) =>
          action({
            'INPUT_REPOSITORY-URL': pypi.uploadUrl,
            'INPUT_PYPI-TOKEN': PYPI_TOKEN,
            'INPUT_GITHUB-TOKEN': GITHUB_TOKEN,
            GITHUB_API_URL: github.url,
          }),
        true,
      ),
    () =>
      withServers(
        'scripts/bench-release.sh',
        ({ pypi, github }) =>
          script([pypi.uploadUrl, github.url, `${OWNER}/${REPO}`], {
            TWINE_USERNAME: '__token__',
            TWINE_PASSWORD: PYPI_TOKEN,
            GITHUB_TOKEN,
          }),
        githubInB,
      ),
    pairs,
  );

  const rows = [];
  for (const [name, times] of [
    ['dry run', dryRun],
    ['publish', publish],
  ]) {
    const ratio = median(times.ratios);
    const met = ratio < RELEASE_TARGET_RATIO ? 'met' : 'NOT met';
    rows.push(
      [`${name}: bench-release.sh (B)`, `median ${number(median(times.b) / 1000, 2)} s`],
      [`${name}: node dist/index.js (A)`, `median ${number(median(times.a) / 1000, 2)} s`],
      [
        `${name}: ratio A / B`,
        `median ${number(ratio, 2)} (target < ${RELEASE_TARGET_RATIO}: ${met})`,
      ],
    );
  }
  if (!githubInB) {
    rows.push(['note', `no ${hasCurl ? 'jq' : 'curl'} on PATH: B skipped the GitHub release`]);
  }
  return { title: `Release pipeline on example/ (${pairs} alternating pairs)`, rows };
}

/** The whole number after `--name N` or `--name=N`, `fallback` when absent. */
function parseCount(argv, name, fallback, minimum) {
  const flag = `--${name}`;
  const index = argv.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (index === -1) return fallback;
  const raw = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  const count = Number(raw);
  if (!Number.isInteger(count) || count < minimum) {
    throw new Error(`${flag} must be a whole number of at least ${minimum}, not ${raw}`);
  }
  return count;
}

/** The value after `--name V` or `--name=V`, undefined when absent. */
function parseString(argv, name) {
  const flag = `--${name}`;
  const index = argv.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (index === -1) return undefined;
  const value = argv[index].includes('=') ? argv[index].slice(flag.length + 1) : argv[index + 1];
  if (!value) throw new Error(`${flag} needs a value`);
  return value;
}

async function main() {
  let pairs;
  let releasePairs;
  let baseline;
  let checkOnly;
  try {
    const argv = process.argv.slice(2);
    pairs = parseCount(argv, 'pairs', DEFAULT_PAIRS, MIN_PAIRS);
    releasePairs = parseCount(argv, 'release-pairs', DEFAULT_RELEASE_PAIRS, MIN_RELEASE_PAIRS);
    // --baseline another/index.js: an earlier build's check, timed in the same rounds.
    baseline = parseString(argv, 'baseline');
    // --check-only: the version check's section alone.
    checkOnly = argv.includes('--check-only');
    statSync(ACTION);
    if (baseline) statSync(baseline);
  } catch (error) {
    const hint = error.code === 'ENOENT' ? ' (run `npm run build` first)' : '';
    console.error(`bench: ${error.message}${hint}`);
    process.exitCode = 1;
    return;
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'pyrelease-bench-'));
  try {
    const sections = [checkSection(pairs, scratch, baseline)];
    if (!checkOnly) {
      sections.push(signingSection(pairs, scratch));
      sections.push(changelogSection(scratch));
      sections.push(await releaseSection(releasePairs, scratch));
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

export { changelogSection };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
