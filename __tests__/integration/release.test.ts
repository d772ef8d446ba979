// The whole tag-triggered release, as the runner runs it: bundled dist/index.js, real git with a
// bare origin, real `python -m build` (hatchling), real twine and pip, a local PyPI and a local
// GitHub API that checks every request against GitHub's OpenAPI description.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';
import { runAction } from '../helpers/action.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

const PYPI_TOKEN = 'pypi-test-token-0123456789';
const GITHUB_TOKEN = 'ghs_testtoken0123456789';
const PYTHON = '/usr/bin/python3';
// The servers run in this process: child processes must not block it.
const exec = promisify(execFile);

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

async function taggedRepo(
  tag: string,
  prepare?: (repo: TestRepo) => Promise<void>,
): Promise<TestRepo> {
  const repo = await makeRepo();
  repo.git('tag', 'v0.1.14', 'HEAD');
  if (prepare) {
    await prepare(repo);
    repo.commitAll('Prepare release');
  }
  repo.git('tag', '-a', tag, '-m', `Release ${tag}`);
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
  return repo;
}

function release(repo: TestRepo, tag: string, inputs: Record<string, string> = {}) {
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
      ...inputs,
    },
  });
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

function counts() {
  return { pypi: pypi.requests.length, github: github.requests.length };
}

describe('release from a tag', () => {
  it('builds, tests, uploads and drafts the release, and a re-run duplicates nothing', async () => {
    const repo = await taggedRepo('v0.1.15');
    github.addMilestone('v0.1.15', 'open');
    const first = await release(repo, 'v0.1.15', {
      'smoke-test': "from hello_pyrelease import greet; assert greet('PyPI') == 'Hello, PyPI!'",
    });
    expect(first.stderr).toBe('');
    expect(first.exitCode, first.stdout).toBe(0);

    // What the index received is exactly what was built.
    const dist = path.join(repo.dir, 'dist');
    const built = (await readdir(dist)).sort();
    expect(built).toHaveLength(2);
    expect(built[0]).toMatch(/^hello_pyrelease-0\.1\.15-py[23.]*-none-any\.whl$/);
    expect(built[1]).toBe('hello_pyrelease-0.1.15.tar.gz');
    const received = pypi.files.filter((file) => file.version === '0.1.15');
    expect(received.map((file) => file.filename).sort()).toEqual(built);
    for (const file of received)
      expect(file.sha256).toBe(await sha256(path.join(dist, file.filename)));

    // pip installs the uploaded version from the index.
    const venv = await mkdtemp(path.join(tmpdir(), 'pyrelease-pip-'));
    await exec(PYTHON, ['-m', 'venv', venv]);
    await exec(
      path.join(venv, 'bin/pip'),
      ['install', '--quiet', '--no-deps', '--index-url', pypi.simpleUrl, 'hello-pyrelease==0.1.15'],
      {
        env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1' },
      },
    );
    const { stdout: installed } = await exec(
      path.join(venv, 'bin/python'),
      ['-c', 'import hello_pyrelease; print(hello_pyrelease.__version__)'],
      {
        cwd: venv,
      },
    );
    expect(installed.trim()).toBe('0.1.15');

    // One draft release with the changelog section, the template and both files.
    expect(github.violations).toEqual([]);
    const releases = github.state.releases.filter((r) => r.tag_name === 'v0.1.15');
    expect(releases).toHaveLength(1);
    const [made] = releases;
    expect(made).toMatchObject({ name: 'v0.1.15', draft: true, prerelease: false });
    expect(made!.body).toContain('- `greet()` takes the name to greet.');
    expect(made!.body).toContain('pip install hello-pyrelease==0.1.15');
    expect(made!.body).toContain('uv add hello-pyrelease==0.1.15');
    expect(made!.body).toContain(
      'https://github.com/octo/hello-pyrelease/compare/v0.1.14...v0.1.15',
    );
    expect(made!.body).not.toContain('First release.');
    expect(
      github.state.assets
        .filter((asset) => asset.release_id === made!.id)
        .map((asset) => asset.name)
        .sort(),
    ).toEqual(built);
    expect(github.state.milestones.find((m) => m.title === 'v0.1.15')?.state).toBe('closed');

    expect(first.outputs).toMatchObject({
      version: '0.1.15',
      pep440: '0.1.15',
      prerelease: 'false',
      tag: 'v0.1.15',
      wheel: `dist/${built[0]}`,
      sdist: `dist/${built[1]}`,
      'release-id': String(made!.id),
      'pypi-url': `${pypi.url}/project/hello-pyrelease/0.1.15/`,
    });
    expect(first.outputs['release-url']).toMatch(
      /^https:\/\/github\.com\/octo\/hello-pyrelease\/releases\/tag\//,
    );
    for (const step of [
      'Validate',
      'Release branch',
      'Build',
      'Inspect artifacts',
      'twine check',
      'Test the wheel',
      `Publish to ${pypi.uploadUrl}`,
      'GitHub release (draft)',
      'Close milestone',
    ]) {
      expect(first.summary).toContain(`<td>${step}</td><td>✓ passed</td>`);
    }
    expect(first.summary).toContain(await sha256(path.join(dist, built[1]!)));

    // The token never appears in the log.
    // The tokens never appear in the log, except in the runner's own masking command.
    const logged = first.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(logged.join('\n')).not.toContain(PYPI_TOKEN);
    expect(logged.join('\n')).not.toContain(GITHUB_TOKEN);
    expect(first.stdout).toContain(`::add-mask::${PYPI_TOKEN}`);

    // Running the same release again completes without duplicates.
    const uploadsBefore = pypi.files.length;
    const second = await release(repo, 'v0.1.15');
    expect(second.exitCode, second.stdout).toBe(0);
    expect(pypi.files.length).toBe(uploadsBefore);
    expect(
      second.annotations.filter((a) => a.properties.title === 'Already uploaded'),
    ).toHaveLength(2);
    expect(github.state.releases.filter((r) => r.tag_name === 'v0.1.15')).toHaveLength(1);
    expect(
      github.state.assets
        .filter((asset) => asset.release_id === made!.id)
        .map((asset) => asset.name)
        .sort(),
    ).toEqual(built);
    expect(github.violations).toEqual([]);
  });
});

describe('a release whose changelog has no section for it', () => {
  it('takes the notes GitHub generates, with one line linking the full changes', async () => {
    const repo = await taggedRepo('v0.1.17', async (repo) => {
      await repo.edit('pyproject.toml', 'version = "0.1.15"', 'version = "0.1.17"');
      await repo.edit('src/hello_pyrelease/__init__.py', '"0.1.15"', '"0.1.17"');
    });
    const run = await release(repo, 'v0.1.17', { changelog: 'none' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(github.violations).toEqual([]);
    const made = github.state.releases.find((r) => r.tag_name === 'v0.1.17');
    expect(made?.body).toContain("## What's Changed");
    expect(made?.body).toContain('pip install hello-pyrelease==0.1.17');
    expect(made?.body?.match(/\*\*Full Changelog\*\*/g)).toHaveLength(1);
    expect(made?.body).toContain('compare/v0.1.14...v0.1.17');
    expect(run.summary).toContain('notes generated by GitHub');
  });
});

describe('a refused release leaves no trace', () => {
  const refusals: {
    name: string;
    tag: string;
    prepare?: (repo: TestRepo) => Promise<void>;
    inputs?: Record<string, string>;
    title: string;
  }[] = [
    { name: 'a version that disagrees with the tag', tag: 'v0.1.16', title: 'Release refused' },
    {
      name: 'wheel METADATA that disagrees with the files',
      tag: 'v0.1.15',
      prepare: async (repo) => {
        // hatch computes the version when it builds, so only the built METADATA shows it.
        await repo.edit('pyproject.toml', 'version = "0.1.15"\n', 'dynamic = ["version"]\n');
        await repo.edit(
          'pyproject.toml',
          '[tool.hatch.build.targets.wheel]',
          '[tool.hatch.version]\nsource = "code"\npath = "build_version.py"\n\n[tool.hatch.build.targets.wheel]',
        );
        await repo.write('build_version.py', '__version__ = ".".join(["0", "1", "16"])\n');
      },
      title: 'Wrong version in metadata',
    },
    {
      name: 'a wheel whose import fails',
      tag: 'v0.1.15',
      inputs: { 'smoke-test': 'import hello_pyrelease.missing_module' },
      title: 'Wheel test failed',
    },
    {
      name: 'metadata that twine check --strict refuses',
      tag: 'v0.1.15',
      prepare: async (repo) => {
        await repo.edit(
          'pyproject.toml',
          'readme = "README.md"',
          'readme = { file = "README.rst", content-type = "text/x-rst" }',
        );
        await repo.write(
          'README.rst',
          'hello\n=====\n\nBroken `link <http://example.com>`__ and *unclosed\n\n.. unknown-directive:: x\n',
        );
      },
      title: 'twine check failed',
    },
  ];
  for (const refusal of refusals) {
    it(refusal.name, async () => {
      const repo = await taggedRepo(refusal.tag, refusal.prepare);
      const before = counts();
      const run = await release(repo, refusal.tag, refusal.inputs);
      expect(run.exitCode, run.stdout).toBe(1);
      const titles = run.annotations
        .filter((a) => a.level === 'error')
        .map((a) => a.properties.title);
      expect(titles).toContain(refusal.title);
      expect(counts()).toEqual(before);
      expect(run.outputs).toEqual({});
      expect(run.summary).toContain('✗ failed');
    });
  }
});
