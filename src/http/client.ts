// The one HTTP client for every call outside Octokit (index queries, trusted publishing, the
// runner's OIDC token, the uv download): an overall deadline on every attempt (headers and body: a
// server that drips a byte at a time is cut there), a size limit on every answer read into
// memory, retries with back-off on 5xx, 429 and dropped or timed-out connections, and the proxy
// from HTTPS_PROXY / HTTP_PROXY / NO_PROXY.
//
// The transport is undici (Node's own fetch is built on it): it has separate connect, headers and
// body timeouts and streams downloads. Whether a URL goes through a proxy is decided by
// @actions/http-client's getProxyUrl, the rule every other part of the Actions toolkit (the OIDC
// client, tool-cache) follows: lower- or upper-case variables, NO_PROXY hosts, domains, ports and
// `*`, and loopback addresses never proxied. Both packages were already bundled.
import * as log from '../log.js';
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
  /**
   * The whole of one attempt, from sending to the answer's last byte. The timeouts above restart
   * on every byte; this one does not.
   */
  readonly deadlineMs?: number;
  /** The most an answer read into memory may hold; a longer one is refused unread. */
  readonly maxBodyBytes?: number;
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
/** One attempt of a request, whole. */
export const DEFAULT_DEADLINE_MS = 120_000;
/** One attempt of a download (the uv archive is tens of MB). */
export const DOWNLOAD_DEADLINE_MS = 15 * 60_000;
/** An index page, a JSON answer or a token: PyPI's largest simple pages are a few MB. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;
const MAX_REDIRECTS = 5;

function envNumber(name: string): number | undefined {
  const value = Number(process.env[name]);
  return process.env[name] && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * Timeouts, deadlines and back-off can be shortened through the environment, so tests of a
 * hanging or failing server through the bundled action finish in seconds.
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

interface Limits {
  readonly timeoutMs: number;
  readonly bodyTimeoutMs: number;
  readonly deadlineMs: number;
  readonly maxBodyBytes: number;
  readonly policy: RetryPolicy;
}

function settings(req: HttpRequest): Limits {
  const timeoutMs = envNumber('PYRELEASE_HTTP_TIMEOUT_MS') ?? req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy = retryPolicy(req);
  const bodyTimeoutMs = envNumber('PYRELEASE_HTTP_TIMEOUT_MS') ?? req.bodyTimeoutMs ?? timeoutMs;
  const deadlineMs =
    envNumber('PYRELEASE_HTTP_DEADLINE_MS') ?? req.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const maxBodyBytes = req.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return { timeoutMs, bodyTimeoutMs, deadlineMs, maxBodyBytes, policy };
}

/** An answer longer than the request's limit: refused before it fills the memory. */
class BodyTooLarge extends Error {
  readonly code = 'TOO_LARGE';
  constructor(readonly limit: number) {
    super(`the answer is larger than ${sizeText(limit)}`);
  }
}

/** Thrown when an attempt's deadline passed, whatever the transport was doing then. */
const DEADLINE = 'DEADLINE';

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${bytes} bytes`;
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

function describeError(code: string, error: unknown, limits: Limits): string {
  const { timeoutMs, bodyTimeoutMs: bodyMs } = limits;
  const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
  switch (code) {
    case DEADLINE:
      return `the answer did not arrive whole within ${seconds(limits.deadlineMs)}`;
    case 'TOO_LARGE':
      return `the answer is larger than ${sizeText(limits.maxBodyBytes)}, more than pyrelease reads from it`;
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

/** Receives a 2xx body instead of the buffer (downloads). */
type Sink = (body: AsyncIterable<Buffer> & NodeJS.ReadableStream) => Promise<void>;

/** What stays the same through every attempt of one request. */
interface Exchange extends Limits {
  readonly method: 'GET' | 'POST';
  readonly idempotent: boolean;
  readonly body?: string;
  readonly sink?: Sink;
}

/** Where an attempt goes, after the redirects so far, and the headers it carries there. */
interface Hop {
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
}

/** How one attempt ended: a whole answer, or a transport error (timeouts included). */
type Settled =
  { readonly response: HttpResponse } | { readonly failure: unknown; readonly code: string };

/** An attempt ends settled, or with a redirect to follow. */
type Outcome = Settled | { readonly redirect: URL };

const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

function exchangeFor(req: HttpRequest, sink: Sink | undefined): Exchange {
  const method = req.method ?? 'GET';
  const idempotent = req.idempotent ?? method === 'GET';
  return { method, idempotent, body: req.body, ...settings(req), sink };
}

/** The body, up to `limit` bytes: a longer one is refused as soon as it says or shows so. */
async function readCapped(answer: Dispatcher.ResponseData, limit: number): Promise<Buffer> {
  const declared = Number(answer.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    // Destroyed unread: the abort it reports is the refusal below, not an error of its own.
    answer.body.on('error', () => undefined).destroy();
    throw new BodyTooLarge(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of answer.body as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Leaving the loop destroys the stream, and the connection with it.
    if (size > limit) throw new BodyTooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/** A 2xx body goes to the sink when there is one, and nothing is kept; any other is read whole. */
async function bodyOf(answer: Dispatcher.ResponseData, exchange: Exchange): Promise<Buffer> {
  const ok = answer.statusCode >= 200 && answer.statusCode < 300;
  if (ok && exchange.sink) {
    await exchange.sink(answer.body);
    return Buffer.alloc(0);
  }
  return readCapped(answer, exchange.maxBodyBytes);
}

/**
 * One attempt: the request, under the dispatcher's timeouts and the attempt's overall deadline,
 * then a redirect to follow (GET only) or the whole answer. Anything that fails on the way, the
 * body and the sink included, is the attempt's failure.
 */
async function attemptOnce(exchange: Exchange, hop: Hop): Promise<Outcome> {
  const deadline = AbortSignal.timeout(exchange.deadlineMs);
  try {
    const answer = await request(hop.url, {
      method: exchange.method,
      headers: hop.headers,
      body: exchange.body,
      signal: deadline,
      dispatcher: dispatcherFor(hop.url, exchange.timeoutMs, exchange.bodyTimeoutMs),
    });
    const headers = flatHeaders(answer.headers);
    const location = headers.location;
    if (exchange.method === 'GET' && location && REDIRECT_STATUSES.includes(answer.statusCode)) {
      await answer.body.dump();
      return { redirect: new URL(location, hop.url) };
    }
    const body = await bodyOf(answer, exchange);
    return { response: { url: hop.url.href, status: answer.statusCode, headers, body } };
  } catch (failure) {
    return { failure, code: deadline.aborted ? DEADLINE : errorCode(failure) };
  }
}

/**
 * The hop a redirect leads to. Credentials are for the server they were meant for (a release
 * download redirects to a storage host).
 */
function redirected(hop: Hop, next: URL): Hop {
  if (next.origin === hop.url.origin) return { url: next, headers: hop.headers };
  const headers = { ...hop.headers };
  delete headers.authorization;
  return { url: next, headers };
}

function tooManyRedirects(exchange: Exchange, url: string, attempt: number): HttpFailure {
  return new HttpFailure(
    `${exchange.method} ${displayUrl(url)}: more than ${MAX_REDIRECTS} redirects.`,
    url,
    'TOO_MANY_REDIRECTS',
    attempt,
  );
}

/** How long to wait before attempt `attempt + 1`; undefined when this outcome is the last. */
function retryDelay(exchange: Exchange, outcome: Settled, attempt: number): number | undefined {
  const result: AttemptResult =
    'response' in outcome
      ? { status: outcome.response.status, retryAfter: outcome.response.headers['retry-after'] }
      : { errorCode: outcome.code };
  const decision = retryDecision(result, attempt, {
    policy: exchange.policy,
    idempotent: exchange.idempotent,
    now: Date.now(),
    random: Math.random,
  });
  return decision.retry ? decision.delayMs : undefined;
}

/** What an attempt ended with, as the log and the error say it. */
function described(exchange: Exchange, url: URL, outcome: Settled): string {
  const sent = `${exchange.method} ${displayUrl(url.href)}`;
  if ('response' in outcome) return `${sent} answered ${outcome.response.status}`;
  return `${sent}: ${describeError(outcome.code, outcome.failure, exchange)}`;
}

/** The last outcome: the answer, whatever its status, or the failure of every attempt. */
function settle(exchange: Exchange, url: URL, outcome: Settled, attempt: number): HttpResponse {
  if ('response' in outcome) return outcome.response;
  throw new HttpFailure(
    `${described(exchange, url, outcome)}${attempt > 1 ? ` (${attempt} attempts)` : ''}`,
    url.href,
    outcome.code,
    attempt,
  );
}

/**
 * One request with retries and redirects. Every status comes back as a response (after the
 * retries a retryable one got); only a request that never got a whole answer throws HttpFailure.
 * `sink` receives a 2xx body instead of the buffer (downloads).
 */
async function send(url: string, req: HttpRequest, sink?: Sink): Promise<HttpResponse> {
  const exchange = exchangeFor(req, sink);
  let hop: Hop = { url: new URL(url), headers: { 'user-agent': 'pyrelease', ...req.headers } };
  let redirects = 0;
  let attempt = 1;
  for (;;) {
    const outcome = await attemptOnce(exchange, hop);
    // A redirect is no attempt: the next hop goes out under the same number.
    if ('redirect' in outcome) {
      if (++redirects > MAX_REDIRECTS) throw tooManyRedirects(exchange, url, attempt);
      hop = redirected(hop, outcome.redirect);
      continue;
    }
    const delayMs = retryDelay(exchange, outcome, attempt);
    if (delayMs === undefined) return settle(exchange, hop.url, outcome, attempt);
    log.info(
      `${described(exchange, hop.url, outcome)}; trying again in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${exchange.policy.attempts}).`,
    );
    await sleep(delayMs);
    attempt++;
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
  return send(url, { bodyTimeoutMs: 120_000, deadlineMs: DOWNLOAD_DEADLINE_MS, ...req }, (body) =>
    pipeline(body, createWriteStream(dest)),
  );
}

/** The body as text. */
export function bodyText(response: HttpResponse): string {
  return response.body.toString('utf8');
}
