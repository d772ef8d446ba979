// Why a build from git (setuptools-scm, hatch-vcs, which uses it) wrote another version than the
// tag's, read from the version it wrote. setuptools-scm's default scheme writes the tag itself
// only for a clean checkout of the tagged commit; otherwise `<next>.dev<distance>+g<commit>` and
// `.d<YYYYMMDD>` when tracked files were changed (untracked files do not count), `0.1.dev<n>` when
// it saw no tag at all, and `<tag>.post1.dev<distance>` under the no-guess-dev scheme.
import { comparePep440, parsePep440, type Pep440 } from '../version/index.js';

export type ScmCause = 'no-tag' | 'older-tag' | 'past-tag' | 'dirty';

export interface ScmDiagnosis {
  readonly causes: readonly ScmCause[];
  /** Why, then what to change; meant to follow "METADATA says Version: X; expected Y." */
  readonly message: string;
}

/** The release and pre-release parts, without post, dev and local. */
function base(version: Pep440): string {
  const epoch = version.epoch ? `${version.epoch}!` : '';
  const pre = version.pre ? `${version.pre[0]}${version.pre[1]}` : '';
  return `${epoch}${version.release.join('.')}${pre}`;
}

const FETCH_ALL =
  'check out the full history with its tags (actions/checkout with `fetch-depth: 0`; a shallow clone has one commit and no tags)';

/**
 * Says why `found` (what the build wrote) is not `expected` when it looks like a version computed
 * from git; undefined when it does not (a version written in a file that is simply wrong).
 */
export function diagnoseScmVersion(expected: string, found: string): ScmDiagnosis | undefined {
  const want = parsePep440(expected);
  const got = parsePep440(found);
  if (!want || !got || comparePep440(expected, found) === 0) return undefined;
  const local = got.local?.split('.') ?? [];
  const commit = local.find((part) => /^g[0-9a-f]{4,}$/.test(part));
  const dirty = local.some((part) => /^d\d{8}$/.test(part));
  // Without a local part (local_scheme = "no-local-version") only the .dev number is left.
  const fromGit = commit !== undefined || dirty || (got.dev !== null && want.dev === null);
  if (!fromGit) return undefined;

  const causes: ScmCause[] = [];
  const why: string[] = [];
  const fixes: string[] = [];
  // The default scheme guesses the next version (`1.2.4.dev3` after 1.2.3), no-guess-dev writes
  // `1.2.3.post1.dev3`, post-release `1.2.3.post3`; a bare local part follows the tag itself.
  const order = comparePep440(base(got), base(want));
  const tagSeen = got.post !== null ? order >= 0 : got.dev !== null ? order > 0 : order === 0;
  const distance = got.dev ?? got.post ?? 0;
  const built = commit ? `, ${commit.slice(1)},` : '';
  const noTag =
    got.dev !== null && got.post === null && base(got) === '0.1' && base(want) !== '0.0';

  if (noTag) {
    causes.push('no-tag');
    why.push(
      `the build saw no tag at all: 0.1.dev${distance} is setuptools-scm's version for a history without tags, counting the ${distance} commit${distance === 1 ? '' : 's'} it could see`,
    );
    fixes.push(`${FETCH_ALL}, and push the tag before the release runs`);
  } else if (!tagSeen) {
    causes.push('older-tag');
    why.push(
      `the newest tag the build saw is older than ${want.normalized}: the commit built${built} ${distance === 0 ? 'carries an earlier tag' : `is ${distance} commit${distance === 1 ? '' : 's'} past an earlier tag`}, so the tag for ${want.normalized} was not in the checkout or is not on that commit`,
    );
    fixes.push(`${FETCH_ALL}, and build the tagged commit`);
  } else if (distance > 0) {
    causes.push('past-tag');
    why.push(
      `the commit built${built} is ${distance} commit${distance === 1 ? '' : 's'} past the tag, not the tagged commit`,
    );
    fixes.push(
      'build the tagged commit: on a tag push actions/checkout checks it out; a workflow that checks out a branch should check out the tag instead (`ref: ${{ github.ref }}`)',
    );
  }
  if (dirty) {
    causes.push('dirty');
    why.push(
      'tracked files had uncommitted changes when the build ran (the .dYYYYMMDD part marks a changed tree; untracked files do not count)',
    );
    fixes.push(
      'build from a clean checkout: no step before the build may edit tracked files (a version stamp, a formatter, a regenerated lock file); commit such changes or have them written to files git ignores, and check with `git status --porcelain` before building',
    );
  }
  if (causes.length === 0) return undefined;
  const pypi = got.local !== null ? ' PyPI refuses any version with a local part (+…).' : '';
  return {
    causes,
    message: `${got.normalized} was computed from git by the build (setuptools-scm or hatch-vcs): ${why.join('; and ')}. To release ${want.normalized}, ${fixes.join('; and ')}.${pypi}`,
  };
}
