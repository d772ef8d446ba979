import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-M3OTX3ED.js";

// src/github/github-errors.ts
var TITLES = {
  unavailable: "GitHub unavailable",
  "rate-limited": "GitHub rate limit",
  token: "GitHub token refused",
  permission: "GitHub permission missing",
  "not-found": "GitHub repository not found",
  refused: "GitHub refused the request"
};
var RERUN = "Run the job again once GitHub answers (https://www.githubstatus.com): a re-run completes the release and duplicates nothing.";
var GithubError = class _GithubError extends UserError {
  constructor(what, advice, kind, call, status, retryAfterSeconds) {
    super(`${what} ${advice}`, TITLES[kind]);
    this.what = what;
    this.advice = advice;
    this.kind = kind;
    this.call = call;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
    this.name = "GithubError";
  }
  what;
  advice;
  kind;
  call;
  status;
  retryAfterSeconds;
  /** The request may have been applied: look before doing it again. */
  get outcomeUnknown() {
    return this.kind === "unavailable";
  }
  get retryable() {
    return this.kind === "unavailable" || this.kind === "rate-limited";
  }
  /** The same failure after several attempts. */
  afterAttempts(attempts) {
    if (attempts < 2) return this;
    return new _GithubError(
      `${this.what.replace(/\.$/, "")} (${attempts} attempts, each retry after looking whether the last one had worked).`,
      this.advice,
      this.kind,
      this.call,
      this.status,
      this.retryAfterSeconds
    );
  }
};
function githubMessage(thrown) {
  const data = thrown.response?.data;
  if (data && typeof data === "object" && "message" in data) {
    const { message, errors } = data;
    const details = Array.isArray(errors) ? errors.map(
      (item) => [item.field, item.code, item.message].filter(Boolean).join(" ")
    ).filter(Boolean) : [];
    return [String(message), ...details].join("; ");
  }
  if (typeof data === "string" && data.trim() !== "") {
    const text = data.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  }
  return thrown.message ?? "";
}
function retryAfter(thrown) {
  const headers = thrown.response?.headers ?? {};
  const after = Number(headers["retry-after"]);
  if (Number.isFinite(after) && after > 0) return after;
  const reset = Number(headers["x-ratelimit-reset"]);
  if (headers["x-ratelimit-remaining"] === "0" && Number.isFinite(reset)) {
    return Math.max(Math.ceil(reset - Date.now() / 1e3), 1);
  }
  return void 0;
}
function isRateLimit(thrown) {
  const headers = thrown.response?.headers ?? {};
  return thrown.status === 429 || thrown.status === 403 && (headers["x-ratelimit-remaining"] === "0" || headers["retry-after"] !== void 0 || /rate limit/i.test(githubMessage(thrown)));
}
function describeRequest(call) {
  return `${call.method} ${call.route} (${call.what})`;
}
function githubError(call, thrown) {
  if (thrown instanceof GithubError) return thrown;
  const error = thrown ?? {};
  const request = describeRequest(call);
  const status = typeof error.status === "number" ? error.status : void 0;
  const make = (kind, what, advice, after) => new GithubError(what, advice, kind, call, status, after);
  if (error.cause?.name === "GithubTimeout") {
    return make(
      "unavailable",
      `GitHub did not answer ${request} within ${error.cause.seconds} s.`,
      RERUN
    );
  }
  if (error.cause?.name === "GithubTooLarge") {
    return make(
      "unavailable",
      `GitHub's answer to ${request} was refused: ${error.cause.message}, more than pyrelease reads.`,
      "Run the job again later; if it happens again, GitHub (or the proxy before it) is answering wrongly."
    );
  }
  if (status === void 0 || status === 500 && error.response === void 0) {
    const why = error.cause?.message ?? error.message ?? String(thrown);
    return make("unavailable", `The connection to GitHub broke during ${request}: ${why}.`, RERUN);
  }
  const said = githubMessage(error);
  if (isRateLimit(error)) {
    const after = retryAfter(error);
    return make(
      "rate-limited",
      `GitHub's rate limit stopped ${request}: ${status} ${said}.`,
      `Wait${after ? ` ${after} s` : " a few minutes"} and run the job again: a re-run completes the release and duplicates nothing.`,
      after
    );
  }
  if (status >= 500) {
    return make("unavailable", `GitHub answered ${status} to ${request}: ${said}.`, RERUN);
  }
  if (status === 401) {
    return make(
      "token",
      `GitHub refused the token (401 ${said}) on ${request}.`,
      `Give github-token a valid token: leave it at its default \${{ github.token }}, or replace an expired or revoked personal access token in the repository's secrets.`
    );
  }
  if (status === 403) {
    return make(
      "permission",
      `GitHub refused ${request}: 403 ${said}.`,
      `The token needs \`${call.permission}\`: add it under the job's \`permissions:\`, or pass a github-token that has it.`
    );
  }
  if (status === 404) {
    const release = /\/releases\/\d+/.test(call.route) ? " or the release was deleted while pyrelease ran (run the job again)" : "";
    return make(
      "not-found",
      `GitHub answered 404 Not Found to ${request}: the repository ${call.repository} does not exist, or github-token cannot see it${release}.`,
      `Check GITHUB_REPOSITORY, and that github-token belongs to this repository (a fine-grained token must list it).`
    );
  }
  return make(
    "refused",
    `GitHub refused ${request}: ${status} ${said}.`,
    "Nothing was changed by this call; the message above says what GitHub objects to."
  );
}

// src/github/github-fetch.ts
var DEFAULT_TIMEOUT = { baseMs: 6e4, bytesPerSecond: 256 * 1024 };
function timeoutFromEnvironment(env = process.env) {
  const raw = env.PYRELEASE_GITHUB_TIMEOUT?.trim();
  if (!raw) return DEFAULT_TIMEOUT;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new UserError(
      `PYRELEASE_GITHUB_TIMEOUT must be a number of seconds greater than 0, not ${JSON.stringify(raw)}; unset it for the default of ${DEFAULT_TIMEOUT.baseMs / 1e3} s.`,
      "Invalid environment"
    );
  }
  return { ...DEFAULT_TIMEOUT, baseMs: seconds * 1e3 };
}
var GithubTimeout = class extends Error {
  constructor(seconds) {
    super(`no answer within ${seconds} s`);
    this.seconds = seconds;
  }
  seconds;
  name = "GithubTimeout";
};
var GithubTooLarge = class extends Error {
  constructor(limit) {
    super(`the answer is larger than ${Math.round(limit / 1024 / 1024)} MiB`);
    this.limit = limit;
  }
  limit;
  name = "GithubTooLarge";
};
var MAX_ANSWER_BYTES = 64 * 1024 * 1024;
async function readCapped(response, limit) {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => void 0);
    throw new GithubTooLarge(limit);
  }
  const chunks = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => void 0);
      throw new GithubTooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
function bodyBytes(body) {
  if (typeof body === "string") return Buffer.byteLength(body);
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body.byteLength;
  return 0;
}
function timeoutFor(policy, bytes) {
  return policy.baseMs + Math.ceil(bytes / policy.bytesPerSecond * 1e3);
}
var NO_BODY = /* @__PURE__ */ new Set([101, 204, 205, 304]);
function timedFetch(inner, policy, maxBytes = MAX_ANSWER_BYTES) {
  return async (input, init) => {
    const ms = timeoutFor(policy, bodyBytes(init?.body));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ms);
    init?.signal?.addEventListener("abort", () => controller.abort());
    try {
      const response = await inner(input, { ...init, signal: controller.signal });
      const body = NO_BODY.has(response.status) ? null : await readCapped(response, maxBytes);
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      });
    } catch (error) {
      if (controller.signal.aborted && !init?.signal?.aborted) {
        throw new GithubTimeout(Math.round(ms / 100) / 10);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}

export {
  GithubError,
  describeRequest,
  githubError,
  DEFAULT_TIMEOUT,
  timeoutFromEnvironment,
  timedFetch
};
