// A deadline for each GitHub request, so a hanging API is never waited on forever. It wraps the
// fetch @actions/github already uses (it carries the runner's proxy settings) and covers one
// attempt, from sending to the last byte of the answer (a server that drips bytes is cut all the
// same); a retry gets a fresh deadline. An answer longer than MAX_ANSWER_BYTES is refused as it
// arrives, before it fills the memory.
import { UserError } from '../errors.js';

export interface TimeoutPolicy {
  /** For a request without a body, and on top of an upload's transfer time. */
  readonly baseMs: number;
  /** The slowest upload speed allowed for, so a large wheel is not cut off. */
  readonly bytesPerSecond: number;
}

export const DEFAULT_TIMEOUT: TimeoutPolicy = { baseMs: 60_000, bytesPerSecond: 256 * 1024 };

/**
 * PYRELEASE_GITHUB_TIMEOUT (seconds) replaces the base deadline, for a slow GitHub Enterprise
 * server or a test that wants a hang found quickly.
 */
export function timeoutFromEnvironment(env: NodeJS.ProcessEnv = process.env): TimeoutPolicy {
  const raw = env.PYRELEASE_GITHUB_TIMEOUT?.trim();
  if (!raw) return DEFAULT_TIMEOUT;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new UserError(
      `PYRELEASE_GITHUB_TIMEOUT must be a number of seconds greater than 0, not ${JSON.stringify(raw)}; unset it for the default of ${DEFAULT_TIMEOUT.baseMs / 1000} s.`,
      'Invalid environment',
    );
  }
  return { ...DEFAULT_TIMEOUT, baseMs: seconds * 1000 };
}

/** Thrown as the cause of a request that did not finish in time. */
export class GithubTimeout extends Error {
  override readonly name = 'GithubTimeout';
  constructor(readonly seconds: number) {
    super(`no answer within ${seconds} s`);
  }
}

/** Thrown as the cause of an answer longer than the limit. */
export class GithubTooLarge extends Error {
  override readonly name = 'GithubTooLarge';
  constructor(readonly limit: number) {
    super(`the answer is larger than ${Math.round(limit / 1024 / 1024)} MiB`);
  }
}

/** A page of releases, a release with its notes: a few MB at most. */
export const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

/** The answer's bytes, up to `limit`: a longer one is refused as soon as it says or shows so. */
export async function readCapped(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new GithubTooLarge(limit);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new GithubTooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

function bodyBytes(body: unknown): number {
  if (typeof body === 'string') return Buffer.byteLength(body);
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body.byteLength;
  return 0;
}

export function timeoutFor(policy: TimeoutPolicy, bytes: number): number {
  return policy.baseMs + Math.ceil((bytes / policy.bytesPerSecond) * 1000);
}

const NO_BODY = new Set([101, 204, 205, 304]);

export function timedFetch(
  inner: typeof fetch,
  policy: TimeoutPolicy,
  maxBytes = MAX_ANSWER_BYTES,
): typeof fetch {
  return async (input, init) => {
    const ms = timeoutFor(policy, bodyBytes(init?.body));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ms);
    init?.signal?.addEventListener('abort', () => controller.abort());
    try {
      const response = await inner(input, { ...init, signal: controller.signal });
      // Read the whole answer inside the deadline; a body that stalls counts as a hang too.
      const body = NO_BODY.has(response.status) ? null : await readCapped(response, maxBytes);
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
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
