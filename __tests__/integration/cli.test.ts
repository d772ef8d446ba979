// The local command line, run as a maintainer runs it: `node dist/cli.js …`.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/action.js';
import { makeRepo } from '../helpers/repo.js';

const CLI = path.join(ROOT, 'dist/cli.js');

async function cli(
  args: string[],
  cwd = ROOT,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('pyrelease check', () => {
  it('prints the table of versions of the example project', async () => {
    const run = await cli(['check', 'example']);
    expect(run.code).toBe(0);
    const rows = run.stdout.split('\n');
    expect(rows[0]).toMatch(/^source\s+value\s+file$/);
    expect(rows[1]).toMatch(
      /^pyproject\.toml \[project\]\.version\s+0\.1\.15\s+pyproject\.toml:7\s+✓$/,
    );
    expect(rows[2]).toMatch(
      /^src\/hello_pyrelease\/__init__\.py __version__\s+0\.1\.15\s+src\/hello_pyrelease\/__init__\.py:3\s+✓$/,
    );
    expect(rows[3]).toMatch(/^CHANGELOG\.md heading\s+0\.1\.15\s+CHANGELOG\.md:12\s+✓$/);
    expect(run.stdout).toContain('✓ version 0.1.15 is consistent');
  });

  it('exits 1 and names file, line and column when a tag disagrees', async () => {
    const run = await cli(['check', 'example', '--tag', 'v0.2.0']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('pyproject.toml:7:12: error: Version mismatch:');
    expect(run.stdout).toContain('src/hello_pyrelease/__init__.py:3:16: error: Version mismatch:');
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
      'pyproject.toml: error: pyproject.toml not found: No pyproject.toml',
    );
  });
});
