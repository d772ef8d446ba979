import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  displayUrl
} from "./chunk-4LYOQI2X.js";
import {
  getProxyUrl
} from "./chunk-QCIHYT6C.js";
import {
  info
} from "./chunk-QJ74AIE5.js";
import {
  require_undici
} from "./chunk-WCRYQQ6S.js";
import {
  __toESM
} from "./chunk-HN3VUIRH.js";

// src/http/retry.ts
var DEFAULT_RETRY = { attempts: 4, baseDelayMs: 1e3, maxDelayMs: 3e4 };
var TRANSIENT_ERRORS = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED",
  // The attempt's overall deadline passed (http/client.ts): a server too slow this time.
  "DEADLINE"
]);
function isTransientError(code) {
  return TRANSIENT_ERRORS.has(code);
}
function isRetryableStatus(status) {
  return status === 408 || status === 429 || status >= 500 && status !== 501;
}
function parseRetryAfter(value, now) {
  if (value === void 0) return void 0;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  if (!/[a-z]/i.test(text)) return void 0;
  const date = Date.parse(text);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function backoffDelay(attempt, policy, random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * ceiling / 2);
}
function retryDecision(result, attempt, options) {
  const { policy } = options;
  if (attempt >= policy.attempts) return { retry: false };
  if ("errorCode" in result) {
    if (!isTransientError(result.errorCode)) return { retry: false };
    const neverSent = result.errorCode === "ECONNREFUSED" || result.errorCode === "UND_ERR_CONNECT_TIMEOUT";
    if (!options.idempotent && !neverSent) return { retry: false };
    return {
      retry: true,
      delayMs: backoffDelay(attempt, policy, options.random),
      reason: result.errorCode
    };
  }
  if (!isRetryableStatus(result.status)) return { retry: false };
  if (!options.idempotent && result.status !== 429 && result.status !== 503)
    return { retry: false };
  const asked = parseRetryAfter(result.retryAfter, options.now);
  const delayMs = asked === void 0 ? backoffDelay(attempt, policy, options.random) : Math.min(asked, policy.maxDelayMs);
  return { retry: true, delayMs, reason: `HTTP ${result.status}` };
}

// src/http/client.ts
var import_undici = __toESM(require_undici(), 1);
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
var HttpFailure = class extends Error {
  constructor(message, url, code, attempts) {
    super(message);
    this.url = url;
    this.code = code;
    this.attempts = attempts;
    this.name = "HttpFailure";
  }
  url;
  code;
  attempts;
};
var DEFAULT_TIMEOUT_MS = 3e4;
var DEFAULT_DEADLINE_MS = 12e4;
var DOWNLOAD_DEADLINE_MS = 15 * 6e4;
var DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;
var MAX_REDIRECTS = 5;
function envNumber(name) {
  const value = Number(process.env[name]);
  return process.env[name] && Number.isFinite(value) && value >= 0 ? value : void 0;
}
function retryPolicy(req = {}) {
  return {
    attempts: envNumber("PYRELEASE_HTTP_ATTEMPTS") ?? req.retry?.attempts ?? DEFAULT_RETRY.attempts,
    baseDelayMs: envNumber("PYRELEASE_HTTP_RETRY_BASE_MS") ?? req.retry?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
    maxDelayMs: envNumber("PYRELEASE_HTTP_RETRY_MAX_MS") ?? req.retry?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs
  };
}
function settings(req) {
  const timeoutMs = envNumber("PYRELEASE_HTTP_TIMEOUT_MS") ?? req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy = retryPolicy(req);
  const bodyTimeoutMs = envNumber("PYRELEASE_HTTP_TIMEOUT_MS") ?? req.bodyTimeoutMs ?? timeoutMs;
  const deadlineMs = envNumber("PYRELEASE_HTTP_DEADLINE_MS") ?? req.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const maxBodyBytes = req.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return { timeoutMs, bodyTimeoutMs, deadlineMs, maxBodyBytes, policy };
}
var BodyTooLarge = class extends Error {
  constructor(limit) {
    super(`the answer is larger than ${sizeText(limit)}`);
    this.limit = limit;
  }
  limit;
  code = "TOO_LARGE";
};
var DEADLINE = "DEADLINE";
function sizeText(bytes) {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024 * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024 * 10) / 10} KiB`;
  return `${bytes} bytes`;
}
var dispatchers = /* @__PURE__ */ new Map();
function dispatcherFor(url, timeoutMs, bodyTimeoutMs) {
  const proxy = getProxyUrl(url.href);
  const key = `${proxy}|${timeoutMs}|${bodyTimeoutMs}`;
  let dispatcher = dispatchers.get(key);
  if (!dispatcher) {
    const options = {
      connect: { timeout: timeoutMs },
      headersTimeout: timeoutMs,
      bodyTimeout: bodyTimeoutMs,
      keepAliveTimeout: 1e3
    };
    dispatcher = proxy ? new import_undici.ProxyAgent({ ...options, uri: proxy }) : new import_undici.Agent(options);
    dispatchers.set(key, dispatcher);
  }
  return dispatcher;
}
function errorCode(error) {
  const seen = error;
  if (typeof seen?.code === "string") return seen.code;
  if (typeof seen?.cause?.code === "string") return seen.cause.code;
  return "UNKNOWN";
}
function describeError(code, error, limits) {
  const { timeoutMs, bodyTimeoutMs: bodyMs } = limits;
  const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
  switch (code) {
    case DEADLINE:
      return `the answer did not arrive whole within ${seconds(limits.deadlineMs)}`;
    case "TOO_LARGE":
      return `the answer is larger than ${sizeText(limits.maxBodyBytes)}, more than pyrelease reads from it`;
    case "UND_ERR_CONNECT_TIMEOUT":
      return `could not connect within ${seconds(timeoutMs)}`;
    case "UND_ERR_HEADERS_TIMEOUT":
      return `no answer within ${seconds(timeoutMs)}`;
    case "UND_ERR_BODY_TIMEOUT":
      return `the answer stopped arriving for ${seconds(bodyMs)}`;
    case "ECONNREFUSED":
      return "the connection was refused (nothing listens there)";
    case "ECONNRESET":
    case "UND_ERR_SOCKET":
    case "EPIPE":
      return "the connection was closed before the answer was complete";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "the host name could not be resolved";
    default:
      return error?.message ?? String(error);
  }
}
function flatHeaders(headers) {
  const flat = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== void 0)
      flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var REDIRECT_STATUSES = [301, 302, 303, 307, 308];
function exchangeFor(req, sink) {
  const method = req.method ?? "GET";
  const idempotent = req.idempotent ?? method === "GET";
  return { method, idempotent, body: req.body, ...settings(req), sink };
}
async function readCapped(answer, limit) {
  const declared = Number(answer.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    answer.body.on("error", () => void 0).destroy();
    throw new BodyTooLarge(limit);
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of answer.body) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}
async function bodyOf(answer, exchange) {
  const ok = answer.statusCode >= 200 && answer.statusCode < 300;
  if (ok && exchange.sink) {
    await exchange.sink(answer.body);
    return Buffer.alloc(0);
  }
  return readCapped(answer, exchange.maxBodyBytes);
}
async function attemptOnce(exchange, hop) {
  const deadline = AbortSignal.timeout(exchange.deadlineMs);
  try {
    const answer = await (0, import_undici.request)(hop.url, {
      method: exchange.method,
      headers: hop.headers,
      body: exchange.body,
      signal: deadline,
      dispatcher: dispatcherFor(hop.url, exchange.timeoutMs, exchange.bodyTimeoutMs)
    });
    const headers = flatHeaders(answer.headers);
    const location = headers.location;
    if (exchange.method === "GET" && location && REDIRECT_STATUSES.includes(answer.statusCode)) {
      await answer.body.dump();
      return { redirect: new URL(location, hop.url) };
    }
    const body = await bodyOf(answer, exchange);
    return { response: { url: hop.url.href, status: answer.statusCode, headers, body } };
  } catch (failure) {
    return { failure, code: deadline.aborted ? DEADLINE : errorCode(failure) };
  }
}
function redirected(hop, next) {
  if (next.origin === hop.url.origin) return { url: next, headers: hop.headers };
  const headers = { ...hop.headers };
  delete headers.authorization;
  return { url: next, headers };
}
function tooManyRedirects(exchange, url, attempt) {
  return new HttpFailure(
    `${exchange.method} ${displayUrl(url)}: more than ${MAX_REDIRECTS} redirects.`,
    url,
    "TOO_MANY_REDIRECTS",
    attempt
  );
}
function retryDelay(exchange, outcome, attempt) {
  const result = "response" in outcome ? { status: outcome.response.status, retryAfter: outcome.response.headers["retry-after"] } : { errorCode: outcome.code };
  const decision = retryDecision(result, attempt, {
    policy: exchange.policy,
    idempotent: exchange.idempotent,
    now: Date.now(),
    random: Math.random
  });
  return decision.retry ? decision.delayMs : void 0;
}
function described(exchange, url, outcome) {
  const sent = `${exchange.method} ${displayUrl(url.href)}`;
  if ("response" in outcome) return `${sent} answered ${outcome.response.status}`;
  return `${sent}: ${describeError(outcome.code, outcome.failure, exchange)}`;
}
function settle(exchange, url, outcome, attempt) {
  if ("response" in outcome) return outcome.response;
  throw new HttpFailure(
    `${described(exchange, url, outcome)}${attempt > 1 ? ` (${attempt} attempts)` : ""}`,
    url.href,
    outcome.code,
    attempt
  );
}
async function send(url, req, sink) {
  const exchange = exchangeFor(req, sink);
  let hop = { url: new URL(url), headers: { "user-agent": "pyrelease", ...req.headers } };
  let redirects = 0;
  let attempt = 1;
  for (; ; ) {
    const outcome = await attemptOnce(exchange, hop);
    if ("redirect" in outcome) {
      if (++redirects > MAX_REDIRECTS) throw tooManyRedirects(exchange, url, attempt);
      hop = redirected(hop, outcome.redirect);
      continue;
    }
    const delayMs = retryDelay(exchange, outcome, attempt);
    if (delayMs === void 0) return settle(exchange, hop.url, outcome, attempt);
    info(
      `${described(exchange, hop.url, outcome)}; trying again in ${(delayMs / 1e3).toFixed(1)} s (attempt ${attempt + 1} of ${exchange.policy.attempts}).`
    );
    await sleep(delayMs);
    attempt++;
  }
}
function httpRequest(url, req = {}) {
  return send(url, req);
}
function httpDownload(url, dest, req = {}) {
  return send(
    url,
    { bodyTimeoutMs: 12e4, deadlineMs: DOWNLOAD_DEADLINE_MS, ...req },
    (body) => pipeline(body, createWriteStream(dest))
  );
}
function httpStream(url, consume, req = {}) {
  return send(url, { bodyTimeoutMs: 12e4, ...req }, consume);
}

export {
  backoffDelay,
  HttpFailure,
  retryPolicy,
  httpRequest,
  httpDownload,
  httpStream
};
