export { describeFound, findPackages, runPackages } from './find-packages.js';
export type { FoundPackage } from './find-packages.js';
export { declaredLicenseFiles } from './license-files.js';
export type { DeclaredLicenseFiles } from './license-files.js';
export { loadProject } from './project.js';
export type { Project } from './project.js';
export { findPins, otherMembers, stalePins, writeVersion } from './version-files/index.js';
export type { NextVersion, Pin } from './version-files/index.js';
export type { VersionSource } from './version-origin.js';
