// What to do with the GitHub release of a tag, decided from what exists: pure, no calls.
// The maintainer's release stays theirs: a release pyrelease did not write keeps its title and
// notes, and a published one is not touched at all unless `update-published-release` says so.
import type { Release, ReleaseAsset, ReleaseFields } from './releaser.js';

/** Ends the notes pyrelease writes (invisible on the page), so a re-run knows they are its own. */
export const NOTES_MARKER =
  '<!-- written by pyrelease; edit the release to make the notes yours -->';

export function withMarker(body: string): string {
  return `${body.replace(/\s+$/, '')}\n\n${NOTES_MARKER}\n`;
}

/** The release of a tag among all releases (drafts included: get-release-by-tag skips them). */
export function releaseOfTag(releases: readonly Release[], tag: string): Release | undefined {
  const matches = releases.filter((release) => release.tagName === tag);
  // If an earlier tool left several, prefer the published one, then the oldest draft.
  return matches.find((release) => !release.draft) ?? [...matches].sort((a, b) => a.id - b.id)[0];
}

export interface AssetFacts {
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
}

export interface PlanRequest {
  readonly title: string;
  /** Notes with the marker. */
  readonly body: string;
  readonly prerelease: boolean;
  readonly updatePublished: boolean;
  readonly assets: readonly AssetFacts[];
}

export interface AssetPlan {
  readonly upload: readonly string[];
  /** Same name, other bytes (or a half-finished upload): deleted, then uploaded. */
  readonly replace: readonly { readonly name: string; readonly old: ReleaseAsset }[];
  readonly keep: readonly string[];
  /** Missing or different, but the release may not be changed. */
  readonly blocked: readonly string[];
}

export interface ReleasePlan {
  readonly create: boolean;
  /** Fields to write on the existing release; undefined leaves it as it is. */
  readonly update?: Partial<ReleaseFields>;
  /** The existing release's title and notes are the maintainer's and stay. */
  readonly keepsNotes: boolean;
  /** Why the release may not be changed, when it may not. */
  readonly frozen?: 'published' | 'immutable';
  readonly assets: AssetPlan;
}

export function isOwnNotes(release: Release): boolean {
  return (release.body ?? '').includes(NOTES_MARKER);
}

function sameAsset(old: ReleaseAsset, wanted: AssetFacts, trustSize: boolean): boolean {
  if ((old.state ?? 'uploaded') !== 'uploaded' || old.size !== wanted.size) return false;
  if (old.digest) return old.digest === `sha256:${wanted.sha256}`;
  // Without a digest (older GitHub Enterprise), equal sizes are trusted only where replacing is
  // not possible anyway.
  return trustSize;
}

export function planAssets(
  existing: readonly ReleaseAsset[],
  wanted: readonly AssetFacts[],
  mayChange: boolean,
): AssetPlan {
  const plan = { upload: [] as string[], replace: [] as AssetPlan['replace'][number][] };
  const keep: string[] = [];
  const blocked: string[] = [];
  for (const asset of wanted) {
    const old = existing.find((candidate) => candidate.name === asset.name);
    if (old && sameAsset(old, asset, !mayChange)) keep.push(asset.name);
    else if (!mayChange) blocked.push(asset.name);
    else if (old) plan.replace.push({ name: asset.name, old });
    else plan.upload.push(asset.name);
  }
  return { ...plan, keep, blocked };
}

export function planRelease(existing: Release | undefined, request: PlanRequest): ReleasePlan {
  if (!existing) {
    return {
      create: true,
      keepsNotes: false,
      assets: planAssets([], request.assets, true),
    };
  }
  const frozen = existing.draft
    ? undefined
    : existing.immutable
      ? ('immutable' as const)
      : request.updatePublished
        ? undefined
        : ('published' as const);
  // Notes are written only where pyrelease wrote them before, or where there are none.
  const keepsNotes = !isOwnNotes(existing) && (existing.body ?? '').trim() !== '';
  const mayEdit = existing.draft || (request.updatePublished && frozen !== 'immutable');
  let update: Partial<ReleaseFields> | undefined;
  if (mayEdit && !keepsNotes) {
    const fields: Partial<ReleaseFields> = {
      ...(existing.name !== request.title && { name: request.title }),
      ...(existing.body !== request.body && { body: request.body }),
      ...(existing.prerelease !== request.prerelease && { prerelease: request.prerelease }),
    };
    if (Object.keys(fields).length > 0) update = fields;
  }
  return {
    create: false,
    ...(update && { update }),
    keepsNotes,
    ...(frozen && { frozen }),
    assets: planAssets(existing.assets, request.assets, frozen === undefined),
  };
}

/** The warning for assets a published release lacks, with the commands that add them. */
export function blockedAssetsWarning(
  tag: string,
  frozen: 'published' | 'immutable',
  blocked: readonly string[],
  paths: readonly string[],
): string {
  const files = blocked.join(', ');
  if (frozen === 'immutable') {
    return `The release ${tag} is published and immutable, so ${files} cannot be attached. To ship them with the next release, let pyrelease attach them while it is a draft: publish it with github-release: publish, or by hand after pyrelease has run.`;
  }
  return `The release ${tag} is published, and pyrelease does not change a published release, so ${files} ${blocked.length === 1 ? 'is' : 'are'} not attached. Attach ${blocked.length === 1 ? 'it' : 'them'} with \`gh release upload ${tag} ${paths.join(' ')} --clobber\`, or add update-published to github-release (while the repository's releases are not immutable). For next time: let pyrelease attach the files while the release is a draft.`;
}
