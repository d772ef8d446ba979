// Decisions about the tags a repository already has. Pure.
import { comparePep440 } from './pep440.js';
import { tagVersion } from './tag.js';

interface TaggedVersion {
  readonly tag: string;
  readonly prefix: string;
  readonly version: string;
  readonly prerelease: boolean;
}

/**
 * The release tags among `tags`, read as tagVersion reads them: under the tag-prefix, or (when
 * it is not set) with `v`, nothing or one of the project's names (projectTagNames) before the
 * version.
 */
export function taggedVersions(
  tags: readonly string[],
  prefix: string,
  projectNames: readonly string[] = [],
): TaggedVersion[] {
  const found: TaggedVersion[] = [];
  for (const tag of tags) {
    const parsed = tagVersion(tag, prefix, projectNames);
    if (parsed) {
      found.push({
        tag,
        prefix: parsed.prefix,
        version: parsed.version.normalized,
        prerelease: parsed.version.isPrerelease,
      });
    }
  }
  return found;
}

/**
 * The tag the release notes compare with: the highest version below this one. A final release
 * compares with the previous final release, so `v0.2.0` follows `v0.1.15`, not `v0.2.0rc2`.
 */
export function previousTag(
  tags: readonly string[],
  prefix: string,
  current: string,
  projectNames: readonly string[] = [],
): string | undefined {
  const currentVersion = tagVersion(current, '')?.version;
  if (!currentVersion) return undefined;
  const candidates = taggedVersions(tags, prefix, projectNames).filter(
    (tagged) =>
      comparePep440(tagged.version, currentVersion.normalized) < 0 &&
      (currentVersion.isPrerelease || !tagged.prerelease),
  );
  candidates.sort((a, b) => comparePep440(b.version, a.version));
  return candidates[0]?.tag;
}

/** The highest version tag, or undefined when there is none. */
export function latestVersionTag(
  tags: readonly string[],
  prefix: string,
  projectNames: readonly string[] = [],
): TaggedVersion | undefined {
  const all = taggedVersions(tags, prefix, projectNames);
  all.sort((a, b) => comparePep440(b.version, a.version));
  return all[0];
}

/**
 * The prefix a new tag gets: the tag-prefix input when set, else the way the project's newest
 * version tag is written (`8.5.0`, `v8.5.0`, `mypkg-8.5.0`), and `v` when it has none.
 */
export function prefixForNewTag(
  tags: readonly string[],
  prefix: string,
  projectNames: readonly string[] = [],
): string {
  if (prefix) return prefix;
  return latestVersionTag(tags, prefix, projectNames)?.prefix ?? 'v';
}
