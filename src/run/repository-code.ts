// Whether pyrelease may start repository code (an import of the released package, its build) in
// this job: never where the job holds a publishing secret, as any process of the same user can
// read the secrets from /proc/<pid>/environ, nor in `mode: publish`, which runs none by design.
// Pure: the inputs and the environment's names in, the decision and its reason out.
import type { Inputs } from './inputs.js';

export interface RepositoryCodeGiven {
  /** The action's mode input; `publish` releases prebuilt files without running their code. */
  readonly mode: string;
  /** The publishing secrets this job holds, as publishingSecrets names them. */
  readonly secrets: readonly string[];
}

export type RepositoryCodeDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

function hasCredentials(url: string): boolean {
  try {
    const parsed = new URL(url);
    return Boolean(parsed.username || parsed.password);
  } catch {
    return false;
  }
}

/** The publishing secrets the job's inputs and environment hold, by the name a user knows. */
export function publishingSecrets(
  inputs: Pick<
    Inputs,
    'pypiToken' | 'testpypi' | 'testpypiToken' | 'testpypiUrl' | 'repositoryUrl' | 'indexUrl'
  >,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const secrets: string[] = [];
  if (inputs.pypiToken) secrets.push('pypi-token');
  if (inputs.testpypi && inputs.testpypiToken) secrets.push('testpypi-token');
  if (hasCredentials(inputs.repositoryUrl)) secrets.push('repository-url (its password)');
  if (inputs.indexUrl && hasCredentials(inputs.indexUrl)) secrets.push('index-url (its password)');
  if (inputs.testpypi && hasCredentials(inputs.testpypiUrl))
    secrets.push('testpypi-url (its password)');
  // Enough to mint a PyPI token by trusted publishing.
  if (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN || env.ACTIONS_ID_TOKEN_REQUEST_URL)
    secrets.push('the id-token (trusted publishing)');
  return secrets;
}

/** May this job run repository code now? */
export function mayRunRepositoryCode(given: RepositoryCodeGiven): RepositoryCodeDecision {
  if (given.mode === 'publish')
    return { allowed: false, reason: 'mode: publish runs no repository code' };
  if (given.secrets.length > 0)
    return {
      allowed: false,
      reason: `this job holds ${given.secrets.join(', ')}, which the package's code could read`,
    };
  return { allowed: true };
}
