// GitHub build-provenance attestations: the in-toto v1 statement with a SLSA v1 provenance
// predicate, laid out as actions/attest-build-provenance (@actions/attest `provenance.ts`) lays
// it out, so `gh attestation verify` and GitHub's attestation pages read it the same way. One
// statement names every released file. Pure: the facts come from the runner's environment.
import { STATEMENT_TYPE } from './pep740-format.js';

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';

/** What the runner says about the run, as the predicate needs it. */
export interface ProvenanceFacts {
  /** https://github.com */
  readonly serverUrl: string;
  /** owner/repo */
  readonly repository: string;
  readonly repositoryId: string;
  readonly repositoryOwnerId: string;
  /** `owner/repo/.github/workflows/release.yml@refs/tags/v1.0.0`, the workflow that was started. */
  readonly workflowRef: string;
  /**
   * The workflow file the job runs: equal to workflowRef, except in a reusable workflow, where
   * only the OIDC token's `job_workflow_ref` names the called file (the runner sets no variable).
   */
  readonly jobWorkflowRef: string;
  readonly ref: string;
  readonly sha: string;
  readonly eventName: string;
  /** github-hosted or self-hosted */
  readonly runnerEnvironment: string;
  readonly runId: string;
  readonly runAttempt: string;
}

/** The variables the predicate is made of; the runner sets every one in a workflow job. */
export const PROVENANCE_ENV = [
  'GITHUB_SERVER_URL',
  'GITHUB_REPOSITORY',
  'GITHUB_REPOSITORY_ID',
  'GITHUB_REPOSITORY_OWNER_ID',
  'GITHUB_WORKFLOW_REF',
  'GITHUB_REF',
  'GITHUB_SHA',
  'GITHUB_EVENT_NAME',
  'RUNNER_ENVIRONMENT',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_ATTEMPT',
] as const;

/** The names of PROVENANCE_ENV that are unset or empty. */
export function missingProvenanceEnv(env: NodeJS.ProcessEnv): string[] {
  return PROVENANCE_ENV.filter((name) => !env[name]);
}

/**
 * The facts from the environment; `jobWorkflowRef` from the OIDC token's claim when there is
 * one (the builder of a reusable workflow is the called file, as the certificate says).
 */
export function provenanceFacts(
  env: NodeJS.ProcessEnv,
  claims: { readonly job_workflow_ref?: unknown } = {},
): ProvenanceFacts {
  const missing = missingProvenanceEnv(env);
  if (missing.length > 0) {
    throw new Error(
      `the runner's ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set`,
    );
  }
  const value = (name: (typeof PROVENANCE_ENV)[number]) => env[name]!;
  const workflowRef = value('GITHUB_WORKFLOW_REF');
  return {
    serverUrl: value('GITHUB_SERVER_URL').replace(/\/+$/, ''),
    repository: value('GITHUB_REPOSITORY'),
    repositoryId: value('GITHUB_REPOSITORY_ID'),
    repositoryOwnerId: value('GITHUB_REPOSITORY_OWNER_ID'),
    workflowRef,
    jobWorkflowRef:
      typeof claims.job_workflow_ref === 'string' && claims.job_workflow_ref !== ''
        ? claims.job_workflow_ref
        : workflowRef,
    ref: value('GITHUB_REF'),
    sha: value('GITHUB_SHA'),
    eventName: value('GITHUB_EVENT_NAME'),
    runnerEnvironment: value('RUNNER_ENVIRONMENT'),
    runId: value('GITHUB_RUN_ID'),
    runAttempt: value('GITHUB_RUN_ATTEMPT'),
  };
}

/**
 * `owner/repo/.github/workflows/release.yml@refs/tags/v1` → path and ref. The ref is everything
 * after the first `@`: a tag may hold one (`@scope/pkg@1.0.0`), a workflow path cannot.
 */
export function splitWorkflowRef(
  workflowRef: string,
  repository: string,
): { path: string; ref: string } {
  const relative = workflowRef.startsWith(`${repository}/`)
    ? workflowRef.slice(repository.length + 1)
    : workflowRef;
  const at = relative.indexOf('@');
  return at < 0
    ? { path: relative, ref: '' }
    : { path: relative.slice(0, at), ref: relative.slice(at + 1) };
}

export interface SlsaProvenance {
  buildDefinition: {
    buildType: string;
    externalParameters: { workflow: { ref: string; repository: string; path: string } };
    internalParameters: {
      github: {
        event_name: string;
        repository_id: string;
        repository_owner_id: string;
        runner_environment: string;
      };
    };
    resolvedDependencies: { uri: string; digest: { gitCommit: string } }[];
  };
  runDetails: {
    builder: { id: string };
    metadata: { invocationId: string };
  };
}

export function provenancePredicate(facts: ProvenanceFacts): SlsaProvenance {
  const repoUrl = `${facts.serverUrl}/${facts.repository}`;
  const workflow = splitWorkflowRef(facts.workflowRef, facts.repository);
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: workflow.ref, repository: repoUrl, path: workflow.path },
      },
      internalParameters: {
        github: {
          event_name: facts.eventName,
          repository_id: facts.repositoryId,
          repository_owner_id: facts.repositoryOwnerId,
          runner_environment: facts.runnerEnvironment,
        },
      },
      resolvedDependencies: [
        { uri: `git+${repoUrl}@${facts.ref}`, digest: { gitCommit: facts.sha } },
      ],
    },
    runDetails: {
      builder: { id: `${facts.serverUrl}/${facts.jobWorkflowRef}` },
      metadata: {
        invocationId: `${repoUrl}/actions/runs/${facts.runId}/attempts/${facts.runAttempt}`,
      },
    },
  };
}

export interface ProvenanceSubject {
  readonly name: string;
  readonly digest: { readonly sha256: string };
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Every file by its bare name (what `gh attestation verify <file>` and the release's asset are
 * called) with its sha256. A name given twice with the same bytes counts once; with other bytes
 * it is refused, since one of the two statements about it would be false.
 */
export function provenanceSubjects(
  files: readonly { readonly filename: string; readonly sha256: string }[],
): ProvenanceSubject[] {
  const subjects = new Map<string, string>();
  for (const file of files) {
    if (file.filename === '' || /[\\/]/.test(file.filename)) {
      throw new Error(`a subject is a bare filename, not ${JSON.stringify(file.filename)}`);
    }
    const sha256 = file.sha256.toLowerCase();
    if (!SHA256_HEX.test(sha256)) {
      throw new Error(`the sha256 of ${file.filename} is not 64 hex digits: ${file.sha256}`);
    }
    const seen = subjects.get(file.filename);
    if (seen !== undefined && seen !== sha256) {
      throw new Error(`${file.filename} is given twice with different sha256 (${seen}, ${sha256})`);
    }
    subjects.set(file.filename, sha256);
  }
  if (subjects.size === 0) throw new Error('an attestation needs at least one file');
  return [...subjects].map(([name, sha256]) => ({ name, digest: { sha256 } }));
}

/** The statement, byte for byte what is signed: one attestation for all the files. */
export function provenanceStatement(
  files: readonly { readonly filename: string; readonly sha256: string }[],
  facts: ProvenanceFacts,
): Buffer {
  return Buffer.from(
    JSON.stringify({
      _type: STATEMENT_TYPE,
      subject: provenanceSubjects(files),
      predicateType: SLSA_PROVENANCE_V1,
      predicate: provenancePredicate(facts),
    }),
    'utf8',
  );
}
