// Trusted publishing: the run's OIDC token, exchanged at the index for a short-lived upload token.
// Every failure is explained in the words a maintainer needs to fix it.
import * as core from '@actions/core';
import { UserError } from '../errors.js';
import type { PackageIndex } from './indexes.js';
import { decodeClaims, describeClaims, isReusableWorkflow } from './oidc-claims.js';

export type IdTokenSource = (audience: string) => Promise<string>;

interface MintAnswer {
  success?: boolean;
  token?: string;
  message?: string;
  errors?: { code?: string; description?: string }[];
}

async function audienceOf(index: PackageIndex): Promise<string> {
  const url = `${index.webOrigin}/_/oidc/audience`;
  const response = await fetch(url).catch((error: Error) => {
    throw new UserError(`Could not reach ${url}: ${error.message}.`, 'Trusted publishing failed');
  });
  if (!response.ok) {
    throw new UserError(
      `${index.label} does not offer trusted publishing (${url} answered ${response.status}). Give pypi-token instead.`,
      'Trusted publishing failed',
    );
  }
  const { audience } = (await response.json()) as { audience?: string };
  if (!audience) throw new UserError(`${url} gave no audience.`, 'Trusted publishing failed');
  return audience;
}

async function idToken(audience: string, source: IdTokenSource): Promise<string> {
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    throw new UserError(
      'No pypi-token was given, so trusted publishing was tried, but this job may not request an OIDC token. Add `permissions: id-token: write` to the job (and configure this workflow as a trusted publisher on the index), or pass pypi-token. Pull requests from forks never get an OIDC token.',
      'Trusted publishing failed',
    );
  }
  try {
    return await source(audience);
  } catch (error) {
    throw new UserError(
      `The runner refused an OIDC token (${(error as Error).message}). Check that the job has \`permissions: id-token: write\`; runs for pull requests from forks cannot get one.`,
      'Trusted publishing failed',
    );
  }
}

/** Returns a masked upload token for the index. */
export async function mintUploadToken(
  index: PackageIndex,
  source: IdTokenSource = core.getIDToken,
): Promise<string> {
  const audience = await audienceOf(index);
  const oidc = await idToken(audience, source);
  core.setSecret(oidc);
  const claims = decodeClaims(oidc);
  core.info(`Trusted publishing to ${index.label} as:\n  ${describeClaims(claims).join('\n  ')}`);
  if (isReusableWorkflow(claims)) {
    core.warning(
      `This job runs in a reusable workflow (${claims.job_workflow_ref}); ${index.label} matches trusted publishers on the calling workflow (${claims.workflow_ref}) and refuses reusable ones. Publish from the calling workflow, or use pypi-token.`,
      { title: 'Reusable workflow' },
    );
  }
  const url = `${index.webOrigin}/_/oidc/mint-token`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: oidc }),
  }).catch((error: Error) => {
    throw new UserError(`Could not reach ${url}: ${error.message}.`, 'Trusted publishing failed');
  });
  const answer = (await response.json().catch(() => ({}))) as MintAnswer;
  if (!response.ok || !answer.token) {
    const reasons = (answer.errors ?? [])
      .map((e) => `${e.code ?? 'error'}: ${e.description ?? ''}`)
      .join('; ');
    const hint = reasons.includes('invalid-publisher')
      ? ` No trusted publisher on ${index.label} matches this run. Add one for repository ${claims.repository ?? '?'}, workflow ${claims.workflow_ref?.split('@')[0]?.split('/').pop() ?? '?'}${claims.environment ? `, environment ${claims.environment}` : ' (no environment)'} in the project's publishing settings, or pass pypi-token.`
      : '';
    throw new UserError(
      `${index.label} refused the token exchange (${response.status}${reasons ? `: ${reasons}` : answer.message ? `: ${answer.message}` : ''}).${hint}`,
      'Trusted publishing failed',
    );
  }
  core.setSecret(answer.token);
  return answer.token;
}
