// The Octokit client the release client talks to GitHub through. Octokit retries reads and
// idempotent edits on 5xx answers and waits out rate limits; it never retries a request marked
// ONCE. Every request has a deadline, and every failure becomes one GithubError that says what to
// do.
import * as log from '../log.js';
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { describeRequest, GithubError, githubError, type GithubCall } from './github-errors.js';
import { DEFAULT_TIMEOUT, timedFetch, type TimeoutPolicy } from './github-fetch.js';

export interface GithubApiOptions {
  readonly token: string;
  /** `owner/name`. */
  readonly repository: string;
  readonly apiUrl: string;
  readonly timeout?: TimeoutPolicy;
  /** Told when a rate limit is waited out; printed when no one asks. */
  readonly warn?: (message: string) => void;
}

/** A call as a failure names it: what it does, its method and route, the permission it needs. */
export type CallDescription = Omit<GithubCall, 'repository'>;

/** One repository's API: the client, the repository's names, and the call wrapper. */
export interface GithubApi {
  readonly octokit: ReturnType<typeof getOctokit>;
  readonly owner: string;
  readonly repo: string;
  /** `/repos/{owner}/{repo}`, where the routes a failure names begin. */
  readonly base: string;
  /** Runs one call; whatever it throws becomes the GithubError for `described`. */
  readonly call: <T>(described: CallDescription, run: () => Promise<T>) => Promise<T>;
  /** Every item of a paginated list, as one call (see allPages). */
  readonly pages: <T>(
    described: CallDescription,
    method: unknown,
    parameters: Record<string, unknown>,
  ) => Promise<T[]>;
}

/** At most this many pages of one list: at 100 a page, 10,000 releases, tags or milestones. */
export const MAX_PAGES = 100;

export type PageIterator = (
  method: unknown,
  parameters: Record<string, unknown>,
) => AsyncIterable<{ headers: { link?: string }; data: unknown }>;

/**
 * Every item of a list, page after page as GitHub's Link headers lead, but never the same page
 * twice and never more than MAX_PAGES: a server whose `next` points back would otherwise be
 * followed for ever.
 */
export async function allPages<T>(
  iterate: PageIterator,
  method: unknown,
  parameters: Record<string, unknown>,
  refuse: (why: string) => Error,
): Promise<T[]> {
  const nextPages = new Set<string>();
  const items: T[] = [];
  let read = 0;
  for await (const response of iterate(method, parameters)) {
    if (++read > MAX_PAGES) throw refuse(`it has more than ${MAX_PAGES} pages`);
    items.push(...(response.data as T[]));
    // The iterator follows the Link header's next page: one already named is one already read.
    const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.link ?? '')?.[1];
    if (next === undefined) continue;
    if (nextPages.has(next)) throw refuse(`its next page is ${next} again, a page already read`);
    nextPages.add(next);
  }
  return items;
}

/** Request options of a create or delete: retried blindly, it could happen twice. */
export const ONCE = { retries: 0 } as const;

/** Waits out a rate limit twice, saying so, then lets the request fail. */
function retryLimited(kind: string, warn: (message: string) => void) {
  return (
    retryAfter: number,
    request: { method: string; url: string },
    _octokit: unknown,
    retryCount: number,
  ): boolean => {
    warn(`GitHub ${kind} on ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
    return retryCount < 2;
  };
}

/** The throttling plugin's settings: writes a little apart, rate limits waited out. */
function throttle(warn: (message: string) => void) {
  return {
    // The default spaces every write a second apart, which made a release's two asset
    // uploads take two seconds. A handful of writes per run stays far below GitHub's
    // secondary limits, and a 403/429 from them is still waited out and retried below.
    write: new Bottleneck.Group({ id: 'pyrelease-write', maxConcurrent: 2, minTime: 100 }),
    // Creating a release notifies watchers; the default waits 3 s between two of them, which
    // a create retried after looking (write-once.ts) need not.
    notifications: new Bottleneck.Group({
      id: 'pyrelease-notifications',
      maxConcurrent: 1,
      minTime: 1000,
    }),
    onRateLimit: retryLimited('rate limit', warn),
    onSecondaryRateLimit: retryLimited('secondary rate limit', warn),
  };
}

/** Octokit with the retry and throttling plugins, and a deadline on every request. */
function octokitFor(options: GithubApiOptions): ReturnType<typeof getOctokit> {
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      request: {
        ...defaults.request,
        fetch: timedFetch(
          (defaults.request?.fetch as typeof fetch | undefined) ?? fetch,
          options.timeout ?? DEFAULT_TIMEOUT,
        ),
      },
      throttle: throttle(options.warn ?? ((message) => log.info(message))),
      // Octokit's own warnings (a deprecation header) go to the log like every other line.
      log: { debug: log.debug, info: log.debug, warn: log.info, error: log.info },
    },
    retry,
    throttling,
  );
}

export function githubApi(options: GithubApiOptions): GithubApi {
  const [owner, repo] = options.repository.split('/') as [string, string];
  const octokit = octokitFor(options);
  const call: GithubApi['call'] = async (described, run) => {
    try {
      return await run();
    } catch (thrown) {
      throw githubError({ ...described, repository: options.repository }, thrown);
    }
  };
  // Octokit's iterator is typed per endpoint; the callers name the method and the item type.
  const iterate = octokit.paginate.iterator as unknown as PageIterator;
  return {
    octokit,
    owner,
    repo,
    base: `/repos/${owner}/${repo}`,
    call,
    pages: (described, method, parameters) =>
      call(described, () =>
        allPages(iterate, method, parameters, (why) => {
          return new GithubError(
            `GitHub's answer to ${describeRequest(described)} cannot be read to its end: ${why}.`,
            'Run the job again later; if it happens again, GitHub (or the proxy before it) is answering wrongly.',
            'unavailable',
            { ...described, repository: options.repository },
            undefined,
          );
        }),
      ),
  };
}
