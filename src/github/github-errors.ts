// What a failed GitHub API call means and what to do about it: one clear error per cause, never a
// stack trace. Pure: it reads the error Octokit threw and the call that threw it.
import { UserError } from '../errors.js';

/** A GitHub API call as the messages name it. */
export interface GithubCall {
  /** What the call does, e.g. `create the release v1.2.3`. */
  readonly what: string;
  readonly method: string;
  /** The URL path, e.g. /repos/octo/hello/releases. */
  readonly route: string;
  /** The job permission the call needs, e.g. `contents: write`. */
  readonly permission: string;
  readonly repository: string;
}

export type GithubFailureKind =
  /** 5xx, a broken connection or no answer: GitHub may or may not have done it. */
  | 'unavailable'
  /** A rate limit: GitHub did nothing; the same call later works. */
  | 'rate-limited'
  | 'token'
  | 'permission'
  | 'not-found'
  | 'refused';

const TITLES: Record<GithubFailureKind, string> = {
  unavailable: 'GitHub unavailable',
  'rate-limited': 'GitHub rate limit',
  token: 'GitHub token refused',
  permission: 'GitHub permission missing',
  'not-found': 'GitHub repository not found',
  refused: 'GitHub refused the request',
};

const RERUN =
  'Run the job again once GitHub answers (https://www.githubstatus.com): a re-run completes the release and duplicates nothing.';

export class GithubError extends UserError {
  constructor(
    /** What happened, without the advice. */
    readonly what: string,
    /** What to do about it. */
    readonly advice: string,
    readonly kind: GithubFailureKind,
    readonly call: GithubCall,
    readonly status: number | undefined,
    /** From retry-after or x-ratelimit-reset, when GitHub said. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`${what} ${advice}`, TITLES[kind]);
    this.name = 'GithubError';
  }

  /** The request may have been applied: look before doing it again. */
  get outcomeUnknown(): boolean {
    return this.kind === 'unavailable';
  }

  get retryable(): boolean {
    return this.kind === 'unavailable' || this.kind === 'rate-limited';
  }

  /** The same failure after several attempts. */
  afterAttempts(attempts: number): GithubError {
    if (attempts < 2) return this;
    return new GithubError(
      `${this.what.replace(/\.$/, '')} (${attempts} attempts, each retry after looking whether the last one had worked).`,
      this.advice,
      this.kind,
      this.call,
      this.status,
      this.retryAfterSeconds,
    );
  }
}

interface Thrown {
  name?: string;
  message?: string;
  status?: number;
  cause?: { name?: string; message?: string; seconds?: number };
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

/** GitHub's own words: the JSON message (and field errors), or a short text body. */
function githubMessage(thrown: Thrown): string {
  const data = thrown.response?.data;
  if (data && typeof data === 'object' && 'message' in data) {
    const { message, errors } = data as { message?: unknown; errors?: unknown };
    const details = Array.isArray(errors)
      ? errors
          .map((item: { message?: string; code?: string; field?: string }) =>
            [item.field, item.code, item.message].filter(Boolean).join(' '),
          )
          .filter(Boolean)
      : [];
    return [String(message), ...details].join('; ');
  }
  if (typeof data === 'string' && data.trim() !== '') {
    const text = data
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  }
  return thrown.message ?? '';
}

function retryAfter(thrown: Thrown): number | undefined {
  const headers = thrown.response?.headers ?? {};
  const after = Number(headers['retry-after']);
  if (Number.isFinite(after) && after > 0) return after;
  const reset = Number(headers['x-ratelimit-reset']);
  if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset)) {
    return Math.max(Math.ceil(reset - Date.now() / 1000), 1);
  }
  return undefined;
}

function isRateLimit(thrown: Thrown): boolean {
  const headers = thrown.response?.headers ?? {};
  return (
    thrown.status === 429 ||
    (thrown.status === 403 &&
      (headers['x-ratelimit-remaining'] === '0' ||
        headers['retry-after'] !== undefined ||
        /rate limit/i.test(githubMessage(thrown))))
  );
}

/** Turns whatever an Octokit call threw into one GithubError that says what to do. */
/** A call as messages name it: `GET /repos/o/r/releases (list the releases)`. */
export function describeRequest(call: Pick<GithubCall, 'method' | 'route' | 'what'>): string {
  return `${call.method} ${call.route} (${call.what})`;
}

export function githubError(call: GithubCall, thrown: unknown): GithubError {
  if (thrown instanceof GithubError) return thrown;
  const error = (thrown ?? {}) as Thrown;
  const request = describeRequest(call);
  const status = typeof error.status === 'number' ? error.status : undefined;
  const make = (kind: GithubFailureKind, what: string, advice: string, after?: number) =>
    new GithubError(what, advice, kind, call, status, after);

  if (error.cause?.name === 'GithubTimeout') {
    return make(
      'unavailable',
      `GitHub did not answer ${request} within ${error.cause.seconds} s.`,
      RERUN,
    );
  }
  if (error.cause?.name === 'GithubTooLarge') {
    return make(
      'unavailable',
      `GitHub's answer to ${request} was refused: ${error.cause.message}, more than pyrelease reads.`,
      'Run the job again later; if it happens again, GitHub (or the proxy before it) is answering wrongly.',
    );
  }
  if (status === undefined || (status === 500 && error.response === undefined)) {
    const why = error.cause?.message ?? error.message ?? String(thrown);
    return make('unavailable', `The connection to GitHub broke during ${request}: ${why}.`, RERUN);
  }
  const said = githubMessage(error);
  if (isRateLimit(error)) {
    const after = retryAfter(error);
    return make(
      'rate-limited',
      `GitHub's rate limit stopped ${request}: ${status} ${said}.`,
      `Wait${after ? ` ${after} s` : ' a few minutes'} and run the job again: a re-run completes the release and duplicates nothing.`,
      after,
    );
  }
  if (status >= 500) {
    return make('unavailable', `GitHub answered ${status} to ${request}: ${said}.`, RERUN);
  }
  if (status === 401) {
    return make(
      'token',
      `GitHub refused the token (401 ${said}) on ${request}.`,
      `Give github-token a valid token: leave it at its default \${{ github.token }}, or replace an expired or revoked personal access token in the repository's secrets.`,
    );
  }
  if (status === 403) {
    return make(
      'permission',
      `GitHub refused ${request}: 403 ${said}.`,
      `The token needs \`${call.permission}\`: add it under the job's \`permissions:\`, or pass a github-token that has it.`,
    );
  }
  if (status === 404) {
    const release = /\/releases\/\d+/.test(call.route)
      ? ' or the release was deleted while pyrelease ran (run the job again)'
      : '';
    return make(
      'not-found',
      `GitHub answered 404 Not Found to ${request}: the repository ${call.repository} does not exist, or github-token cannot see it${release}.`,
      `Check GITHUB_REPOSITORY, and that github-token belongs to this repository (a fine-grained token must list it).`,
    );
  }
  return make(
    'refused',
    `GitHub refused ${request}: ${status} ${said}.`,
    'Nothing was changed by this call; the message above says what GitHub objects to.',
  );
}
