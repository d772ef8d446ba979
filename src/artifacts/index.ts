export { inspectDist } from './inspect.js';
export type { ArtifactInfo } from './archive-checks.js';
export type { FolderRelease } from './install-from-folders.js';
export { inspectReleaseFiles } from './release-files.js';
export { pipCanTargetOtherPython, testWheel } from './wheel-test.js';
export { listFolder, readHandover, refuseFilledFolder, writeHandover } from './handover-folder.js';
export { HANDOVER_FILE, handoverProblems } from './handover-manifest.js';
export type { HandoverManifest } from './handover-manifest.js';
