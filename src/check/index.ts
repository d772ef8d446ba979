export { runCheck } from './run-check.js';
export type { CheckRun } from './run-check.js';
