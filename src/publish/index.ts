export type { LocalFile } from './existing.js';
export { projectPageUrl, simpleIndexUrl } from './indexes.js';
export { describeUpload, publishTargets } from './publish-plan.js';
export type { PublishOutcome, PublishTarget } from './publish-plan.js';
export { loadUploader } from './lazy-upload.js';
export { loadIndexState } from './lazy-index-state.js';
