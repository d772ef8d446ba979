export { openNextCyclePullRequest } from './next-cycle.js';
export { parseGitUser, pushBump, runBump, undoBump } from './run-bump.js';
export type { BumpLanding } from './run-bump.js';
