// The fault plan of the local GitHub API, and the release client (real Octokit, its retry and
// throttling plugins, our deadline and look-first writes) meeting each fault.
import { getOctokit } from '@actions/github';
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GithubError } from '../../src/github/github-errors.js';
import { octokitReleaser } from '../../src/github/releaser.js';
import { publishGithubRelease, type AssetFile } from '../../src/github/github-release.js';
import { startGithubServer, type Fault, type GithubServer } from '../../servers/github.js';

const TOKEN = 'ghs_faulttoken0123456789';
let server: GithubServer;

beforeAll(async () => {
  server = await startGithubServer({ owner: 'octo', repo: 'faults', token: TOKEN });
});
afterAll(() => server.close());
afterEach(() => {
  server.clearFaults();
  server.state.releases.length = 0;
  server.state.assets.length = 0;
  server.requests.length = 0;
  expect(server.violations.splice(0)).toEqual([]);
});

const RELEASES = '/repos/{owner}/{repo}/releases';
const ASSETS = '/repos/{owner}/{repo}/releases/{id}/assets';

function file(name: string, text: string): AssetFile {
  const data = Buffer.from(text);
  return {
    name,
    data,
    contentType: 'application/octet-stream',
    sha256: createHash('sha256').update(data).digest('hex'),
    path: `dist/${name}`,
  };
}
const FILES = [file('p-1.0.0.tar.gz', 'sdist bytes'), file('p-1.0.0-py3-none-any.whl', 'wheel')];

function releaser(timeoutMs = 5_000, token = TOKEN) {
  return octokitReleaser({
    token,
    repository: 'octo/faults',
    apiUrl: server.url,
    timeout: { baseMs: timeoutMs, bytesPerSecond: 1e9 },
  });
}

async function releaseWith(...faults: Fault[]) {
  server.plan(...faults);
  const said: string[] = [];
  const result = await publishGithubRelease(
    releaser(1_000),
    {
      tag: 'v1.0.0',
      title: 'v1.0.0',
      body: 'Notes.',
      prerelease: false,
      assets: FILES,
      updatePublished: false,
    },
    undefined,
    { say: (message) => said.push(message) },
  );
  return { result, said };
}

function calls(method: string, pattern: RegExp) {
  return server.requests.filter((r) => r.method === method && pattern.test(r.path));
}

function expectOneCompleteRelease() {
  expect(server.state.releases).toHaveLength(1);
  const assets = server.state.assets.filter((a) => a.release_id === server.state.releases[0]!.id);
  expect(assets.map((a) => [a.name, a.data.toString(), a.state ?? 'uploaded']).sort()).toEqual(
    FILES.map((f) => [f.name, f.data.toString(), 'uploaded']).sort(),
  );
}

describe('the fault plan', () => {
  const octokit = () => getOctokit(TOKEN, { baseUrl: server.url });

  it('answers 502 after applying the write, on the Nth call only', async () => {
    server.plan({
      method: 'POST',
      path: RELEASES,
      call: 2,
      answer: { status: 502, when: 'after' },
    });
    await octokit().rest.repos.createRelease({ owner: 'octo', repo: 'faults', tag_name: 'a' });
    const second = octokit()
      .rest.repos.createRelease({
        owner: 'octo',
        repo: 'faults',
        tag_name: 'b',
        request: { retries: 0 },
      })
      .catch((error: { status: number }) => error.status);
    expect(await second).toBe(502);
    expect(server.state.releases.map((r) => r.tag_name)).toEqual(['a', 'b']);
    expect(server.requests.map((r) => r.fault)).toEqual([undefined, '502 after']);
  });

  it('drops the connection, holds a request open, and sends rate-limit headers', async () => {
    let held = false;
    server.plan(
      { method: 'GET', path: RELEASES, answer: { drop: 'before' } },
      {
        method: 'GET',
        path: RELEASES,
        call: 2,
        answer: { hang: 'before', onHold: () => (held = true) },
      },
      { method: 'GET', path: RELEASES, call: 3, answer: { status: 429, retryAfter: 7 } },
    );
    const url = `${server.url}/repos/octo/faults/releases`;
    const headers = { authorization: `token ${TOKEN}` };
    await expect(fetch(url, { headers })).rejects.toThrow();
    const hanging = await fetch(url, { headers, signal: AbortSignal.timeout(300) }).catch(
      (error: Error) => error.name,
    );
    expect(hanging).toBe('TimeoutError');
    expect(held).toBe(true);
    const limited = await fetch(url, { headers });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect((await fetch(url, { headers })).status).toBe(200);
  });
});

describe('lists that do not end', () => {
  it('a next page that points back to itself stops with a clear error, read once', async () => {
    server.addRelease({ tag_name: 'v0.9.0', name: 'v0.9.0', body: '', draft: false });
    server.plan({ method: 'GET', path: RELEASES, times: 50, answer: { linkNext: 'self' } });
    const error = await releaser()
      .listReleases()
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
    expect(error).toBeInstanceOf(GithubError);
    expect((error as GithubError).message).toContain('a page already read');
    expect((error as GithubError).message).toContain('GET /repos/octo/faults/releases');
    expect(calls('GET', /\/releases$/)).toHaveLength(2);
  });
});

describe('the release client under faults', () => {
  it('a create answered 502 after GitHub made it is found, not made twice', async () => {
    const { said } = await releaseWith({
      method: 'POST',
      path: RELEASES,
      answer: { status: 502, when: 'after' },
    });
    expectOneCompleteRelease();
    expect(calls('POST', /\/releases$/)).toHaveLength(1);
    expect(said.join('\n')).toContain('GitHub had created the release v1.0.0');
  });

  it('a create answered 503 before GitHub made it is made again', async () => {
    await releaseWith({ method: 'POST', path: RELEASES, answer: { status: 503 } });
    expectOneCompleteRelease();
    expect(calls('POST', /\/releases$/)).toHaveLength(2);
  });

  it('a create that hangs is given up on, looked for and made once', async () => {
    await releaseWith({ method: 'POST', path: RELEASES, answer: { hang: 'after' } });
    expectOneCompleteRelease();
    expect(calls('POST', /\/releases$/)).toHaveLength(1);
  });

  it('an upload whose answer is lost is found by name, size and digest', async () => {
    await releaseWith({ method: 'POST', path: ASSETS, answer: { status: 500, when: 'after' } });
    expectOneCompleteRelease();
    expect(calls('POST', /\/assets$/)).toHaveLength(2);
  });

  it('a connection dropped mid-upload leaves half a file, which is replaced', async () => {
    await releaseWith({ method: 'POST', path: ASSETS, answer: { drop: 'partial' } });
    expectOneCompleteRelease();
    expect(calls('DELETE', /\/assets\/\d+$/)).toHaveLength(1);
  });

  it('rate limits are waited out', async () => {
    await releaseWith(
      { method: 'POST', path: RELEASES, answer: { secondaryRateLimit: 1 } },
      { method: 'GET', path: ASSETS, answer: { status: 429, retryAfter: 1 } },
      { method: 'POST', path: ASSETS, answer: { status: 429, retryAfter: 1 } },
    );
    expectOneCompleteRelease();
  });

  it('a read that fails or hangs once is retried by Octokit', async () => {
    await releaseWith(
      { method: 'GET', path: RELEASES, answer: { status: 502 } },
      { method: 'GET', path: RELEASES, call: 2, answer: { hang: 'before' } },
    );
    expectOneCompleteRelease();
  });

  const refusals: [string, Fault['answer'], string, RegExp][] = [
    ['a bad token', { status: 401 }, 'GitHub token refused', /github-token/],
    ['a missing permission', { status: 403 }, 'GitHub permission missing', /contents: write/],
    ['a hidden repository', { status: 404 }, 'GitHub repository not found', /octo\/faults/],
  ];
  for (const [name, answer, title, says] of refusals) {
    it(`${name} ends in one clear error`, async () => {
      const failed = await releaseWith({ method: 'POST', path: RELEASES, answer }).catch(
        (error: unknown) => error,
      );
      expect(failed).toBeInstanceOf(GithubError);
      expect((failed as GithubError).title).toBe(title);
      expect((failed as GithubError).message).toMatch(says);
      expect(calls('POST', /\/releases$/)).toHaveLength(1);
      expect(server.state.releases).toHaveLength(0);
    });
  }
});
