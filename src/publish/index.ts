export type { LocalFile } from './existing.js';
export { projectPageUrl, simpleIndexUrl } from './indexes.js';
export { describeUpload, publishTargets } from './publish-plan.js';
export type { PublishOutcome, PublishTarget } from './publish-plan.js';
export { loadUploader } from './lazy-upload.js';
export { loadLanding } from './lazy-landing.js';
export type { LandedFile, Landing, LandingFile } from './landing.js';
export {
  describeDigests,
  firstDisagreement,
  githubSha256,
  pollScheduleFromEnvironment,
} from './landing-plan.js';
export type { FileDigests, PollSchedule } from './landing-plan.js';
export { loadIndexState } from './lazy-index-state.js';
