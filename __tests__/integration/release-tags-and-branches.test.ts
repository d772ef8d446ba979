// Which tags a release takes with no inputs, and from which branches: as the runner runs it
// (bundled dist/index.js, real git with a bare origin, real `python -m build`, twine and pip, the
// local PyPI and GitHub API). A tag on a maintenance branch named as a release line (`1.4.x`)
// releases; one on a feature branch is refused before anything is asked of the index or GitHub.
// A project's own name before the version (`mypkg==1.2.3`) needs no tag-prefix; another name's
// tag is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';
import { runAction } from '../helpers/action.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

const PYPI_TOKEN = 'pypi-test-token-0123456789';
const GITHUB_TOKEN = 'ghs_testtoken0123456789';
const PYTHON = '/usr/bin/python3';
const INIT = 'src/hello_pyrelease/__init__.py';

let pypi: PypiServer;
let github: GithubServer;

beforeAll(async () => {
  [pypi, github] = await Promise.all([
    startPypiServer({ token: PYPI_TOKEN }),
    startGithubServer({ owner: 'octo', repo: 'hello-pyrelease', token: GITHUB_TOKEN }),
  ]);
});
afterAll(async () => {
  await Promise.all([pypi?.close(), github?.close()]);
});

function release(repo: TestRepo, tag: string) {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: `refs/tags/${tag}`,
    payload: { ref: `refs/tags/${tag}`, repository: { default_branch: 'main' } },
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/hello-pyrelease' },
    inputs: {
      builder: 'build',
      'build-isolation': 'false',
      python: PYTHON,
      'repository-url': pypi.uploadUrl,
      'pypi-token': PYPI_TOKEN,
      'github-token': GITHUB_TOKEN,
    },
  });
}

/** A commit on `branch` only (main does not have it), tagged `tag`, both pushed. */
async function taggedOnBranch(repo: TestRepo, branch: string, tag: string): Promise<string> {
  repo.git('checkout', '--quiet', '-b', branch);
  await repo.write('NOTES.txt', `A change made on ${branch}.\n`);
  const commit = repo.commitAll(`Change on ${branch}`);
  repo.git('tag', '-a', tag, '-m', `Release ${tag}`);
  repo.git('push', '--quiet', 'origin', branch, `refs/tags/${tag}`);
  return commit;
}

function counts() {
  return { pypi: pypi.requests.length, github: github.requests.length };
}

function errorTitles(run: { annotations: { level: string; properties: { title?: string } }[] }) {
  return run.annotations.filter((a) => a.level === 'error').map((a) => a.properties.title);
}

describe('release branches by default', () => {
  it('releases a tag on a release line branch (1.4.x) that main does not have', async () => {
    const repo = await makeRepo();
    const commit = await taggedOnBranch(repo, '1.4.x', 'v0.1.15');
    expect(repo.git('branch', '--contains', commit, '--list', 'main')).toBe('');
    const run = await release(repo, 'v0.1.15');
    expect(run.stderr).toBe('');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain('v0.1.15 is on 1.4.x');
    expect(pypi.files.filter((file) => file.version === '0.1.15')).toHaveLength(2);
    expect(github.state.releases.filter((made) => made.tag_name === 'v0.1.15')).toHaveLength(1);
  });

  it('refuses a tag on a feature branch before asking the index or GitHub anything', async () => {
    const repo = await makeRepo();
    await taggedOnBranch(repo, 'feature/x', 'v0.1.15');
    const before = counts();
    const run = await release(repo, 'v0.1.15');
    expect(run.exitCode).toBe(1);
    expect(errorTitles(run)).toEqual(['Tag not on a release branch']);
    const refusal = run.annotations.find((a) => a.level === 'error')!;
    expect(refusal.message).toContain(
      'on none of the release branches (main, hotfix/* or a release line such as 1.4.x, 3.12 or release/2.3)',
    );
    expect(counts()).toEqual(before);
    expect(run.outputs).toEqual({});
  });
});

describe('release tags named after the project, with no tag-prefix', () => {
  /** The example project named mypkg at 1.2.3, on main. */
  async function mypkg(): Promise<TestRepo> {
    const repo = await makeRepo();
    await repo.edit('pyproject.toml', 'name = "hello-pyrelease"', 'name = "mypkg"');
    await repo.edit('pyproject.toml', 'version = "0.1.15"', 'version = "1.2.3"');
    await repo.edit(INIT, '"0.1.15"', '"1.2.3"');
    await repo.edit(
      'CHANGELOG.md',
      '## [Unreleased]',
      '## [Unreleased]\n\n## [1.2.3] - 2025-11-01\n\n- A change.',
    );
    repo.commitAll('Release 1.2.3');
    repo.git('push', '--quiet', 'origin', 'main');
    return repo;
  }

  it('releases mypkg==1.2.3', async () => {
    const repo = await mypkg();
    repo.git('tag', '-a', 'mypkg==1.2.3', '-m', 'Release 1.2.3');
    repo.git('push', '--quiet', 'origin', 'refs/tags/mypkg==1.2.3');
    const run = await release(repo, 'mypkg==1.2.3');
    expect(run.stderr).toBe('');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(
      pypi.files.filter((file) => file.version === '1.2.3').map((file) => file.filename),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^mypkg-1\.2\.3/)]));
    expect(github.state.releases.map((made) => made.tag_name)).toContain('mypkg==1.2.3');
  });

  it('refuses other-1.2.3 before asking the index or GitHub anything', async () => {
    const repo = await mypkg();
    repo.git('tag', '-a', 'other-1.2.3', '-m', 'Release other 1.2.3');
    repo.git('push', '--quiet', 'origin', 'refs/tags/other-1.2.3');
    const before = counts();
    const run = await release(repo, 'other-1.2.3');
    expect(run.exitCode).toBe(1);
    expect(errorTitles(run)).toEqual(['Not a version tag']);
    const refusal = run.annotations.find((a) => a.level === 'error')!;
    expect(refusal.message).toContain('mypkg-1.2.3, mypkg-v1.2.3, mypkg/v1.2.3');
    expect(refusal.message).toContain('set the tag-prefix input to "other-"');
    expect(counts()).toEqual(before);
    expect(run.outputs).toEqual({});
  });
});
