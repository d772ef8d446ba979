// Whether a release makes a GitHub build-provenance attestation, decided before anything has a
// side effect, and the words around it: the dry run's line and the release notes' "Verifying"
// part. Pure: the caller passes what it found out.
import { UserError } from '../errors.js';

export interface GithubAttestationFacts {
  /** The input github-attestations. */
  readonly enabled: boolean;
  readonly dryRun: boolean;
  /** GITHUB_ACTIONS=true: the run is a workflow job, where every fact below can be known. */
  readonly onRunner: boolean;
  /** ACTIONS_ID_TOKEN_REQUEST_URL is set: the job has `permissions: id-token: write`. */
  readonly canRequestIdToken: boolean;
  readonly hasToken: boolean;
  /** owner/repo, from GITHUB_REPOSITORY. */
  readonly repository: string | undefined;
  /** `repository.visibility` of the event payload: public, private, internal; undefined: unknown. */
  readonly visibility: string | undefined;
  /** The runner variables the provenance is made of that are not set. */
  readonly missingEnv: readonly string[];
}

export interface GithubAttestationDecision {
  readonly attest: boolean;
  /** In a dry run: what a real run would refuse (it never refuses itself). */
  readonly problems: readonly string[];
}

const PERMISSIONS = '`permissions: id-token: write` and `attestations: write`';

/** What stands in the way, each with what to do. */
function problemsOf(facts: GithubAttestationFacts): string[] {
  const problems: string[] = [];
  if (!facts.canRequestIdToken) {
    problems.push(
      `this job may not request an OIDC token, which the signing certificate is issued for: add ${PERMISSIONS} to the job`,
    );
  }
  if (!facts.hasToken) {
    problems.push(
      'there is no github-token to store the attestation with: leave github-token at its default ${{ github.token }} (with `attestations: write`), or pass a token that has it',
    );
  }
  if (!facts.repository) {
    problems.push(
      'GITHUB_REPOSITORY is not set, so there is no repository to store the attestation in',
    );
  }
  if (facts.visibility !== 'public') {
    // Public-good Sigstore's log is public: it would show a private repository's name, workflow
    // and commit to anyone. actions/attest signs those with GitHub's own instance instead.
    problems.push(
      facts.visibility === undefined
        ? 'the event payload does not say the repository is public, and pyrelease signs with public-good Sigstore, whose transparency log anyone can read'
        : `the repository is ${facts.visibility}, and pyrelease signs with public-good Sigstore, whose transparency log anyone can read: it would publish the repository's name, workflow and commit. For a private repository on GitHub Enterprise Cloud use actions/attest-build-provenance, which signs with GitHub's own Sigstore instance`,
    );
  }
  if (facts.missingEnv.length > 0) {
    problems.push(
      `the provenance is made of runner variables, and ${facts.missingEnv.join(', ')} ${facts.missingEnv.length === 1 ? 'is' : 'are'} not set`,
    );
  }
  return problems;
}

/**
 * Refuses, before any side effect, a run that asked for the attestation and cannot make it. A
 * dry run refuses nothing; on a runner it lists what a real run would refuse. Off a runner (the
 * CLI) nothing of the job is known, so it lists nothing.
 */
export function decideGithubAttestations(facts: GithubAttestationFacts): GithubAttestationDecision {
  if (!facts.enabled) return { attest: false, problems: [] };
  if (facts.dryRun && !facts.onRunner) return { attest: true, problems: [] };
  const problems = problemsOf(facts);
  if (facts.dryRun) return { attest: true, problems };
  if (problems.length > 0) {
    throw new UserError(
      `attestations asks for github, but ${problems.join('; and ')}. Nothing was uploaded. Or leave github out of attestations to release without the attestation.`,
      'GitHub attestation impossible',
    );
  }
  return { attest: true, problems: [] };
}

/** The dry run's line for "the rest would be". */
export function describeGithubAttestation(
  filenames: readonly string[],
  repository: string | undefined,
  problems: readonly string[] = [],
): string {
  const where = repository ? `${repository}'s attestations` : "the repository's attestations";
  const refusal = problems.length ? ` (a real run would stop: ${problems.join('; ')})` : '';
  return `sign one GitHub build-provenance attestation (SLSA v1) for ${filenames.join(', ')} with Sigstore, as this workflow, and store it in ${where}${refusal}`;
}

const FENCE = '```';

/** The release notes' part that says how to verify the files. */
export function githubAttestationNotes(filenames: readonly string[], repository: string): string {
  return [
    '## Verifying',
    '',
    `The files of this release have a GitHub build-provenance attestation: a signed statement that this repository's release workflow built them. Check a download with the [GitHub CLI](https://cli.github.com/):`,
    '',
    `${FENCE}bash`,
    ...filenames.map((filename) => `gh attestation verify ${filename} --repo ${repository}`),
    FENCE,
  ].join('\n');
}
