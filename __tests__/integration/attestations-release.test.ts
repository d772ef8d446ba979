// Attestations in a release run by the bundled action (`node dist/index.js`), and the local
// index receiving the `attestations` form field the way Warehouse does. Debian's twine is 4.0.2,
// which has no --attestations: the action must say so before anything is uploaded or signed.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePublishAttestations } from '../../src/provenance/sign.js';
import { runAction } from '../helpers/action.js';
import { makeTarGz } from '../helpers/archives.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startOidcServer, type OidcServer } from '../../servers/oidc.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';
import { startSigstoreServers, type SigstoreServers } from '../../servers/sigstore.js';

const GITHUB_TOKEN = 'ghs_attestations0123456789';
const CLAIMS = {
  sub: 'repo:octo/hello-pyrelease:environment:pypi',
  repository: 'octo/hello-pyrelease',
  workflow_ref: 'octo/hello-pyrelease/.github/workflows/release.yml@refs/tags/v0.1.15',
  job_workflow_ref: 'octo/hello-pyrelease/.github/workflows/release.yml@refs/tags/v0.1.15',
  environment: 'pypi',
  ref: 'refs/tags/v0.1.15',
};

let github: GithubServer;
let oidc: OidcServer;
let sigstore: SigstoreServers;
beforeAll(async () => {
  [github, oidc, sigstore] = await Promise.all([
    startGithubServer({ owner: 'octo', repo: 'hello-pyrelease', token: GITHUB_TOKEN }),
    startOidcServer({ claims: CLAIMS }),
    startSigstoreServers(),
  ]);
});
afterAll(async () => {
  await Promise.all([github?.close(), oidc?.close(), sigstore?.close()]);
});

async function taggedRepo(): Promise<TestRepo> {
  const repo = await makeRepo();
  repo.git('tag', '-a', 'v0.1.15', '-m', 'Release 0.1.15');
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
  return repo;
}

function release(repo: TestRepo, inputs: Record<string, string>, env: Record<string, string>) {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: 'refs/tags/v0.1.15',
    payload: { repository: { default_branch: 'main' } },
    env: {
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'octo/hello-pyrelease',
      PYRELEASE_SIGSTORE_FULCIO_URL: sigstore.fulcioUrl,
      PYRELEASE_SIGSTORE_REKOR_URL: sigstore.rekorUrl,
      ...env,
    },
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

const trustedIndex = () =>
  startPypiServer({
    acceptedOidcToken: (claims) =>
      claims.repository === 'octo/hello-pyrelease' && claims.aud === 'pypi',
  });

describe('attestations in a release (Debian twine 4.0.2)', () => {
  it('attestations: true refuses twine older than 5.1 before uploading or signing anything', async () => {
    const pypi = await trustedIndex();
    try {
      const logged = sigstore.entries.length;
      const releases = github.state.releases.length;
      const run = await release(
        await taggedRepo(),
        { 'repository-url': pypi.uploadUrl, attestations: 'true' },
        oidcEnv(),
      );
      expect(run.exitCode).toBe(1);
      const error = run.annotations.find((a) => a.level === 'error');
      expect(error?.properties.title).toBe('twine too old for attestations');
      expect(error?.message).toMatch(/twine 4\.0\.2 cannot upload attestations/);
      expect(error?.message).toContain('Install twine 5.1 or newer');
      expect(pypi.files).toEqual([]);
      expect(pypi.requests.filter((r) => r.method === 'POST')).toEqual([]);
      expect(sigstore.entries.length).toBe(logged);
      expect(github.state.releases.length).toBe(releases);
    } finally {
      await pypi.close();
    }
  });

  it('auto warns and publishes without attestations', async () => {
    const pypi = await trustedIndex();
    try {
      const logged = sigstore.entries.length;
      const run = await release(
        await taggedRepo(),
        { 'repository-url': pypi.uploadUrl },
        oidcEnv(),
      );
      expect(run.exitCode, run.stdout).toBe(0);
      const warning = run.annotations.find((a) => a.properties.title === 'No attestations');
      expect(warning?.message).toMatch(/^Uploading without PEP 740 attestations: twine 4\.0\.2/);
      expect(pypi.files).toHaveLength(2);
      expect(pypi.files.every((file) => file.attestations === undefined)).toBe(true);
      expect(sigstore.entries.length).toBe(logged);
    } finally {
      await pypi.close();
    }
  });

  it('attestations: true with a token stops before the build', async () => {
    const pypi = await startPypiServer({ token: 'pypi-attest-token' });
    try {
      const repo = await taggedRepo();
      const run = await release(
        repo,
        {
          'repository-url': pypi.uploadUrl,
          'pypi-token': 'pypi-attest-token',
          attestations: 'true',
        },
        {},
      );
      expect(run.exitCode).toBe(1);
      const error = run.annotations.find((a) => a.level === 'error');
      expect(error?.properties.title).toBe('Attestations need trusted publishing');
      expect(repo.git('status', '--porcelain')).toBe('');
      expect(pypi.files).toEqual([]);
    } finally {
      await pypi.close();
    }
  });
});

describe('the local index receives attestations as Warehouse does', () => {
  let pypi: PypiServer;
  beforeAll(async () => {
    pypi = await trustedIndex();
  });
  afterAll(async () => {
    await pypi?.close();
  });

  async function upload(password: string, attestations?: string) {
    // A real (tiny) sdist: the index refuses a file that is no tar before it reads attestations.
    const content = makeTarGz([
      {
        name: 'hello_pyrelease-0.1.15/PKG-INFO',
        content: `Name: hello-pyrelease\n${Math.random()}`,
      },
    ]);
    const filename = 'hello_pyrelease-0.1.15.tar.gz';
    const form = new FormData();
    const fields: Record<string, string> = {
      ':action': 'file_upload',
      protocol_version: '1',
      name: 'hello-pyrelease',
      version: '0.1.15',
      filetype: 'sdist',
      sha256_digest: createHash('sha256').update(content).digest('hex'),
      ...(attestations !== undefined && { attestations }),
    };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('content', new Blob([content]), filename);
    return fetch(pypi.uploadUrl, {
      method: 'POST',
      body: form,
      headers: {
        Authorization: `Basic ${Buffer.from(`__token__:${password}`).toString('base64')}`,
      },
    });
  }

  it('refuses attestations with an API token, and an empty set', async () => {
    const withToken = await upload(pypi.token, '[{}]');
    expect(withToken.status).toBe(400);
    expect(withToken.statusText).toBe(
      'Invalid attestations supplied during upload: Attestations are only supported when using Trusted Publishing',
    );
    // Mint a token the way trusted publishing does, then send an empty set.
    const jwt = await (
      await fetch(`${oidc.url}&audience=pypi`, {
        headers: { Authorization: `Bearer ${oidc.requestToken}` },
      })
    ).json();
    const minted = await fetch(`${pypi.url}/_/oidc/mint-token`, {
      method: 'POST',
      body: JSON.stringify({ token: (jwt as { value: string }).value }),
    });
    expect(minted.status).toBe(200);
    const empty = await upload(pypi.mintedToken, '[]');
    expect(empty.status).toBe(400);
    expect(empty.statusText).toContain('an empty attestation set is not permitted');
    expect(pypi.files).toEqual([]);
  });

  it('records the JSON array of a trusted upload, as twine sends it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pyrelease-attest-'));
    const file = path.join(dir, 'hello_pyrelease-0.1.15.tar.gz');
    await writeFile(file, 'sdist');
    const [made] = await makePublishAttestations(
      [
        {
          filename: 'hello_pyrelease-0.1.15.tar.gz',
          path: file,
          sha256: createHash('sha256').update('sdist').digest('hex'),
        },
      ],
      {
        endpoints: { fulcioUrl: sigstore.fulcioUrl, rekorUrl: sigstore.rekorUrl },
        identityToken: async () =>
          (
            (await (
              await fetch(`${oidc.url}&audience=sigstore`, {
                headers: { Authorization: `Bearer ${oidc.requestToken}` },
              })
            ).json()) as { value: string }
          ).value,
      },
    );
    const attestation = JSON.parse(await readFile(made!.path, 'utf8')) as unknown;
    // twine: data["attestations"] = json.dumps([...])
    const response = await upload(pypi.mintedToken, JSON.stringify([attestation]));
    expect(response.status).toBe(200);
    expect(pypi.files).toHaveLength(1);
    expect(pypi.files[0]!.attestations).toEqual([attestation]);
  });
});
