export { nextVersion, shouldBeLatest, toSemverSpelling } from './bump.js';
export {
  canonicalProjectName,
  comparePep440,
  distFilenamePrefix,
  parsePep440,
  samePep440,
} from './pep440.js';
export type { Pep440 } from './pep440.js';
export { parseVersionTag, tagVersion } from './tag.js';
export type { VersionTag } from './tag.js';
export {
  branchMatches,
  latestVersionTag,
  prefixForNewTag,
  previousTag,
  releaseBranchPatterns,
  taggedVersions,
} from './tags.js';
