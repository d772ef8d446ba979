// When to try an HTTP request again, and how long to wait first: pure decisions, apart from the
// transport in http/client.ts so they can be tested without a network.

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  /** The first back-off; each later one doubles. */
  readonly baseDelayMs: number;
  /** No wait is longer than this, whatever the server's retry-after asks. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000 };

/** What one attempt ended with: a status, or a transport error's code. */
export type AttemptResult =
  { readonly status: number; readonly retryAfter?: string } | { readonly errorCode: string };

export type RetryDecision =
  | { readonly retry: false }
  | { readonly retry: true; readonly delayMs: number; readonly reason: string };

// Errors where the request may not have reached the server, or the answer was lost on the way.
const TRANSIENT_ERRORS = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
  // The attempt's overall deadline passed (http/client.ts): a server too slow this time.
  'DEADLINE',
]);

export function isTransientError(code: string): boolean {
  return TRANSIENT_ERRORS.has(code);
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501);
}

/**
 * `retry-after` in milliseconds from `now`: delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
 * Undefined when absent or unreadable; a date in the past is 0.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined; // "1.5", "-3": neither form
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Exponential back-off with full jitter: a random wait between half and all of
 * base·2^(attempt−1), so clients that failed together do not come back together.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * After attempt number `attempt` (1-based) ended with `result`: try again, and after how long?
 * Requests that are not safe to repeat are never retried once they may have reached the server.
 */
export function retryDecision(
  result: AttemptResult,
  attempt: number,
  options: { policy: RetryPolicy; idempotent: boolean; now: number; random: () => number },
): RetryDecision {
  const { policy } = options;
  if (attempt >= policy.attempts) return { retry: false };
  if ('errorCode' in result) {
    if (!isTransientError(result.errorCode)) return { retry: false };
    // A refused or timed-out connection never carried the request; anything else might have.
    const neverSent =
      result.errorCode === 'ECONNREFUSED' || result.errorCode === 'UND_ERR_CONNECT_TIMEOUT';
    if (!options.idempotent && !neverSent) return { retry: false };
    return {
      retry: true,
      delayMs: backoffDelay(attempt, policy, options.random),
      reason: result.errorCode,
    };
  }
  if (!isRetryableStatus(result.status)) return { retry: false };
  // 429 and 503 say the request was not processed; other 5xx may have been half-done.
  if (!options.idempotent && result.status !== 429 && result.status !== 503)
    return { retry: false };
  const asked = parseRetryAfter(result.retryAfter, options.now);
  const delayMs =
    asked === undefined
      ? backoffDelay(attempt, policy, options.random)
      : Math.min(asked, policy.maxDelayMs);
  return { retry: true, delayMs, reason: `HTTP ${result.status}` };
}
