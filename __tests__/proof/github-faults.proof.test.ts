// GitHub's API failing at every point of a release, through dist/index.js: a fault is retried
// where retrying is right and only where it cannot duplicate (a create looks first), otherwise
// the run ends in one error that says what to do, and a re-run completes the release: one
// release for the tag with its files, the milestone closed.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  expectComplete,
  expectOneClearError,
  GITHUB_TOKEN,
  OWNER,
  PYPI_TOKEN,
  REPO,
  runRelease,
  taggedRepo,
  TAG,
} from '../helpers/github-release-run.js';
import type { TestRepo } from '../helpers/repo.js';
import { startGithubServer, type Fault, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const RELEASES = '/repos/{owner}/{repo}/releases';
const ASSETS = '/repos/{owner}/{repo}/releases/{id}/assets';
const MILESTONE = '/repos/{owner}/{repo}/milestones/{number}';
// A hang is found in 2 s rather than 60.
const QUICK = { PYRELEASE_GITHUB_TIMEOUT: '2' };

let pypi: PypiServer;
let repo: TestRepo;
let github: GithubServer | undefined;

beforeAll(async () => {
  [pypi, repo] = await Promise.all([startPypiServer({ token: PYPI_TOKEN }), taggedRepo()]);
});
afterAll(() => pypi?.close());
afterEach(async () => {
  await github?.close();
  github = undefined;
});

async function freshGithub(...faults: Fault[]): Promise<GithubServer> {
  github = await startGithubServer({ owner: OWNER, repo: REPO, token: GITHUB_TOKEN });
  github.addMilestone(TAG);
  github.plan(...faults);
  return github;
}

const posts = (server: GithubServer, pattern: RegExp) =>
  server.requests.filter((r) => r.method === 'POST' && pattern.test(r.path));

describe('faults retried without duplicating', () => {
  it('a create answered 502 after GitHub made it: looked for, found, not made again', async () => {
    const server = await freshGithub({
      method: 'POST',
      path: RELEASES,
      answer: { status: 502, when: 'after' },
    });
    const run = await runRelease({ repo, github: server, pypi });
    expect(run.exitCode, run.stdout).toBe(0);
    expectComplete(server);
    expect(posts(server, /\/releases$/)).toHaveLength(1);
    expect(run.annotations.map((a) => a.message).join('\n')).toContain(
      `GitHub had created the release ${TAG}`,
    );
  });

  it('a create answered 503 before GitHub made it, then an upload answered 500 after', async () => {
    const server = await freshGithub(
      { method: 'POST', path: RELEASES, answer: { status: 503 } },
      { method: 'POST', path: ASSETS, answer: { status: 500, when: 'after' } },
    );
    const run = await runRelease({ repo, github: server, pypi });
    expect(run.exitCode, run.stdout).toBe(0);
    expectComplete(server);
    expect(posts(server, /\/releases$/)).toHaveLength(2);
    // Two files, one answer lost: found by name, size and digest, not uploaded again.
    expect(posts(server, /\/assets$/)).toHaveLength(2);
  });

  it('a connection dropped mid-upload: the half file is deleted and the file uploaded whole', async () => {
    const server = await freshGithub({ method: 'POST', path: ASSETS, answer: { drop: 'partial' } });
    const run = await runRelease({ repo, github: server, pypi });
    expect(run.exitCode, run.stdout).toBe(0);
    expectComplete(server);
    expect(server.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });

  it('a create that hangs: given up on after the deadline, looked for, made once', async () => {
    const server = await freshGithub({ method: 'POST', path: RELEASES, answer: { hang: 'after' } });
    const run = await runRelease({ repo, github: server, pypi, env: QUICK });
    expect(run.exitCode, run.stdout).toBe(0);
    expectComplete(server);
    expect(posts(server, /\/releases$/)).toHaveLength(1);
    expect(run.stdout).toContain(
      `GitHub did not answer POST /repos/${OWNER}/${REPO}/releases (create the release ${TAG}) within 2 s`,
    );
  });

  it('rate limits, primary (429) and secondary (403 with retry-after), are waited out', async () => {
    const server = await freshGithub(
      { method: 'GET', path: RELEASES, answer: { status: 429, retryAfter: 1 } },
      { method: 'POST', path: RELEASES, answer: { secondaryRateLimit: 1 } },
      { method: 'POST', path: ASSETS, answer: { secondaryRateLimit: 1 } },
      { method: 'PATCH', path: MILESTONE, answer: { status: 502 } },
    );
    const run = await runRelease({ repo, github: server, pypi });
    expect(run.exitCode, run.stdout).toBe(0);
    expectComplete(server);
    expect(posts(server, /\/releases$/)).toHaveLength(2);
  });
});

describe('faults that stop the run with what to do, and a re-run that completes', () => {
  const cases: {
    name: string;
    fault: Fault;
    title: string;
    says: RegExp;
    env?: Record<string, string>;
    /** Found by the read before any upload: the index received nothing. */
    beforeUpload?: boolean;
  }[] = [
    {
      name: 'a bad token (401)',
      fault: { method: 'GET', path: RELEASES, answer: { status: 401 } },
      title: 'GitHub token refused',
      says: /Give github-token a valid token/,
      beforeUpload: true,
    },
    {
      name: 'a token without contents: write (403)',
      fault: { method: 'POST', path: RELEASES, answer: { status: 403 } },
      title: 'GitHub permission missing',
      says: /needs `contents: write`: add it under the job's `permissions:`/,
    },
    {
      name: 'a repository the token cannot see (404)',
      fault: { method: 'GET', path: RELEASES, answer: { status: 404 } },
      title: 'GitHub repository not found',
      says: /octo\/hello-pyrelease does not exist, or github-token cannot see it/,
      beforeUpload: true,
    },
    {
      name: 'a token without issues: write, at the milestone (403)',
      fault: { method: 'PATCH', path: MILESTONE, answer: { status: 403 } },
      title: 'GitHub permission missing',
      says: /needs `issues: write`/,
    },
    {
      name: 'GitHub answering 503 to every create',
      fault: { method: 'POST', path: RELEASES, times: 3, answer: { status: 503 } },
      title: 'GitHub unavailable',
      says: /answered 503 .*3 attempts.*Run the job again/,
    },
    {
      name: 'GitHub never answering a create',
      fault: { method: 'POST', path: RELEASES, times: 3, answer: { hang: 'before' } },
      title: 'GitHub unavailable',
      says: /did not answer POST \/repos\/octo\/hello-pyrelease\/releases \(create the release v0\.1\.15\) within 2 s/,
      env: QUICK,
    },
  ];
  for (const { name, fault, title, says, env, beforeUpload } of cases) {
    it(name, async () => {
      const server = await freshGithub(fault);
      const uploads = () => pypi.requests.filter((r) => r.method === 'POST').length;
      const uploadsBefore = uploads();
      const failed = await runRelease({ repo, github: server, pypi, ...(env && { env }) });
      expectOneClearError(failed, title, says);
      if (beforeUpload) expect(uploads()).toBe(uploadsBefore);
      server.clearFaults();
      const again = await runRelease({ repo, github: server, pypi });
      expect(again.exitCode, again.stdout).toBe(0);
      expectComplete(server);
    });
  }
});
