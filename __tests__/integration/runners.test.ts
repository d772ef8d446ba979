// What a runner or a laptop without the usual tools sees: clear errors naming the input to set,
// and a local dry run that leaves the project's files alone.
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { CLI } from '../helpers/cli.js';
import { pipCanTargetOtherPython } from '../../src/artifacts/wheel-test.js';
import { runPythonScript } from '../../src/tools/python-script.js';
import { UserError } from '../../src/errors.js';
import { makeRepo } from '../helpers/repo.js';

const PYTHON = '/usr/bin/python3';

/** The command line with the environment of a terminal: no runner variables. */
async function localCli(args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of Object.keys(env)) {
    if (/^(GITHUB_|RUNNER_|INPUT_)/.test(name) || name === 'CI') delete env[name];
  }
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], {
      cwd,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('a local dry run', () => {
  it('builds elsewhere and keeps the dist/ and build/ the user had', async () => {
    const repo = await makeRepo();
    await mkdir(path.join(repo.dir, 'dist'));
    await mkdir(path.join(repo.dir, 'build'));
    await writeFile(path.join(repo.dir, 'dist', 'old.whl'), 'an old wheel');
    await writeFile(path.join(repo.dir, 'build', 'x'), 'kept');
    const run = await localCli(
      ['release', '--dry-run', '--builder', 'build', '--no-build-isolation', '--python', PYTHON],
      repo.dir,
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('hello_pyrelease-0.1.15-');
    expect(await readdir(path.join(repo.dir, 'dist'))).toEqual(['old.whl']);
    expect(await readFile(path.join(repo.dir, 'dist', 'old.whl'), 'utf8')).toBe('an old wheel');
    expect(await readFile(path.join(repo.dir, 'build', 'x'), 'utf8')).toBe('kept');
  });

  it('with --builder uv, no uv and no network, says to install uv or pass --builder build', async () => {
    const repo = await makeRepo();
    const run = await localCli(
      ['release', '--dry-run', '--builder', 'uv', '--python', PYTHON],
      repo.dir,
      {
        PATH: '/usr/bin:/bin',
        HTTPS_PROXY: 'http://127.0.0.1:9',
        PYRELEASE_HTTP_ATTEMPTS: '1',
        XDG_CACHE_HOME: path.join(repo.dir, '..', 'cache'),
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Install uv (https://docs.astral.sh/uv/');
    expect(run.stderr).toContain('--builder build');
    expect(run.stderr).not.toMatch(/RUNNER_TOOL_CACHE|RUNNER_TEMP|builder: build|\n\s+at /);
  });
});

describe('a missing interpreter', () => {
  it('is an error naming the python input, without a stack trace', async () => {
    const repo = await makeRepo();
    repo.git('tag', '-a', 'v0.1.15', '-m', 'Release v0.1.15');
    repo.git('push', '--quiet', 'origin', 'main', '--tags');
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      payload: { ref: 'refs/tags/v0.1.15', repository: { default_branch: 'main' } },
      inputs: {
        mode: 'release',
        'dry-run': 'true',
        builder: 'build',
        python: '/nonexistent/python3',
      },
      ref: 'refs/tags/v0.1.15',
    });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('/nonexistent/python3 could not be started');
    expect(errors[0]!.message).toContain('Set the python input');
    expect(run.stdout + run.stderr).not.toMatch(/Unexpected failure|Unhandled rejection|\n\s+at /);
  });
});

describe('Python programs', () => {
  it('run from a file, newlines, quotes and arguments intact, and the file is gone after', async () => {
    const program =
      'import sys\nfor arg in sys.argv[1:]:\n    print("got", repr(arg))\nprint(__file__)\n';
    const result = await runPythonScript(PYTHON, program, ['a b', '"q"\nline']);
    expect(result.exitCode, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual(["got 'a b'", `got '"q"\\nline'`]);
    await expect(readFile(lines[2]!)).rejects.toThrow(/ENOENT/);
  });

  it('with a missing interpreter fail with the python input named', async () => {
    const failure = await runPythonScript('/nonexistent/python3', 'print(1)', []).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as UserError).message).toContain('Set the python input');
  });

  it("the early pip probe never rejects: a missing interpreter is 'no'", async () => {
    await expect(pipCanTargetOtherPython('/nonexistent/python3')).resolves.toBe(false);
  });
});
