// The one HTTP client for every call outside Octokit (index queries, trusted publishing, the uv
// download): a timeout on every attempt, retries with back-off on 5xx, 429 and dropped or timed-out
// connections, and the proxy from HTTPS_PROXY / HTTP_PROXY / NO_PROXY.
//
// The transport is undici (Node's own fetch is built on it): it has separate connect, headers and
// body timeouts and streams downloads. Whether a URL goes through a proxy is decided by
// @actions/http-client's getProxyUrl, the rule every other part of the Actions toolkit (the OIDC
// client, tool-cache) follows: lower- or upper-case variables, NO_PROXY hosts, domains, ports and
// `*`, and loopback addresses never proxied. Both packages were already bundled.
import * as core from '@actions/core';
import { getProxyUrl } from '@actions/http-client';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Agent, ProxyAgent, request, type Dispatcher } from 'undici';
import { DEFAULT_RETRY, retryDecision, type AttemptResult, type RetryPolicy } from './retry.js';
import { displayUrl } from '../urls.js';

export interface HttpRequest {
  readonly method?: 'GET' | 'POST';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Safe to send twice. Default: true for GET; a POST must say so. */
  readonly idempotent?: boolean;
  /** Connecting, and waiting for the answer's headers, per attempt. */
  readonly timeoutMs?: number;
  /** Silence while the body arrives (downloads get longer). */
  readonly bodyTimeoutMs?: number;
  readonly retry?: Partial<RetryPolicy>;
}

export interface HttpResponse {
  /** After redirects. */
  readonly url: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** The request never got a complete answer, after every attempt. */
export class HttpFailure extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly code: string,
    readonly attempts: number,
  ) {
    super(message);
    this.name = 'HttpFailure';
  }
}

export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 5;

function envNumber(name: string): number | undefined {
  const value = Number(process.env[name]);
  return process.env[name] && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * Timeouts and back-off can be shortened through the environment, so tests of a hanging or
 * failing server through the bundled action finish in seconds.
 */
export function retryPolicy(req: HttpRequest = {}): RetryPolicy {
  return {
    attempts: envNumber('PYRELEASE_HTTP_ATTEMPTS') ?? req.retry?.attempts ?? DEFAULT_RETRY.attempts,
    baseDelayMs:
      envNumber('PYRELEASE_HTTP_RETRY_BASE_MS') ??
      req.retry?.baseDelayMs ??
      DEFAULT_RETRY.baseDelayMs,
    maxDelayMs:
      envNumber('PYRELEASE_HTTP_RETRY_MAX_MS') ?? req.retry?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
  };
}

function settings(req: HttpRequest): {
  timeoutMs: number;
  bodyTimeoutMs: number;
  policy: RetryPolicy;
} {
  const timeoutMs = envNumber('PYRELEASE_HTTP_TIMEOUT_MS') ?? req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy = retryPolicy(req);
  const bodyTimeoutMs = envNumber('PYRELEASE_HTTP_TIMEOUT_MS') ?? req.bodyTimeoutMs ?? timeoutMs;
  return { timeoutMs, bodyTimeoutMs, policy };
}

const dispatchers = new Map<string, Dispatcher>();

function dispatcherFor(url: URL, timeoutMs: number, bodyTimeoutMs: number): Dispatcher {
  const proxy = getProxyUrl(url.href);
  const key = `${proxy}|${timeoutMs}|${bodyTimeoutMs}`;
  let dispatcher = dispatchers.get(key);
  if (!dispatcher) {
    const options = {
      connect: { timeout: timeoutMs },
      headersTimeout: timeoutMs,
      bodyTimeout: bodyTimeoutMs,
      keepAliveTimeout: 1000,
    };
    dispatcher = proxy ? new ProxyAgent({ ...options, uri: proxy }) : new Agent(options);
    dispatchers.set(key, dispatcher);
  }
  return dispatcher;
}

function errorCode(error: unknown): string {
  const seen = error as { code?: unknown; cause?: { code?: unknown } };
  if (typeof seen?.code === 'string') return seen.code;
  if (typeof seen?.cause?.code === 'string') return seen.cause.code;
  return 'UNKNOWN';
}

function describeError(code: string, error: unknown, timeoutMs: number, bodyMs: number): string {
  const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
  switch (code) {
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `could not connect within ${seconds(timeoutMs)}`;
    case 'UND_ERR_HEADERS_TIMEOUT':
      return `no answer within ${seconds(timeoutMs)}`;
    case 'UND_ERR_BODY_TIMEOUT':
      return `the answer stopped arriving for ${seconds(bodyMs)}`;
    case 'ECONNREFUSED':
      return 'the connection was refused (nothing listens there)';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'EPIPE':
      return 'the connection was closed before the answer was complete';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name could not be resolved';
    default:
      return (error as Error)?.message ?? String(error);
  }
}

function flatHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined)
      flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One request with retries and redirects. Every status comes back as a response (after the
 * retries a retryable one got); only a request that never got a whole answer throws HttpFailure.
 * `sink` receives a 2xx body instead of the buffer (downloads).
 */
async function send(
  url: string,
  req: HttpRequest,
  sink?: (body: AsyncIterable<Buffer> & NodeJS.ReadableStream) => Promise<void>,
): Promise<HttpResponse> {
  const method = req.method ?? 'GET';
  const idempotent = req.idempotent ?? method === 'GET';
  const { timeoutMs, bodyTimeoutMs, policy } = settings(req);
  let target = new URL(url);
  const headers: Record<string, string> = { 'user-agent': 'pyrelease', ...req.headers };
  let redirects = 0;
  for (let attempt = 1; ; attempt++) {
    let result: AttemptResult;
    let failure: unknown;
    try {
      const answer = await request(target, {
        method,
        headers,
        body: req.body,
        dispatcher: dispatcherFor(target, timeoutMs, bodyTimeoutMs),
      });
      const answerHeaders = flatHeaders(answer.headers);
      const location = answerHeaders.location;
      if (method === 'GET' && location && [301, 302, 303, 307, 308].includes(answer.statusCode)) {
        await answer.body.dump();
        if (++redirects > MAX_REDIRECTS) {
          throw new HttpFailure(
            `${method} ${displayUrl(url)}: more than ${MAX_REDIRECTS} redirects.`,
            url,
            'TOO_MANY_REDIRECTS',
            attempt,
          );
        }
        const next = new URL(location, target);
        // Credentials are for the server they were meant for (a release download redirects
        // to a storage host).
        if (next.origin !== target.origin) delete headers.authorization;
        target = next;
        attempt--;
        continue;
      }
      const ok = answer.statusCode >= 200 && answer.statusCode < 300;
      if (ok && sink) {
        await sink(answer.body);
        return {
          url: target.href,
          status: answer.statusCode,
          headers: answerHeaders,
          body: Buffer.alloc(0),
        };
      }
      const body = Buffer.from(await answer.body.arrayBuffer());
      const response = {
        url: target.href,
        status: answer.statusCode,
        headers: answerHeaders,
        body,
      };
      result = { status: answer.statusCode, retryAfter: answerHeaders['retry-after'] };
      const decision = retryDecision(result, attempt, {
        policy,
        idempotent,
        now: Date.now(),
        random: Math.random,
      });
      if (!decision.retry) return response;
      core.info(
        `${method} ${displayUrl(target.href)} answered ${answer.statusCode}; trying again in ${(decision.delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts}).`,
      );
      await sleep(decision.delayMs);
      continue;
    } catch (error) {
      if (error instanceof HttpFailure) throw error;
      failure = error;
      result = { errorCode: errorCode(error) };
    }
    const code = result.errorCode;
    const decision = retryDecision(result, attempt, {
      policy,
      idempotent,
      now: Date.now(),
      random: Math.random,
    });
    const what = describeError(code, failure, timeoutMs, bodyTimeoutMs);
    if (!decision.retry) {
      throw new HttpFailure(
        `${method} ${displayUrl(target.href)}: ${what}${attempt > 1 ? ` (${attempt} attempts)` : ''}`,
        target.href,
        code,
        attempt,
      );
    }
    core.info(
      `${method} ${displayUrl(target.href)}: ${what}; trying again in ${(decision.delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts}).`,
    );
    await sleep(decision.delayMs);
  }
}

/** A request whose whole answer is read into memory. */
export function httpRequest(url: string, req: HttpRequest = {}): Promise<HttpResponse> {
  return send(url, req);
}

/**
 * Streams a 2xx answer into `dest` (a failed attempt starts the file again); any other status
 * comes back with its body for the message.
 */
export function httpDownload(
  url: string,
  dest: string,
  req: HttpRequest = {},
): Promise<HttpResponse> {
  return send(url, { bodyTimeoutMs: 120_000, ...req }, (body) =>
    pipeline(body, createWriteStream(dest)),
  );
}

/** The body as text. */
export function bodyText(response: HttpResponse): string {
  return response.body.toString('utf8');
}
