// Trusted publishing: the run's OIDC token, exchanged at the index for a short-lived upload token.
// Every failure is explained in the words a maintainer needs to fix it.
import * as core from '@actions/core';
import * as log from '../log.js';
import { UserError } from '../errors.js';
import {
  HttpFailure,
  httpRequest,
  requestIdToken,
  type HttpRequest,
  type HttpResponse,
} from '../http/index.js';
import type { PackageIndex } from './indexes.js';
import type { Say } from '../report.js';
import { decodeClaims, describeClaims } from '../run/index.js';
import { publisherSettings, trustedPublishingRefusals } from '../pypi-rules/index.js';
import { declaredJobEnvironment } from './job-environment.js';

export type IdTokenSource = (audience: string) => Promise<string>;

interface MintAnswer {
  success?: boolean;
  token?: string;
  /** Unix seconds (Warehouse sends it with the token). */
  expires?: number;
  message?: string;
  errors?: { code?: string; description?: string }[];
}

/** An audience or a minted token is a few hundred bytes; a longer answer is not one. */
const TRUSTED_MAX_BYTES = 1024 * 1024;

/** A request to the index's trusted-publishing endpoints; a transport failure is explained. */
async function call(url: string, req: HttpRequest = {}): Promise<HttpResponse> {
  try {
    return await httpRequest(url, { maxBodyBytes: TRUSTED_MAX_BYTES, ...req });
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    throw new UserError(`Could not reach ${url}: ${error.message}.`, 'Trusted publishing failed');
  }
}

function json<T>(response: HttpResponse): T | undefined {
  try {
    return JSON.parse(response.body.toString('utf8')) as T;
  } catch {
    return undefined;
  }
}

async function audienceOf(index: PackageIndex): Promise<string> {
  const url = `${index.webOrigin}/_/oidc/audience`;
  const response = await call(url);
  if (response.status !== 200) {
    throw new UserError(
      `${index.label} does not offer trusted publishing (${url} answered ${response.status}). Give pypi-token instead.`,
      'Trusted publishing failed',
    );
  }
  const audience = json<{ audience?: string }>(response)?.audience;
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
    if (error instanceof HttpFailure) {
      throw new UserError(
        `The runner's OIDC token endpoint did not answer: ${error.message}. Nothing was uploaded; run the job again (a re-run skips the files the index already has).`,
        'Trusted publishing failed',
      );
    }
    throw new UserError(
      `The runner refused an OIDC token (${(error as Error).message}). Check that the job has \`permissions: id-token: write\`; runs for pull requests from forks cannot get one.`,
      'Trusted publishing failed',
    );
  }
}

export interface UploadToken {
  readonly value: string;
  /** Milliseconds since the epoch. */
  readonly expiresAt: number;
}

/** A minted token lives 15 minutes on PyPI; assumed when the index does not say. */
export const MINTED_TOKEN_LIFETIME_MS = 15 * 60_000;

/**
 * When a minted token expires: the mint answer's `expires`, else a JWT's `exp`, else PyPI's
 * 15 minutes from now.
 */
export function tokenExpiry(expires: unknown, token: string, now: number): number {
  if (typeof expires === 'number' && Number.isFinite(expires)) return expires * 1000;
  const exp = decodeClaims(token).exp;
  if (typeof exp === 'number' && Number.isFinite(exp)) return exp * 1000;
  return now + MINTED_TOKEN_LIFETIME_MS;
}

/** Returns a masked upload token for the index, with its expiry. */
export async function mintUploadToken(
  index: PackageIndex,
  /** Kept for callers: what the index would refuse is thrown before the exchange. */
  say: Say,
  // Not @actions/core's getIDToken: it has no overall deadline.
  source: IdTokenSource = requestIdToken,
): Promise<UploadToken> {
  const audience = await audienceOf(index);
  const oidc = await idToken(audience, source);
  core.setSecret(oidc);
  const claims = decodeClaims(oidc);
  log.info(`Trusted publishing to ${index.label} as:\n  ${describeClaims(claims).join('\n  ')}`);
  // What the index would refuse of this token is refused here, before the exchange.
  const refusals = trustedPublishingRefusals(
    claims,
    index.label,
    await declaredJobEnvironment(claims),
  );
  if (refusals.length > 0) {
    throw new UserError(
      refusals
        .map((refusal) => `${refusal.message} (rule ${refusal.rule.id}: ${refusal.rule.source})`)
        .join('\n'),
      'Trusted publishing refused',
    );
  }
  const url = `${index.webOrigin}/_/oidc/mint-token`;
  // Repeating the exchange is safe: at worst the index refuses the OIDC token as used, and
  // the run stops with the index's words.
  const response = await call(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: oidc }),
    idempotent: true,
  });
  const answer = json<MintAnswer>(response) ?? {};
  if (response.status !== 200 || !answer.token) {
    const reasons = (answer.errors ?? [])
      .map((e) => `${e.code ?? 'error'}: ${e.description ?? ''}`)
      .join('; ');
    const hint = reasons.includes('invalid-publisher')
      ? ` No trusted publisher on ${index.label} matches this run. Add one in the project's publishing settings with ${publisherSettings(claims).join(', ')}, or pass pypi-token.`
      : '';
    throw new UserError(
      `${index.label} refused the token exchange (${response.status}${reasons ? `: ${reasons}` : answer.message ? `: ${answer.message}` : ''}).${hint}`,
      'Trusted publishing failed',
    );
  }
  core.setSecret(answer.token);
  return { value: answer.token, expiresAt: tokenExpiry(answer.expires, answer.token, Date.now()) };
}
