// Creates or updates the one GitHub release of a tag: as a draft first, assets replaced, then
// published when asked. This order also works where releases are immutable once published.
import type { Release, ReleaseAsset, Releaser } from '../github.js';

export interface AssetFile {
  readonly name: string;
  readonly data: Buffer;
  readonly contentType: string;
}

export interface GithubReleaseRequest {
  readonly tag: string;
  readonly title: string;
  readonly body: string;
  readonly prerelease: boolean;
  /** Leave the release as a draft. */
  readonly draft: boolean;
  readonly makeLatest: boolean;
  readonly targetCommitish?: string;
  readonly assets: readonly AssetFile[];
}

export interface GithubReleaseResult {
  readonly release: Release;
  readonly created: boolean;
  readonly uploaded: readonly ReleaseAsset[];
}

/** The release of a tag among all releases (drafts included: get-release-by-tag skips them). */
export function releaseOfTag(releases: readonly Release[], tag: string): Release | undefined {
  const matches = releases.filter((release) => release.tagName === tag);
  // If an earlier tool left several, prefer the published one, then the oldest draft.
  return matches.find((release) => !release.draft) ?? matches.sort((a, b) => a.id - b.id)[0];
}

export async function publishGithubRelease(
  releaser: Releaser,
  request: GithubReleaseRequest,
  /** Every release of the repository, when the caller has listed them already. */
  releases?: readonly Release[],
): Promise<GithubReleaseResult> {
  const existing = releaseOfTag(releases ?? (await releaser.listReleases()), request.tag);
  const fields = { name: request.title, body: request.body, prerelease: request.prerelease };
  let release = existing
    ? await releaser.updateRelease(existing.id, fields)
    : await releaser.createRelease({
        ...fields,
        tagName: request.tag,
        draft: true,
        targetCommitish: request.targetCommitish,
      });

  const uploaded = await Promise.all(
    request.assets.map(async (asset) => {
      const old = release.assets.find((candidate) => candidate.name === asset.name);
      if (old && !release.draft && old.size === asset.data.length) return old;
      if (old) await releaser.deleteAsset(old.id);
      return releaser.uploadAsset(release, asset.name, asset.data, asset.contentType);
    }),
  );

  if (!request.draft && release.draft) {
    release = await releaser.updateRelease(release.id, {
      draft: false,
      makeLatest: request.makeLatest ? 'true' : 'false',
    });
  }
  return { release, created: !existing, uploaded };
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
