export type { ArchiveEntry, ArchiveEntryKind } from './archive-entry.js';
export { readArchiveFacts, type ArchiveFacts } from './archive-facts.js';
export { inspectDist } from './inspect.js';
export type { ArtifactInfo } from './archive-checks.js';
export type { FolderRelease } from './install-from-folders.js';
export { inspectReleaseFiles } from './release-files.js';
export { pipCanTargetOtherPython, testWheel } from './wheel-test.js';
