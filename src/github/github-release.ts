// Creates or completes the one GitHub release of a tag: as a draft first, assets attached, then
// published when asked (this order also works where releases are immutable once published).
// What may change is decided in release-plan.ts; the writes go through write-once.ts, so
// a retry never makes a second release or asset.
import { recordOutput, seconds } from '../pipeline.js';
import type { Release, ReleaseAsset, Releaser } from './releaser.js';
import {
  createReleaseOnce,
  deleteAssetOnce,
  uploadAssetOnce,
  type OnceOptions,
} from './write-once.js';
import {
  blockedAssetsWarning,
  planRelease,
  releaseOfTag,
  withMarker,
  type ReleasePlan,
} from './release-plan.js';

export interface AssetFile {
  readonly name: string;
  readonly data: Buffer;
  readonly contentType: string;
  readonly sha256: string;
  /** Where the file is, as the warning's `gh release upload` command names it. */
  readonly path: string;
}

export interface GithubReleaseRequest {
  readonly tag: string;
  readonly title: string;
  /** The notes pyrelease would write (they are marked as its own). */
  readonly body: string;
  readonly prerelease: boolean;
  readonly targetCommitish?: string;
  readonly assets: readonly AssetFile[];
  /** Change a release that is already published (update-published-release). */
  readonly updatePublished: boolean;
  /** The release a `release` event is about. */
  readonly eventReleaseId?: number;
}

export interface GithubReleaseResult {
  readonly release: Release;
  readonly created: boolean;
  readonly plan: ReleasePlan;
  readonly uploaded: readonly ReleaseAsset[];
  /** Set when assets are missing from a release pyrelease may not change. */
  readonly warning?: string;
}

/** The release to complete: the event's own, else the tag's. */
export function existingRelease(
  releases: readonly Release[],
  tag: string,
  eventReleaseId?: number,
): Release | undefined {
  const fromEvent = releases.find((release) => release.id === eventReleaseId);
  return fromEvent ?? releaseOfTag(releases, tag);
}

export async function publishGithubRelease(
  releaser: Releaser,
  request: GithubReleaseRequest,
  /** Every release of the repository, when the caller has listed them already. */
  releases?: readonly Release[],
  options: OnceOptions = {},
): Promise<GithubReleaseResult> {
  const existing = existingRelease(
    releases ?? (await releaser.listReleases()),
    request.tag,
    request.eventReleaseId,
  );
  const body = withMarker(request.body);
  const plan = planRelease(existing, {
    title: request.title,
    body,
    prerelease: request.prerelease,
    updatePublished: request.updatePublished,
    assets: request.assets.map((file) => ({
      name: file.name,
      size: file.data.length,
      sha256: file.sha256,
    })),
  });

  let release: Release;
  if (!existing) {
    release = await createReleaseOnce(
      releaser,
      {
        tagName: request.tag,
        name: request.title,
        body,
        prerelease: request.prerelease,
        draft: true,
        targetCommitish: request.targetCommitish,
      },
      options,
    );
  } else {
    release = plan.update ? await releaser.updateRelease(existing.id, plan.update) : existing;
  }

  const byName = new Map(request.assets.map((file) => [file.name, file]));
  // Each upload is said in the step's log group, with its size and time.
  const upload = async (name: string, replaced: boolean) => {
    const started = Date.now();
    const asset = byName.get(name)!;
    const done = await uploadAssetOnce(releaser, release, asset, options);
    recordOutput(
      `${replaced ? 'replaced' : 'uploaded'} ${name} (${asset.data.length.toLocaleString('en-US')} bytes, ${seconds(Date.now() - started)})`,
    );
    return done;
  };
  const uploaded = await Promise.all([
    ...plan.assets.upload.map((name) => upload(name, false)),
    ...plan.assets.replace.map(async ({ name, old }) => {
      await deleteAssetOnce(releaser, release.id, old.id, options);
      return upload(name, true);
    }),
  ]);

  const blocked = plan.assets.blocked;
  return {
    release,
    created: !existing,
    plan,
    uploaded,
    ...(plan.frozen &&
      blocked.length > 0 && {
        warning: blockedAssetsWarning(
          request.tag,
          plan.frozen,
          blocked,
          blocked.map((name) => byName.get(name)!.path),
        ),
      }),
  };
}

/** Closes the open milestone named after the version (`v0.1.15` or `0.1.15`), if there is one. */
export async function closeReleaseMilestone(
  releaser: Releaser,
  tag: string,
  version: string,
): Promise<string | undefined> {
  const names = new Set([tag, version, `v${version}`]);
  const milestone = (await releaser.openMilestones()).find((candidate) =>
    names.has(candidate.title.trim()),
  );
  if (!milestone) return undefined;
  await releaser.closeMilestone(milestone.number);
  return milestone.title;
}
