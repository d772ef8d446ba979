export { runCheck, tagNamesFor } from './run-check.js';
export type { CheckRun } from './run-check.js';
