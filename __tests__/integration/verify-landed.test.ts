// After the upload, proof it landed, through the bundled action against the local index and
// GitHub: the index lists every file with the sha256 computed here and serves the same bytes,
// GitHub reports the same digest for each asset, and anything else stops the release before it
// is published (the draft stays a draft).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  GITHUB_TOKEN,
  OWNER,
  PYPI_TOKEN,
  REPO,
  runRelease,
  TAG,
  taggedRepo,
} from '../helpers/github-release-run.js';
import type { TestRepo } from '../helpers/repo.js';
import { startGithubServer, type GithubServerOptions } from '../../servers/github.js';
import { startPypiServer, type PypiServer, type PypiServerOptions } from '../../servers/pypi.js';
import type { ActionRun } from '../helpers/action.js';

const FAST = {
  PYRELEASE_INDEX_POLL_MS: '100',
  PYRELEASE_INDEX_WAIT_MS: '3000',
  PYRELEASE_HTTP_RETRY_BASE_MS: '50',
};
const WHEEL = /^hello_pyrelease-0\.1\.15-.*\.whl$/;
const SDIST = 'hello_pyrelease-0.1.15.tar.gz';

let repo: TestRepo;
const servers: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  repo = await taggedRepo();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function release(
  pypiOptions: PypiServerOptions = {},
  githubOptions: Partial<GithubServerOptions> = {},
  env: Record<string, string> = {},
) {
  const [github, pypi] = await Promise.all([
    startGithubServer({ owner: OWNER, repo: REPO, token: GITHUB_TOKEN, ...githubOptions }),
    startPypiServer({ token: PYPI_TOKEN, ...pypiOptions }),
  ]);
  servers.push(github, pypi);
  // draft: false, so that a release verified is published and one refused stays a draft.
  const run = await runRelease({
    repo,
    github,
    pypi,
    inputs: { draft: 'false' },
    env: { ...FAST, ...env },
  });
  const releases = github.state.releases.filter((r) => r.tag_name === TAG);
  return { run, github, pypi, releases };
}

/** The built files, by name, with their sha256. */
async function built(pypi: PypiServer): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of pypi.files) {
    const data = await readFile(path.join(repo.dir, 'dist', file.filename));
    files.set(file.filename, createHash('sha256').update(data).digest('hex'));
  }
  return files;
}

function errorOf(run: ActionRun) {
  const errors = run.annotations.filter((annotation) => annotation.level === 'error');
  expect(errors, run.stdout).toHaveLength(1);
  return { title: errors[0]!.properties.title, message: errors[0]!.message };
}

describe('after the upload, proof it landed', () => {
  it('a release of good files is verified: the summary and outputs carry the URL and sha256s', async () => {
    const { run, pypi, releases, github } = await release();
    expect(run.exitCode, run.stdout).toBe(0);
    expect(releases.map((r) => r.draft)).toEqual([false]);
    const files = await built(pypi);
    expect(files.size).toBe(2);
    // Each file was downloaded back from where the index lists it.
    const downloads = pypi.requests.filter(
      (r) => r.method === 'GET' && r.path.startsWith('/files/'),
    );
    expect(downloads.map((r) => decodeURIComponent(r.path.slice('/files/'.length))).sort()).toEqual(
      [...files.keys()].sort(),
    );
    const label = pypi.uploadUrl;
    expect(run.summary).toContain(`<h3>Verified on ${label}</h3>`);
    expect(run.summary).toContain(`${pypi.url}/project/hello-pyrelease/0.1.15/`);
    for (const sha256 of files.values()) expect(run.summary).toContain(`<code>${sha256}</code>`);
    expect(run.summary).toMatch(
      new RegExp(
        `<td>Verify on ${label}</td><td>✓ passed</td><td>[^<]*</td><td>2 files listed and served with the sha256 built here; GitHub&#39;s digests agree for 2</td>`,
      ),
    );
    // The job holds pypi-token: the package's code is not run again, the sha256s stand in.
    expect(run.summary).toContain(
      `<td>Install from ${label}</td><td>– skipped</td><td>0.0 s</td><td>not run: this job holds pypi-token, which the package&#39;s code could read; verified by sha256 instead</td>`,
    );
    expect(JSON.parse(run.outputs.files!)).toEqual(
      [...files]
        .map(([filename, sha256]) => ({
          filename,
          sha256,
          url: `${pypi.url}/files/${encodeURIComponent(filename)}`,
        }))
        .sort((a, b) => (a.filename < b.filename ? 1 : -1)),
    );
    expect(run.outputs['pypi-url']).toBe(`${pypi.url}/project/hello-pyrelease/0.1.15/`);
    expect(github.violations).toEqual([]);
  });

  it('waits for a file the index lists late (the CDN lag)', async () => {
    const { run, pypi, releases } = await release({ listLate: { filename: WHEEL, reads: 3 } });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(
      /does not list hello_pyrelease-0\.1\.15-.*\.whl yet; asking again in 0\.1 s/,
    );
    expect(run.summary).toMatch(
      /2 files listed and served with the sha256 built here \(listed at look 4\)/,
    );
    expect(releases.map((r) => r.draft)).toEqual([false]);
    expect(pypi.files).toHaveLength(2);
  });

  it('stops, the release a draft, when the index never lists a file within the bound', async () => {
    const { run, releases } = await release(
      { listLate: { filename: WHEEL, reads: 1000 } },
      {},
      { PYRELEASE_INDEX_WAIT_MS: '700' },
    );
    expect(run.exitCode).toBe(1);
    const error = errorOf(run);
    expect(error.title).toBe('Upload not visible on the index');
    expect(error.message).toMatch(
      /accepted the upload, but after 1 s it does not list and serve hello_pyrelease-0\.1\.15-.*\.whl with the sha256 built here\. The GitHub release v0\.1\.15 was left a draft\. Check http:\/\/127\.0\.0\.1:\d+\/project\/hello-pyrelease\/0\.1\.15\/; once the files are there, run the release again/,
    );
    expect(releases.map((r) => r.draft)).toEqual([true]);
  });

  for (const where of ['listing', 'download'] as const) {
    it(`stops before publishing when the index ${where === 'listing' ? 'lists' : 'serves'} another sha256`, async () => {
      const { run, pypi, releases } = await release({
        otherContent: { filename: SDIST, where },
      });
      expect(run.exitCode).toBe(1);
      const local = (await built(pypi)).get(SDIST)!;
      const error = errorOf(run);
      expect(error.title).toBe('Released files differ');
      expect(error.message).toContain(`${SDIST} is not the file built here`);
      expect(error.message).toContain(`built here: ${local}`);
      expect(error.message).toMatch(new RegExp(`${pypi.uploadUrl}: (?!${local})[0-9a-f]{64}`));
      // The draft's asset is the file built here.
      expect(error.message).toContain(`GitHub release asset: ${local}`);
      expect(error.message).toContain('The GitHub release v0.1.15 was left a draft.');
      expect(error.message).toContain('0.1.15.post1');
      expect(releases.map((r) => r.draft)).toEqual([true]);
      expect(run.summary).toContain('Stopped at Verify on');
    });
  }

  it('stops before publishing when GitHub reports another digest for an asset; a re-run completes it', async () => {
    const other = `sha256:${'0'.repeat(64)}`;
    let sdistUploads = 0;
    // GitHub reports another digest for the first upload of the sdist only.
    const assetDigest = (name: string) =>
      name === SDIST && ++sdistUploads === 1 ? other : undefined;
    const { run, pypi, github, releases } = await release({}, { assetDigest });
    expect(run.exitCode).toBe(1);
    const local = (await built(pypi)).get(SDIST)!;
    const error = errorOf(run);
    expect(error.title).toBe('Released files differ');
    expect(error.message).toContain(
      `${SDIST} is not the same in the three places it is kept:\n  built here: ${local}\n  ${pypi.uploadUrl}: ${local}\n  GitHub release asset: ${'0'.repeat(64)}\nThe GitHub release v0.1.15 was left a draft. The GitHub release asset differs from the file built here and on ${pypi.uploadUrl}: run the release again: it skips the files the index has, checks them again, replaces the draft's asset and publishes the release.`,
    );
    expect(releases.map((r) => r.draft)).toEqual([true]);

    // As the message says: the re-run replaces the asset, verifies and publishes.
    const again = await runRelease({
      repo,
      github,
      pypi,
      inputs: { draft: 'false' },
      env: FAST,
    });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(sdistUploads).toBe(2);
    expect(github.state.releases.filter((r) => r.tag_name === TAG).map((r) => r.draft)).toEqual([
      false,
    ]);
    expect(again.summary).toMatch(/GitHub&#39;s digests agree for 2/);
    expect(pypi.files).toHaveLength(2);
  });
});
