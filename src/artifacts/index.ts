export { inspectDist } from './inspect.js';
export type { ArtifactInfo } from './archive-checks.js';
export type { FolderRelease } from './install-from-folders.js';
export { inspectReleaseFiles } from './release-files.js';
export { pipCanTargetOtherPython, testWheel } from './wheel-test.js';
