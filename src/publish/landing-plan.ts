// After the upload: when to ask the index again, and what its answer and the other copies of a
// file say. Pure: the CDN in front of PyPI lags, so a file missing from the listing is waited
// for, within a bound; a file listed or served with another sha256 is never waited for.
import type { LocalFile } from './existing.js';

export interface PollSchedule {
  /** The wait before the first look again; each later one doubles. */
  readonly firstDelayMs: number;
  /** No single wait is longer. */
  readonly maxDelayMs: number;
  /** The waits add up to at most this. */
  readonly budgetMs: number;
}

/** PyPI's CDN usually lists a new file within a minute; five minutes is the bound. */
export const DEFAULT_POLL: PollSchedule = {
  firstDelayMs: 2000,
  maxDelayMs: 30_000,
  budgetMs: 300_000,
};

/** The waits between looks, in order: doubling, capped, the last one cut to fit the budget. */
export function pollDelays(schedule: PollSchedule): number[] {
  const delays: number[] = [];
  let total = 0;
  let next = Math.max(1, schedule.firstDelayMs);
  while (total < schedule.budgetMs) {
    const wait = Math.min(next, schedule.maxDelayMs, schedule.budgetMs - total);
    delays.push(wait);
    total += wait;
    next *= 2;
  }
  return delays;
}

/** A file as the index lists it: its sha256 when it gives one, and where to download it. */
export interface IndexedFile {
  readonly filename: string;
  readonly sha256?: string;
  /** Absolute. */
  readonly url?: string;
}

export type ListingVerdict =
  | { readonly state: 'listed'; readonly files: readonly IndexedFile[] }
  | { readonly state: 'waiting'; readonly missing: readonly string[] }
  | {
      readonly state: 'different';
      readonly filename: string;
      readonly local: string;
      readonly index: string;
    };

/**
 * Every local file listed, each with a URL, and with this build's sha256 where the index gives
 * one: `listed`. A file listed with another sha256 is `different` at once (no lag makes an index
 * list bytes it never had); one not listed yet, or without a URL, is waited for.
 */
export function judgeListing(
  local: readonly LocalFile[],
  listed: readonly IndexedFile[],
): ListingVerdict {
  const found: IndexedFile[] = [];
  const missing: string[] = [];
  for (const file of local) {
    const entries = listed.filter((entry) => entry.filename === file.filename);
    const other = entries.find(
      (entry) => entry.sha256 !== undefined && entry.sha256 !== file.sha256.toLowerCase(),
    );
    if (other)
      return {
        state: 'different',
        filename: file.filename,
        local: file.sha256,
        index: other.sha256!,
      };
    const usable = entries.find((entry) => entry.url);
    if (usable) found.push(usable);
    else missing.push(file.filename);
  }
  return missing.length > 0 ? { state: 'waiting', missing } : { state: 'listed', files: found };
}

/** How long downloading a file back may take: at least a minute, else 1 MiB/s. */
export function downloadDeadlineMs(size: number): number {
  return Math.max(60_000, Math.ceil(size / (1024 * 1024)) * 1000);
}

/** One file's sha256 in the three places it is kept. */
export interface FileDigests {
  readonly filename: string;
  /** Computed from the file here. */
  readonly local: string;
  /** Listed by the index and computed from the bytes it served (the same, or refused before). */
  readonly index: string;
  /**
   * GitHub's `digest` of the release asset, without its `sha256:`; null where GitHub reports
   * none (older GitHub Enterprise), undefined where the file is not attached.
   */
  readonly github?: string | null;
}

/** GitHub's `sha256:<hex>` as hex; null for none or another algorithm. */
export function githubSha256(digest: string | null | undefined): string | null {
  const match = /^sha256:([0-9a-f]{64})$/i.exec(digest ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

/** The first file whose three digests are not one, or undefined when all agree. */
export function firstDisagreement(files: readonly FileDigests[]): FileDigests | undefined {
  return files.find((file) => {
    const local = file.local.toLowerCase();
    return (
      file.index.toLowerCase() !== local ||
      (typeof file.github === 'string' && file.github.toLowerCase() !== local)
    );
  });
}

/** The three digests as a message lists them. */
export function describeDigests(file: FileDigests, indexLabel: string): string {
  const github =
    file.github === undefined
      ? 'not attached'
      : file.github === null
        ? 'GitHub reports none'
        : file.github;
  return `built here: ${file.local}\n  ${indexLabel}: ${file.index}\n  GitHub release asset: ${github}`;
}

function envMs(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
): number | undefined {
  const value = Number(env[name]);
  return env[name] && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * The schedule, shortened through the environment only for tests (PYRELEASE_INDEX_WAIT_MS, the
 * budget; PYRELEASE_INDEX_POLL_MS, the first wait): no input sets it.
 */
export function pollScheduleFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): PollSchedule {
  return {
    firstDelayMs: envMs(env, 'PYRELEASE_INDEX_POLL_MS') ?? DEFAULT_POLL.firstDelayMs,
    maxDelayMs: DEFAULT_POLL.maxDelayMs,
    budgetMs: envMs(env, 'PYRELEASE_INDEX_WAIT_MS') ?? DEFAULT_POLL.budgetMs,
  };
}
