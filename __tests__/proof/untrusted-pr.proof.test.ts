// The check on a pull_request runs no code from the repository: the pull request's author
// controls every file in it. Canaries are planted where code could run (setup.py, a build
// backend in the tree, the package's __init__.py, a .pth file, git hooks, a committed git
// config naming a hooks path); each one writes a file, and none of those files may exist after
// the check, whether it passes or fails.
import { chmod, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

const INIT = 'src/hello_pyrelease/__init__.py';

async function plant(repo: TestRepo, canaries: string): Promise<void> {
  const py = (name: string) =>
    `open(${JSON.stringify(path.join(canaries, name))}, "w").write("ran")\n`;
  const sh = (name: string) =>
    `#!/bin/sh\necho ran > ${JSON.stringify(path.join(canaries, name))}\n`;
  await repo.write('setup.py', `${py('setup.py')}from setuptools import setup\nsetup()\n`);
  await repo.write('evil_backend.py', `${py('backend')}from hatchling.build import *\n`);
  await repo.edit(
    'pyproject.toml',
    'build-backend = "hatchling.build"',
    'build-backend = "evil_backend"\nbackend-path = ["."]',
  );
  await repo.write(INIT, `${py('init')}${await repo.read(INIT)}`);
  await repo.write('evil.pth', `import os; ${py('pth').trim()}\n`);
  await repo.write('src/evil.pth', `import os; ${py('pth-src').trim()}\n`);
  await repo.write('sitecustomize.py', py('sitecustomize'));
  await repo.write('git.py', py('git.py'));
  // A committed git config and hooks folder: git never reads them, and neither does pyrelease.
  await mkdir(path.join(repo.dir, 'hooks'));
  for (const hook of ['post-checkout', 'reference-transaction', 'pre-push', 'post-merge']) {
    await writeFile(path.join(repo.dir, 'hooks', hook), sh(`committed-${hook}`));
    await chmod(path.join(repo.dir, 'hooks', hook), 0o755);
  }
  await repo.write(
    '.gitconfig',
    '[core]\n\thooksPath = hooks\n\tfsmonitor = hooks/post-checkout\n',
  );
}

async function plantLocalHooks(repo: TestRepo, canaries: string): Promise<void> {
  // Hooks in .git/hooks: a checkout's own, which pyrelease's git commands must not run either.
  for (const hook of [
    'post-checkout',
    'reference-transaction',
    'pre-auto-gc',
    'post-merge',
    'fsmonitor-watchman',
  ]) {
    const file = path.join(repo.dir, '.git', 'hooks', hook);
    await writeFile(
      file,
      `#!/bin/sh\necho ran > ${JSON.stringify(path.join(canaries, `local-${hook}`))}\n`,
    );
    await chmod(file, 0o755);
  }
}

describe('the pull request check runs no code from the repository', () => {
  for (const outcome of ['passes', 'fails'] as const) {
    it(`no canary fires when the check ${outcome}`, async () => {
      const canaries = await mkdtemp(path.join(tmpdir(), 'pyrelease-canaries-'));
      const repo = await makeRepo();
      const base = repo.git('rev-parse', 'HEAD').trim();
      repo.git('checkout', '--quiet', '-b', 'pr');
      await plant(repo, canaries);
      if (outcome === 'fails')
        await repo.edit(INIT, '__version__ = "0.1.15"', '__version__ = "0.1.16"');
      else {
        await repo.edit('pyproject.toml', 'version = "0.1.15"', 'version = "0.1.16"');
        await repo.edit(INIT, '__version__ = "0.1.15"', '__version__ = "0.1.16"');
        await repo.edit(
          'CHANGELOG.md',
          '## [Unreleased]',
          '## [Unreleased]\n\n## [0.1.16] - 2025-11-01',
        );
      }
      repo.commitAll('A pull request with canaries');
      await plantLocalHooks(repo, canaries);
      const run = await runAction({
        workspace: repo.dir,
        eventName: 'pull_request',
        ref: 'refs/pull/7/merge',
        payload: { pull_request: { number: 7, base: { ref: 'main', sha: base } } },
      });
      expect(run.exitCode, run.stdout).toBe(outcome === 'passes' ? 0 : 1);
      expect(await readdir(canaries)).toEqual([]);
    });
  }

  it('fetches a base commit the checkout lacks without running a hook', async () => {
    const canaries = await mkdtemp(path.join(tmpdir(), 'pyrelease-canaries-'));
    const repo = await makeRepo();
    await repo.edit('README.md', /$/, '\nOn main only.\n');
    const base = repo.commitAll('Base');
    repo.git('push', '--quiet', 'origin', 'main');
    repo.git('checkout', '--quiet', '-b', 'pr', 'HEAD~1');
    repo.git('branch', '--quiet', '-D', 'main');
    repo.git('update-ref', '-d', 'refs/remotes/origin/main');
    repo.git('reflog', 'expire', '--expire=now', '--all');
    repo.git('gc', '--quiet', '--prune=now');
    await plant(repo, canaries);
    repo.commitAll('Canaries');
    await plantLocalHooks(repo, canaries);
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      ref: 'refs/pull/8/merge',
      payload: { pull_request: { number: 8, base: { ref: 'main', sha: base } } },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(await readdir(canaries)).toEqual([]);
  });
});
