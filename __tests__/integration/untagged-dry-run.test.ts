// `mode: release` with `dry-run: true` on an event without a tag (a push to a branch, a pull
// request), as the self-test workflow runs it with `uses: ./`: the bundled dist/index.js runs the
// release pipeline on the version the files carry, says it is untagged, and leaves nothing
// anywhere: no request to the index or to GitHub, no tag, the project's files as they were.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, type ActionOptions } from '../helpers/action.js';
import { EXAMPLE, makeRepo, type TestRepo } from '../helpers/repo.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const PYPI_TOKEN = 'pypi-test-token-0123456789';
const GITHUB_TOKEN = 'ghs_testtoken0123456789';
const PYTHON = '/usr/bin/python3';

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

/** The action with everything a real release would need, so only the dry run keeps it quiet. */
function untagged(
  repo: TestRepo,
  event: Pick<ActionOptions, 'eventName' | 'ref' | 'payload'>,
  inputs: Record<string, string> = {},
) {
  return runAction({
    workspace: repo.dir,
    ...event,
    env: { GITHUB_API_URL: github.url },
    inputs: {
      mode: 'release',
      'dry-run': 'true',
      builder: 'build',
      'build-isolation': 'false',
      python: PYTHON,
      'repository-url': pypi.uploadUrl,
      'pypi-token': PYPI_TOKEN,
      'github-token': GITHUB_TOKEN,
      ...inputs,
    },
  });
}

const PUSH = {
  eventName: 'push',
  ref: 'refs/heads/main',
  payload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } },
};

/** What a dry run may not do: send anything (it reads what the index has, as PyPI's state). */
function sentCounts(): { pypi: number; github: number } {
  const pypiSent = pypi.requests.filter((request) => request.method !== 'GET').length;
  return { pypi: pypiSent, github: github.requests.length };
}

function nothingLeft(repo: TestRepo, before: { pypi: number; github: number }) {
  expect(sentCounts()).toEqual(before);
  expect(pypi.files).toEqual([]);
  expect(github.state.releases).toEqual([]);
  expect(repo.git('tag', '--list')).toBe('');
  expect(repo.git('ls-remote', '--tags', 'origin')).toBe('');
  expect(repo.git('status', '--porcelain')).toBe('');
  expect(existsSync(path.join(repo.dir, 'dist'))).toBe(false);
}

describe('mode: release with dry-run: true and no tag', () => {
  it('on a push to a branch: runs the pipeline on the files’ version, says so, changes nothing', async () => {
    const repo = await makeRepo();
    const before = sentCounts();
    const run = await untagged(repo, PUSH);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(/Unexpected failure|Unhandled rejection|\n\s+at /);

    const notice = run.annotations.find((a) => a.properties.title === 'Untagged dry run');
    expect(notice?.level).toBe('notice');
    expect(notice?.message).toContain('"refs/heads/main"');
    expect(notice?.message).toContain('a dry run of the version the files carry, untagged');
    expect(notice?.message).toContain('Nothing is tagged, uploaded or released');
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);

    expect(run.outputs).toMatchObject({
      version: '0.1.15',
      pep440: '0.1.15',
      prerelease: 'false',
      tag: 'v0.1.15',
      'release-url': '',
      'release-id': '',
      'pypi-url': '',
    });
    // Built in a folder of its own, outside the workspace: absolute paths.
    expect(path.isAbsolute(run.outputs.wheel!)).toBe(true);
    expect(path.basename(run.outputs.wheel!)).toMatch(/^hello_pyrelease-0\.1\.15-.+\.whl$/);
    expect(path.basename(run.outputs.sdist!)).toBe('hello_pyrelease-0.1.15.tar.gz');
    expect(run.outputs.wheel!.startsWith(repo.dir)).toBe(false);

    expect(run.summary).toContain('pyrelease v0.1.15 (dry run): ✓');
    // No tag: neither the exact-tag nor the release-branch step runs.
    expect(run.summary).not.toContain('Exact tag');
    expect(run.summary).not.toContain('Release branch');
    for (const step of ['Validate', 'Build', 'Inspect artifacts', 'twine check', 'Test the wheel'])
      expect(run.summary).toMatch(new RegExp(`<td>${step}</td><td>✓ passed</td>`));
    expect(run.summary).toMatch(/<td>Publish<\/td><td>○ dry run<\/td>/);
    expect(run.summary).toMatch(/<td>GitHub release<\/td><td>○ dry run<\/td>/);
    expect(run.summary).toContain('Dry run: what would happen');
    expect(run.summary).toContain('GitHub release v0.1.15: draft');
    expect(run.stdout).toContain('Dry run: nothing was uploaded, tagged or released.');

    nothingLeft(repo, before);
  });

  it('on a pull request: the same dry run, the version checked against the base branch', async () => {
    const repo = await makeRepo();
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '--quiet', '-b', 'feature');
    await repo.edit('CHANGELOG.md', '## [Unreleased]\n', '## [Unreleased]\n\n- Another change.\n');
    repo.commitAll('Change');
    const before = sentCounts();
    const run = await untagged(repo, {
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      payload: { pull_request: { number: 7, base: { ref: 'main', sha: base } } },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(
      run.annotations.find((a) => a.properties.title === 'Untagged dry run')?.message,
    ).toContain('"refs/pull/7/merge"');
    expect(run.outputs).toMatchObject({ version: '0.1.15', tag: 'v0.1.15', 'release-url': '' });
    expect(run.summary).toContain('pyrelease v0.1.15 (dry run): ✓');
    nothingLeft(repo, before);
  });

  it('without dry-run stays refused: a release needs a tag push', async () => {
    const repo = await makeRepo();
    const before = sentCounts();
    const run = await untagged(repo, PUSH, { 'dry-run': 'false' });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.properties.title).toBe('No tag to release');
    expect(errors[0]!.message).toContain('mode: release needs a tag push');
    expect(run.annotations.some((a) => a.properties.title === 'Untagged dry run')).toBe(false);
    expect(run.outputs).toEqual({});
    nothingLeft(repo, before);
  });

  it('with packages, releases the package named, or the only one listed', async () => {
    const repo = await makeRepo();
    const packages = 'hello-v: .';
    const named = await untagged(repo, PUSH, { packages, package: 'hello-v' });
    expect(named.exitCode, named.stdout + named.stderr).toBe(0);
    expect(named.outputs).toMatchObject({ version: '0.1.15', tag: 'hello-v0.1.15' });
    expect(named.annotations.map((a) => a.properties.title)).toContain('Deprecated input');

    const only = await untagged(repo, PUSH, { packages });
    expect(only.exitCode, only.stdout + only.stderr).toBe(0);
    expect(only.outputs).toMatchObject({ tag: 'hello-v0.1.15' });
  });

  it('a project whose version is its git tag (hatch-vcs): builds and tests what the build computes', async () => {
    const repo = await makeRepo(
      path.join(path.dirname(EXAMPLE), '__tests__/fixtures/projects/hatch-vcs'),
    );
    // The last release's tag, then one more commit: the build computes a dev version.
    repo.git('tag', '-a', '1.2.0', '-m', 'Release 1.2.0');
    await repo.write('NOTES.txt', 'after the release\n');
    repo.commitAll('After 1.2.0');
    const run = await untagged(repo, PUSH);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.summary).toMatch(
      /<td>Validate<\/td><td>✓ passed<\/td><td>[^<]*<\/td><td>not tagged: the version is what the build computes/,
    );
    expect(run.summary).toMatch(
      /<td>Test the wheel<\/td><td>✓ passed<\/td><td>[^<]*<\/td><td>import tagged_hatch → 1\.2\.1\.dev1\+g[0-9a-f]+<\/td>/,
    );
    expect(run.stdout).toMatch(
      /upload nothing: the commit is not tagged, and the build computed 1\.2\.1\.dev1\+g[0-9a-f]+/,
    );
    expect(pypi.files).toEqual([]);
    expect(github.state.releases).toEqual([]);
    expect(repo.git('tag', '--list').trim()).toBe('1.2.0');
  });
});
