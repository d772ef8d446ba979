// github-attestations: true in a release run by the bundled action (`node dist/index.js`): the
// build-provenance attestation is signed against the local Fulcio and Rekor, stored on the local
// GitHub API, names every released file by its sha256, and the release notes say how to verify
// it. Without id-token: write the run stops before anything is stored or released.
import { Buffer } from 'node:buffer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startOidcServer, type OidcServer } from '../../servers/oidc.js';
import { startSigstoreServers, type SigstoreServers } from '../../servers/sigstore.js';

const GITHUB_TOKEN = 'ghs_provenance0123456789';
const WORKFLOW_REF = 'octo/hello-pyrelease/.github/workflows/release.yml@refs/tags/v0.1.15';
const CLAIMS = {
  sub: 'repo:octo/hello-pyrelease:ref:refs/tags/v0.1.15',
  repository: 'octo/hello-pyrelease',
  workflow_ref: WORKFLOW_REF,
  job_workflow_ref: WORKFLOW_REF,
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

function release(repo: TestRepo, env: Record<string, string>, inputs: Record<string, string> = {}) {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: 'refs/tags/v0.1.15',
    payload: {
      repository: {
        default_branch: 'main',
        full_name: 'octo/hello-pyrelease',
        visibility: 'public',
      },
    },
    env: {
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY_ID: '123456',
      GITHUB_REPOSITORY_OWNER_ID: '7890',
      GITHUB_WORKFLOW_REF: WORKFLOW_REF,
      GITHUB_SHA: repo.git('rev-parse', 'HEAD').trim(),
      RUNNER_ENVIRONMENT: 'github-hosted',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      PYRELEASE_SIGSTORE_FULCIO_URL: sigstore.fulcioUrl,
      PYRELEASE_SIGSTORE_REKOR_URL: sigstore.rekorUrl,
      ...env,
    },
    inputs: {
      builder: 'build',
      'build-isolation': 'false',
      python: '/usr/bin/python3',
      'github-token': GITHUB_TOKEN,
      attestations: 'auto, github',
      'repository-url': 'none',
      ...inputs,
    },
  });
}

interface Statement {
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: string;
}

function statementOf(bundle: Record<string, unknown>): Statement {
  const envelope = bundle.dsseEnvelope as { payload: string; payloadType: string };
  expect(envelope.payloadType).toBe('application/vnd.in-toto+json');
  return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as Statement;
}

describe('github-attestations: true in a release', () => {
  it('stores one provenance attestation of every released file; the notes say how to verify', async () => {
    const repo = await taggedRepo();
    const stored = github.state.attestations.length;
    const run = await release(repo, {
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const made = github.state.attestations.slice(stored);
    expect(made).toHaveLength(1);
    const statement = statementOf(made[0]!.bundle);
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    // The subjects are the released files, by bare name and sha256, as the summary lists them.
    for (const subject of statement.subject)
      expect(run.summary).toContain(`<code>${subject.digest.sha256}</code>`);
    expect(statement.subject.map((s) => s.name).sort()).toEqual([
      'hello_pyrelease-0.1.15-py3-none-any.whl',
      'hello_pyrelease-0.1.15.tar.gz',
    ]);
    expect(run.summary).toMatch(/<td>GitHub attestation<\/td><td>✓ passed<\/td>/);
    const body = github.state.releases.find((r) => r.tag_name === 'v0.1.15')?.body ?? '';
    expect(body).toContain(
      'gh attestation verify hello_pyrelease-0.1.15-py3-none-any.whl --repo octo/hello-pyrelease',
    );
  });

  it('without id-token: write it stops before anything is stored or released', async () => {
    const repo = await taggedRepo();
    const stored = github.state.attestations.length;
    const releases = github.state.releases.length;
    const logged = sigstore.entries.length;
    const run = await release(repo, {});
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error');
    expect(error?.message).toContain('id-token: write');
    expect(github.state.attestations.length).toBe(stored);
    expect(github.state.releases.length).toBe(releases);
    expect(sigstore.entries.length).toBe(logged);
  });

  it('a dry run says what it would sign and store', async () => {
    const repo = await taggedRepo();
    const stored = github.state.attestations.length;
    const run = await release(repo, {}, { 'dry-run': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/build-provenance attestation/i);
    expect(run.stdout).toContain('hello_pyrelease-0.1.15-py3-none-any.whl');
    expect(github.state.attestations.length).toBe(stored);
  });
});
