// Creates or completes the one GitHub release of a tag: as a draft first, assets attached, then
// published when asked (this order also works where releases are immutable once published).
// What may change is decided in release-plan.ts; the writes go through write-once.ts, so
// a retry never makes a second release or asset.
import { recordOutput, seconds } from '../pipeline.js';
import type { Milestone, MilestoneItem, Release, ReleaseAsset, Releaser } from './releaser.js';
import { chooseNextMilestone } from './next-milestone.js';
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
  /**
   * Set when another run created a release of the same tag at the same time: this run deleted
   * the one it had created and completed the one kept.
   */
  readonly raced?: { readonly deleted: number; readonly kept: number };
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

/**
 * After creating the release of a tag: when another run created one too at the same time (a tag
 * push and a release event, a re-run while the first still runs), one is kept — the published
 * one, else the oldest — and this run's own is deleted if it is not that one. Only the release
 * this run just created is ever deleted. The run that created the older one sees just its own or
 * both, and keeps its own; the other sees both, so exactly one remains.
 */
export async function keepOneRelease(releaser: Releaser, created: Release): Promise<Release> {
  const kept = releaseOfTag(await releaser.listReleases(), created.tagName);
  if (!kept || kept.id === created.id) return created;
  await releaser.deleteRelease(created.id);
  return kept;
}

/** The release to complete, created as a draft when there is none. */
async function releaseToComplete(
  releaser: Releaser,
  request: GithubReleaseRequest,
  releases: readonly Release[] | undefined,
  options: OnceOptions,
): Promise<{ existing?: Release; created?: Release; raced?: GithubReleaseResult['raced'] }> {
  const existing = existingRelease(
    releases ?? (await releaser.listReleases()),
    request.tag,
    request.eventReleaseId,
  );
  if (existing) return { existing };
  const made = await createReleaseOnce(
    releaser,
    {
      tagName: request.tag,
      name: request.title,
      body: withMarker(request.body),
      prerelease: request.prerelease,
      draft: true,
      targetCommitish: request.targetCommitish,
    },
    options,
  );
  const kept = await keepOneRelease(releaser, made);
  if (kept.id === made.id) return { created: made };
  return { existing: kept, raced: { deleted: made.id, kept: kept.id } };
}

export async function publishGithubRelease(
  releaser: Releaser,
  request: GithubReleaseRequest,
  /** Every release of the repository, when the caller has listed them already. */
  releases?: readonly Release[],
  options: OnceOptions = {},
): Promise<GithubReleaseResult> {
  const { existing, created, raced } = await releaseToComplete(
    releaser,
    request,
    releases,
    options,
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
  const release =
    created ?? (plan.update ? await releaser.updateRelease(existing!.id, plan.update) : existing!);

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
    created: created !== undefined,
    ...(raced && { raced }),
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

export interface MilestoneClosed {
  /** The title of the milestone closed. */
  readonly title: string;
  /** The open issues and pull requests moved to `next`. */
  readonly moved: readonly MilestoneItem[];
  readonly next?: { readonly title: string; readonly created: boolean };
}

/** The next milestone, created when there is none (or found, when a create went unanswered). */
async function nextMilestone(
  releaser: Releaser,
  closing: Milestone,
  version: string,
  open: readonly Milestone[],
): Promise<{ milestone: Milestone; created: boolean }> {
  const chosen = chooseNextMilestone(closing, version, open);
  if ('milestone' in chosen) return { milestone: chosen.milestone, created: false };
  try {
    return { milestone: await releaser.createMilestone(chosen.create), created: true };
  } catch (error) {
    // Another run created it first: the title is taken.
    const found = (await releaser.openMilestones()).find((m) => m.title === chosen.create);
    if (found) return { milestone: found, created: false };
    throw error;
  }
}

/**
 * Closes the open milestone named after the version (`v0.1.15` or `0.1.15`), if there is one,
 * after moving its open issues and pull requests to the next milestone. A re-run finds it closed
 * (nothing moves twice), or, stopped half-way, moves only what is still on it.
 */
export async function closeReleaseMilestone(
  releaser: Releaser,
  tag: string,
  version: string,
): Promise<MilestoneClosed | undefined> {
  const names = new Set([tag, version, `v${version}`]);
  const open = await releaser.openMilestones();
  const milestone = open.find((candidate) => names.has(candidate.title.trim()));
  if (!milestone) return undefined;
  const items = await releaser.milestoneItems(milestone.number);
  let next: MilestoneClosed['next'];
  if (items.length > 0) {
    const found = await nextMilestone(releaser, milestone, version, open);
    for (const item of items) await releaser.setMilestone(item.number, found.milestone.number);
    next = { title: found.milestone.title, created: found.created };
  }
  await releaser.closeMilestone(milestone.number);
  return { title: milestone.title, moved: items, ...(next && { next }) };
}
