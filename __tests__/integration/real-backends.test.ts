// Releases of projects built by Debian's real backends, through the bundled dist/index.js with a
// local PyPI and GitHub API: versions from the git tag (hatch-vcs, setuptools-scm), a flit module
// and a setuptools attr. The built METADATA must carry exactly the tag's version.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const PYPI_TOKEN = 'pypi-test-token-backends';
const GITHUB_TOKEN = 'ghs_testtoken_backends';
const PYTHON = '/usr/bin/python3';
const PROJECTS = path.resolve(__dirname, '../fixtures/projects');

let pypi: PypiServer;
let github: GithubServer;

beforeAll(async () => {
  [pypi, github] = await Promise.all([
    startPypiServer({ token: PYPI_TOKEN }),
    startGithubServer({ owner: 'octo', repo: 'widgets', token: GITHUB_TOKEN }),
  ]);
});
afterAll(async () => {
  await Promise.all([pypi?.close(), github?.close()]);
});

async function taggedProject(fixture: string, tags: readonly string[]): Promise<TestRepo> {
  const repo = await makeRepo(path.join(PROJECTS, fixture));
  for (const tag of tags) repo.git('tag', '-a', tag, '-m', `Release ${tag}`);
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
  return repo;
}

function release(repo: TestRepo, tag: string) {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: `refs/tags/${tag}`,
    payload: { ref: `refs/tags/${tag}`, repository: { default_branch: 'main' } },
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/widgets' },
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

function uploaded(name: string, version: string): string[] {
  return pypi.files
    .filter((file) => file.name === name && file.version === version)
    .map((file) => file.filename)
    .sort();
}

describe('the tag is the version', () => {
  for (const { fixture, name, stem, tag } of [
    { fixture: 'hatch-vcs', name: 'tagged-hatch', stem: 'tagged_hatch', tag: '1.2.0' },
    // setuptools 66 (Debian's) keeps the sdist name as written, so this name has no '-'.
    { fixture: 'setuptools-scm', name: 'taggedscm', stem: 'taggedscm', tag: 'v1.2.0' },
  ]) {
    it(`${fixture}: releases ${tag} as 1.2.0, proven on the built METADATA`, async () => {
      const repo = await taggedProject(fixture, [tag]);
      const run = await release(repo, tag);
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.stdout).toContain(`The version comes from the git tag (${fixture}`);
      expect(run.outputs).toMatchObject({ version: '1.2.0', pep440: '1.2.0', tag });
      const built = (await readdir(path.join(repo.dir, 'dist'))).sort();
      expect(built[1]).toBe(`${stem}-1.2.0.tar.gz`);
      expect(built[0]).toMatch(new RegExp(`^${stem}-1\\.2\\.0-py3.*-none-any\\.whl$`));
      expect(uploaded(name, '1.2.0')).toEqual(built);
    });

    it(`${fixture}: a modified tracked file is refused before the build, naming the file`, async () => {
      const repo = await taggedProject(fixture, [tag]);
      await repo.edit('README.md', 'versioned', 'VERSIONED');
      const before = pypi.requests.length;
      const run = await release(repo, tag);
      expect(run.exitCode).toBe(1);
      const errors = run.annotations.filter((a) => a.level === 'error');
      expect(errors.map((a) => a.properties.title)).toEqual(['Working tree not clean']);
      expect(errors[0]!.message).toContain('modified: README.md');
      expect(existsSync(path.join(repo.dir, 'dist'))).toBe(false);
      expect(pypi.requests.length).toBe(before);
    });
  }

  it('refuses a tag that is not greater than a release in its history', async () => {
    const repo = await taggedProject('hatch-vcs', ['1.3.0']);
    await repo.edit('README.md', 'versioned', 'tagged');
    repo.commitAll('Later change');
    repo.git('tag', '-a', '1.2.0', '-m', 'Release 1.2.0');
    repo.git('push', '--quiet', 'origin', 'main', '--tags');
    const before = pypi.requests.length;
    const run = await release(repo, '1.2.0');
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.properties.title)).toContain('Tag not newer');
    expect(pypi.requests.length).toBe(before);
  });
});

describe('a version written in the backend’s own place', () => {
  for (const { fixture, name, version } of [
    { fixture: 'setuptools-attr', name: 'attrwidgets', version: '2.3.0' },
    { fixture: 'flit-module', name: 'flitmodule', version: '0.4.0' },
  ]) {
    it(`${fixture}: releases ${version} read from the file the backend reads`, async () => {
      const repo = await taggedProject(fixture, [`v${version}`]);
      const run = await release(repo, `v${version}`);
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs).toMatchObject({ version, tag: `v${version}` });
      expect(uploaded(name, version)).toHaveLength(2);
    });
  }
});
