// A setuptools project without pyproject.toml (setup.cfg and a setup.py that only calls setup(),
// as pre-commit is), released and bumped through the bundled dist/index.js with Debian's
// setuptools, a local PyPI and GitHub API: python -m build takes PEP 517's fallback backend.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { tarGzMembers } from '../helpers/archives.js';
import { gitIn, makeRepo, type TestRepo } from '../helpers/repo.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const PYPI_TOKEN = 'pypi-test-token-setuppy';
const GITHUB_TOKEN = 'ghs_testtoken_setuppy';
const PYTHON = '/usr/bin/python3';
const FIXTURE = path.resolve(__dirname, '../fixtures/projects/setuptools-cfg');
const TODAY = new Date().toISOString().slice(0, 10);

let pypi: PypiServer;
let github: GithubServer;

beforeAll(async () => {
  [pypi, github] = await Promise.all([
    startPypiServer({ token: PYPI_TOKEN }),
    startGithubServer({ owner: 'octo', repo: 'cfgwidgets', token: GITHUB_TOKEN }),
  ]);
});
afterAll(async () => {
  await Promise.all([pypi?.close(), github?.close()]);
});

const COMMON = {
  builder: 'build',
  'build-isolation': 'false',
  python: PYTHON,
  'repository-url': '',
  'pypi-token': PYPI_TOKEN,
  'github-token': GITHUB_TOKEN,
};
const ENV = () => ({ GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/cfgwidgets' });

function release(repo: TestRepo, tag: string) {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: `refs/tags/${tag}`,
    payload: { ref: `refs/tags/${tag}`, repository: { default_branch: 'main' } },
    env: ENV(),
    inputs: { ...COMMON, 'repository-url': pypi.uploadUrl },
  });
}

function uploaded(version: string): string[] {
  return pypi.files
    .filter((file) => file.name === 'cfgwidgets' && file.version === version)
    .map((file) => file.filename)
    .sort();
}

describe('a setuptools project without pyproject.toml (setup.cfg + setup.py)', () => {
  it('releases the version setup.cfg states: built, inspected, tested, uploaded, drafted', async () => {
    const repo = await makeRepo(FIXTURE);
    repo.git('tag', '-a', 'v3.1.0', '-m', 'Release 3.1.0');
    repo.git('push', '--quiet', 'origin', 'main', '--tags');
    const run = await release(repo, 'v3.1.0');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain('No pyproject.toml: setup.py and setup.cfg describe');
    expect(run.outputs).toMatchObject({ version: '3.1.0', pep440: '3.1.0', tag: 'v3.1.0' });

    const built = (await readdir(path.join(repo.dir, 'dist'))).sort();
    expect(built[1]).toBe('cfgwidgets-3.1.0.tar.gz');
    expect(built[0]).toMatch(/^cfgwidgets-3\.1\.0-py3.*-none-any\.whl$/);
    expect(uploaded('3.1.0')).toEqual(built);
    // The sdist holds what describes the build, and no pyproject.toml was needed.
    const sdist = await tarGzMembers(path.join(repo.dir, 'dist', built[1]!));
    const names = sdist.entries.map((entry) => entry.name);
    expect(names).toEqual(
      expect.arrayContaining(['cfgwidgets-3.1.0/setup.py', 'cfgwidgets-3.1.0/setup.cfg']),
    );
    expect(names).not.toContain('cfgwidgets-3.1.0/pyproject.toml');

    const made = github.state.releases.filter((r) => r.tag_name === 'v3.1.0');
    expect(made).toHaveLength(1);
    expect(made[0]!.body).toContain('A greeting.');
    expect(github.violations).toEqual([]);
  });

  it('a long description without a content type: released as reStructuredText with a notice, refused when it does not render as such', async () => {
    // setup.cfg without long_description_content_type, as six and asgiref build: real twine
    // check --strict warns, PyPI accepts the upload and renders the text as reStructuredText.
    const untyped = async (readme: string) => {
      const repo = await makeRepo(FIXTURE);
      await repo.edit('setup.cfg', 'long_description_content_type = text/markdown\n', '');
      await repo.write('README.md', readme);
      repo.commitAll('No content type');
      repo.git('tag', '-a', 'v3.1.0', '-m', 'Release 3.1.0');
      repo.git('push', '--quiet', 'origin', 'main', '--tags');
      return runAction({
        workspace: repo.dir,
        eventName: 'push',
        ref: 'refs/tags/v3.1.0',
        payload: { ref: 'refs/tags/v3.1.0', repository: { default_branch: 'main' } },
        env: ENV(),
        inputs: { ...COMMON, 'repository-url': pypi.uploadUrl, 'dry-run': 'true' },
      });
    };
    const plain = await untyped('cfgwidgets\n==========\n\nWidgets, *versioned* in setup.cfg.\n');
    expect(plain.exitCode, plain.stdout).toBe(0);
    expect(plain.stdout).toContain('`long_description_content_type` missing.');
    const notice = plain.annotations.find(
      (a) => a.properties.title === 'No content type for the long description',
    );
    expect(notice?.level).toBe('notice');
    expect(notice?.message).toMatch(
      /^cfgwidgets-3\.1\.0\.tar\.gz, cfgwidgets-3\.1\.0-py3.*\.whl declare no long_description_content_type .*PyPI renders the long description as reStructuredText/,
    );
    expect(plain.summary).toContain('(no content type: reStructuredText)');

    const broken = await untyped('cfgwidgets\n==========\n\nWidgets, `unclosed.\n');
    expect(broken.exitCode, broken.stdout).toBe(1);
    const refusal = broken.annotations.find((a) => a.level === 'error');
    expect(refusal?.properties.title).toBe('twine check failed');
    expect(refusal?.message).toContain('`long_description` has syntax errors in markup');
  });

  it('a tag that disagrees with setup.cfg is refused at setup.cfg’s line, before the build', async () => {
    const repo = await makeRepo(FIXTURE);
    repo.git('tag', '-a', 'v3.1.1', '-m', 'Release 3.1.1');
    repo.git('push', '--quiet', 'origin', 'main', '--tags');
    const before = pypi.requests.length;
    const run = await release(repo, 'v3.1.1');
    expect(run.exitCode).toBe(1);
    const mismatch = run.annotations.find((a) => a.properties.file === 'setup.cfg');
    expect(mismatch?.level, run.stdout).toBe('error');
    expect(mismatch?.properties.line).toBe('3');
    expect(pypi.requests.length).toBe(before);
  });

  it('bumps minor: setup.cfg and __init__.py edited in place, changelog rolled, tagged, released', async () => {
    const repo = await makeRepo(FIXTURE);
    repo.git('tag', '-a', 'v3.1.0', '-m', 'Release 3.1.0');
    repo.git('push', '--quiet', 'origin', 'main', '--tags');
    const before = {
      cfg: await repo.read('setup.cfg'),
      init: await repo.read('cfgwidgets/__init__.py'),
      setupPy: await repo.read('setup.py'),
    };
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      ref: 'refs/heads/main',
      payload: {
        ref: 'refs/heads/main',
        inputs: { bump: 'minor' },
        repository: { default_branch: 'main' },
      },
      env: ENV(),
      inputs: { ...COMMON, bump: 'minor', 'repository-url': pypi.uploadUrl },
    });
    expect(run.exitCode, run.stdout).toBe(0);

    // Only the version characters changed; setup.py states no version and is untouched.
    expect(await repo.read('setup.cfg')).toBe(
      before.cfg.replace('version = 3.1.0', 'version = 3.2.0'),
    );
    expect(await repo.read('cfgwidgets/__init__.py')).toBe(
      before.init.replace('__version__ = "3.1.0"', '__version__ = "3.2.0"'),
    );
    expect(await repo.read('setup.py')).toBe(before.setupPy);
    expect(await repo.read('CHANGELOG.md')).toContain(`## [Unreleased]\n\n## [3.2.0] - ${TODAY}\n`);
    expect(repo.git('log', '-1', '--format=%B').trim()).toBe(
      [
        'chore: bump version to 3.2.0 for release',
        '',
        '- Update version in __init__.py',
        '- Update version in setup.cfg',
        '- Update CHANGELOG.md with release notes',
      ].join('\n'),
    );
    const head = repo.git('rev-parse', 'HEAD').trim();
    expect(gitIn(repo.origin, 'rev-parse', 'refs/tags/v3.2.0^{commit}').trim()).toBe(head);
    expect(run.outputs).toMatchObject({ version: '3.2.0', tag: 'v3.2.0' });
    expect(uploaded('3.2.0')).toHaveLength(2);
  });
});
