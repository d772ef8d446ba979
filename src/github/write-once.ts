// Writes that cannot happen twice. A create answered with 5xx, a broken connection or no answer
// may have been done by GitHub all the same, so before trying again we look: list the releases
// and match the tag (drafts are invisible to get-release-by-tag), or list the release's assets and
// match the name, size and digest. Octokit does not retry these calls itself (see github.ts).
import { GithubError } from './github-errors.js';
import type { Release, ReleaseAsset, ReleaseFields, Releaser } from './releaser.js';
import { releaseOfTag } from './release-plan.js';

export interface OnceOptions {
  /** Attempts in all, the first included. */
  readonly attempts?: number;
  readonly wait?: (ms: number) => Promise<void>;
  /** Told what happened before each retry. */
  readonly say?: (message: string) => void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function delayMs(error: GithubError, attempt: number): number {
  if (error.retryAfterSeconds !== undefined) return Math.min(error.retryAfterSeconds, 120) * 1000;
  return attempt * 1000;
}

/**
 * Runs `write`; after a failure whose outcome is unknown (or a rate limit), waits, runs `look`,
 * and returns what it found, else writes again.
 */
async function once<T>(
  write: () => Promise<T>,
  look: (error: GithubError) => Promise<T | undefined>,
  options: OnceOptions,
): Promise<T> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (thrown) {
      if (!(thrown instanceof GithubError) || !thrown.retryable) throw thrown;
      if (attempt >= attempts) throw thrown.afterAttempts(attempt);
      options.say?.(`${thrown.what} Looking whether it was done before trying again.`);
      await (options.wait ?? sleep)(delayMs(thrown, attempt));
      const found = await look(thrown);
      if (found !== undefined) return found;
    }
  }
}

/** Creates the release of `fields.tagName`, or finds the one an unanswered create made. */
export function createReleaseOnce(
  releaser: Releaser,
  fields: ReleaseFields,
  options: OnceOptions = {},
): Promise<Release> {
  return once(
    () => releaser.createRelease(fields),
    async () => {
      const found = releaseOfTag(await releaser.listReleases(), fields.tagName);
      if (found)
        options.say?.(`GitHub had created the release ${fields.tagName} (id ${found.id}).`);
      return found;
    },
    options,
  );
}

/** The asset is all there: same name and size, fully uploaded, and the same digest if known. */
export function isComplete(asset: ReleaseAsset, name: string, data: Buffer, sha256: string) {
  return (
    asset.name === name &&
    asset.size === data.length &&
    (asset.state ?? 'uploaded') === 'uploaded' &&
    (!asset.digest || asset.digest === `sha256:${sha256}`)
  );
}

/**
 * Uploads an asset, or finds the one an unanswered upload made. A half-uploaded asset left by a
 * broken connection holds the name, so it is deleted before the next attempt.
 */
export function uploadAssetOnce(
  releaser: Releaser,
  release: Release,
  file: { name: string; data: Buffer; contentType: string; sha256: string },
  options: OnceOptions = {},
): Promise<ReleaseAsset> {
  const look = async () => {
    const same = (await releaser.listAssets(release.id)).filter((a) => a.name === file.name);
    const done = same.find((asset) => isComplete(asset, file.name, file.data, file.sha256));
    if (done) {
      options.say?.(`GitHub had received ${file.name} (asset ${done.id}).`);
      return done;
    }
    for (const partial of same) await deleteAssetOnce(releaser, release.id, partial.id, options);
    return undefined;
  };
  return once(
    async () => {
      try {
        return await releaser.uploadAsset(release, file.name, file.data, file.contentType);
      } catch (thrown) {
        // The name is taken: an earlier attempt got through after all, or left half a file.
        if (
          thrown instanceof GithubError &&
          thrown.status === 422 &&
          thrown.what.includes('already_exists')
        ) {
          const found = await look();
          if (found) return found;
          return releaser.uploadAsset(release, file.name, file.data, file.contentType);
        }
        throw thrown;
      }
    },
    look,
    options,
  );
}

/** Deletes an asset; one that is gone already counts as deleted. */
export async function deleteAssetOnce(
  releaser: Releaser,
  releaseId: number,
  assetId: number,
  options: OnceOptions = {},
): Promise<void> {
  const gone = async () =>
    (await releaser.listAssets(releaseId)).some((asset) => asset.id === assetId) ? undefined : true;
  await once(
    async () => {
      try {
        await releaser.deleteAsset(assetId);
        return true;
      } catch (thrown) {
        // A retry of a delete that went through finds nothing to delete.
        if (thrown instanceof GithubError && thrown.status === 404 && (await gone())) return true;
        throw thrown;
      }
    },
    gone,
    options,
  );
}
