// The local command line, run as a maintainer runs it: `node dist/cli.js …`.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/action.js';
import { cli } from '../helpers/cli.js';
import { EXAMPLE, makeRepo } from '../helpers/repo.js';
import { workspaceRepo } from '../helpers/uv-workspace.js';

describe('pyrelease check', () => {
  it('prints the table of versions of the example project', async () => {
    const run = await cli(['check', 'example']);
    expect(run.code).toBe(0);
    const rows = run.stdout.split('\n');
    expect(rows[0]).toMatch(/^file\s+source\s+value$/);
    // Paths are relative to the repository's root, as the action reports them.
    expect(rows[1]).toMatch(/^example\/pyproject\.toml:7\s+\[project\]\.version\s+0\.1\.15\s+✓$/);
    expect(rows[2]).toMatch(
      /^example\/src\/hello_pyrelease\/__init__\.py:3\s+__version__\s+0\.1\.15\s+✓$/,
    );
    expect(rows[3]).toMatch(/^example\/CHANGELOG\.md:12\s+heading\s+0\.1\.15\s+✓$/);
    expect(run.stdout).toContain('✓ version 0.1.15 is consistent');
    // The file is named once per row, so the table fits 80 columns.
    for (const row of rows) expect(row.length, row).toBeLessThanOrEqual(80);
  });

  it('checks each package of a repository with no project at its root, or the one a tag names', async () => {
    const repo = await workspaceRepo();
    const all = await cli(['check', '.'], repo.dir);
    expect(all.code, all.stdout + all.stderr).toBe(0);
    expect(all.stdout).toContain(
      'the packages in its folders are: packages/pkg-a (pkg-a), packages/pkg-b (pkg-b)',
    );
    expect(all.stdout).toContain('Package packages/pkg-a\n');
    expect(all.stdout).toContain('✓ version 0.2.0 is consistent');
    const one = await cli(['check', '.', '--tag', 'pkg-b==0.2.0'], repo.dir);
    expect(one.code, one.stdout + one.stderr).toBe(0);
    expect(one.stdout).not.toContain('Package packages/pkg-a');
    expect(one.stdout).toContain('Package packages/pkg-b');
  });

  it('exits 1 and names file, line and column when a tag disagrees', async () => {
    const run = await cli(['check', 'example', '--tag', 'v0.2.0']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('example/pyproject.toml:7:12: error: Version mismatch:');
    expect(run.stdout).toContain(
      'example/src/hello_pyrelease/__init__.py:3:16: error: Version mismatch:',
    );
    expect(run.stdout).toContain('✗ version check failed');
  });

  it('compares with a base branch as a pull request would', async () => {
    const repo = await makeRepo();
    repo.git('checkout', '--quiet', '-b', 'feature');
    await repo.edit('pyproject.toml', 'version = "0.1.15"', 'version = "0.1.14"');
    await repo.edit('src/hello_pyrelease/__init__.py', '"0.1.15"', '"0.1.14"');
    repo.commitAll('Back');
    const run = await cli(['check', repo.dir, '--base', 'main']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('pyproject.toml:7:12: error: Version goes backwards:');
  });

  it('refuses a real release from the command line', async () => {
    const run = await cli(['release', 'example']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('only as --dry-run');
  });

  it('reports a missing project clearly', async () => {
    const run = await cli(['check', 'src']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'src/pyproject.toml: error: pyproject.toml not found: No pyproject.toml in src.',
    );
  });
});

describe('the project folder', () => {
  it('is given as DIR or as --working-directory, with the same result', async () => {
    const positional = await cli(['check', 'example']);
    const option = await cli(['check', '--working-directory', 'example']);
    expect(option.code).toBe(0);
    expect(option.stdout).toBe(positional.stdout);
  });

  it('defaults to the current folder, inside a repository or outside one', async () => {
    const inside = await cli(['check'], path.join(ROOT, 'example'));
    expect(inside.code).toBe(0);
    expect(inside.stdout).toContain('example/pyproject.toml:7');
    const copy = await mkdtemp(path.join(tmpdir(), 'pyrelease-nogit-'));
    await cp(path.join(ROOT, 'example'), copy, { recursive: true });
    const outside = await cli(['check'], copy);
    expect(outside.code).toBe(0);
    expect(outside.stdout).toMatch(/^pyproject\.toml:7\s+\[project\]\.version\s+0\.1\.15/m);
  });

  it('compares with --base from any folder inside the repository', async () => {
    const repo = await makeRepo(EXAMPLE, 'packages/hello');
    repo.git('checkout', '--quiet', '-b', 'feature');
    await repo.edit('packages/hello/pyproject.toml', 'version = "0.1.15"', 'version = "0.1.14"');
    await repo.edit('packages/hello/src/hello_pyrelease/__init__.py', '"0.1.15"', '"0.1.14"');
    repo.commitAll('Back');
    const expected = 'packages/hello/pyproject.toml:7:12: error: Version goes backwards:';
    for (const [cwd, dir] of [
      [repo.dir, 'packages/hello'],
      [path.join(repo.dir, 'packages/hello'), '.'],
      [path.join(repo.dir, 'packages'), 'hello'],
      [path.join(repo.dir, 'packages/hello/src'), '..'],
    ] as const) {
      const run = await cli(['check', dir, '--base', 'main'], cwd);
      expect(run.stdout, `${cwd} ${dir}`).toContain(expected);
      expect(run.stdout, `${cwd} ${dir}`).toMatch(/^\s+base branch main\s+0\.1\.15\s+✗$/m);
      expect(run.code).toBe(1);
    }
  });
});
