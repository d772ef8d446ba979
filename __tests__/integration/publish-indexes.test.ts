// Publishing through the bundled action to indexes that are not PyPI, and the trust around it:
// re-runs on an index with only the simple API, answers that cannot tell which files exist,
// a dist folder with an old version's files, minted tokens that expire during the upload, and
// a repository-url with a user and password that never shows.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcServer, type OidcServer } from '../../servers/oidc.js';
import { startPypiServer } from '../../servers/pypi.js';
import { errorOf, eachFileOnce, releaseRun, taggedRepo } from '../helpers/publish.js';

const TOKEN = 'pypi-publish-indexes-0123456789';
const inputsFor = (uploadUrl: string) => ({ 'repository-url': uploadUrl, 'pypi-token': TOKEN });

describe('an index with only the simple API', () => {
  it('is asked through index-url, and a re-run skips what it has', async () => {
    const pypi = await startPypiServer({ token: TOKEN, serves: 'simple-json' });
    try {
      const repo = await taggedRepo();
      const inputs = { ...inputsFor(pypi.uploadUrl), 'index-url': `${pypi.url}/simple` };
      const first = await releaseRun(repo, inputs);
      expect(first.exitCode, first.stdout).toBe(0);
      const again = await releaseRun(repo, inputs);
      expect(again.exitCode, again.stdout).toBe(0);
      expect(
        again.annotations.filter((a) => a.properties.title === 'Already uploaded'),
      ).toHaveLength(2);
      expect(await eachFileOnce(pypi, repo)).toEqual([]);
      // With index-url, only the simple API is asked, never the JSON API.
      expect(pypi.requests.filter((r) => r.path.startsWith('/pypi/'))).toEqual([]);
      expect(pypi.requests.filter((r) => r.path === '/simple/hello-pyrelease/')).toHaveLength(2);
    } finally {
      await pypi.close();
    }
  });

  it('stops before any upload when a rebuilt file differs from the one there (pypiserver)', async () => {
    const pypi = await startPypiServer({
      token: TOKEN,
      serves: 'simple-html',
      duplicates: 'pypiserver',
    });
    try {
      const repo = await taggedRepo();
      expect((await releaseRun(repo, inputsFor(pypi.uploadUrl))).exitCode).toBe(0);
      // Another build of the same version: new bytes under the same names.
      await repo.edit('README.md', /$/, '\nChanged after the upload.\n');
      repo.commitAll('Change the README');
      repo.git('tag', '-f', '-a', 'v0.1.15', '-m', 'Release v0.1.15');
      repo.git('push', '--quiet', '--force', 'origin', 'main', '--tags');
      const uploadsBefore = pypi.requests.filter((r) => r.method === 'POST').length;
      const run = await releaseRun(repo, inputsFor(pypi.uploadUrl));
      expect(run.exitCode).toBe(1);
      expect(errorOf(run)?.title).toBe('File already exists with other content');
      expect(errorOf(run)?.message).toMatch(/sha256 [0-9a-f]{64} there, [0-9a-f]{64} here/);
      expect(pypi.requests.filter((r) => r.method === 'POST').length).toBe(uploadsBefore);
    } finally {
      await pypi.close();
    }
  });

  for (const [serves, title] of [
    ['no-hashes', 'Existing file has no hash'],
    ['login-page', 'Index answer unreadable'],
  ] as const) {
    it(`does not upload blindly when the answer cannot tell (${serves})`, async () => {
      const pypi = await startPypiServer({ token: TOKEN, serves: 'simple-html' });
      try {
        const repo = await taggedRepo();
        expect((await releaseRun(repo, inputsFor(pypi.uploadUrl))).exitCode).toBe(0);
        pypi.serves = serves;
        const uploadsBefore = pypi.requests.filter((r) => r.method === 'POST').length;
        const run = await releaseRun(repo, inputsFor(pypi.uploadUrl));
        expect(run.exitCode).toBe(1);
        expect(errorOf(run)?.title).toBe(title);
        expect(errorOf(run)?.message).toContain('Nothing was uploaded');
        expect(errorOf(run)?.message).toContain('index-url');
        expect(pypi.requests.filter((r) => r.method === 'POST').length).toBe(uploadsBefore);
      } finally {
        await pypi.close();
      }
    });
  }
});

describe('a dist folder polluted with an old version', () => {
  it('never has the old files uploaded', async () => {
    const pypi = await startPypiServer({ token: TOKEN });
    try {
      const repo = await taggedRepo();
      const dist = path.join(repo.dir, 'dist');
      await mkdir(dist, { recursive: true });
      await writeFile(path.join(dist, 'hello_pyrelease-0.1.14.tar.gz'), 'old sdist');
      await writeFile(path.join(dist, 'hello_pyrelease-0.1.14-py3-none-any.whl'), 'old wheel');
      const run = await releaseRun(repo, inputsFor(pypi.uploadUrl));
      expect(run.exitCode, run.stdout).toBe(0);
      expect(pypi.files.map((file) => file.version)).toEqual(['0.1.15', '0.1.15']);
      expect(await eachFileOnce(pypi, repo)).toEqual([]);
    } finally {
      await pypi.close();
    }
  });
});

describe('trusted publishing tokens that expire during the upload', () => {
  let oidc: OidcServer;
  beforeAll(async () => {
    oidc = await startOidcServer({ claims: { repository: 'octo/hello-pyrelease' } });
  });
  afterAll(async () => {
    await oidc?.close();
  });
  const oidcEnv = () => ({
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
  });

  it('mints a fresh token for the next file when the current one is within 2 minutes of expiry', async () => {
    const pypi = await startPypiServer({
      acceptedOidcToken: (claims) => claims.repository === 'octo/hello-pyrelease',
      mintedTokenLifetime: 100,
    });
    try {
      const repo = await taggedRepo();
      const run = await releaseRun(repo, { 'repository-url': pypi.uploadUrl }, oidcEnv());
      expect(run.exitCode, run.stdout).toBe(0);
      expect(pypi.minted).toHaveLength(2);
      // Each file went up with its own token, both masked.
      expect(new Set(pypi.uploadedWith.values())).toEqual(new Set(pypi.minted));
      for (const token of pypi.minted) expect(run.stdout).toContain(`::add-mask::${token}`);
      expect(run.stdout).toMatch(
        /The upload token for .* expires in \d+ s; minting a fresh one for the next file\./,
      );
      expect(await eachFileOnce(pypi, repo)).toEqual([]);
    } finally {
      await pypi.close();
    }
  });

  it('mints a fresh token and uploads the file again when the index says the token expired', async () => {
    const pypi = await startPypiServer({
      acceptedOidcToken: (claims) => claims.repository === 'octo/hello-pyrelease',
      expireTokensAfterUploads: 1,
    });
    try {
      const repo = await taggedRepo();
      const run = await releaseRun(repo, { 'repository-url': pypi.uploadUrl }, oidcEnv());
      expect(run.exitCode, run.stdout).toBe(0);
      expect(pypi.minted).toHaveLength(2);
      expect(run.stdout).toMatch(
        /refused the upload token as expired; minting a fresh one and uploading hello_pyrelease-0\.1\.15\.tar\.gz again\./,
      );
      const statuses = pypi.requests.filter((r) => r.method === 'POST' && r.path === '/legacy/');
      expect(statuses.map((r) => r.status)).toEqual([200, 403, 200]);
      expect(await eachFileOnce(pypi, repo)).toEqual([]);
    } finally {
      await pypi.close();
    }
  });
});

describe('a repository-url with a user and password', () => {
  it('uploads with them and shows the password nowhere', async () => {
    const user = 'deploy-bot';
    const password = 'Pa$$ w0rd:@/%-9c1f7e';
    const pypi = await startPypiServer({ token: TOKEN, users: { [user]: password } });
    try {
      const repo = await taggedRepo();
      const withCredentials = pypi.uploadUrl.replace(
        'http://',
        `http://${encodeURIComponent(user)}:${encodeURIComponent(password)}@`,
      );
      const run = await releaseRun(repo, { 'repository-url': withCredentials });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(new Set(pypi.uploadedWith.values())).toEqual(new Set([password]));
      expect(await eachFileOnce(pypi, repo)).toEqual([]);

      const forms = [
        password,
        encodeURIComponent(password),
        Buffer.from(password).toString('base64'),
        Buffer.from(`${user}:${password}`).toString('base64'),
      ];
      const stdout = run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      for (const [where, text] of Object.entries({
        stdout,
        stderr: run.stderr,
        summary: run.summary,
        outputs: JSON.stringify(run.outputs),
      })) {
        for (const form of forms) expect(text, `${where} shows ${form}`).not.toContain(form);
      }
      // Masked before anything else was printed.
      expect(run.stdout.split('\n')[0]).toMatch(/^::add-mask::/);
      // (workflow commands escape % as %25)
      expect(run.stdout).toContain(`::add-mask::${password.replace(/%/g, '%25')}`);
      expect(run.summary).toContain(`Publish to ${pypi.uploadUrl}`);
    } finally {
      await pypi.close();
    }
  });
});
