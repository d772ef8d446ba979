export { runReleaseAndReport } from './release-report.js';
