// Decisions about the tags a repository already has. Pure.
import { comparePep440, parsePep440 } from './pep440.js';

interface TaggedVersion {
  readonly tag: string;
  readonly version: string;
  readonly prerelease: boolean;
}

function taggedVersions(tags: readonly string[], prefix: string): TaggedVersion[] {
  const found: TaggedVersion[] = [];
  for (const tag of tags) {
    if (!tag.startsWith(prefix)) continue;
    const version = parsePep440(tag.slice(prefix.length));
    if (version) found.push({ tag, version: version.normalized, prerelease: version.isPrerelease });
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
): string | undefined {
  const currentVersion = parsePep440(current);
  if (!currentVersion) return undefined;
  const candidates = taggedVersions(tags, prefix).filter(
    (tagged) =>
      comparePep440(tagged.version, currentVersion.normalized) < 0 &&
      (currentVersion.isPrerelease || !tagged.prerelease),
  );
  candidates.sort((a, b) => comparePep440(b.version, a.version));
  return candidates[0]?.tag;
}

/** Matches a branch name against names and globs such as `hotfix/*` or `release/**`. */
export function branchMatches(branch: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => {
    const regex = pattern
      .split(/(\*\*|\*)/)
      .map((part) =>
        part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('');
    return new RegExp(`^${regex}$`).test(branch);
  });
}
