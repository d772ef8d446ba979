// The GitHub build-provenance attestation of a release (github-attestations: true): the preflight
// (before anything has a side effect) refuses what cannot work and gives the dry run's line and
// the release notes' text; the run signs one statement naming every file and stores it in the
// repository. The signing and storing code is loaded only when it signs.
import * as core from '@actions/core';
import * as log from '../log.js';
import { loadIdToken } from '../http/index.js';
import type { RunContext } from '../run/index.js';
import { UserError } from '../errors.js';
import { readEventPayloadQuietly } from '../run/index.js';
import type { Inputs } from '../run/index.js';
import {
  decideGithubAttestations,
  describeGithubAttestation,
  githubAttestationNotes,
} from './github-attestation-plan.js';
import { missingProvenanceEnv, provenanceFacts, provenanceStatement } from './slsa-statement.js';
import { decodeClaims } from '../run/index.js';
import { loadAttestationStore } from '../github/index.js';

export interface AttestedFile {
  /** The bare name, as released. */
  readonly filename: string;
  readonly sha256: string;
}

export interface GithubAttestOptions {
  /** owner/repo */
  readonly repository: string;
  readonly apiUrl: string;
  readonly serverUrl: string;
  /** github-token, masked when read. */
  readonly token: string;
  readonly env?: NodeJS.ProcessEnv;
  /** The runner's OIDC token for an audience (requestIdToken), or a stand-in. */
  readonly getIdToken?: (audience: string) => Promise<string>;
}

export interface GithubAttestPreflight {
  /** Set when a real run is to sign and store: what to pass to runGithubAttestation. */
  readonly options: GithubAttestOptions | undefined;
  /** Set in a dry run with github-attestations: true: the line for "the rest would be". */
  readonly dryRunPlan: string | undefined;
  /** The release notes' "Verifying" part, when the attestation is made and the repository known. */
  readonly notes: string | undefined;
}

export interface GithubAttestation {
  readonly id: number;
  /** The attestation's page on GitHub. */
  readonly url?: string;
}

/** `repository.visibility` (or `private`) of the event payload; undefined when it does not say. */
export function payloadVisibility(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const payload = readEventPayloadQuietly(env) as {
    repository?: { visibility?: unknown; private?: unknown } | null;
  } | null;
  const repository = payload?.repository;
  if (typeof repository?.visibility === 'string') return repository.visibility;
  if (typeof repository?.private === 'boolean') return repository.private ? 'private' : 'public';
  return undefined;
}

/**
 * Before any side effect. Throws a UserError when github-attestations is true and the job
 * cannot make the attestation (no id-token permission, no token or repository, a repository
 * that is not public); in a dry run it only describes.
 */
export function preflightGithubAttestations(
  inputs: Pick<Inputs, 'githubAttestations' | 'githubToken' | 'dryRun'>,
  context: Pick<RunContext, 'repository' | 'apiUrl' | 'serverUrl'>,
  files: readonly AttestedFile[],
  env: NodeJS.ProcessEnv = process.env,
): GithubAttestPreflight {
  const decision = decideGithubAttestations({
    enabled: inputs.githubAttestations,
    dryRun: inputs.dryRun,
    onRunner: env.GITHUB_ACTIONS === 'true',
    canRequestIdToken: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL),
    hasToken: inputs.githubToken !== '',
    repository: context.repository || undefined,
    visibility: payloadVisibility(env),
    missingEnv: missingProvenanceEnv(env),
  });
  if (!decision.attest) return { options: undefined, dryRunPlan: undefined, notes: undefined };
  const filenames = files.map((file) => file.filename);
  const notes = context.repository
    ? githubAttestationNotes(filenames, context.repository)
    : undefined;
  if (inputs.dryRun) {
    return {
      options: undefined,
      dryRunPlan: describeGithubAttestation(filenames, context.repository, decision.problems),
      notes,
    };
  }
  return {
    options: {
      repository: context.repository!,
      apiUrl: context.apiUrl,
      serverUrl: context.serverUrl,
      token: inputs.githubToken,
      env,
    },
    dryRunPlan: undefined,
    notes,
  };
}

/** Signs one attestation for all the files and stores it in the repository. */
export async function runGithubAttestation(
  files: readonly AttestedFile[],
  options: GithubAttestOptions,
): Promise<GithubAttestation> {
  const env = options.env ?? process.env;
  // Not @actions/core's getIDToken: it has no overall deadline.
  const getIdToken =
    options.getIdToken ??
    (async (audience: string) => (await loadIdToken()).requestIdToken(audience));
  const { signInTotoStatement, sigstoreEndpoints } = await import('./sign.js');
  const endpoints = sigstoreEndpoints(env);
  // One token (audience `sigstore`) for the certificate and for the claim that names the job's
  // workflow file.
  let token: Promise<string> | undefined;
  const identityToken = () =>
    (token ??= getIdToken('sigstore').then((value) => {
      core.setSecret(value);
      return value;
    }));
  let bundle: unknown;
  try {
    const facts = provenanceFacts(env, decodeClaims(await identityToken()));
    bundle = await signInTotoStatement(provenanceStatement(files, facts), {
      endpoints,
      identityToken,
    });
  } catch (error) {
    throw new UserError(
      `Signing the GitHub build-provenance attestation of ${files.map((file) => file.filename).join(', ')} with Sigstore (${endpoints.fulcioUrl}, ${endpoints.rekorUrl}) failed: ${(error as Error).message}. Nothing was stored; run the job again, or leave github out of attestations.`,
      'GitHub attestation failed',
    );
  }
  const { storeAttestation } = await loadAttestationStore();
  const { id } = await storeAttestation(bundle, {
    apiUrl: options.apiUrl,
    repository: options.repository,
    token: options.token,
  });
  const url = `${options.serverUrl.replace(/\/+$/, '')}/${options.repository}/attestations/${id}`;
  log.info(
    `Stored the GitHub build-provenance attestation of ${files.length} file${files.length === 1 ? '' : 's'}: ${url}`,
  );
  return { id, url };
}
