// The other ways of publishing, end to end: trusted publishing through the runner's OIDC endpoint,
// TestPyPI before PyPI with an install from TestPyPI in between, and the next-cycle pull request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startOidcServer, type OidcServer } from '../../servers/oidc.js';
import { startPypiServer } from '../../servers/pypi.js';
import { runAction } from '../helpers/action.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

const GITHUB_TOKEN = 'ghs_publishpaths0123456789';
const CLAIMS = {
  repository: 'octo/hello-pyrelease',
  workflow_ref: 'octo/hello-pyrelease/.github/workflows/release.yml@refs/tags/v0.1.15',
  job_workflow_ref: 'octo/hello-pyrelease/.github/workflows/release.yml@refs/tags/v0.1.15',
  environment: 'pypi',
  ref: 'refs/tags/v0.1.15',
};

let github: GithubServer;
let oidc: OidcServer;
beforeAll(async () => {
  [github, oidc] = await Promise.all([
    startGithubServer({ owner: 'octo', repo: 'hello-pyrelease', token: GITHUB_TOKEN }),
    startOidcServer({ claims: CLAIMS }),
  ]);
});
afterAll(async () => {
  await Promise.all([github?.close(), oidc?.close()]);
});

async function taggedRepo(prepare?: (repo: TestRepo) => Promise<void>): Promise<TestRepo> {
  const repo = await makeRepo();
  if (prepare) {
    await prepare(repo);
    repo.commitAll('Prepare');
  }
  repo.git('tag', '-a', 'v0.1.15', '-m', 'Release 0.1.15');
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
  return repo;
}

function release(repo: TestRepo, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: 'refs/tags/v0.1.15',
    payload: { repository: { default_branch: 'main' } },
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/hello-pyrelease', ...env },
    inputs: {
      builder: 'build',
      'build-isolation': 'false',
      python: '/usr/bin/python3',
      'github-token': GITHUB_TOKEN,
      ...inputs,
    },
  });
}

const oidcEnv = () => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
});

describe('trusted publishing', () => {
  it('exchanges the run’s OIDC token for an upload token and says whom it published as', async () => {
    const pypi = await startPypiServer({
      mintedToken: 'pypi-minted-0123456789abcdef',
      acceptedOidcToken: (claims) =>
        claims.repository === 'octo/hello-pyrelease' && claims.aud === 'pypi',
    });
    try {
      const repo = await taggedRepo();
      const run = await release(repo, { 'repository-url': pypi.uploadUrl }, oidcEnv());
      expect(run.exitCode, run.stdout).toBe(0);
      expect(oidc.audiences).toContain('pypi');
      expect(pypi.files.map((file) => file.filename).sort()).toHaveLength(2);
      expect(run.stdout).toContain('repository: octo/hello-pyrelease');
      expect(run.stdout).toContain('environment: pypi');
      // Both the OIDC token and the minted token are masked before use.
      expect(run.stdout).toContain('::add-mask::pypi-minted-0123456789abcdef');
      const logged = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
      expect(logged.join('\n')).not.toContain('pypi-minted-0123456789abcdef');
    } finally {
      await pypi.close();
    }
  });

  it('explains a refusal by the index with the claims to configure', async () => {
    const pypi = await startPypiServer({ acceptedOidcToken: () => false });
    try {
      const repo = await taggedRepo();
      const run = await release(repo, { 'repository-url': pypi.uploadUrl }, oidcEnv());
      expect(run.exitCode).toBe(1);
      const error = run.annotations.find((a) => a.level === 'error');
      expect(error?.properties.title).toBe('Trusted publishing failed');
      expect(error?.message).toContain('invalid-publisher');
      expect(error?.message).toContain(
        'Owner: octo, Repository name: hello-pyrelease, Workflow name: release.yml, Environment name: pypi',
      );
      expect(pypi.files).toEqual([]);
    } finally {
      await pypi.close();
    }
  });

  it('asks for id-token: write when the job cannot request a token', async () => {
    const pypi = await startPypiServer();
    try {
      const repo = await taggedRepo();
      const run = await release(repo, { 'repository-url': pypi.uploadUrl });
      expect(run.exitCode).toBe(1);
      expect(run.annotations.find((a) => a.level === 'error')?.message).toContain(
        'id-token: write',
      );
      expect(pypi.files).toEqual([]);
    } finally {
      await pypi.close();
    }
  });
});

describe('TestPyPI first', () => {
  it('uploads to TestPyPI, installs from it, then uploads to the index', async () => {
    const [test, main] = await Promise.all([
      startPypiServer({ token: 'pypi-testpypi-token' }),
      startPypiServer({ token: 'pypi-main-token' }),
    ]);
    try {
      const repo = await taggedRepo();
      const run = await release(repo, {
        testpypi: 'true',
        'testpypi-url': test.uploadUrl,
        'testpypi-token': 'pypi-testpypi-token',
        'repository-url': main.uploadUrl,
        'pypi-token': 'pypi-main-token',
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(test.files).toHaveLength(2);
      expect(main.files).toHaveLength(2);
      expect(main.files.map((f) => f.sha256).sort()).toEqual(
        test.files.map((f) => f.sha256).sort(),
      );
      // pip fetched the wheel from TestPyPI's simple index before the main upload.
      const download = test.requests.findIndex(
        (r) => r.method === 'GET' && r.path.startsWith('/files/'),
      );
      expect(download).toBeGreaterThanOrEqual(0);
      expect(run.summary).toContain(`<td>Install from ${test.uploadUrl}</td><td>✓ passed</td>`);
      expect(run.outputs['pypi-url']).toBe(`${main.url}/project/hello-pyrelease/0.1.15/`);
    } finally {
      await Promise.all([test.close(), main.close()]);
    }
  });
});

describe('the next development cycle', () => {
  it('opens a pull request that adds [Unreleased] when the changelog has none', async () => {
    const pypi = await startPypiServer({ token: 'pypi-next-token' });
    try {
      const repo = await taggedRepo(async (r) => {
        await r.edit('CHANGELOG.md', /## \[Unreleased\]\n\n### Added\n- .*\n\n/, '');
      });
      const before = github.state.pulls.length;
      const run = await release(repo, {
        'repository-url': pypi.uploadUrl,
        'pypi-token': 'pypi-next-token',
        'github-release': 'draft, attach-files, close-milestone, next-cycle-pr',
      });
      expect(run.exitCode, run.stdout).toBe(0);
      const pulls = github.state.pulls.slice(before);
      expect(pulls).toHaveLength(1);
      expect(pulls[0]).toMatchObject({ base: 'main', head: 'pyrelease/next-cycle-after-v0.1.15' });
      const changelog = repo.git('show', 'origin/pyrelease/next-cycle-after-v0.1.15:CHANGELOG.md');
      expect(changelog).toContain('## [Unreleased]\n\n## [0.1.15] - 2025-10-15');
      // The release checkout itself is untouched (dist/ is the build's output).
      expect(repo.git('status', '--porcelain')).toBe('?? dist/\n');
      expect(github.violations).toEqual([]);
    } finally {
      await pypi.close();
    }
  });
});
