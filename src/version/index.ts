export { nextVersion, projectVersionStyle, shouldBeLatest, toSemverSpelling } from './bump.js';
export {
  canonicalProjectName,
  comparePep440,
  distFilenamePrefix,
  parsePep440,
  samePep440,
} from './pep440.js';
export type { Pep440 } from './pep440.js';
export { parseVersionTag, refuseNonVersionTag, tagVersion } from './tag.js';
export type { VersionTag } from './tag.js';
export { nameAfterRepository, projectTagNames } from './tag-names.js';
export { latestVersionTag, prefixForNewTag, previousTag, taggedVersions } from './tags.js';
export {
  branchMatches,
  describeReleaseBranches,
  isReleaseBranch,
  isReleaseLineName,
  releaseBranchCandidates,
  releaseBranches,
} from './release-branches.js';
export type { ReleaseBranches } from './release-branches.js';
