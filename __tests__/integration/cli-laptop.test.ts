// The command line on a laptop: no runner, no uv, perhaps no `build`; output as it comes, colour
// only for a terminal, a table that fits 80 columns, and nothing left in the temporary folder.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.js';
import { EXAMPLE } from '../helpers/repo.js';
import { TINY_BACKEND_LINE, tinyBackendRepo } from '../helpers/tiny-backend.js';

const PYTHON = '/usr/bin/python3'; // has build and twine (Debian's python3-build, twine)
const GIT = execFileSync('which', ['git'], { encoding: 'utf8' }).trim();

/**
 * A folder for PATH with git and the Pythons given: `true` links the Python that has build,
 * `false` puts a Python there that runs without site-packages, so it has no build module.
 */
async function binWith(pythons: Record<string, boolean>): Promise<string> {
  const bin = await mkdtemp(path.join(tmpdir(), 'pyrelease-bin-'));
  await symlink(GIT, path.join(bin, 'git'));
  for (const [name, withBuild] of Object.entries(pythons)) {
    if (withBuild) await symlink(PYTHON, path.join(bin, name));
    else {
      await writeFile(path.join(bin, name), `#!/bin/sh\nexec ${PYTHON} -S "$@"\n`);
      await chmod(path.join(bin, name), 0o755);
    }
  }
  return bin;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** When each line of stdout arrived, in ms since the start. */
  arrivals: { line: string; at: number }[];
  tmp: string;
}

/** The CLI with a laptop's environment: this PATH, no runner variables, no network. */
async function laptop(
  args: string[],
  cwd: string,
  bin: string,
  extra: NodeJS.ProcessEnv = {},
  /** Another program to run the command line with (`script`), and its arguments. */
  through?: string[],
): Promise<Run> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'pyrelease-laptop-tmp-'));
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (
      /^(GITHUB_|RUNNER_|INPUT_|PIP_|VIRTUAL_ENV|NO_COLOR|FORCE_COLOR)/.test(name) ||
      name === 'CI'
    )
      continue;
    env[name] = value;
  }
  Object.assign(env, {
    PATH: bin,
    TMPDIR: tmp,
    XDG_CACHE_HOME: path.join(tmp, '..', path.basename(tmp) + '-cache'),
    // No network: a download fails at once.
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
    PYRELEASE_HTTP_ATTEMPTS: '1',
    PIP_NO_INDEX: '1',
    ...extra,
  });
  const started = Date.now();
  const [program, ...programArgs] = through ?? [process.execPath, CLI, ...args];
  const child = spawn(program!, programArgs, { cwd, env });
  const arrivals: Run['arrivals'] = [];
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const line of chunk.split('\n')) arrivals.push({ line, at: Date.now() - started });
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return { code, stdout, stderr, arrivals, tmp };
}

/** The step table printed at the end: the lines between the last blank line and Artifacts. */
function stepTable(stdout: string): string[] {
  const before = stdout.slice(0, stdout.lastIndexOf('\n\nArtifacts:'));
  return before.slice(before.lastIndexOf('\n\n') + 2).split('\n');
}

// eslint-disable-next-line no-control-regex
const ESCAPE = /\u001b\[/;

describe('pyrelease release --dry-run on a laptop', () => {
  it('without uv builds with python -m build of the first Python that has it, prints the build as it runs, and leaves no temporary folder', async () => {
    const repo = await tinyBackendRepo(3);
    const bin = await binWith({ python3: false, python: true });
    const run = await laptop(['release', '--dry-run'], repo.dir, bin);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    // python3 has no build module: python, the next one, builds.
    expect(run.stdout).toContain(`$ python -m build --sdist --wheel`);
    expect(run.stdout).toMatch(/^✓ Build +\d+\.\d s {2}python -m build$/m);
    // The backend's line is on the terminal while the build still runs: the build ends 3 s after.
    const printed = run.arrivals.find((arrival) => arrival.line === TINY_BACKEND_LINE);
    const built = run.arrivals.find((arrival) => arrival.line.startsWith('Build: passed in'));
    expect(printed, run.stdout).toBeDefined();
    expect(built!.at - printed!.at).toBeGreaterThanOrEqual(2500);
    // The table fits 80 columns, and a pipe gets no colour.
    const table = stepTable(run.stdout);
    expect(table.length).toBeGreaterThanOrEqual(8);
    for (const line of table) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(run.stdout + run.stderr).not.toMatch(ESCAPE);
    expect(await readdir(run.tmp)).toEqual([]);
  }, 120_000);

  it('with neither uv nor build, and no network, says the one command that fixes it', async () => {
    const repo = await tinyBackendRepo();
    const bin = await binWith({ python3: false, python: false });
    const run = await laptop(['release', '--dry-run'], repo.dir, bin);
    expect(run.code).toBe(1);
    const errors = run.stderr.split('\n').filter((line) => line.includes('error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('uv is not on PATH and downloading it failed');
    expect(errors[0]).toContain('no Python has the build module (asked python3, python)');
    expect(run.stderr).toContain(
      'To fix it, run:\n    curl -LsSf https://astral.sh/uv/install.sh | sh',
    );
    expect(run.stderr).not.toMatch(/\n\s+at |RUNNER_|builder: /);
    expect(await readdir(run.tmp)).toEqual([]);
    // In a virtual environment, the fix is to install build there.
    const venv = path.join(run.tmp, 'venv');
    const inVenv = await laptop(['release', '--dry-run'], repo.dir, bin, { VIRTUAL_ENV: venv });
    expect(inVenv.stderr).toContain(`asked ${venv}/bin/python, python3, python`);
    expect(inVenv.stderr).toContain(`run:\n    ${venv}/bin/python -m pip install build`);
  }, 60_000);

  it.each([
    [{ FORCE_COLOR: '1' }, true],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    [{ FORCE_COLOR: '0' }, false],
    [{}, false],
  ])('colours its messages with %j: %s', async (env, coloured) => {
    const repo = await tinyBackendRepo();
    const bin = await binWith({ python3: false });
    const run = await laptop(['release', '--dry-run', '--builder', 'build'], repo.dir, bin, env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--builder build needs Python');
    expect(ESCAPE.test(run.stderr + run.stdout)).toBe(coloured);
  });
});

// `script` gives the command a terminal, as a person running it has.
const SCRIPT = existsSync('/usr/bin/script') ? '/usr/bin/script' : undefined;

describe.skipIf(!SCRIPT)('pyrelease release --dry-run on a terminal', () => {
  it('shows a status line with the running step and its seconds, redrawn in place', async () => {
    const repo = await tinyBackendRepo(2);
    const bin = await binWith({ python3: true });
    const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
    const command = [process.execPath, CLI, 'release', '--dry-run'].map(quote).join(' ');
    const log = path.join(repo.dir, '..', 'typescript');
    const run = await laptop([], repo.dir, bin, {}, [SCRIPT!, '-qfec', command, log]);
    expect(run.code, run.stdout).toBe(0);
    const shown = await readFile(log, 'utf8');
    // eslint-disable-next-line no-control-regex -- the terminal's erase-line sequence
    expect(shown).toMatch(/\r\u001b\[K/);
    expect(shown).toMatch(/… Build [12] s/);
    // The table at the end is printed after the status line is gone.
    expect(shown).toMatch(/\n\S*✓\S* Build /);
  }, 120_000);
});

describe('pyrelease bump --dry-run outside a git repository', () => {
  it('says the folder is not a git repository', async () => {
    const copy = await mkdtemp(path.join(tmpdir(), 'pyrelease-nogit-'));
    await mkdir(path.join(copy, 'project'));
    await cp(EXAMPLE, path.join(copy, 'project'), { recursive: true });
    const bin = await binWith({ python3: true });
    const run = await laptop(['bump', '--dry-run', 'project', '--bump', 'patch'], copy, bin);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('project is not a git repository (git init, or run inside one)');
    expect(run.stderr).not.toContain('detached');
  });
});
