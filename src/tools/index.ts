export { buildDist, buildEnvironment } from './build.js';
export { findTwine } from './find-twine.js';
export {
  changedFiles,
  changedLines,
  currentBranch,
  git,
  hasCommit,
  headCommit,
  isOnRemoteBranch,
  listTags,
  listTree,
  remoteBranches,
  remoteTags,
  showFile,
  statusOf,
  tagCommit,
  tagsMergedInto,
} from './git.js';
export { defaultPython, venvExecutable } from './platform.js';
export type { Platform } from './platform.js';
export { pipInstallArgs, venvArgs } from './python-build.js';
export { runPythonScript } from './python-script.js';
export { outputTail, runCommand, showCommand } from './run.js';
export {
  describeUploadFailure,
  isExpiredTokenRefusal,
  isTransientUploadFailure,
  twineCheck,
  twineUploadArgs,
  twineUploadFile,
  twineVersionOutput,
} from './twine.js';
export type { TwineCheckResult, TwineCommand, UploadDeadline } from './twine.js';
export { uvPipInstallArgs, uvVenvArgs } from './uv-args.js';
export type { ResolvedUv } from './uv.js';
export { loadUvSetup } from './lazy-uv.js';
