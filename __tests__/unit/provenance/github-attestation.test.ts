// GitHub build-provenance attestations without a network: the statement and SLSA predicate made
// from the runner's variables, the preflight's decisions, the dry run's line and the notes.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import {
  decideGithubAttestations,
  describeGithubAttestation,
  githubAttestationNotes,
  type GithubAttestationFacts,
} from '../../../src/provenance/github-attestation-plan.js';
import {
  missingProvenanceEnv,
  provenanceFacts,
  provenancePredicate,
  provenanceStatement,
  provenanceSubjects,
  splitWorkflowRef,
} from '../../../src/provenance/slsa-statement.js';
import { releaseNotes } from '../../../src/changelog/release-notes.js';
import {
  payloadVisibility,
  preflightGithubAttestations,
} from '../../../src/provenance/github-attestation.js';

const ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo/hello-pyrelease',
  GITHUB_REPOSITORY_ID: '123456',
  GITHUB_REPOSITORY_OWNER_ID: '7890',
  GITHUB_WORKFLOW_REF: 'octo/hello-pyrelease/.github/workflows/release.yml@refs/tags/v0.1.15',
  GITHUB_REF: 'refs/tags/v0.1.15',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_EVENT_NAME: 'push',
  RUNNER_ENVIRONMENT: 'github-hosted',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '2',
};

const WHEEL = { filename: 'hello_pyrelease-0.1.15-py3-none-any.whl', sha256: 'ab'.repeat(32) };
const SDIST = { filename: 'hello_pyrelease-0.1.15.tar.gz', sha256: 'CD'.repeat(32) };

describe('the SLSA v1 provenance predicate', () => {
  it('is laid out as actions/attest-build-provenance lays it out', () => {
    expect(provenancePredicate(provenanceFacts(ENV))).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/tags/v0.1.15',
            repository: 'https://github.com/octo/hello-pyrelease',
            path: '.github/workflows/release.yml',
          },
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '123456',
            repository_owner_id: '7890',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [
          {
            uri: 'git+https://github.com/octo/hello-pyrelease@refs/tags/v0.1.15',
            digest: { gitCommit: '0123456789abcdef0123456789abcdef01234567' },
          },
        ],
      },
      runDetails: {
        builder: {
          id: 'https://github.com/octo/hello-pyrelease/.github/workflows/release.yml@refs/tags/v0.1.15',
        },
        metadata: {
          invocationId: 'https://github.com/octo/hello-pyrelease/actions/runs/4242/attempts/2',
        },
      },
    });
  });

  it('names a reusable workflow as the builder when the token says the job runs one', () => {
    const called = 'octo/shared/.github/workflows/release.yml@refs/heads/main';
    const predicate = provenancePredicate(provenanceFacts(ENV, { job_workflow_ref: called }));
    expect(predicate.runDetails.builder.id).toBe(`https://github.com/${called}`);
    // The workflow that was started stays the calling one.
    expect(predicate.buildDefinition.externalParameters.workflow.path).toBe(
      '.github/workflows/release.yml',
    );
  });

  it('keeps an @ in the ref, and a server without a trailing slash', () => {
    expect(
      splitWorkflowRef('o/r/.github/workflows/x.yml@refs/tags/@scope/pkg@1.0.0', 'o/r'),
    ).toEqual({ path: '.github/workflows/x.yml', ref: 'refs/tags/@scope/pkg@1.0.0' });
    const facts = provenanceFacts({ ...ENV, GITHUB_SERVER_URL: 'https://ghe.example.com/' });
    expect(provenancePredicate(facts).buildDefinition.resolvedDependencies[0]!.uri).toBe(
      'git+https://ghe.example.com/octo/hello-pyrelease@refs/tags/v0.1.15',
    );
  });

  it('refuses to be made without the runner’s variables, and names them', () => {
    const env = { ...ENV, GITHUB_REPOSITORY_ID: '', RUNNER_ENVIRONMENT: undefined };
    expect(missingProvenanceEnv(env)).toEqual(['GITHUB_REPOSITORY_ID', 'RUNNER_ENVIRONMENT']);
    expect(() => provenanceFacts(env)).toThrow(
      "the runner's GITHUB_REPOSITORY_ID, RUNNER_ENVIRONMENT are not set",
    );
  });
});

describe('the in-toto statement', () => {
  it('names every file once, by its bare name, with its lowercase sha256', () => {
    const statement = JSON.parse(
      provenanceStatement([WHEEL, SDIST, WHEEL], provenanceFacts(ENV)).toString('utf8'),
    ) as Record<string, unknown>;
    expect(Object.keys(statement)).toEqual(['_type', 'subject', 'predicateType', 'predicate']);
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(statement.subject).toEqual([
      { name: WHEEL.filename, digest: { sha256: 'ab'.repeat(32) } },
      { name: SDIST.filename, digest: { sha256: 'cd'.repeat(32) } },
    ]);
    expect(statement.predicate).toEqual(provenancePredicate(provenanceFacts(ENV)));
  });

  it('refuses a path, a bad digest, one name with two digests, and no file at all', () => {
    expect(() => provenanceSubjects([{ ...WHEEL, filename: `dist/${WHEEL.filename}` }])).toThrow(
      'bare filename',
    );
    expect(() => provenanceSubjects([{ ...WHEEL, sha256: 'xyz' }])).toThrow('64 hex digits');
    expect(() => provenanceSubjects([WHEEL, { ...WHEEL, sha256: 'ef'.repeat(32) }])).toThrow(
      'given twice with different sha256',
    );
    expect(() => provenanceSubjects([])).toThrow('at least one file');
  });
});

const READY: GithubAttestationFacts = {
  enabled: true,
  dryRun: false,
  onRunner: true,
  canRequestIdToken: true,
  hasToken: true,
  repository: 'octo/hello-pyrelease',
  visibility: 'public',
  missingEnv: [],
};

function refusal(facts: Partial<GithubAttestationFacts>): string {
  try {
    decideGithubAttestations({ ...READY, ...facts });
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('not refused');
}

describe('the preflight’s decision', () => {
  it('does nothing when the input is off, whatever the job lacks', () => {
    expect(
      decideGithubAttestations({ ...READY, enabled: false, canRequestIdToken: false }),
    ).toEqual({ attest: false, problems: [] });
  });

  it('attests when the job has everything', () => {
    expect(decideGithubAttestations(READY)).toEqual({ attest: true, problems: [] });
  });

  it('refuses a job without id-token: write, naming both permissions', () => {
    const message = refusal({ canRequestIdToken: false });
    expect(message).toContain('may not request an OIDC token');
    expect(message).toContain('`permissions: id-token: write` and `attestations: write`');
    expect(message).toContain('Nothing was uploaded');
    expect(message).toContain('leave github out of attestations');
  });

  it('refuses without a github-token or a repository', () => {
    expect(refusal({ hasToken: false })).toContain('no github-token');
    expect(refusal({ repository: undefined })).toContain('GITHUB_REPOSITORY is not set');
  });

  it('refuses a repository that is not known to be public: its names would go to a public log', () => {
    expect(refusal({ visibility: 'private' })).toContain('the repository is private');
    expect(refusal({ visibility: 'internal' })).toContain('actions/attest-build-provenance');
    expect(refusal({ visibility: undefined })).toContain('does not say the repository is public');
  });

  it('refuses when runner variables the provenance needs are missing', () => {
    expect(refusal({ missingEnv: ['GITHUB_RUN_ID'] })).toContain('GITHUB_RUN_ID is not set');
  });

  it('names every problem at once', () => {
    const message = refusal({ canRequestIdToken: false, hasToken: false });
    expect(message).toContain('OIDC token');
    expect(message).toContain('github-token');
  });

  it('in a dry run refuses nothing: on a runner it lists what a real run would refuse', () => {
    expect(decideGithubAttestations({ ...READY, dryRun: true, canRequestIdToken: false })).toEqual({
      attest: true,
      problems: [expect.stringContaining('OIDC token')],
    });
    // Off a runner nothing of the job can be known.
    expect(
      decideGithubAttestations({
        ...READY,
        dryRun: true,
        onRunner: false,
        canRequestIdToken: false,
        repository: undefined,
        visibility: undefined,
      }),
    ).toEqual({ attest: true, problems: [] });
  });
});

describe('the words', () => {
  it('the dry run says what would be signed and where it would be stored', () => {
    expect(
      describeGithubAttestation([WHEEL.filename, SDIST.filename], 'octo/hello-pyrelease'),
    ).toBe(
      `sign one GitHub build-provenance attestation (SLSA v1) for ${WHEEL.filename}, ${SDIST.filename} with Sigstore, as this workflow, and store it in octo/hello-pyrelease's attestations`,
    );
    expect(describeGithubAttestation([WHEEL.filename], undefined, ['no token'])).toContain(
      "the repository's attestations (a real run would stop: no token)",
    );
  });

  it('the notes give one gh attestation verify command per file', () => {
    const notes = githubAttestationNotes([WHEEL.filename, SDIST.filename], 'octo/hello-pyrelease');
    expect(notes.startsWith('## Verifying\n')).toBe(true);
    expect(notes).toContain(
      `\`\`\`bash\ngh attestation verify ${WHEEL.filename} --repo octo/hello-pyrelease\ngh attestation verify ${SDIST.filename} --repo octo/hello-pyrelease\n\`\`\``,
    );
  });

  it('releaseNotes puts them after the upgrade notes and before the full changelog', () => {
    const base = {
      projectName: 'hello-pyrelease',
      version: '0.1.15',
      prerelease: false,
      tag: 'v0.1.15',
      previousTag: 'v0.1.14',
      changelogSection: '### Fixed\n- A bug',
      repositoryUrl: 'https://github.com/octo/hello-pyrelease',
      changelogFile: 'CHANGELOG.md',
    };
    const verification = githubAttestationNotes([WHEEL.filename], 'octo/hello-pyrelease');
    const body = releaseNotes({ ...base, verification });
    const upgrade = body.indexOf('## Upgrade');
    const verifying = body.indexOf('## Verifying');
    const full = body.indexOf('**Full Changelog**');
    expect(upgrade).toBeGreaterThan(0);
    expect(verifying).toBeGreaterThan(upgrade);
    expect(full).toBeGreaterThan(verifying);
    expect(body).toContain(`${verification}\n\n**Full Changelog**`);
    // Without it (or with nothing in it) the notes are as before.
    expect(releaseNotes(base)).not.toContain('Verifying');
    expect(releaseNotes({ ...base, verification: ' \n' })).toBe(releaseNotes(base));
  });
});

describe('preflightGithubAttestations', () => {
  const context = {
    repository: 'octo/hello-pyrelease',
    apiUrl: 'https://api.github.com',
    serverUrl: 'https://github.com',
  };
  const inputs = { githubAttestations: true, githubToken: 'ghs_token', dryRun: false };

  async function payload(repository: Record<string, unknown>): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'pyrelease-event-'));
    const file = path.join(dir, 'event.json');
    await writeFile(file, JSON.stringify({ repository }));
    return file;
  }

  async function runnerEnv(visibility = 'public'): Promise<NodeJS.ProcessEnv> {
    return {
      ...ENV,
      GITHUB_ACTIONS: 'true',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token',
      GITHUB_EVENT_PATH: await payload({ visibility }),
    };
  }

  it('reads the visibility from the event payload, or private', async () => {
    expect(payloadVisibility({ GITHUB_EVENT_PATH: await payload({ visibility: 'public' }) })).toBe(
      'public',
    );
    expect(payloadVisibility({ GITHUB_EVENT_PATH: await payload({ private: true }) })).toBe(
      'private',
    );
    expect(payloadVisibility({})).toBeUndefined();
    expect(payloadVisibility({ GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toBeUndefined();
  });

  it('gives run options and the notes when the job can attest', async () => {
    const env = await runnerEnv();
    const planned = preflightGithubAttestations(inputs, context, [WHEEL, SDIST], env);
    expect(planned.options).toEqual({
      repository: 'octo/hello-pyrelease',
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      token: 'ghs_token',
      env,
    });
    expect(planned.dryRunPlan).toBeUndefined();
    expect(planned.notes).toBe(
      githubAttestationNotes([WHEEL.filename, SDIST.filename], 'octo/hello-pyrelease'),
    );
  });

  it('gives nothing when the input is off', async () => {
    expect(
      preflightGithubAttestations(
        { ...inputs, githubAttestations: false },
        context,
        [WHEEL],
        await runnerEnv('private'),
      ),
    ).toEqual({ options: undefined, dryRunPlan: undefined, notes: undefined });
  });

  it('refuses a job without id-token: write before anything happens', async () => {
    const env = { ...(await runnerEnv()), ACTIONS_ID_TOKEN_REQUEST_URL: undefined };
    expect(() => preflightGithubAttestations(inputs, context, [WHEEL], env)).toThrow(
      /id-token: write.*attestations: write/,
    );
  });

  it('refuses a private repository', async () => {
    const env = await runnerEnv('private');
    expect(() => preflightGithubAttestations(inputs, context, [WHEEL], env)).toThrow(
      /repository is private/,
    );
  });

  it('in a dry run describes and signs nothing', async () => {
    const env = { ...(await runnerEnv()), ACTIONS_ID_TOKEN_REQUEST_URL: undefined };
    const planned = preflightGithubAttestations({ ...inputs, dryRun: true }, context, [WHEEL], env);
    expect(planned.options).toBeUndefined();
    expect(planned.dryRunPlan).toContain(`for ${WHEEL.filename} with Sigstore`);
    expect(planned.dryRunPlan).toContain('a real run would stop');
  });
});
