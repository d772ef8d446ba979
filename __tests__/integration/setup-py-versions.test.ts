// Where a setuptools project keeps its version when setup.py does not write it as a literal, run
// through the bundled dist/index.js with Debian's setuptools: a pyproject.toml that only
// configures tools beside setup.py and setup.cfg, a setup.py that reads __version__ out of the
// package, a version spelt in numbers, and pbr or versioneer taking the tag. setup.py is never run
// by pyrelease itself; only the build runs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { runAction } from '../helpers/action.js';
import { gitIn, makeRepo, type TestRepo } from '../helpers/repo.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const PYPI_TOKEN = 'pypi-test-token-setupversions';
const GITHUB_TOKEN = 'ghs_testtoken_setupversions';
const PYTHON = '/usr/bin/python3';
const FIXTURE = path.resolve(__dirname, '../fixtures/projects/setuptools-cfg');
const lines = (...text: string[]) => text.join('\n') + '\n';

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
  'pypi-token': PYPI_TOKEN,
  'github-token': GITHUB_TOKEN,
};
const ENV = () => ({ GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/cfgwidgets' });

/** The fixture with its files replaced, committed on main. */
async function project(files: Record<string, string>, remove: string[] = []): Promise<TestRepo> {
  const repo = await makeRepo(FIXTURE);
  for (const [file, text] of Object.entries(files)) await repo.write(file, text);
  for (const file of remove) repo.git('rm', '--quiet', file);
  repo.commitAll('Describe the version another way');
  return repo;
}

function tagged(repo: TestRepo, tag: string, inputs: Record<string, string>) {
  repo.git('tag', '-a', tag, '-m', `Release ${tag}`);
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: `refs/tags/${tag}`,
    payload: { ref: `refs/tags/${tag}`, repository: { default_branch: 'main' } },
    env: ENV(),
    inputs: { ...COMMON, 'repository-url': pypi.uploadUrl, ...inputs },
  });
}

const notices = (run: { annotations: { level: string; message: string }[] }) =>
  run.annotations
    .filter((annotation) => annotation.level === 'notice')
    .map((annotation) => annotation.message)
    .join('\n');

// Only tools in pyproject.toml; setup.cfg names the project; setup.py reads the version out of
// the package with a regex, as celery and many older projects do.
const TOOLS_ONLY = lines(
  '[build-system]',
  'requires = ["setuptools"]',
  'build-backend = "setuptools.build_meta"',
  '',
  '[tool.black]',
  'line-length = 100',
  '',
  '[tool.pytest.ini_options]',
  'addopts = "-q"',
);
const CFG_NAME_ONLY = lines(
  '[metadata]',
  'name = cfgwidgets',
  'description = Widgets.',
  'long_description = file: README.md',
  'long_description_content_type = text/markdown',
  'license = MIT',
  '',
  '[options]',
  'packages = find:',
);
const SETUP_READS_INIT = lines(
  'import os',
  'import re',
  '',
  'from setuptools import setup',
  '',
  'here = os.path.abspath(os.path.dirname(__file__))',
  'with open(os.path.join(here, "cfgwidgets", "__init__.py")) as f:',
  `    version = re.search(r'^__version__ = "(.*)"', f.read(), re.M).group(1)`,
  '',
  'setup(version=version)',
);

describe('a pyproject.toml without [project] beside setup.py and setup.cfg', () => {
  it('is released as a dry run: the name from setup.cfg, the version from the file setup.py reads', async () => {
    const repo = await project({
      'pyproject.toml': TOOLS_ONLY,
      'setup.cfg': CFG_NAME_ONLY,
      'setup.py': SETUP_READS_INIT,
    });
    // A dry run reads what the index has (PyPI's state) and sends it nothing.
    const sentToIndex = () => pypi.requests.filter((request) => request.method !== 'GET').length;
    const before = { pypi: sentToIndex(), releases: github.state.releases.length };
    const run = await tagged(repo, 'v3.1.0', { 'dry-run': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).not.toContain('No project name');
    expect(notices(run)).toContain('pyproject.toml has no [project] table: setup.py and setup.cfg');
    expect(notices(run)).not.toContain('only known after the build');
    // The version source is the line setup.py reads, named by file and line.
    expect(run.summary).toMatch(
      /cfgwidgets\/__init__\.py __version__ \(setup\.py reads it\)<\/td><td><code>3\.1\.0<\/code><\/td><td>cfgwidgets\/__init__\.py:3<\/td><td>✓/,
    );
    expect(run.summary).toContain('cfgwidgets-3.1.0.tar.gz');
    expect(run.outputs).toMatchObject({ version: '3.1.0', tag: 'v3.1.0' });
    expect(sentToIndex()).toBe(before.pypi);
    expect(github.state.releases.length).toBe(before.releases);
  });

  it('without a name in setup.cfg or setup.py, the release asks for one there, not in [project]', async () => {
    const repo = await project({
      'pyproject.toml': TOOLS_ONLY,
      'setup.cfg': CFG_NAME_ONLY.replace('name = cfgwidgets\n', ''),
      'setup.py': SETUP_READS_INIT,
    });
    const run = await tagged(repo, 'v3.1.0', { 'dry-run': 'true' });
    expect(run.exitCode).toBe(1);
    const refusal = run.annotations.find((a) => a.properties.title === 'No project name');
    expect(refusal?.properties.file).toBe('setup.cfg');
    expect(refusal?.message).toContain('setup.py and setup.cfg name no project');
    expect(refusal?.message).toContain('Add name = your-package under [metadata] in setup.cfg');
  });

  it('refuses a tag that disagrees with the file setup.py reads, at its line', async () => {
    const repo = await project({
      'pyproject.toml': TOOLS_ONLY,
      'setup.cfg': CFG_NAME_ONLY,
      'setup.py': SETUP_READS_INIT,
    });
    const run = await tagged(repo, 'v3.1.1', { mode: 'check' });
    expect(run.exitCode).toBe(1);
    const mismatch = run.annotations.find((a) => a.properties.title === 'Version mismatch');
    expect(mismatch?.properties).toMatchObject({ file: 'cfgwidgets/__init__.py', line: '3' });
  });
});

describe('a version spelt in numbers', () => {
  it('bumps minor by editing the tuple in place, and releases what setuptools builds from it', async () => {
    const init = lines(
      '"""Widgets."""',
      '',
      'VERSION = (3, 1, 0)',
      '__version__ = ".".join(map(str, VERSION))',
      '',
      '',
      'def greet(name: str) -> str:',
      '    return f"Hello, {name}!"',
    );
    const repo = await project({
      'setup.cfg': CFG_NAME_ONLY.replace(
        'name = cfgwidgets\n',
        'name = cfgwidgets\nversion = attr: cfgwidgets.__version__\n',
      ),
      'cfgwidgets/__init__.py': init,
    });
    repo.git('tag', '-a', 'v3.1.0', '-m', 'Release 3.1.0');
    repo.git('push', '--quiet', 'origin', 'main', '--tags');
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
    // Each number changed where it is written; nothing else in the file.
    expect(await repo.read('cfgwidgets/__init__.py')).toBe(init.replace('(3, 1, 0)', '(3, 2, 0)'));
    expect(run.outputs).toMatchObject({ version: '3.2.0', tag: 'v3.2.0' });
    const head = repo.git('rev-parse', 'HEAD').trim();
    expect(gitIn(repo.origin, 'rev-parse', 'refs/tags/v3.2.0^{commit}').trim()).toBe(head);
    const uploaded = pypi.files.filter((f) => f.name === 'cfgwidgets' && f.version === '3.2.0');
    expect(uploaded).toHaveLength(2);
  });
});

describe('pbr and versioneer: the tag is the version', () => {
  it('pbr=True in setup.py, no version in setup.cfg: the check takes the tag and names pbr', async () => {
    const repo = await project({
      'setup.py': lines(
        'import setuptools',
        '',
        "setuptools.setup(setup_requires=['pbr'], pbr=True)",
      ),
      'setup.cfg': CFG_NAME_ONLY,
      'cfgwidgets/__init__.py': '"""Widgets."""\n',
    });
    const run = await tagged(repo, '3.1.0', { mode: 'check' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(notices(run)).toContain(
      'The version comes from the git tag (pbr: pbr=True in setup.py (line 3)); the tag is checked as the version',
    );
    expect(run.outputs).toMatchObject({ version: '3.1.0', tag: '3.1.0' });
  });

  it('versioneer configured in setup.cfg: the check takes the tag and names versioneer', async () => {
    const repo = await project({
      'setup.py': lines(
        'import versioneer',
        'from setuptools import setup',
        'setup(version=versioneer.get_version(), cmdclass=versioneer.get_cmdclass())',
      ),
      'setup.cfg':
        CFG_NAME_ONLY +
        lines('', '[versioneer]', 'VCS = git', 'versionfile_source = cfgwidgets/_version.py'),
      'versioneer.py': '# vendored versioneer\n',
      'cfgwidgets/_version.py': lines('def get_keywords():', '    git_refnames = "$Format:%d$"'),
      'cfgwidgets/__init__.py': lines(
        'from . import _version',
        "__version__ = _version.get_versions()['version']",
      ),
    });
    const run = await tagged(repo, 'v3.1.0', { mode: 'check' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(notices(run)).toContain(
      'The version comes from the git tag (versioneer: [versioneer] in setup.cfg; cfgwidgets/_version.py holds its git-archive keywords)',
    );
  });
});

describe('a version only the build knows', () => {
  it('says so, naming the file and line to edit', async () => {
    const repo = await project({
      'setup.cfg': CFG_NAME_ONLY,
      'setup.py': lines(
        'from setuptools import setup',
        'from tools import compute',
        '',
        'setup(',
        '    version=compute(),',
        ')',
      ),
    });
    const run = await tagged(repo, 'v3.1.0', { mode: 'check' });
    expect(notices(run)).toContain(
      'The version is only known after the build (setuptools: setup.py computes setup(version=…) (line 5) when it runs); to change it, edit setup.py (line 5).',
    );
  });
});
