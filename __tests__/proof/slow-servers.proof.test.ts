// Servers that misbehave, through the bundled action: an index, GitHub's API and the runner's OIDC
// endpoint that send their headers and then one byte at a time, answers of 600 MB, a simple-API
// page with `&#x110000;` or 300,000 unclosed anchors, a Link header whose next page is itself,
// and an upload the index never reads. Each run ends by itself within the test's timeout, with the
// message that says what happened, and nothing it should not have done (no upload before a
// refusal, no release); where the run stops, a re-run completes the release.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eachFileOnce, errorOf, releaseRun, taggedRepo } from '../helpers/publish.js';
import {
  expectOneClearError,
  GITHUB_TOKEN,
  OWNER,
  PYPI_TOKEN,
  REPO,
  runRelease,
  TAG,
  taggedRepo as githubTaggedRepo,
} from '../helpers/github-release-run.js';
import type { ActionRun } from '../helpers/action.js';
import { startGithubServer, type Fault, type GithubServer } from '../../servers/github.js';
import { startOidcServer, type OidcServer } from '../../servers/oidc.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const TOKEN = 'pypi-slow-servers-0123456789';
/**
 * Every wait shortened so a case costs seconds: a byte every second never trips the 3 s silence
 * timeout of the tests' settings, only the deadline of 4 s on the whole answer does.
 */
const DEADLINE = { PYRELEASE_HTTP_DEADLINE_MS: '4000', PYRELEASE_HTTP_ATTEMPTS: '2' };

/** The run took less than `seconds`: it ended by itself, long before the server would have. */
async function timed(run: () => Promise<ActionRun>): Promise<ActionRun & { seconds: number }> {
  const started = Date.now();
  const done = await run();
  return { ...done, seconds: (Date.now() - started) / 1000 };
}

const uploads = (pypi: PypiServer) =>
  pypi.requests.filter((r) => r.method === 'POST' && r.path === '/legacy/');

/** Every index a case started, closed at the end. */
const indexes: PypiServer[] = [];
afterAll(() => Promise.all(indexes.map((index) => index.close())));
async function index(options: Parameters<typeof startPypiServer>[0]): Promise<PypiServer> {
  const started = await startPypiServer(options);
  indexes.push(started);
  return started;
}

describe('an index that misbehaves', { timeout: 120_000 }, () => {
  let pypi: PypiServer;

  it('drips its answer to the file query a byte a second: cut at the deadline, nothing uploaded, a re-run completes', async () => {
    pypi = await index({ token: TOKEN });
    const repo = await taggedRepo();
    for (let i = 0; i < 2; i++) pypi.faults.push({ on: 'query', kind: 'drip', dripMs: 1000 });
    const inputs = { 'repository-url': pypi.uploadUrl, 'pypi-token': TOKEN };
    const first = await timed(() => releaseRun(repo, inputs, DEADLINE));
    expect(first.exitCode, first.stdout).toBe(1);
    expect(errorOf(first)).toMatchObject({ title: 'Index unreachable' });
    expect(errorOf(first)?.message).toContain(
      'the answer did not arrive whole within 4 s (2 attempts)',
    );
    expect(errorOf(first)?.message).toContain('Nothing was uploaded');
    expect(first.seconds).toBeLessThan(60);
    expect(uploads(pypi)).toEqual([]);

    const again = await releaseRun(repo, inputs);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(await eachFileOnce(pypi, repo)).toEqual([]);
  });

  it('answers 600 MB: refused at 64 MiB, asked once, nothing uploaded', async () => {
    pypi = await index({ token: TOKEN });
    const repo = await taggedRepo();
    pypi.faults.push({ on: 'query', kind: 'huge' });
    const run = await timed(() =>
      releaseRun(repo, { 'repository-url': pypi.uploadUrl, 'pypi-token': TOKEN }),
    );
    expect(run.exitCode, run.stdout).toBe(1);
    expect(errorOf(run)).toMatchObject({ title: 'Index unreachable' });
    expect(errorOf(run)?.message).toContain(
      'the answer is larger than 64 MiB, more than pyrelease reads from it',
    );
    expect(run.stdout).not.toContain('Cannot create a string longer');
    expect(pypi.faults).toEqual([]);
    expect(uploads(pypi)).toEqual([]);
    expect(run.seconds).toBeLessThan(60);
  });

  const pages = [
    {
      name: 'a link and a name holding &#x110000; (no code point)',
      body: `<html><body><a href="/files/x&#x110000;.whl#sha256=${'a'.repeat(64)}">x&#x110000;&#xD800;.whl</a></body></html>`,
    },
    {
      name: '300,000 unclosed anchors',
      body: `<html><body>${'<a href="/files/x.whl">'.repeat(300_000)}</body></html>`,
    },
  ];
  for (const page of pages) {
    it(`serves a simple-API page with ${page.name}: read in a moment, and the release completes`, async () => {
      pypi = await index({ token: TOKEN, serves: 'simple-html' });
      const repo = await taggedRepo();
      pypi.faults.push({
        on: 'query',
        kind: 'page',
        // The simple page only: PyPI's JSON API (asked first, for the index's state) is not served.
        path: /^\/simple\//,
        page: { contentType: 'text/html', body: page.body },
      });
      const run = await timed(() =>
        releaseRun(repo, { 'repository-url': pypi.uploadUrl, 'pypi-token': TOKEN }),
      );
      expect(run.exitCode, run.stdout).toBe(0);
      expect(pypi.faults).toEqual([]);
      expect(run.stdout).not.toContain('RangeError');
      expect(await eachFileOnce(pypi, repo)).toEqual([]);
      expect(run.seconds).toBeLessThan(60);
    });
  }

  it('never reads an upload: each attempt stopped at its deadline, the re-run advice given, and a re-run uploads each file once, wheel first', async () => {
    pypi = await index({ token: TOKEN });
    const repo = await taggedRepo();
    for (let i = 0; i < 3; i++) pypi.faults.push({ on: 'upload', kind: 'stall' });
    const inputs = { 'repository-url': pypi.uploadUrl, 'pypi-token': TOKEN };
    const floor = { PYRELEASE_UPLOAD_FLOOR_SECONDS: '2' };
    const first = await timed(() => releaseRun(repo, inputs, floor));
    expect(first.exitCode, first.stdout).toBe(1);
    expect(errorOf(first)).toMatchObject({ title: 'Upload failed' });
    expect(errorOf(first)?.message).toContain(
      'twine was stopped: the upload did not end within 2 s (its deadline: 2 s, plus 1 s for every 100 KiB of the file, at most 180 min).',
    );
    expect(errorOf(first)?.message).toMatch(
      /The index does not have hello_pyrelease-0\.1\.15-py3-none-any\.whl\. Run the release again: a re-run skips the files the index has\./,
    );
    expect(first.seconds).toBeLessThan(60);
    expect(pypi.faults).toEqual([]);
    expect(pypi.files).toEqual([]);

    const again = await releaseRun(repo, inputs);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(await eachFileOnce(pypi, repo)).toEqual([]);
    expect(pypi.files.map((file) => file.filetype)).toEqual(['bdist_wheel', 'sdist']);
  });
});

describe(
  "the runner's OIDC endpoint and the token exchange, misbehaving",
  { timeout: 120_000 },
  () => {
    let oidc: OidcServer;
    let pypi: PypiServer;
    beforeAll(async () => {
      oidc = await startOidcServer({ claims: { repository: 'octo/hello-pyrelease' } });
    });
    afterAll(() => oidc?.close());
    const trusted = () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      ...DEADLINE,
    });
    const fresh = () =>
      index({
        acceptedOidcToken: (claims) => claims.repository === 'octo/hello-pyrelease',
      });

    it('an OIDC endpoint that drips its answer: cut at the deadline, no token, nothing uploaded', async () => {
      pypi = await fresh();
      const repo = await taggedRepo();
      oidc.misbehave = 'drip';
      try {
        const run = await timed(() =>
          releaseRun(repo, { 'repository-url': pypi.uploadUrl }, trusted()),
        );
        expect(run.exitCode, run.stdout).toBe(1);
        expect(errorOf(run)).toMatchObject({ title: 'Trusted publishing failed' });
        expect(errorOf(run)?.message).toMatch(
          /failed: The runner's OIDC token endpoint did not answer: GET .*: the answer did not arrive whole within 4 s \(2 attempts\)\. Nothing was uploaded; run the job again/,
        );
        expect(run.seconds).toBeLessThan(60);
        expect(pypi.minted).toEqual([]);
        expect(uploads(pypi)).toEqual([]);
      } finally {
        oidc.misbehave = undefined;
      }
      const again = await releaseRun(repo, { 'repository-url': pypi.uploadUrl }, trusted());
      expect(again.exitCode, again.stdout).toBe(0);
      expect(await eachFileOnce(pypi, repo)).toEqual([]);
    });

    it('an OIDC endpoint that answers 600 MB: refused, nothing uploaded', async () => {
      pypi = await fresh();
      const repo = await taggedRepo();
      oidc.misbehave = 'huge';
      try {
        const run = await timed(() =>
          releaseRun(repo, { 'repository-url': pypi.uploadUrl }, trusted()),
        );
        expect(run.exitCode, run.stdout).toBe(1);
        expect(errorOf(run)?.message).toContain(
          'the answer is larger than 256 KiB, more than pyrelease reads from it',
        );
        expect(run.seconds).toBeLessThan(60);
        expect(uploads(pypi)).toEqual([]);
      } finally {
        oidc.misbehave = undefined;
      }
    });

    it('a token exchange that drips its answer: cut at the deadline, nothing uploaded', async () => {
      pypi = await fresh();
      const repo = await taggedRepo();
      for (let i = 0; i < 2; i++) pypi.faults.push({ on: 'mint', kind: 'drip', dripMs: 1000 });
      const run = await timed(() =>
        releaseRun(repo, { 'repository-url': pypi.uploadUrl }, trusted()),
      );
      expect(run.exitCode, run.stdout).toBe(1);
      expect(errorOf(run)).toMatchObject({ title: 'Trusted publishing failed' });
      expect(errorOf(run)?.message).toMatch(
        /Could not reach .*\/_\/oidc\/mint-token: POST .*: the answer did not arrive whole within 4 s \(2 attempts\)/,
      );
      expect(run.seconds).toBeLessThan(60);
      expect(pypi.minted).toEqual([]);
      expect(uploads(pypi)).toEqual([]);
    });
  },
);

describe("GitHub's API, misbehaving", { timeout: 120_000 }, () => {
  const RELEASES = '/repos/{owner}/{repo}/releases';
  let pypi: PypiServer;
  let github: GithubServer;
  // One build for every case: the index keeps the first upload of each file.
  let repo: Awaited<ReturnType<typeof githubTaggedRepo>>;
  beforeAll(async () => {
    [pypi, repo] = await Promise.all([index({ token: PYPI_TOKEN }), githubTaggedRepo()]);
  });

  const cases: { name: string; fault: Fault; says: RegExp; env?: Record<string, string> }[] = [
    {
      name: 'answers the release list a byte a second',
      fault: { method: 'GET', path: RELEASES, times: 10, answer: { drip: 1000 } },
      says: /GitHub did not answer GET \/repos\/octo\/hello-pyrelease\/releases \(.*\) within 2 s/,
      env: { PYRELEASE_GITHUB_TIMEOUT: '2' },
    },
    {
      name: 'answers the release list with 600 MB',
      fault: { method: 'GET', path: RELEASES, times: 10, answer: { huge: true } },
      says: /GitHub's answer to GET \/repos\/octo\/hello-pyrelease\/releases \(.*\) was refused: the answer is larger than 64 MiB/,
    },
    {
      name: 'links the release list to itself as its next page',
      fault: { method: 'GET', path: RELEASES, times: 50, answer: { linkNext: 'self' } },
      says: /its next page is .* again, a page already read/,
    },
  ];
  for (const { name, fault, says, env } of cases) {
    it(`${name}: stopped before any upload with one clear error, and a re-run completes`, async () => {
      github = await startGithubServer({ owner: OWNER, repo: REPO, token: GITHUB_TOKEN });
      try {
        github.addMilestone(TAG);
        // A release already there, so the list has a page to link onwards from.
        github.addRelease({ tag_name: 'v0.1.14', name: 'v0.1.14', body: '', draft: false });
        github.plan(fault);
        const before = uploads(pypi).length;
        const run = await timed(() => runRelease({ repo, github, pypi, ...(env && { env }) }));
        expectOneClearError(run, 'GitHub unavailable', says);
        expect(run.seconds).toBeLessThan(60);
        expect(uploads(pypi).length).toBe(before);
        expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);

        github.clearFaults();
        const again = await runRelease({ repo, github, pypi });
        expect(again.exitCode, again.stdout).toBe(0);
        expect(github.state.releases.filter((r) => r.tag_name === TAG)).toHaveLength(1);
      } finally {
        await github.close();
      }
    });
  }
});
