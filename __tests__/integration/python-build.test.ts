// buildDist with real processes: Debian's python3 -m build on a copy of the example (no index:
// isolation off), and a stand-in uv script that records the argv, environment and folder it got.
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { buildDist, type BuildResult } from '../../src/tools/build.js';
import { pythonBuildArgs } from '../../src/tools/python-build.js';
import { uvBuildArgs } from '../../src/tools/uv-args.js';
import { EXAMPLE } from '../helpers/repo.js';

const PYTHON = '/usr/bin/python3';

async function copyExample(name = 'project'): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'pyrelease-build-')), name);
  await cp(EXAMPLE, dir, {
    recursive: true,
    filter: (src) =>
      !/(^|\/)(dist|build|__pycache__|[^/]*\.egg-info)$/.test(src) || src === EXAMPLE,
  });
  return dir;
}

async function write(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

describe.skipIf(!existsSync(PYTHON))('buildDist with python -m build', () => {
  let project: string;
  let outDir: string;
  let built: BuildResult;

  beforeAll(async () => {
    project = await copyExample();
    outDir = path.join(project, 'dist');
    // What an earlier build by hand leaves behind.
    await write(path.join(outDir, 'hello_pyrelease-0.1.14.tar.gz'), 'old sdist');
    await write(path.join(outDir, 'hello_pyrelease-0.1.14-py3-none-any.whl'), 'old wheel');
    await write(path.join(project, 'build', 'lib', 'hello_pyrelease', 'stale.py'), 'x = 1\n');
    await write(path.join(project, 'hello_pyrelease.egg-info', 'PKG-INFO'), 'Version: 0.1.14\n');
    built = await buildDist({
      builder: 'build',
      python: PYTHON,
      projectDir: project,
      outDir,
      isolation: false,
    });
  });

  it('produces exactly one wheel and one sdist of this version', async () => {
    const files = (await readdir(outDir)).sort();
    expect(files).toHaveLength(2);
    expect(files.filter((name) => name.endsWith('.tar.gz'))).toEqual([
      'hello_pyrelease-0.1.15.tar.gz',
    ]);
    const wheels = files.filter((name) => name.endsWith('.whl'));
    expect(wheels).toHaveLength(1);
    expect(wheels[0]).toMatch(/^hello_pyrelease-0\.1\.15-[^-]+-none-any\.whl$/);
  });

  it('removed the stale build/ and *.egg-info first', () => {
    expect(existsSync(path.join(project, 'build'))).toBe(false);
    expect(existsSync(path.join(project, 'hello_pyrelease.egg-info'))).toBe(false);
  });

  it('returns the command line it ran', () => {
    expect(built.command).toEqual([
      PYTHON,
      ...pythonBuildArgs({ outDir, projectDir: project, isolation: false }),
    ]);
    expect(built.durationMs).toBeGreaterThan(0);
  });

  it('fails with a UserError that carries the end of the output', async () => {
    const broken = await copyExample();
    const pyproject = path.join(broken, 'pyproject.toml');
    await writeFile(
      pyproject,
      (await readFile(pyproject, 'utf8')).replace(
        'build-backend = "hatchling.build"',
        'build-backend = "no_such_backend.build"',
      ),
    );
    const error = await buildDist({
      builder: 'build',
      python: PYTHON,
      projectDir: broken,
      outDir: path.join(broken, 'dist'),
      isolation: false,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).title).toBe('Build failed');
    expect((error as UserError).message).toMatch(/^\/usr\/bin\/python3 -m build .* exited 1/);
    expect((error as UserError).message).toContain('no_such_backend');
    expect((error as UserError).message).toContain('build-isolation: false');
  });
});

describe('buildDist with builder uv', () => {
  const saved = { ...process.env };

  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  });

  /** A uv stand-in: records argv (one per line), env and cwd, then writes two dist files. */
  async function fakeUv(exitCode = 0): Promise<{ uv: string; record: string }> {
    const bin = await mkdtemp(path.join(tmpdir(), 'pyrelease-fake-uv-'));
    const uv = path.join(bin, 'uv');
    const record = path.join(bin, 'record');
    await writeFile(
      uv,
      [
        '#!/bin/sh',
        `printf '%s\\n' "$@" > '${record}.argv'`,
        `env > '${record}.env'`,
        `pwd > '${record}.cwd'`,
        exitCode === 0
          ? 'while [ "$1" != --out-dir ]; do shift; done; mkdir -p "$2"; : > "$2/x-1.0.tar.gz"; : > "$2/x-1.0-py3-none-any.whl"'
          : 'i=1; while [ $i -le 60 ]; do echo "build line $i"; i=$((i+1)); done; echo "error: backend exploded" >&2',
        `exit ${exitCode}`,
        '',
      ].join('\n'),
    );
    await chmod(uv, 0o755);
    return { uv, record };
  }

  it('passes hostile paths as single arguments, runs in the project, and hides the secrets', async () => {
    const project = await copyExample('my proj;$(id)');
    const outDir = path.join(project, 'dist');
    const { uv, record } = await fakeUv();
    process.env['INPUT_PYPI-TOKEN'] = 'pypi-AgEIcHlwaS5vcmc-secret';
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'oidc-request-secret';
    process.env.PYRELEASE_TEST_KEPT = 'kept';

    const built = await buildDist({
      builder: 'uv',
      uvPath: uv,
      python: PYTHON,
      projectDir: project,
      outDir,
      isolation: false,
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });

    const args = uvBuildArgs({ outDir, projectDir: project, isolation: false, python: PYTHON });
    expect(built.command).toEqual([uv, ...args]);
    expect((await readFile(`${record}.argv`, 'utf8')).split('\n').slice(0, -1)).toEqual(args);
    expect((await readFile(`${record}.cwd`, 'utf8')).trim()).toBe(project);
    const env = await readFile(`${record}.env`, 'utf8');
    expect(env).not.toContain('secret');
    expect(env).toContain('SOURCE_DATE_EPOCH=1700000000');
    expect(env).toContain('PYRELEASE_TEST_KEPT=kept');
    expect((await readdir(outDir)).sort()).toEqual(['x-1.0-py3-none-any.whl', 'x-1.0.tar.gz']);
  });

  it('reports the last lines of a failed build, not the first', async () => {
    const project = await copyExample();
    const { uv } = await fakeUv(3);
    const error = await buildDist({
      builder: 'uv',
      uvPath: uv,
      python: PYTHON,
      projectDir: project,
      outDir: path.join(project, 'dist'),
      isolation: true,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    const message = (error as UserError).message;
    expect(message).toContain(' exited 3;');
    expect(message).toContain('build line 60');
    expect(message).toContain('error: backend exploded');
    expect(message).not.toMatch(/build line 1\n/);
  });
});
