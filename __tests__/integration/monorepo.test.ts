// A monorepo of two packages in a uv workspace, as the runner runs it: bundled dist/index.js,
// real git with a bare origin, real `python -m build` (hatchling), twine and pip, a local PyPI.
// The tag's prefix picks the package; the root uv.lock holds each member's version.
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';
import { runAction } from '../helpers/action.js';
import { FAST_HTTP } from '../helpers/publish.js';
import { gitIn, type TestRepo } from '../helpers/repo.js';
import { PACKAGES_INPUT, ROOT_LOCK, workspaceRepo } from '../helpers/uv-workspace.js';

const PYPI_TOKEN = 'pypi-monorepo-token-0123456789';
const A_INIT = 'packages/pkg-a/src/pkg_a/__init__.py';

let pypi: PypiServer;
beforeAll(async () => {
  pypi = await startPypiServer({ token: PYPI_TOKEN });
});
afterAll(async () => {
  await pypi?.close();
});

function tagPush(repo: TestRepo, tag: string, inputs: Record<string, string> = {}) {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: `refs/tags/${tag}`,
    payload: { ref: `refs/tags/${tag}`, repository: { default_branch: 'main' } },
    env: FAST_HTTP,
    inputs: {
      packages: PACKAGES_INPUT,
      builder: 'build',
      'build-isolation': 'false',
      python: '/usr/bin/python3',
      'repository-url': pypi.uploadUrl,
      'pypi-token': PYPI_TOKEN,
      'github-token': '',
      ...inputs,
    },
  });
}

function tag(repo: TestRepo, name: string) {
  repo.git('tag', '-a', name, '-m', `Release ${name}`);
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
}

describe('a monorepo released by tag', () => {
  it('releases only the package the tag names, from its folder', async () => {
    const repo = await workspaceRepo();
    tag(repo, 'pkg-b-v0.2.0');
    const run = await tagPush(repo, 'pkg-b-v0.2.0');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ version: '0.2.0', tag: 'pkg-b-v0.2.0' });
    // The member's version in the root uv.lock was read and agreed.
    expect(run.summary).toContain('uv.lock (workspace member pkg-b)');
    const uploaded = pypi.files.map((file) => file.filename).sort();
    expect(uploaded).toHaveLength(2);
    expect(uploaded.every((name) => name.startsWith('pkg_b-0.2.0'))).toBe(true);
    expect(existsSync(path.join(repo.dir, 'packages/pkg-b/dist'))).toBe(true);
    expect(existsSync(path.join(repo.dir, 'packages/pkg-a/dist'))).toBe(false);
    expect(existsSync(path.join(repo.dir, 'dist'))).toBe(false);
  });

  it('takes prefixes ending in ==, as monorepos tagging pkg-a==0.1.0 write them', async () => {
    const repo = await workspaceRepo();
    tag(repo, 'pkg-a==0.1.0');
    // Built and tested, not uploaded: another test of this file uploads pkg-a 0.1.0.
    const run = await tagPush(repo, 'pkg-a==0.1.0', {
      packages: 'pkg-a==: packages/pkg-a\npkg-b==: packages/pkg-b\n',
      'repository-url': 'none',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ version: '0.1.0', tag: 'pkg-a==0.1.0' });
    const built = (await readdir(path.join(repo.dir, 'packages/pkg-a/dist'))).sort();
    expect(built).toEqual([expect.stringMatching(/^pkg_a-0\.1\.0-.*\.whl$/), 'pkg_a-0.1.0.tar.gz']);
    expect(existsSync(path.join(repo.dir, 'packages/pkg-b/dist'))).toBe(false);
  });

  it('refuses a tag whose prefix names no package, before anything is built or uploaded', async () => {
    const repo = await workspaceRepo();
    tag(repo, 'pkg-c-v1.0.0');
    const requests = pypi.requests.length;
    const run = await tagPush(repo, 'pkg-c-v1.0.0');
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error');
    expect(error?.properties.title).toBe('Tag names no package');
    expect(error?.message).toContain('"pkg-a-v" (packages/pkg-a), "pkg-b-v" (packages/pkg-b)');
    expect(pypi.requests.length).toBe(requests);
    for (const dir of ['dist', 'packages/pkg-a/dist', 'packages/pkg-b/dist'])
      expect(existsSync(path.join(repo.dir, dir)), dir).toBe(false);
  });
});

describe('a monorepo pull request', () => {
  it('checks every package and reports each one on its own files', async () => {
    const repo = await workspaceRepo();
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '--quiet', '-b', 'feature');
    await repo.edit('packages/pkg-a/pyproject.toml', 'version = "0.1.0"', 'version = "0.1.1"');
    await repo.edit(A_INIT, '"0.1.0"', '"0.1.1"');
    await repo.edit(
      'packages/pkg-a/CHANGELOG.md',
      '## [0.1.0]',
      '## [0.1.1] - 2026-02-01\n\n- A fix.\n\n## [0.1.0]',
    );
    repo.commitAll('pkg-a 0.1.1, uv.lock not relocked');
    const pullRequest = {
      workspace: repo.dir,
      eventName: 'pull_request',
      ref: 'refs/pull/3/merge',
      payload: { pull_request: { number: 3, base: { ref: 'main', sha: base } } },
      inputs: { packages: PACKAGES_INPUT },
    };
    const run = await runAction(pullRequest);
    expect(run.exitCode, run.stdout).toBe(0);
    // The root lock's drift, on the root lock's line for pkg-a.
    const drift = run.annotations.filter((a) => a.properties.title === 'uv.lock out of date');
    expect(drift).toHaveLength(1);
    expect(drift[0]!.properties).toMatchObject({ file: 'uv.lock', line: '13' });
    expect(drift[0]!.message).toContain('0.1.0');
    // One table per package, each with its own rows.
    expect(run.summary).toContain('Package packages/pkg-a (tags pkg-a-v…)');
    expect(run.summary).toContain('Package packages/pkg-b (tags pkg-b-v…)');
    expect(run.summary).toContain('packages/pkg-a/pyproject.toml:7');
    expect(run.summary).toContain('packages/pkg-b/pyproject.toml:7');
    expect(run.summary).toContain('uv.lock (workspace member pkg-b)');
    expect(run.summary.match(/Version check: ✓ passed/g)).toHaveLength(2);
    // The outputs name one version; a check of two packages writes none.
    expect(run.outputs).toEqual({});

    await repo.edit(A_INIT, '"0.1.1"', '"0.1.2"');
    repo.commitAll('Disagree');
    const failed = await runAction(pullRequest);
    expect(failed.exitCode).toBe(1);
    const mismatch = failed.annotations.filter((a) => a.properties.title === 'Version mismatch');
    expect(mismatch.map((a) => `${a.properties.file}:${a.properties.line}`)).toEqual([
      `${A_INIT}:3`,
    ]);
    expect(failed.summary.match(/Version check: ✗ failed/g)).toHaveLength(1);
  });
});

describe('a monorepo with no inputs', () => {
  /** A third package beside the workspace's two, in libs/, described by setup.cfg. */
  async function threePackages(): Promise<TestRepo> {
    const repo = await workspaceRepo();
    await mkdir(path.join(repo.dir, 'libs/pkg-c/pkg_c'), { recursive: true });
    await repo.write('libs/pkg-c/setup.py', 'from setuptools import setup\n\nsetup()\n');
    await repo.write(
      'libs/pkg-c/setup.cfg',
      '[metadata]\nname = pkg-c\nversion = attr: pkg_c.__version__\n',
    );
    await repo.write('libs/pkg-c/pkg_c/__init__.py', '__version__ = "3.0.0"\n');
    await repo.write('libs/pkg-c/CHANGES.md', '# Changes\n\n## 3.0.0 (2026-03-01)\n\n- First.\n');
    repo.commitAll('A third package');
    repo.git('push', '--quiet', 'origin', 'main');
    return repo;
  }

  it('checks each package a pull request may touch, on its own files', async () => {
    const repo = await threePackages();
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '--quiet', '-b', 'feature');
    await repo.edit('libs/pkg-c/pkg_c/__init__.py', '"3.0.0"', '"3.0.1"');
    repo.commitAll('pkg-c 3.0.1 without its notes');
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      ref: 'refs/pull/4/merge',
      payload: { pull_request: { number: 4, base: { ref: 'main', sha: base } } },
    });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.stdout).toContain(
      'the packages in its folders are: libs/pkg-c (pkg-c), packages/pkg-a (pkg-a), packages/pkg-b (pkg-b)',
    );
    for (const name of ['packages/pkg-a (pkg-a)', 'packages/pkg-b (pkg-b)', 'libs/pkg-c (pkg-c)'])
      expect(run.summary).toContain(`Package ${name}`);
    expect(run.summary.match(/Version check: ✓ passed/g)).toHaveLength(2);
    const errors = run.annotations.filter((a) => a.level === 'error' && a.properties.title);
    expect(errors.map((a) => [a.properties.title, a.properties.file])).toEqual([
      ['Changelog has no section for this version', 'libs/pkg-c/CHANGES.md'],
    ]);
    expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });

  it('checks the package a tag names with ==, as pkg-b==0.2.0', async () => {
    const repo = await threePackages();
    tag(repo, 'pkg-b==0.2.0');
    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/tags/pkg-b==0.2.0',
      inputs: { mode: 'check' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ version: '0.2.0', tag: 'pkg-b==0.2.0' });
    expect(run.summary).toContain('Package packages/pkg-b (pkg-b)');
  });

  it('releases the package a tag names by its name, and refuses a tag that names none', async () => {
    const repo = await threePackages();
    tag(repo, 'pkg-a==0.1.0');
    const run = await tagPush(repo, 'pkg-a==0.1.0', { packages: '' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ version: '0.1.0', tag: 'pkg-a==0.1.0' });
    expect(pypi.files.some((file) => file.filename.startsWith('pkg_a-0.1.0'))).toBe(true);

    tag(repo, 'v9.9.9');
    const requests = pypi.requests.length;
    const refused = await tagPush(repo, 'v9.9.9', { packages: '' });
    expect(refused.exitCode).toBe(1);
    const error = refused.annotations.find((a) => a.level === 'error');
    expect(error?.properties.title).toBe('Tag names no package');
    expect(error?.message).toContain(
      'libs/pkg-c (pkg-c), packages/pkg-a (pkg-a), packages/pkg-b (pkg-b)',
    );
    expect(pypi.requests.length).toBe(requests);
  });
});

describe('a monorepo bump', () => {
  function dispatch(repo: TestRepo, inputs: Record<string, string>, dispatchInputs = {}) {
    return runAction({
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      ref: 'refs/heads/main',
      payload: {
        ref: 'refs/heads/main',
        inputs: { bump: 'minor', ...dispatchInputs },
        repository: { default_branch: 'main' },
      },
      env: FAST_HTTP,
      inputs: {
        packages: PACKAGES_INPUT,
        builder: 'build',
        'build-isolation': 'false',
        python: '/usr/bin/python3',
        'repository-url': 'none',
        'github-token': '',
        ...inputs,
      },
    });
  }

  it('bumps the named member, edits the root uv.lock in place and warns of a pin left behind', async () => {
    const repo = await workspaceRepo({ pin: true });
    tag(repo, 'pkg-a-v0.1.0');
    const before = {
      lock: await repo.read('uv.lock'),
      pyproject: await repo.read('packages/pkg-a/pyproject.toml'),
      b: await repo.read('packages/pkg-b/pyproject.toml'),
    };
    expect(before.lock).toBe(ROOT_LOCK);
    const run = await dispatch(repo, {}, { package: 'packages/pkg-a' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ version: '0.2.0', tag: 'pkg-a-v0.2.0' });

    // Only pkg-a's version characters changed, in the root lock too.
    expect(await repo.read('uv.lock')).toBe(
      ROOT_LOCK.replace(
        'version = "0.1.0"\nsource = { editable = "packages/pkg-a" }',
        'version = "0.2.0"\nsource = { editable = "packages/pkg-a" }',
      ),
    );
    expect(await repo.read('packages/pkg-a/pyproject.toml')).toBe(
      before.pyproject.replace('version = "0.1.0"', 'version = "0.2.0"'),
    );
    expect(await repo.read('packages/pkg-b/pyproject.toml')).toBe(before.b);
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(
      [
        'packages/pkg-a/CHANGELOG.md',
        'packages/pkg-a/pyproject.toml',
        'packages/pkg-a/src/pkg_a/__init__.py',
        'uv.lock',
      ].sort(),
    );
    expect(gitIn(repo.origin, 'cat-file', '-t', 'refs/tags/pkg-a-v0.2.0').trim()).toBe('tag');

    // pkg-b's exact pin of pkg-a still says 0.1.0.
    const pin = run.annotations.filter((a) => a.properties.title === 'Pin left behind');
    expect(pin).toHaveLength(1);
    expect(pin[0]!.properties).toMatchObject({
      file: 'packages/pkg-b/pyproject.toml',
      line: '13',
    });
    expect(pin[0]!.message).toContain('pkg-a==0.2.0');
  });

  it('refuses a bump that names no package, changing nothing', async () => {
    const repo = await workspaceRepo();
    const head = repo.git('rev-parse', 'HEAD').trim();
    const run = await dispatch(repo, {});
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error');
    expect(error?.properties.title).toBe('No package named');
    expect(error?.message).toContain('packages/pkg-a');
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(gitIn(repo.origin, 'rev-parse', 'main').trim()).toBe(head);
    expect(gitIn(repo.origin, 'tag', '--list')).toBe('');

    // The action input names it as well as the workflow_dispatch input does.
    const named = await dispatch(repo, { package: 'pkg-b-v', 'dry-run': 'true' });
    expect(named.exitCode, named.stdout).toBe(0);
    expect(named.stdout).toContain('tag pkg-b-v0.3.0');
  });
});
