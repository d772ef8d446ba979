// A changelog the project stopped writing: its newest release is older than the last few release
// tags (the project now writes its notes elsewhere, a GitHub release for instance). The check
// says so as a notice instead of refusing every release for a file nobody keeps. Pure.
import { comparePep440, parsePep440 } from '../version/index.js';
import { versionKey, type Changelog, type ReleaseSection } from './parse.js';

/** How many of the newest tags a changelog may lag behind before it counts as stopped. */
export const STOPPED_AFTER = 3;

export interface StoppedChangelog {
  /** Whether the changelog's newest release is older than the `STOPPED_AFTER`-th newest tag. */
  readonly stopped: boolean;
  /** The changelog's newest released version (by PEP 440 order), with its line; none when empty. */
  readonly newest: ReleaseSection | undefined;
  /** When stopped: the tag version it is older than (the third-newest by default). */
  readonly behind: string | undefined;
}

/** The newest release of a changelog by PEP 440 order, whatever order the file lists them in. */
export function newestRelease(changelog: Changelog): ReleaseSection | undefined {
  let newest: ReleaseSection | undefined;
  for (const release of changelog.releases) {
    if (release.pending || parsePep440(release.version) === null) continue;
    if (!newest || comparePep440(release.version, newest.version) > 0) newest = release;
  }
  return newest;
}

/**
 * Whether the project stopped writing this changelog. `tagVersions` are the versions of its
 * release tags, newest first (`['2.4.0', '2.3.1', …]`; a leading `v` is fine, what is no PEP 440
 * version is skipped, and two tags of one version count once). A changelog with no release, or a
 * project with fewer than `after` tags, has not stopped: there is too little to tell.
 */
export function stoppedChangelog(
  changelog: Changelog,
  tagVersions: readonly string[],
  after: number = STOPPED_AFTER,
): StoppedChangelog {
  const newest = newestRelease(changelog);
  const seen = new Set<string>();
  const distinct: string[] = [];
  for (const tag of tagVersions) {
    const parsed = parsePep440(tag);
    if (!parsed || seen.has(versionKey(parsed))) continue;
    seen.add(versionKey(parsed));
    distinct.push(parsed.normalized);
    if (distinct.length === after) break;
  }
  const behind = distinct.length === after ? distinct[after - 1] : undefined;
  const stopped =
    newest !== undefined && behind !== undefined && comparePep440(newest.normalized, behind) < 0;
  return { stopped, newest, behind: stopped ? behind : undefined };
}
