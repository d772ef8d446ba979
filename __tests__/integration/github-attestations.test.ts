// The GitHub build-provenance attestation made for real: the preflight with a runner's
// environment, sigstore-js signing against local Fulcio and Rekor stand-ins, the bundle stored
// through the local GitHub API (checked against GitHub's OpenAPI description), and the stored
// bundle verified offline against the stand-ins' trusted root, its statement naming the files.
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GithubError } from '../../src/github/github-errors.js';
import {
  preflightGithubAttestations,
  runGithubAttestation,
  type GithubAttestOptions,
} from '../../src/provenance/github-attestation.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startOidcServer, type OidcServer } from '../../servers/oidc.js';
import { startSigstoreServers, type SigstoreServers } from '../../servers/sigstore.js';

const REPOSITORY = 'octo/hello-pyrelease';
const WORKFLOW_REF = `${REPOSITORY}/.github/workflows/release.yml@refs/tags/v0.1.15`;
const TOKEN = 'ghs_attesting_token';
const CLAIMS = {
  sub: `repo:${REPOSITORY}:ref:refs/tags/v0.1.15`,
  repository: REPOSITORY,
  repository_owner: 'octo',
  workflow_ref: WORKFLOW_REF,
  job_workflow_ref: WORKFLOW_REF,
  sha: '0123456789abcdef0123456789abcdef01234567',
  ref: 'refs/tags/v0.1.15',
  event_name: 'push',
};

let sigstore: SigstoreServers;
let oidc: OidcServer;
let github: GithubServer;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  [sigstore, oidc, github] = await Promise.all([
    startSigstoreServers(),
    startOidcServer({ claims: CLAIMS }),
    startGithubServer({ owner: 'octo', repo: 'hello-pyrelease', token: TOKEN }),
  ]);
  const dir = await mkdtemp(path.join(tmpdir(), 'pyrelease-gh-attest-event-'));
  const event = path.join(dir, 'event.json');
  await writeFile(
    event,
    JSON.stringify({ repository: { full_name: REPOSITORY, visibility: 'public', private: false } }),
  );
  env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_PATH: event,
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_REPOSITORY_ID: '123456',
    GITHUB_REPOSITORY_OWNER_ID: '7890',
    GITHUB_WORKFLOW_REF: WORKFLOW_REF,
    GITHUB_REF: CLAIMS.ref,
    GITHUB_SHA: CLAIMS.sha,
    GITHUB_EVENT_NAME: 'push',
    RUNNER_ENVIRONMENT: 'github-hosted',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    PYRELEASE_SIGSTORE_FULCIO_URL: sigstore.fulcioUrl,
    PYRELEASE_SIGSTORE_REKOR_URL: sigstore.rekorUrl,
  };
});
afterAll(async () => {
  await Promise.all([sigstore?.close(), oidc?.close(), github?.close()]);
});

/** What @actions/core's getIDToken does, against the local issuer. */
async function idToken(audience: string): Promise<string> {
  const response = await fetch(`${oidc.url}&audience=${encodeURIComponent(audience)}`, {
    headers: { Authorization: `Bearer ${oidc.requestToken}` },
  });
  return ((await response.json()) as { value: string }).value;
}

async function distFiles() {
  const dir = await mkdtemp(path.join(tmpdir(), 'pyrelease-gh-attest-'));
  const files = [];
  for (const [filename, content] of [
    ['hello_pyrelease-0.1.15-py3-none-any.whl', 'wheel bytes'],
    ['hello_pyrelease-0.1.15.tar.gz', 'sdist bytes'],
  ] as const) {
    const file = path.join(dir, filename);
    await writeFile(file, content);
    files.push({
      filename,
      path: file,
      sha256: createHash('sha256').update(content).digest('hex'),
    });
  }
  return files;
}

function runOptions(files: readonly { filename: string; sha256: string }[]): GithubAttestOptions {
  const planned = preflightGithubAttestations(
    { githubAttestations: true, githubToken: TOKEN, dryRun: false },
    { repository: REPOSITORY, apiUrl: github.url, serverUrl: 'https://github.com' },
    files,
    env,
  );
  expect(planned.options).toBeDefined();
  return { ...planned.options!, getIdToken: idToken };
}

describe('a GitHub build-provenance attestation signed and stored', () => {
  it('stores one bundle naming every file, which verifies offline as the workflow', async () => {
    const files = await distFiles();
    const before = sigstore.entries.length;
    const made = await runGithubAttestation(files, runOptions(files));

    expect(github.violations).toEqual([]);
    expect(github.state.attestations).toHaveLength(1);
    const [stored] = github.state.attestations;
    expect(made).toEqual({
      id: stored!.id,
      url: `https://github.com/${REPOSITORY}/attestations/${stored!.id}`,
    });
    expect(
      github.requests.filter((request) => request.operationId === 'repos/create-attestation'),
    ).toEqual([expect.objectContaining({ method: 'POST', status: 201 })]);
    // One signature and one log entry for all the files, with a token for Sigstore.
    expect(sigstore.entries.length - before).toBe(1);
    expect(sigstore.tokenAudiences.at(-1)).toBe('sigstore');

    const bundle = stored!.bundle as {
      mediaType: string;
      dsseEnvelope: { payload: string; payloadType: string };
    };
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');

    // Offline: the stand-in CA chain and SCT, the Rekor proof and SET, the DSSE signature, and
    // the identity gh attestation verify --repo checks (the workflow in this repository).
    const root = TrustedRoot.fromJSON(sigstore.trustedRoot());
    const verifier = new Verifier(toTrustMaterial(root), {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 1,
    });
    const signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle)), {
      subjectAlternativeName: `https://github.com/${WORKFLOW_REF}`,
      extensions: { issuer: 'https://token.actions.githubusercontent.com' },
    });
    expect(signer.identity?.subjectAlternativeName).toBe(`https://github.com/${WORKFLOW_REF}`);

    // The statement names each file by its bare name and the sha256 of its bytes.
    const statement = JSON.parse(
      Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'),
    ) as {
      _type: string;
      subject: { name: string; digest: { sha256: string } }[];
      predicateType: string;
      predicate: {
        buildDefinition: { resolvedDependencies: { uri: string; digest: { gitCommit: string } }[] };
        runDetails: { builder: { id: string }; metadata: { invocationId: string } };
      };
    };
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    const onDisk = await Promise.all(
      files.map(async (file) => ({
        name: path.basename(file.path),
        digest: {
          sha256: createHash('sha256')
            .update(await readFile(file.path))
            .digest('hex'),
        },
      })),
    );
    expect(statement.subject).toEqual(onDisk);
    expect(statement.predicate.buildDefinition.resolvedDependencies).toEqual([
      {
        uri: `git+https://github.com/${REPOSITORY}@refs/tags/v0.1.15`,
        digest: { gitCommit: CLAIMS.sha },
      },
    ]);
    expect(statement.predicate.runDetails.builder.id).toBe(`https://github.com/${WORKFLOW_REF}`);
    expect(statement.predicate.runDetails.metadata.invocationId).toBe(
      `https://github.com/${REPOSITORY}/actions/runs/4242/attempts/1`,
    );

    // Another repository's workflow would not pass.
    expect(() =>
      verifier.verify(toSignedEntity(bundleFromJSON(bundle)), {
        subjectAlternativeName:
          'https://github.com/octo/other/.github/workflows/release.yml@refs/tags/v0.1.15',
      }),
    ).toThrow();
  });

  it('says what to do when GitHub refuses the token, and stores nothing', async () => {
    const files = await distFiles();
    const stored = github.state.attestations.length;
    const attempt = runGithubAttestation(files, { ...runOptions(files), token: 'ghs_revoked' });
    await expect(attempt).rejects.toBeInstanceOf(GithubError);
    await expect(attempt).rejects.toMatchObject({
      kind: 'token',
      message: expect.stringContaining(
        'GitHub refused the token (401 Bad credentials) on POST /repos/octo/hello-pyrelease/attestations',
      ),
    });
    expect(github.state.attestations).toHaveLength(stored);
  });

  it('retries a 503 (GitHub did nothing) and stores the bundle once', async () => {
    const files = await distFiles();
    const stored = github.state.attestations.length;
    github.plan({
      method: 'POST',
      path: '/repos/{owner}/{repo}/attestations',
      answer: { status: 503 },
    });
    try {
      const made = await runGithubAttestation(files, runOptions(files));
      expect(github.state.attestations).toHaveLength(stored + 1);
      expect(github.state.attestations.at(-1)!.id).toBe(made.id);
    } finally {
      github.clearFaults();
    }
  });

  it('says the permissions and the storage rule when GitHub answers 403', async () => {
    const files = await distFiles();
    github.plan({
      method: 'POST',
      path: '/repos/{owner}/{repo}/attestations',
      answer: { status: 403 },
    });
    try {
      await expect(runGithubAttestation(files, runOptions(files))).rejects.toThrow(
        /needs `attestations: write`.*public repositories/,
      );
    } finally {
      github.clearFaults();
    }
  });

  it('stops with a clear error, before storing, when Fulcio refuses the token', async () => {
    const files = await distFiles();
    const stored = github.state.attestations.length;
    await expect(
      runGithubAttestation(files, {
        ...runOptions(files),
        // A token for the index, not for Sigstore: Fulcio refuses it.
        getIdToken: () => idToken('pypi'),
      }),
    ).rejects.toThrow(/Signing the GitHub build-provenance attestation of .* Nothing was stored/);
    expect(github.state.attestations).toHaveLength(stored);
  });
});
