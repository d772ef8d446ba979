export { loadProject } from './project.js';
export type { Project } from './project.js';
export {
  editIncrementalVersion,
  findPins,
  otherMembers,
  replaceAt,
  stalePins,
} from './version-files/index.js';
export type { Pin } from './version-files/index.js';
export type { VersionSource } from './version-origin.js';
