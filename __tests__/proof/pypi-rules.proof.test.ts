// PyPI's rules, through the bundled action: what PyPI's upload code (and its trusted-publishing
// check) would refuse half-way through a release is refused before the first upload, with PyPI's
// words, the rule's source and what to do; the index receives nothing (no upload, no token
// exchange) and nothing is published.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { errorOf, releaseRun, TAG } from '../helpers/publish.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import type { ActionRun } from '../helpers/action.js';
import { startOidcServer, type OidcServer } from '../../servers/oidc.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const TOKEN = 'pypi-rules-proof-0123456789';
const CLAIMS = {
  repository: 'octo/hello-pyrelease',
  repository_owner: 'octo',
  workflow_ref: 'octo/hello-pyrelease/.github/workflows/release.yml@refs/tags/v0.1.15',
  job_workflow_ref: 'octo/hello-pyrelease/.github/workflows/release.yml@refs/tags/v0.1.15',
  ref: 'refs/tags/v0.1.15',
  sha: '0123456789abcdef0123456789abcdef01234567',
  environment: 'pypi',
  event_name: 'push',
};
const PUBLISHER =
  'Owner: octo, Repository name: hello-pyrelease, Workflow name: release.yml, Environment name: pypi';

let pypi: PypiServer;
beforeAll(async () => {
  pypi = await startPypiServer({ token: TOKEN, acceptedOidcToken: () => true });
});
afterAll(async () => {
  await pypi?.close();
});

/** The example project, changed and committed, then tagged and pushed as a release. */
async function taggedRepo(prepare?: (repo: TestRepo) => Promise<void>): Promise<TestRepo> {
  const repo = await makeRepo();
  if (prepare) {
    await prepare(repo);
    repo.commitAll('Prepare');
  }
  repo.git('tag', '-a', TAG, '-m', `Release ${TAG}`);
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
  return repo;
}

/** The index received nothing: no upload and no token exchange. */
function nothingSent(): void {
  expect(pypi.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  expect(pypi.files.filter((file) => file.version === '0.1.15')).toEqual([]);
}

function refused(run: ActionRun, title: string, ...says: (string | RegExp)[]): void {
  expect(run.exitCode, run.stdout).toBe(1);
  const errors = run.annotations.filter((a) => a.level === 'error');
  const found = errors.find((a) => a.properties.title === title);
  expect(found, errors.map((a) => `${a.properties.title}: ${a.message}`).join('\n')).toBeDefined();
  for (const said of says) expect(found!.message).toMatch(said);
  nothingSent();
}

async function trusted(claims: Record<string, unknown>, env: Record<string, string> = {}) {
  const oidc: OidcServer = await startOidcServer({ claims });
  try {
    const workflow = env.WORKFLOW;
    const repo = await taggedRepo(
      workflow
        ? async (made) => {
            await mkdir(path.join(made.dir, '.github/workflows'), { recursive: true });
            await made.write('.github/workflows/release.yml', workflow);
          }
        : undefined,
    );
    return await releaseRun(
      repo,
      { 'repository-url': pypi.uploadUrl },
      {
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
        ...(env.GITHUB_JOB && { GITHUB_JOB: env.GITHUB_JOB }),
      },
    );
  } finally {
    await oidc.close();
  }
}

describe('trusted publishing: what PyPI refuses is refused before the token exchange', () => {
  it('a pull_request_target run', async () => {
    const run = await trusted({ ...CLAIMS, event_name: 'pull_request_target' });
    refused(
      run,
      'Trusted publishing refused',
      "Publishing from a workflow invoked via 'pull_request_target' is not supported.",
      PUBLISHER,
      'event_name: pull_request_target',
    );
  });

  it('a reusable workflow of another repository', async () => {
    const run = await trusted({
      ...CLAIMS,
      job_workflow_ref: 'octo/shared/.github/workflows/publish.yml@refs/heads/main',
    });
    refused(
      run,
      'Trusted publishing refused',
      /another repository \(octo\/shared\)/,
      /job_workflow_ref claim does not match/,
    );
  });

  it('an environment in the claims other than the job declares', async () => {
    const workflow =
      'on: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    environment: release\n    steps:\n      - run: true\n';
    const run = await trusted(CLAIMS, { WORKFLOW: workflow, GITHUB_JOB: 'publish' });
    refused(
      run,
      'Trusted publishing refused',
      '.github/workflows/release.yml jobs.publish declares environment: release, but the OIDC token says environment pypi',
      PUBLISHER,
    );
  });
});

describe('a release PyPI would refuse half-way is refused before the first upload', () => {
  it('a project URL that is not a URL, in a build of the project', async () => {
    const repo = await taggedRepo((made) =>
      made.edit(
        'pyproject.toml',
        'Homepage = "https://github.com/pyrelease/hello-pyrelease"',
        'Homepage = "github.com/pyrelease/hello-pyrelease"',
      ),
    );
    const run = await releaseRun(repo, { 'repository-url': pypi.uploadUrl, 'pypi-token': TOKEN });
    refused(
      run,
      "PyPI's rules: Invalid URL",
      /Project-URL: Homepage, github\.com\/pyrelease\/hello-pyrelease has github\.com\/pyrelease\/hello-pyrelease, which is not a valid http\(s\) URL/,
      /rule url: https:\/\/github\.com\/pypi\/warehouse\/blob\/[0-9a-f]{40}\/warehouse\/forklift\/metadata\.py#L192-L221/,
    );
  });

  it('a new file for a release PyPI has had for more than 14 days', async () => {
    const content = Buffer.from('an sdist uploaded long ago');
    pypi.files.push({
      filename: 'hello_pyrelease-0.1.15-py2.py3-none-any.whl',
      name: 'hello-pyrelease',
      version: '0.1.15',
      filetype: 'bdist_wheel',
      sha256: createHash('sha256').update(content).digest('hex'),
      size: content.length,
      content,
      uploadedAt: Date.now() - 30 * 24 * 60 * 60 * 1000,
    });
    try {
      const repo = await taggedRepo();
      const run = await releaseRun(repo, { 'repository-url': pypi.uploadUrl, 'pypi-token': TOKEN });
      expect(run.exitCode, run.stdout).toBe(1);
      expect(errorOf(run)?.title).toBe("PyPI's rules: Release older than 14 days");
      expect(errorOf(run)?.message).toContain(
        'Uploading new files to releases older than 14 days is not allowed.',
      );
      expect(errorOf(run)?.message).toContain('0.1.15.post1');
      expect(pypi.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(pypi.files).toHaveLength(1);
    } finally {
      pypi.files.length = 0;
    }
  });
});
