// What the proof that the files landed concludes, and how it says so: each file's sha256 as
// computed here, as the index lists and serves it, and as GitHub reports the release asset.
// Pure: the findings in, the three digests of each file or the error that stops the release out.
import { UserError } from '../errors.js';
import type { GithubReleaseResult } from '../github/index.js';
import { describeDigests, firstDisagreement, githubSha256 } from '../publish/index.js';
import type { FileDigests, Landing } from '../publish/index.js';

/** A file proven on the index: its three digests and where the index serves it. */
export interface VerifiedFile extends FileDigests {
  readonly url: string;
}

/** What the verification of the last index found. */
export interface Landed {
  readonly indexLabel: string;
  readonly files: readonly VerifiedFile[];
}

/**
 * GitHub's digest of each asset of the release, by name: what it kept and what it was just sent.
 * An asset a published release keeps although it differs (blocked: the release may not change)
 * is left out; the draft step warned of it already.
 */
export function releaseDigests(
  draft: Pick<GithubReleaseResult, 'release' | 'uploaded' | 'plan'> | undefined,
): Map<string, string | null> {
  const digests = new Map<string, string | null>();
  for (const asset of [...(draft?.release.assets ?? []), ...(draft?.uploaded ?? [])])
    digests.set(asset.name, githubSha256(asset.digest));
  for (const name of draft?.plan.assets.blocked ?? []) digests.delete(name);
  return digests;
}

export interface Stop {
  readonly indexLabel: string;
  readonly version: string;
  /** The version's page on the index. */
  readonly pageUrl: string;
  /** Said of the GitHub release: it stays a draft, or there is none. */
  readonly draftNote: string;
}

const RERUN = 'run the release again: it skips the files the index has, checks them again';

/** The error for an index that does not list or serve this build's files. */
export function landingError(
  landing: Exclude<Landing, { ok: true }>,
  local: ReadonlyMap<string, string>,
  github: ReadonlyMap<string, string | null>,
  stop: Stop,
): UserError {
  const { indexLabel: label } = stop;
  if (landing.kind === 'missing') {
    const seconds = Math.round(landing.waitedMs / 1000);
    return new UserError(
      `${label} accepted the upload, but after ${seconds} s it does not list and serve ${landing.missing.join(', ')} with the sha256 built here${landing.problem ? ` (last: ${landing.problem})` : ''}. ${stop.draftNote} Check ${stop.pageUrl}; once the files are there, ${RERUN} and completes the release.`,
      'Upload not visible on the index',
    );
  }
  const digests: FileDigests = {
    filename: landing.filename,
    local: local.get(landing.filename) ?? '?',
    index: landing.sha256,
    github: github.has(landing.filename) ? github.get(landing.filename) : undefined,
  };
  const how = landing.kind === 'listed' ? 'lists' : `serves (${landing.url ?? '?'})`;
  return new UserError(
    `${landing.filename} is not the file built here: ${label} ${how} other content under its name.\n  ${describeDigests(digests, label)}\n${stop.draftNote} An index never lets a file be replaced: find out what uploaded the other file, yank ${stop.version} on ${label} (${stop.pageUrl}) and release a new version (for example ${stop.version}.post1).`,
    'Released files differ',
  );
}

/** The error for a GitHub release asset other than the file built here, if there is one. */
export function assetError(files: readonly FileDigests[], stop: Stop): UserError | undefined {
  const differs = firstDisagreement(files);
  if (!differs) return undefined;
  return new UserError(
    `${differs.filename} is not the same in the three places it is kept:\n  ${describeDigests(differs, stop.indexLabel)}\n${stop.draftNote} The GitHub release asset differs from the file built here and on ${stop.indexLabel}: ${RERUN}, replaces the draft's asset and publishes the release.`,
    'Released files differ',
  );
}
