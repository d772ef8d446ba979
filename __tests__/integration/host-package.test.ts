// A package that imports another package of its repository without declaring it (a plugin of its
// host, as psycopg-pool imports psycopg): the release's dry run installs the host from the index
// for the wheel test, says so, and passes; a module no package here ships still fails the test.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';
import { tagDryRun } from '../helpers/tag-dry-run.js';
import type { TestRepo } from '../helpers/repo.js';
import { workspaceRepo } from '../helpers/uv-workspace.js';

const PYTHON = '/usr/bin/python3';
const B_INIT = 'packages/pkg-b/src/pkg_b/__init__.py';
let pypi: PypiServer;

/** pkg-a's wheel, built from the workspace, on the local index as its release. */
async function publishHost(repo: TestRepo): Promise<void> {
  const out = await mkdtemp(path.join(tmpdir(), 'pyrelease-host-'));
  execFileSync(
    PYTHON,
    ['-m', 'build', '--wheel', '--no-isolation', '--skip-dependency-check', '--outdir', out],
    { cwd: path.join(repo.dir, 'packages/pkg-a'), stdio: 'pipe' },
  );
  const [filename] = await readdir(out);
  const content = await readFile(path.join(out, filename!));
  pypi.files.push({
    filename: filename!,
    name: 'pkg-a',
    version: '0.1.0',
    filetype: 'bdist_wheel',
    sha256: createHash('sha256').update(content).digest('hex'),
    size: content.length,
    content,
  });
}

beforeAll(async () => {
  pypi = await startPypiServer({ token: 'pypi-unused-token' });
});
afterAll(async () => {
  await pypi?.close();
});

async function pluginRepo(imports: string): Promise<TestRepo> {
  const repo = await workspaceRepo();
  await repo.edit(B_INIT, '"""pkg-b."""\n', `"""pkg-b."""\n\nimport ${imports}  # noqa: F401\n`);
  repo.commitAll('pkg-b imports its host');
  repo.git('tag', '-a', 'pkg-b-v0.2.0', '-m', 'Release pkg-b 0.2.0');
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
  return repo;
}

function dryRun(repo: TestRepo) {
  return tagDryRun(repo, pypi.uploadUrl, {
    tag: 'pkg-b-v0.2.0',
    // The index the host is installed from, as PyPI is on a runner.
    env: { PIP_INDEX_URL: pypi.simpleUrl, PIP_EXTRA_INDEX_URL: '', PIP_FIND_LINKS: '' },
  });
}

describe('a package whose import needs its host, undeclared', () => {
  it('is tested with the host installed from the index, and says so', async () => {
    const repo = await pluginRepo('pkg_a');
    await publishHost(repo);
    const run = await dryRun(repo);
    expect(run.exitCode, run.stdout).toBe(0);
    const notice = run.annotations.find((a) => a.properties.title === 'Tested with its host');
    expect(notice?.message).toContain('pkg-b imports pkg-a, another package of this repository');
    expect(run.stdout).toMatch(
      /pip --python \S+ install --disable-pip-version-check --no-input pkg-a\n/,
    );
    expect(run.summary).toContain('import pkg_b → 0.2.0 (with pkg-a)');
  });

  it('fails as before when no package of the repository ships the module', async () => {
    const repo = await pluginRepo('not_here_at_all');
    const run = await dryRun(repo);
    expect(run.exitCode).toBe(1);
    const failed = run.annotations.find((a) => a.properties.title === 'Wheel test failed');
    expect(failed?.message).toContain("No module named 'not_here_at_all'");
    expect(run.stdout).not.toMatch(/--no-input pkg-a\n/);
  });
});
