export { loadChangelog } from './load.js';
export type { LoadedChangelog, PerVersionNotes } from './load.js';
export { readNotesFile } from './notes-files.js';
export { countEntries, findRelease, headingMarkup, parseChangelog, versionKey } from './parse.js';
export type { Changelog, ChangelogWarning, ReleaseSection } from './parse.js';
export { releaseNotes } from './release-notes.js';
export { addUnreleasedSection, rollChangelog } from './roll.js';
export { towncrierBuild } from './towncrier-build.js';
