// The tag the release notes' compare link starts from. The checkout's own tags come first; on
// actions/checkout's default shallow clone there are none but the one released, so GitHub's list
// of the repository's tags is asked next, and the published releases last (a repository whose
// tags GitHub cannot list to this token still has them).
import * as log from '../log.js';
import type { Release } from './releaser.js';
import { previousTag } from '../version/index.js';

export interface PreviousTagSources {
  /** The checkout's tags (`git tag --list`). */
  readonly local: readonly string[];
  /** The repository's tags from the GitHub API; asked only when the checkout has no earlier one. */
  readonly api?: () => Promise<readonly string[]>;
  /** The releases on GitHub; drafts are skipped, as their tags may not exist yet. */
  readonly releases: readonly Pick<Release, 'tagName' | 'draft'>[];
}

/**
 * The highest version tag below `version` (a final release skips pre-releases), from the first
 * source that has one: the checkout's tags, else GitHub's tags, else the published releases.
 * A failure to list GitHub's tags is a warning: the link is worth less than the release.
 */
export async function choosePreviousTag(
  version: string,
  prefix: string,
  /** The names a release tag may start with when tag-prefix is not set (projectTagNames). */
  projectNames: readonly string[],
  sources: PreviousTagSources,
  /** Told when GitHub's tags could not be listed; printed when no one asks. */
  warn: (message: string) => void = (message) => log.info(message),
): Promise<string | undefined> {
  const local = previousTag(sources.local, prefix, version, projectNames);
  if (local !== undefined) return local;
  if (sources.api) {
    try {
      const fromApi = previousTag(await sources.api(), prefix, version, projectNames);
      if (fromApi !== undefined) return fromApi;
    } catch (error) {
      warn(
        `The repository's tags could not be listed (${error instanceof Error ? error.message : String(error)}); the compare link starts from the published releases.`,
      );
    }
  }
  const published = sources.releases.filter((release) => !release.draft);
  return previousTag(
    published.map((release) => release.tagName),
    prefix,
    version,
    projectNames,
  );
}
