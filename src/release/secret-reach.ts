// What the repository's code could reach in this job. The build backend, the package the wheel
// test imports and the smoke test run as the same user as pyrelease: whatever pyrelease's own
// environment holds, they can read from /proc/<its pid>/environ, however clean theirs is. A job
// that holds a publishing secret and runs that code is told so once, with the way out: the two
// jobs of docs/two-jobs.md. Pure.
import type { Finding } from '../report.js';
import type { Inputs } from '../run/index.js';

export const TWO_JOBS_URL = 'https://github.com/pyrelease/pyrelease/blob/main/docs/two-jobs.md';

/** The publishing secrets this job holds, in words. */
export function heldSecrets(
  inputs: Pick<Inputs, 'pypiToken' | 'testpypiToken'>,
  env: NodeJS.ProcessEnv,
): string[] {
  const held: string[] = [];
  if (inputs.pypiToken) held.push('pypi-token (INPUT_PYPI-TOKEN)');
  if (inputs.testpypiToken) held.push('testpypi-token (INPUT_TESTPYPI-TOKEN)');
  if (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
    held.push(
      'the OIDC request token of id-token: write (ACTIONS_ID_TOKEN_REQUEST_TOKEN and _URL), which mints a PyPI upload token by trusted publishing',
    );
  return held;
}

/**
 * The one annotation a run gets about it, or none: a notice when a release holds a publishing
 * secret and runs the repository's code (a build, a wheel test); a warning when mode: build,
 * which needs none, is given one anyway.
 */
export function secretReachFinding(
  inputs: Pick<Inputs, 'pypiToken' | 'testpypiToken' | 'mode'>,
  env: NodeJS.ProcessEnv,
): Finding | undefined {
  // mode: publish runs none of the repository's code, in a dry run as in a release.
  if (inputs.mode === 'publish') return undefined;
  const held = heldSecrets(inputs, env);
  if (held.length === 0) return undefined;
  const list = held.join('; ');
  if (inputs.mode === 'build') {
    return {
      level: 'warning',
      title: 'Build job with a publishing secret',
      message: `mode: build needs no secret and runs the repository's code (the build backend, the wheel test), which can read every secret of this job; yet it holds ${list}. Give the build job no pypi-token and no id-token: write; the publish job (mode: publish) holds them. See ${TWO_JOBS_URL}.`,
    };
  }
  return {
    level: 'notice',
    title: "Secrets within the repository's reach",
    message: `This job holds ${list}, and runs the repository's code: the build backend, the package the wheel test imports, the smoke test. That code runs as the same user as pyrelease and can read pyrelease's environment (/proc/<pid>/environ of any process of this user), so it can reach these secrets and the github-token, whatever its own environment holds. To keep them out of its reach, release in two jobs: mode: build with no secret, then mode: publish, which verifies the hand-over and runs no code of the repository, with id-token: write. See ${TWO_JOBS_URL}.`,
  };
}
