export { deferredReleaser } from './deferred-releaser.js';
export { timeoutFromEnvironment } from './github-fetch.js';
export { closeReleaseMilestone, publishGithubRelease } from './github-release.js';
export type { GithubReleaseResult, MilestoneClosed } from './github-release.js';
export { choosePreviousTag } from './previous-tag.js';
export type { Release, Releaser } from './releaser.js';
export { loadAttestationStore } from './lazy-attestation-store.js';
