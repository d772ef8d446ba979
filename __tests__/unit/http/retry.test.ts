// The retry decisions of the HTTP client, without a network: which answers are tried again, how
// long the client waits, and that a request which is not idempotent is never sent twice blindly.
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_RETRY,
  isRetryableStatus,
  parseRetryAfter,
  retryDecision,
  type AttemptResult,
} from '../../../src/http/retry.js';
import { displayUrl, splitCredentials } from '../../../src/urls.js';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const policy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000 };
const decide = (result: AttemptResult, attempt = 1, idempotent = true, random = () => 0.5) =>
  retryDecision(result, attempt, { policy, idempotent, now: NOW, random });

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP-dates', () => {
    expect(parseRetryAfter('3', NOW)).toBe(3000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('Sun, 29 Nov 2026 12:00:05 GMT', NOW)).toBe(5000);
    // A date in the past means now.
    expect(parseRetryAfter('Sun, 29 Nov 2026 11:00:00 GMT', NOW)).toBe(0);
  });

  it('ignores what is neither', () => {
    for (const value of [undefined, '', '1.5', '-3', 'soon', '3s']) {
      expect(parseRetryAfter(value, NOW), String(value)).toBeUndefined();
    }
  });
});

describe('backoffDelay', () => {
  it('doubles from the base, with jitter between half and all of it, capped', () => {
    expect(backoffDelay(1, policy, () => 0)).toBe(500);
    expect(backoffDelay(1, policy, () => 1)).toBe(1000);
    expect(backoffDelay(2, policy, () => 0)).toBe(1000);
    expect(backoffDelay(3, policy, () => 1)).toBe(4000);
    expect(backoffDelay(20, policy, () => 1)).toBe(30_000);
    for (let attempt = 1; attempt < 8; attempt++) {
      const delay = backoffDelay(attempt, policy, Math.random);
      const ceiling = Math.min(30_000, 1000 * 2 ** (attempt - 1));
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });

  it('has at most four attempts by default', () => {
    expect(DEFAULT_RETRY.attempts).toBe(4);
  });
});

describe('retryDecision', () => {
  it('retries 5xx, 429 and 408, not other answers', () => {
    for (const status of [500, 502, 503, 504, 429, 408]) {
      expect(isRetryableStatus(status), String(status)).toBe(true);
      expect(decide({ status }).retry, String(status)).toBe(true);
    }
    for (const status of [200, 301, 400, 401, 403, 404, 409, 501]) {
      expect(decide({ status }).retry, String(status)).toBe(false);
    }
  });

  it('honours retry-after, capped', () => {
    expect(decide({ status: 429, retryAfter: '2' })).toEqual({
      retry: true,
      delayMs: 2000,
      reason: 'HTTP 429',
    });
    expect(decide({ status: 503, retryAfter: 'Sun, 29 Nov 2026 12:00:07 GMT' })).toMatchObject({
      delayMs: 7000,
    });
    expect(decide({ status: 503, retryAfter: '3600' })).toMatchObject({ delayMs: 30_000 });
    // Unreadable: the back-off.
    expect(decide({ status: 503, retryAfter: 'later' })).toMatchObject({ delayMs: 750 });
  });

  it('retries dropped connections and timeouts, not unknown errors', () => {
    for (const errorCode of [
      'ECONNRESET',
      'ECONNREFUSED',
      'UND_ERR_SOCKET',
      'UND_ERR_HEADERS_TIMEOUT',
      'UND_ERR_BODY_TIMEOUT',
      'UND_ERR_CONNECT_TIMEOUT',
    ]) {
      expect(decide({ errorCode }), errorCode).toMatchObject({ retry: true, reason: errorCode });
    }
    for (const errorCode of ['ENOTFOUND', 'CERT_HAS_EXPIRED', 'UNKNOWN']) {
      expect(decide({ errorCode }).retry, errorCode).toBe(false);
    }
  });

  it('stops after the last attempt', () => {
    expect(decide({ status: 503 }, 3).retry).toBe(true);
    expect(decide({ status: 503 }, 4).retry).toBe(false);
    expect(decide({ errorCode: 'ECONNRESET' }, 4).retry).toBe(false);
  });

  it('repeats a request that is not idempotent only when it cannot have been processed', () => {
    // Refused, or never connected: the request never left.
    expect(decide({ errorCode: 'ECONNREFUSED' }, 1, false).retry).toBe(true);
    expect(decide({ errorCode: 'UND_ERR_CONNECT_TIMEOUT' }, 1, false).retry).toBe(true);
    // 429 and 503 say it was not processed.
    expect(decide({ status: 429 }, 1, false).retry).toBe(true);
    expect(decide({ status: 503 }, 1, false).retry).toBe(true);
    // Anything else may have done half the work.
    expect(decide({ status: 500 }, 1, false).retry).toBe(false);
    expect(decide({ status: 502 }, 1, false).retry).toBe(false);
    expect(decide({ errorCode: 'ECONNRESET' }, 1, false).retry).toBe(false);
    expect(decide({ errorCode: 'UND_ERR_HEADERS_TIMEOUT' }, 1, false).retry).toBe(false);
  });
});

describe('URLs with credentials', () => {
  it('are shown without them', () => {
    expect(displayUrl('https://deploy:s3cr%40t@pkgs.example.com/legacy/')).toBe(
      'https://pkgs.example.com/legacy/',
    );
    expect(displayUrl('https://pkgs.example.com/legacy/')).toBe('https://pkgs.example.com/legacy/');
    expect(displayUrl('not a url')).toBe('not a url');
  });

  it('split into the bare URL and the decoded user and password', () => {
    expect(splitCredentials('https://deploy:s3cr%40t@pkgs.example.com/pypi/')).toEqual({
      url: 'https://pkgs.example.com/pypi/',
      username: 'deploy',
      password: 's3cr@t',
    });
  });
});
