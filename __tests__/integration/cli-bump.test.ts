// `pyrelease bump --dry-run` shows on the maintainer's machine what "Run workflow" would bump:
// the diff, the commit message and the tag, leaving the checkout exactly as it was.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { REAL_PROJECTS } from '../helpers/real-projects.js';
import { EXAMPLE, makeRepo } from '../helpers/repo.js';

describe('pyrelease bump --dry-run', () => {
  it('shows the diff, the commit message and the tag, and changes nothing', async () => {
    const repo = await makeRepo();
    const head = repo.git('rev-parse', 'HEAD');
    const run = await cli(['bump', '--dry-run', repo.dir, '--bump', 'preminor', '--preid', 'rc']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('diff --git a/pyproject.toml b/pyproject.toml');
    expect(run.stdout).toMatch(/^-version = "0\.1\.15"\n\+version = "0\.2\.0rc1"$/m);
    expect(run.stdout).toMatch(/^-__version__ = "0\.1\.15"\n\+__version__ = "0\.2\.0rc1"$/m);
    expect(run.stdout).toMatch(/^\+## \[0\.2\.0rc1\] - \d{4}-\d{2}-\d{2}$/m);
    expect(run.stdout).toContain('Commit message:\nchore: bump version to 0.2.0rc1 for release\n');
    expect(run.stdout).toContain('Tag v0.2.0rc1 (annotated)');
    expect(run.stdout).toContain(
      'Dry run on main: 0.1.15 → 0.2.0rc1, tag v0.2.0rc1. Nothing was written, committed or pushed.',
    );
    // Workflow commands are made readable, not printed raw.
    expect(run.stdout).not.toMatch(/^::/m);
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(repo.git('tag', '--list')).toBe('');
  });

  it('bumps the project of the folder it runs in, on the current branch', async () => {
    const repo = await makeRepo(EXAMPLE, 'pkg');
    repo.git('checkout', '--quiet', '-b', 'hotfix/0.1.16');
    const run = await cli(
      ['bump', '--dry-run', '--working-directory', '..', '--bump', 'patch'],
      path.join(repo.dir, 'pkg/src'),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('diff --git a/pkg/pyproject.toml b/pkg/pyproject.toml');
    expect(run.stdout).toContain('+version = "0.1.16"');
    expect(run.stdout).toContain('Dry run on hotfix/0.1.16: 0.1.15 → 0.1.16, tag v0.1.16.');
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('names the new tag as the history names them: hello-pyrelease-0.1.16 after hello-pyrelease-0.1.15', async () => {
    const repo = await makeRepo();
    repo.git('tag', 'hello-pyrelease-0.1.14');
    repo.git('tag', 'hello-pyrelease-0.1.15');
    // Another package's tags in the same repository are not this project's.
    repo.git('tag', 'other-9.0.0');
    repo.git('checkout', '--quiet', '-b', '0.1.x');
    const run = await cli(['bump', '--dry-run', repo.dir, '--bump', 'patch']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Tag hello-pyrelease-0.1.16 (annotated)');
    expect(run.stdout).toContain(
      '+[0.1.16]: https://github.com/pyrelease/hello-pyrelease/compare/hello-pyrelease-0.1.15...hello-pyrelease-0.1.16',
    );
    expect(run.stdout).toContain(
      'Dry run on 0.1.x: 0.1.15 → 0.1.16, tag hello-pyrelease-0.1.16. Nothing was written, committed or pushed.',
    );
    // 0.1.x is a release line, so the release after the bump would take it.
    expect(run.stdout).not.toContain('not a release branch');
    expect(repo.git('tag', '--list')).toBe(
      'hello-pyrelease-0.1.14\nhello-pyrelease-0.1.15\nother-9.0.0\n',
    );
  });

  it("rewrites incremental's Version(...) call in Twisted's layout, and refuses an alpha", async () => {
    const repo = await makeRepo(path.join(REAL_PROJECTS, 'twisted'));
    repo.git('tag', 'twisted-24.7.0');
    const run = await cli([
      'bump',
      '--dry-run',
      repo.dir,
      '--bump',
      'preminor',
      '--tag-prefix',
      'twisted-',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^-__version__ = Version\("Twisted", 24, 7, 0\)\n\+__version__ = Version\("Twisted", 24, 8, 0, release_candidate=1\)$/m,
    );
    expect(run.stdout).toContain('Tag twisted-24.8.0rc1 (annotated)');
    expect(run.stdout).toContain('Twisted 24.8.0rc1 (');

    const alpha = await cli([
      'bump',
      '--dry-run',
      repo.dir,
      '--bump',
      'preminor',
      '--preid',
      'alpha',
      '--tag-prefix',
      'twisted-',
    ]);
    expect(alpha.code).toBe(1);
    expect(alpha.stdout + alpha.stderr).toContain(
      'Edit the Version(…) call in src/twisted/_version.py by hand',
    );
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(repo.git('tag', '--list')).toBe('twisted-24.7.0\n');
  });

  it('needs a branch', async () => {
    const repo = await makeRepo();
    repo.git('checkout', '--quiet', '--detach');
    const run = await cli(['bump', '--dry-run', repo.dir, '--bump', 'patch']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('HEAD is not on a branch');
    expect(repo.git('status', '--porcelain')).toBe('');
  });
});
