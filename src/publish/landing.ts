// After the upload, proof it landed: the index is asked (bounded, with back-off, as PyPI's CDN
// lags) until it lists every file with the sha256 computed here, then each file is downloaded
// from where the index serves it and hashed. Nothing downloaded is unpacked or run. Returns what
// it found, or why the files are not proven; the release step words the failure.
import * as log from '../log.js';
import { createHash } from 'node:crypto';
import { HttpFailure, httpRequest, httpStream } from '../http/index.js';
import { displayUrl } from '../urls.js';
import type { LocalFile } from './existing.js';
import { jsonApiUrl, simpleProjectUrl, type Credentials, type PackageIndex } from './indexes.js';
import {
  downloadDeadlineMs,
  judgeListing,
  pollDelays,
  type IndexedFile,
  type PollSchedule,
} from './landing-plan.js';
import { parseJsonApi, parseSimpleAnswer, SIMPLE_ACCEPT } from './simple-api.js';

export interface LandingFile extends LocalFile {
  readonly size: number;
}

/** A file the index lists with this build's sha256 and serves byte for byte. */
export interface LandedFile {
  readonly filename: string;
  readonly sha256: string;
  readonly url: string;
}

export type Landing =
  | { readonly ok: true; readonly files: readonly LandedFile[]; readonly looks: number }
  | {
      readonly ok: false;
      readonly kind: 'listed' | 'served';
      readonly filename: string;
      /** What the index listed, or what the bytes it served hash to. */
      readonly sha256: string;
      readonly url?: string;
    }
  | {
      readonly ok: false;
      readonly kind: 'missing';
      readonly missing: readonly string[];
      readonly waitedMs: number;
      /** The last answer that could not be read, when there was one. */
      readonly problem?: string;
    };

/** The index served more bytes than the file built here has: another file, whatever follows. */
class TooLong extends Error {}

type Listed = { readonly files: IndexedFile[] } | { readonly problem: string };

function authorization(credentials: Credentials | undefined): Record<string, string> {
  if (!credentials) return {};
  const pair = `${credentials.username}:${credentials.password}`;
  return { authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}

/** The entries with their URLs made absolute against the answer's own. */
function absolute(files: readonly IndexedFile[], base: string): IndexedFile[] {
  return files.map((file) => {
    if (!file.url) return file;
    try {
      return { ...file, url: new URL(file.url, base).href };
    } catch {
      return { filename: file.filename, ...(file.sha256 && { sha256: file.sha256 }) };
    }
  });
}

/** The JSON API where the index is Warehouse, else (or while it has no answer) the simple API. */
async function readListing(index: PackageIndex, name: string, version: string): Promise<Listed> {
  const auth = authorization(index.simpleCredentials);
  try {
    if (index.warehouse) {
      const url = jsonApiUrl(index, name, version);
      const answer = await httpRequest(url, { headers: { accept: 'application/json', ...auth } });
      const listing =
        answer.status === 200 ? parseJsonApi(answer.body.toString('utf8')) : undefined;
      if (listing?.ok) return { files: absolute(listing.files, answer.url) };
    }
    const url = simpleProjectUrl(index, name);
    const answer = await httpRequest(url, { headers: { accept: SIMPLE_ACCEPT, ...auth } });
    if (answer.status === 404 || answer.status === 410) return { files: [] };
    if (answer.status !== 200) return { problem: `${displayUrl(url)} answered ${answer.status}` };
    const text = answer.body.toString('utf8');
    const listing = parseSimpleAnswer(answer.headers['content-type'], text);
    if (!listing.ok) return { problem: `${displayUrl(url)}: ${listing.problem}` };
    return { files: absolute(listing.files, answer.url) };
  } catch (error) {
    if (error instanceof HttpFailure) return { problem: error.message };
    throw error;
  }
}

/** The sha256 of what the index serves at `url`, read once, bounded in size and time. */
async function servedSha256(index: PackageIndex, file: LandingFile, url: string): Promise<string> {
  const sameOrigin = new URL(url).origin === new URL(index.simpleUrl).origin;
  const deadline = Date.now() + downloadDeadlineMs(file.size);
  let digest = '';
  let overflowed = false;
  const answer = await httpStream(
    url,
    async (body) => {
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of body) {
        size += chunk.length;
        overflowed = size > file.size;
        if (overflowed) throw new Error(`more than the ${file.size} bytes built here`);
        if (Date.now() > deadline)
          throw new Error(`not read within ${downloadDeadlineMs(file.size) / 1000} s`);
        hash.update(chunk);
      }
      digest = hash.digest('hex');
    },
    { headers: sameOrigin ? authorization(index.simpleCredentials) : {} },
  ).catch((error: unknown) => {
    throw overflowed
      ? new TooLong(`other content, more than the ${file.size} bytes built here`)
      : error;
  });
  if (answer.status !== 200) throw new Error(`${displayUrl(url)} answered ${answer.status}`);
  return digest;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Downloads the listed files not proven yet; a failed download is tried again at the next look. */
async function download(
  index: PackageIndex,
  files: readonly LandingFile[],
  listed: readonly IndexedFile[],
  proven: Map<string, LandedFile>,
): Promise<Landing | string | undefined> {
  for (const file of files) {
    const entry = listed.find((candidate) => candidate.filename === file.filename)!;
    if (proven.has(file.filename)) continue;
    let sha256: string;
    try {
      sha256 = await servedSha256(index, file, entry.url!);
    } catch (error) {
      if (error instanceof TooLong)
        return {
          ok: false,
          kind: 'served',
          filename: file.filename,
          sha256: error.message,
          url: entry.url,
        };
      return `downloading ${file.filename}: ${(error as Error).message}`;
    }
    if (sha256 !== file.sha256.toLowerCase())
      return { ok: false, kind: 'served', filename: file.filename, sha256, url: entry.url };
    proven.set(file.filename, { filename: file.filename, sha256, url: entry.url! });
  }
  return undefined;
}

/**
 * Asks the index until it lists every file with this build's sha256 and serves the same bytes,
 * waiting `schedule`'s delays in between; stops at once on a file listed or served otherwise.
 */
export async function awaitLanding(
  index: PackageIndex,
  project: { name: string; version: string },
  files: readonly LandingFile[],
  schedule: PollSchedule,
): Promise<Landing> {
  const delays = pollDelays(schedule);
  const proven = new Map<string, LandedFile>();
  // The budget holds for the time the looks take too, not only for the waits between them.
  const started = Date.now();
  for (let look = 1; ; look++) {
    const listed = await readListing(index, project.name, project.version);
    const verdict = 'problem' in listed ? undefined : judgeListing(files, listed.files);
    if (verdict?.state === 'different')
      return { ok: false, kind: 'listed', filename: verdict.filename, sha256: verdict.index };
    let waiting: string | undefined = 'problem' in listed ? listed.problem : undefined;
    if (verdict?.state === 'listed') {
      const served = await download(index, files, verdict.files, proven);
      if (served === undefined)
        return { ok: true, files: files.map((file) => proven.get(file.filename)!), looks: look };
      if (typeof served !== 'string') return served;
      waiting = served;
    }
    const missing = verdict?.state === 'waiting' ? verdict.missing : [];
    const left = started + schedule.budgetMs - Date.now();
    const delay = left > 0 ? Math.min(delays[look - 1] ?? 0, left) : 0;
    if (delay <= 0)
      return {
        ok: false,
        kind: 'missing',
        missing: missing.length
          ? missing
          : files.map((file) => file.filename).filter((name) => !proven.has(name)),
        waitedMs: Date.now() - started,
        ...(waiting && { problem: waiting }),
      };
    log.info(
      `${index.label} ${missing.length ? `does not list ${missing.join(', ')} yet` : `has not answered in full (${waiting})`}; asking again in ${(delay / 1000).toFixed(1)} s.`,
    );
    await sleep(delay);
  }
}
