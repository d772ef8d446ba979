export { build } from './build-step.js';
export { testTheWheel, twineCheckStep } from './checks-step.js';
export { githubReleasePlan, publishPlan } from './dry-run-step.js';
export { exactTag } from './exact-tag-step.js';
export {
  closeMilestone,
  draftRelease,
  githubAccess,
  nextCyclePullRequest,
  publishRelease,
} from './github-step.js';
export { inspectArtifacts } from './inspect-step.js';
export {
  attestationPlan,
  githubAttestation,
  installFromIndex,
  publishToIndex,
} from './publish-step.js';
export { pushBumpStep } from './push-step.js';
export { pypiRulesStep, pypiStateStep } from './pypi-rules-step.js';
export { releaseBranch } from './release-branch-step.js';
export { setupTwine, setupUv } from './setup-tools-step.js';
export { validate } from './validate-step.js';
export {
  buildFolder,
  verifyHandover,
  wheelTestedInBuildJob,
  writeHandoverStep,
} from './handover-step.js';
export { verifyOnIndex } from './verify-step.js';
