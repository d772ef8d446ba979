export { insertLines, joinLines, splitLines } from './editable-lines.js';
export type { EditableLines } from './editable-lines.js';
export { requireCleanTree, requireExactTag } from './exact-tag.js';
export type { FileReader } from './file-reader.js';
export { repoPath } from './repo-path.js';
export { TextLines } from './text-lines.js';
export { splitText, stripBom } from './text.js';
export type { Located } from './text.js';
export { fileSystemReader, resolveProjectDir } from './workspace.js';
