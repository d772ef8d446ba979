export { runCheck } from './run-check.js';
export type { CheckRun } from './run-check.js';
export { NOT_A_VERSION } from './version-rules.js';
